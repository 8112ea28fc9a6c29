"""Meetings: upload a record (analysed by the core Analyzer), the analysis page, outcomes; and their API."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile, status
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from popcheck.errors import PopcheckError, RecordError
from popcheck.store import crud, queries
from popcheck.store.models import OUTCOMES, Meeting, User
from popcheck.web.analysis_page import facts_of, page_context
from popcheck.web.deps import ApiUser, Csrf, DbSession, PageUser, UiLanguage
from popcheck.web.pages import flash, render
from popcheck.web.texts import translator

router = APIRouter(tags=["meetings"])
api = APIRouter(prefix="/api/v1/meetings", tags=["meetings"])


class UploadProblem(Exception):
    """An upload that cannot be analysed; `key` and `values` make the message in the UI language."""

    def __init__(self, status_code: int, key: str, **values: str) -> None:
        super().__init__(key)
        self.status_code = status_code
        self.key = key
        self.values = values

    def message(self, language: str) -> str:
        return translator(language)(self.key, **self.values)


def _read_upload(request: Request, upload: UploadFile | None) -> tuple[bytes, str]:
    if upload is None or not upload.filename:
        raise UploadProblem(400, "upload.no_file")
    limit = request.app.state.settings.upload_limit_bytes
    data = upload.file.read(limit + 1)
    if len(data) > limit:
        raise UploadProblem(413, "error.too_large", limit=f"{limit / 1024 / 1024:g}")
    return data, upload.filename.replace("\\", "/").rsplit("/", 1)[-1][:300]


def _held_on(value: str | None) -> date:
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UploadProblem(422, "upload.bad_date", value=value) from None


def analyse_and_store(request: Request, db: Session, user: User, data: bytes, filename: str,
                      fields: dict[str, str | None]) -> Meeting:
    """Read and analyse the record with the core Analyzer, then store it all in one transaction."""
    from popcheck.readers import read_bytes
    from popcheck.readers.decoding import decode_record
    from popcheck.sides import match_names

    held_on = _held_on(fields.get("held_on"))
    given_account = (fields.get("account_id") or "").strip()
    account_id = int(given_account) if given_account.isdigit() else None
    account = None
    if account_id is not None:
        account = queries.get_account(db, user, account_id)
        if account is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "No such account")
    elif not (fields.get("new_account") or "").strip() and fields.get("require_account"):
        raise UploadProblem(422, "upload.no_account")
    contact = (fields.get("contact_name") or "").strip() or None
    try:
        transcript = read_bytes(data, filename, contact=contact)
    except RecordError as error:
        raise UploadProblem(422, "upload.bad_record", problem=f"{error.problem}. {error.hint}") from None
    sellers = [name.strip() for name in (fields.get("sellers") or "").split(",") if name.strip()]
    if sellers and not match_names(sellers, transcript.speakers):
        sellers = []  # none of them speaks in this record: let the core infer the selling side
    try:
        analysis = request.app.state.analyzer.get().analyze_transcript(transcript, sellers=sellers or None)
    except PopcheckError as error:
        raise UploadProblem(422, "upload.bad_record", problem=str(error)) from None
    text = decode_record(data, filename)  # kept, so a confirmed meeting can become a labelled case
    meeting_input = crud.MeetingInput(
        source=filename, record_text=text, held_on=held_on, account_id=account.id if account else None,
        new_account=None if account else (fields.get("new_account") or None), contact_name=contact,
        contact_title=fields.get("contact_title"), booked_by=fields.get("booked_by"),
        lead_source=fields.get("lead_source"), campaign=fields.get("campaign"), sellers=tuple(sellers),
    )
    return crud.save_meeting(db, user, meeting_input, facts_of(analysis), account=account)


# -- pages ----------------------------------------------------------------------------------


def _list_page(request: Request, db: Session, user: User, lang: str, status_code: int = 200,
               error: str | None = None, form: dict[str, Any] | None = None,
               account_id: int | None = None) -> Response:
    accounts = queries.list_accounts(db, user)
    meetings = queries.list_meetings(db, user, limit=100)
    titles = sorted({m.contact_title for m in meetings if m.contact_title})[:50]
    form = dict(form or {})
    if account_id is not None and "account_id" not in form:
        form["account_id"] = str(account_id)
    return render(
        request, "meetings.html.j2", user, lang, status_code=status_code, nav="meetings", error=error, form=form,
        accounts=accounts, account_names={a.id: a.name for a in accounts}, meetings=meetings,
        total=queries.count_meetings(db, user), today=date.today().isoformat(), known_titles=titles,
        limit_mb=f"{request.app.state.settings.upload_limit_bytes / 1024 / 1024:g}",
    )


@router.get("/meetings", include_in_schema=False)
def meetings_page(request: Request, db: DbSession, user: PageUser, lang: UiLanguage,
                  account_id: int | None = None) -> Response:
    return _list_page(request, db, user, lang, account_id=account_id)


@router.post("/meetings", include_in_schema=False, dependencies=[Csrf])
def upload_page(
    request: Request, db: DbSession, user: PageUser, lang: UiLanguage,
    record: Annotated[UploadFile | None, File()] = None,
    account_id: Annotated[str | None, Form()] = None, new_account: Annotated[str | None, Form()] = None,
    contact_name: Annotated[str | None, Form()] = None, contact_title: Annotated[str | None, Form()] = None,
    booked_by: Annotated[str | None, Form()] = None, lead_source: Annotated[str | None, Form()] = None,
    campaign: Annotated[str | None, Form()] = None, held_on: Annotated[str | None, Form()] = None,
    sellers: Annotated[str | None, Form()] = None,
) -> Response:
    fields = {"account_id": account_id, "new_account": new_account, "contact_name": contact_name,
              "contact_title": contact_title, "booked_by": booked_by, "lead_source": lead_source,
              "campaign": campaign, "held_on": held_on, "sellers": sellers, "require_account": "1"}
    try:
        data, filename = _read_upload(request, record)
        meeting = analyse_and_store(request, db, user, data, filename, fields)
    except UploadProblem as problem:
        return _list_page(request, db, user, lang, status_code=problem.status_code, error=problem.message(lang),
                          form=fields)
    except crud.StoreError as error:
        return _list_page(request, db, user, lang, status_code=422, error=str(error), form=fields)
    return RedirectResponse(f"/meetings/{meeting.id}", status_code=303)


def _visible_meeting(db: Session, user: User, meeting_id: int) -> Meeting:
    meeting = queries.get_meeting(db, user, meeting_id)
    if meeting is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such meeting")
    return meeting


@router.get("/meetings/{meeting_id}", include_in_schema=False)
def meeting_page(request: Request, db: DbSession, user: PageUser, lang: UiLanguage, meeting_id: int) -> Response:
    meeting = _visible_meeting(db, user, meeting_id)
    account = queries.get_account(db, user, meeting.account_id) if meeting.account_id else None
    return render(request, "meeting.html.j2", user, lang, nav="meetings", meeting=meeting, account=account,
                  outcomes=meeting.outcomes, outcome_kinds=OUTCOMES,
                  can_delete=user.role == "admin" or meeting.owner_id == user.id, **page_context(meeting))


def _labels_from_form(form: Any) -> dict[str, str]:
    return {key[len("label:"):]: str(value) for key, value in form.items() if key.startswith("label:") and value}


@router.post("/meetings/{meeting_id}/outcomes", include_in_schema=False, dependencies=[Csrf])
async def outcome_page(request: Request, db: DbSession, user: PageUser, lang: UiLanguage, meeting_id: int) -> Response:
    meeting = _visible_meeting(db, user, meeting_id)
    form = await request.form()
    try:
        crud.record_outcome(db, user, meeting, str(form.get("kind", "")), note=str(form.get("note") or ""),
                            confirmed=bool(form.get("confirmed")), labels=_labels_from_form(form))
    except crud.StoreError as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(error)) from None
    flash(request, translator(lang)("outcome.recorded"))
    return RedirectResponse(f"/meetings/{meeting_id}#outcome", status_code=303)


@router.post("/meetings/{meeting_id}/delete", include_in_schema=False, dependencies=[Csrf])
def delete_page(request: Request, db: DbSession, user: PageUser, lang: UiLanguage, meeting_id: int) -> Response:
    meeting = _visible_meeting(db, user, meeting_id)
    if user.role != "admin" and meeting.owner_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, translator(lang)("error.forbidden"))
    crud.delete_meeting(db, meeting)
    flash(request, translator(lang)("meeting.deleted"))
    return RedirectResponse("/meetings", status_code=303)


# -- API ------------------------------------------------------------------------------------


class ParticipantOut(BaseModel):
    name: str
    side: str
    verdict: str | None
    p_decider: float | None
    contact_id: int | None


class MeetingSummary(BaseModel):
    id: int
    held_on: date
    source: str
    language: str
    form: str
    account_id: int | None
    owner: str
    contact_name: str | None
    contact_title: str | None
    booked_by: str | None
    lead_source: str | None
    campaign: str | None
    met_decider: bool
    met_pop: bool
    participants: list[ParticipantOut]


class MeetingDetail(MeetingSummary):
    analysis: dict[str, Any] = Field(description="The `popcheck.analysis/1` contract (DESIGN.md)")
    outcomes: list[dict[str, Any]]


def _summary(meeting: Meeting) -> dict[str, Any]:
    return {
        "id": meeting.id, "held_on": meeting.held_on, "source": meeting.source, "language": meeting.language,
        "form": meeting.form, "account_id": meeting.account_id, "owner": meeting.owner.email,
        "contact_name": meeting.contact_name, "contact_title": meeting.contact_title, "booked_by": meeting.booked_by,
        "lead_source": meeting.lead_source, "campaign": meeting.campaign, "met_decider": meeting.met_decider,
        "met_pop": meeting.met_pop,
        "participants": [ParticipantOut(name=p.name, side=p.side, verdict=p.verdict, p_decider=p.p_decider,
                                        contact_id=p.contact_id) for p in meeting.participants],
    }


def _detail(meeting: Meeting) -> MeetingDetail:
    outcomes = [{"id": o.id, "kind": o.kind, "note": o.note, "confirmed": o.confirmed, "labels": o.labels,
                 "created_at": o.created_at.isoformat()} for o in meeting.outcomes]
    return MeetingDetail(**_summary(meeting), analysis=meeting.analysis, outcomes=outcomes)


@api.get("", response_model=list[MeetingSummary], summary="Meetings you may see (rep: own, manager: team, admin: all)")
def list_meetings(db: DbSession, user: ApiUser, limit: int = 50, offset: int = 0,
                  account_id: int | None = None) -> list[MeetingSummary]:
    rows = queries.list_meetings(db, user, limit=max(1, min(limit, 500)), offset=max(0, offset), account_id=account_id)
    return [MeetingSummary(**_summary(m)) for m in rows]


@api.post("", response_model=MeetingDetail, status_code=201, dependencies=[Csrf],
          summary="Upload a meeting record; it is analysed and stored",
          responses={413: {"description": "The file is over the upload limit"},
                     422: {"description": "The record cannot be read"}})
def upload(
    request: Request, db: DbSession, user: ApiUser, record: Annotated[UploadFile, File()],
    account_id: Annotated[int | None, Form()] = None, new_account: Annotated[str | None, Form()] = None,
    contact_name: Annotated[str | None, Form()] = None, contact_title: Annotated[str | None, Form()] = None,
    booked_by: Annotated[str | None, Form()] = None, lead_source: Annotated[str | None, Form()] = None,
    campaign: Annotated[str | None, Form()] = None, held_on: Annotated[str | None, Form()] = None,
    sellers: Annotated[str | None, Form(description="Comma-separated seller names")] = None,
) -> MeetingDetail:
    fields = {"account_id": str(account_id) if account_id is not None else None, "new_account": new_account,
              "contact_name": contact_name, "contact_title": contact_title, "booked_by": booked_by,
              "lead_source": lead_source, "campaign": campaign, "held_on": held_on, "sellers": sellers}
    try:
        data, filename = _read_upload(request, record)
        meeting = analyse_and_store(request, db, user, data, filename, fields)
    except UploadProblem as problem:
        raise HTTPException(problem.status_code, problem.message("en")) from None
    except crud.StoreError as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(error)) from None
    stored = queries.get_meeting(db, user, meeting.id)
    assert stored is not None
    return _detail(stored)


@api.get("/{meeting_id}", response_model=MeetingDetail, summary="One meeting with its analysis")
def get_meeting(db: DbSession, user: ApiUser, meeting_id: int) -> MeetingDetail:
    return _detail(_visible_meeting(db, user, meeting_id))


class OutcomeIn(BaseModel):
    kind: Literal["boss_agreed", "contact_signed", "boss_signed", "contact_admitted", "next_meeting", "lost",
                  "no_answer", "other"]
    note: str | None = None
    confirmed: bool = False
    labels: dict[str, Literal["pop", "decision_maker"]] = Field(
        default_factory=dict, description="Buyer name -> what they turned out to be")


@api.post("/{meeting_id}/outcomes", status_code=201, dependencies=[Csrf], summary="Record what happened next")
def add_outcome(db: DbSession, user: ApiUser, meeting_id: int, body: OutcomeIn) -> dict[str, Any]:
    meeting = _visible_meeting(db, user, meeting_id)
    try:
        outcome = crud.record_outcome(db, user, meeting, body.kind, body.note, body.confirmed, dict(body.labels))
    except crud.StoreError as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(error)) from None
    return {"id": outcome.id, "kind": outcome.kind, "confirmed": outcome.confirmed, "labels": outcome.labels}


@api.delete("/{meeting_id}", status_code=204, dependencies=[Csrf], summary="Delete a meeting (owner or admin)")
def delete(db: DbSession, user: ApiUser, meeting_id: int) -> Response:
    meeting = _visible_meeting(db, user, meeting_id)
    if user.role != "admin" and meeting.owner_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the meeting's owner or an admin can delete it")
    crud.delete_meeting(db, meeting)
    return Response(status_code=204)
