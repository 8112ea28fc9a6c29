"""CRM interop: import HubSpot/Salesforce contact exports; export buying roles and verdicts; labelled cases."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, HTTPException, Request, UploadFile, status
from fastapi.responses import Response

from popcheck.store import crud, queries
from popcheck.store.labels import cases_zip
from popcheck.store.models import User
from popcheck.web.crm_csv import CsvError, read_contacts, write_contacts
from popcheck.web.deps import ApiUser, Csrf, DbSession, PageUser, UiLanguage
from popcheck.web.pages import render
from popcheck.web.texts import translator

router = APIRouter(tags=["crm"])
api = APIRouter(prefix="/api/v1", tags=["crm"])


def _import(request: Request, db: Any, user: User, upload: UploadFile) -> tuple[str, crud.ImportReport]:
    limit = request.app.state.settings.upload_limit_bytes
    data = upload.file.read(limit + 1)
    if len(data) > limit:
        raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, "too large")
    source, rows = read_contacts(data)
    return source, crud.import_contacts(db, user, rows, source)


@router.get("/crm", include_in_schema=False)
def crm_page(request: Request, user: PageUser, lang: UiLanguage) -> Response:
    return render(request, "crm.html.j2", user, lang, nav="crm")


@router.post("/crm/import", include_in_schema=False, dependencies=[Csrf])
def import_page(request: Request, db: DbSession, user: PageUser, lang: UiLanguage,
                file: Annotated[UploadFile, File()]) -> Response:
    try:
        source, report = _import(request, db, user, file)
    except (CsvError, crud.StoreError) as error:
        return render(request, "crm.html.j2", user, lang, nav="crm", status_code=422,
                      error=translator(lang)("crm.bad_file", problem=str(error)))
    return render(request, "crm.html.j2", user, lang, nav="crm", report=report,
                  source={"hubspot": "HubSpot", "salesforce": "Salesforce"}.get(source, "CSV"))


def _export(db: Any, user: User, crm: str) -> Response:
    text = write_contacts(queries.crm_contacts(db, user), crm)
    return Response("\ufeff" + text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="popcheck-{crm}-buying-roles.csv"'})


@router.get("/crm/export.csv", include_in_schema=False)
def export_page(db: DbSession, user: PageUser, crm: Literal["hubspot", "salesforce"] = "hubspot") -> Response:
    return _export(db, user, crm)


@api.post("/crm/import", dependencies=[Csrf], summary="Import accounts and contacts from a HubSpot or Salesforce CSV")
def import_api(request: Request, db: DbSession, user: ApiUser, file: Annotated[UploadFile, File()]) -> dict[str, Any]:
    try:
        source, report = _import(request, db, user, file)
    except (CsvError, crud.StoreError) as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(error)) from None
    return {"source": source, "accounts_created": report.accounts_created,
            "contacts_created": report.contacts_created, "contacts_updated": report.contacts_updated}


@api.get("/crm/export", summary="Buying roles and verdicts as CSV, in HubSpot's or Salesforce's columns and values",
         response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def export_api(db: DbSession, user: ApiUser, crm: Literal["hubspot", "salesforce"] = "hubspot") -> Response:
    return _export(db, user, crm)


@api.get("/labels.zip", summary="Confirmed meetings as labelled cases (record + <id>.json) for `popcheck train`",
         response_class=Response, responses={200: {"content": {"application/zip": {}}}})
def labels_zip(db: DbSession, user: ApiUser) -> Response:
    return Response(cases_zip(db, user), media_type="application/zip",
                    headers={"Content-Disposition": 'attachment; filename="popcheck-labelled-cases.zip"'})
