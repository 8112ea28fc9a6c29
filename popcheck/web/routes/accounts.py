"""Accounts: the buying committee as an org chart, deal warnings, contacts; and their API."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request, status
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from popcheck.store import crud, queries
from popcheck.store.models import Account, Contact
from popcheck.store.roles import BUYING_ROLES
from popcheck.web.deps import ApiUser, Csrf, DbSession, PageUser, UiLanguage
from popcheck.web.pages import flash, render
from popcheck.web.texts import translator

router = APIRouter(tags=["accounts"])
api = APIRouter(prefix="/api/v1", tags=["accounts"])


@router.get("/accounts", include_in_schema=False)
def accounts_page(request: Request, db: DbSession, user: PageUser, lang: UiLanguage) -> Response:
    return render(request, "accounts.html.j2", user, lang, nav="accounts", accounts=queries.account_overview(db, user))


@router.post("/accounts", include_in_schema=False, dependencies=[Csrf])
def create_account_page(db: DbSession, user: PageUser, name: Annotated[str, Form()],
                        domain: Annotated[str | None, Form()] = None) -> Response:
    try:
        account = crud.create_account(db, user, name, domain)
    except crud.StoreError as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(error)) from None
    return RedirectResponse(f"/accounts/{account.id}", status_code=303)


@router.get("/accounts/{account_id}", include_in_schema=False)
def account_page(request: Request, db: DbSession, user: PageUser, lang: UiLanguage, account_id: int) -> Response:
    account = queries.get_account(db, user, account_id)
    if account is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such account")
    return render(
        request, "account.html.j2", user, lang, nav="accounts", account=account,
        chart=queries.org_chart(account.contacts), warnings=queries.account_warnings(db, user, account),
        meetings=queries.list_meetings(db, user, limit=100, account_id=account.id), roles=BUYING_ROLES,
    )


@router.post("/accounts/{account_id}/contacts", include_in_schema=False, dependencies=[Csrf])
def add_contact_page(db: DbSession, user: PageUser, account_id: int, name: Annotated[str, Form()],
                     title: Annotated[str | None, Form()] = None, buying_role: Annotated[str | None, Form()] = None,
                     met: Annotated[str | None, Form()] = None) -> Response:
    account = queries.get_account(db, user, account_id)
    if account is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such account")
    try:
        contact = crud.add_contact(db, account, name, title, buying_role or None, met=bool(met))
    except crud.StoreError as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(error)) from None
    return RedirectResponse(f"/accounts/{account_id}#contact-{contact.id}", status_code=303)


@router.post("/contacts/{contact_id}", include_in_schema=False, dependencies=[Csrf])
def edit_contact_page(request: Request, db: DbSession, user: PageUser, lang: UiLanguage, contact_id: int,
                      name: Annotated[str | None, Form()] = None, title: Annotated[str | None, Form()] = None,
                      buying_role: Annotated[str | None, Form()] = None,
                      reports_to_id: Annotated[str | None, Form()] = None) -> Response:
    contact = queries.get_contact(db, user, contact_id)
    if contact is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such contact")
    boss = int(reports_to_id) if reports_to_id and reports_to_id.isdigit() else None
    moved = boss != contact.reports_to_id
    try:
        crud.update_contact(db, contact, name=name, title=title, buying_role=buying_role or "",
                            reports_to_id=boss, clear_reports_to=boss is None)
    except crud.StoreError as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(error)) from None
    if request.headers.get("hx-request"):
        if moved:  # the org chart changes shape: reload it
            return Response(status_code=204, headers={"HX-Refresh": "true"})
        account = queries.get_account(db, user, contact.account_id)
        return render(request, "_person.html.j2", user, lang, contact=contact, account=account, roles=BUYING_ROLES)
    flash(request, translator(lang)("account.saved"))
    return RedirectResponse(f"/accounts/{contact.account_id}#contact-{contact.id}", status_code=303)


# -- API ------------------------------------------------------------------------------------


class ContactOut(BaseModel):
    id: int
    name: str
    title: str | None
    email: str | None
    buying_role: str | None
    reports_to_id: int | None
    met: bool
    verdict: str | None
    p_decider: float | None
    source_quote: str | None
    source_meeting_id: int | None


class AccountOut(BaseModel):
    id: int
    name: str
    domain: str | None


class AccountDetail(AccountOut):
    contacts: list[ContactOut]
    warnings: list[str]


def _contact(c: Contact) -> ContactOut:
    return ContactOut(id=c.id, name=c.name, title=c.title, email=c.email, buying_role=c.buying_role,
                      reports_to_id=c.reports_to_id, met=c.met, verdict=c.verdict, p_decider=c.p_decider,
                      source_quote=c.source_quote, source_meeting_id=c.source_meeting_id)


def _account(a: Account) -> AccountOut:
    return AccountOut(id=a.id, name=a.name, domain=a.domain)


@api.get("/accounts", response_model=list[AccountOut], summary="Accounts of your team")
def list_accounts(db: DbSession, user: ApiUser) -> list[AccountOut]:
    return [_account(a) for a in queries.list_accounts(db, user)]


class AccountIn(BaseModel):
    name: str
    domain: str | None = None


@api.post("/accounts", response_model=AccountOut, status_code=201, dependencies=[Csrf], summary="Create an account")
def create_account(db: DbSession, user: ApiUser, body: AccountIn) -> AccountOut:
    try:
        return _account(crud.create_account(db, user, body.name, body.domain))
    except crud.StoreError as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(error)) from None


@api.get("/accounts/{account_id}", response_model=AccountDetail,
         summary="An account's buying committee (met and unmet contacts) and deal warnings")
def get_account(db: DbSession, user: ApiUser, account_id: int) -> AccountDetail:
    account = queries.get_account(db, user, account_id)
    if account is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such account")
    return AccountDetail(id=account.id, name=account.name, domain=account.domain,
                         contacts=[_contact(c) for c in account.contacts],
                         warnings=queries.account_warnings(db, user, account))


class ContactPatch(BaseModel):
    name: str | None = None
    title: str | None = None
    buying_role: str | None = None
    reports_to_id: int | None = None


@api.patch("/contacts/{contact_id}", response_model=ContactOut, dependencies=[Csrf],
           summary="Set a contact's title, buying role or manager (the role then stays as set)")
def patch_contact(db: DbSession, user: ApiUser, contact_id: int, body: ContactPatch) -> ContactOut:
    contact = queries.get_contact(db, user, contact_id)
    if contact is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such contact")
    try:
        crud.update_contact(db, contact, name=body.name, title=body.title, buying_role=body.buying_role,
                            reports_to_id=body.reports_to_id)
    except crud.StoreError as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(error)) from None
    return _contact(contact)
