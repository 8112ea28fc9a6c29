"""Before a meeting: the contact's title and the booking call give a prior, and a script for the booker."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request, status
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from popcheck.errors import PopcheckError
from popcheck.store import queries
from popcheck.store.models import User
from popcheck.web.analysis_page import pack_for
from popcheck.web.deps import ApiUser, Csrf, DbSession, PageUser, UiLanguage

router = APIRouter(tags=["prior"])
api = APIRouter(prefix="/api/v1", tags=["prior"])
MEETING_LANGUAGES = ("en", "nl", "de", "ru", "uk")


def _title_kind(title: str, language: str) -> str:
    """executor / senior / unknown, by the packs' title lists (the meeting's language first)."""
    from popcheck.titles import title_seniority

    speaker = f"Contact ({title.strip()})"
    for code in (language, *[c for c in MEETING_LANGUAGES if c != language]):
        try:
            seniority = title_seniority(speaker, pack_for(code))
        except Exception:  # noqa: BLE001 - a pack being written by someone else must not break this page
            continue
        if seniority:
            return "senior" if seniority > 0 else "executor"
    return "unknown"


def prior_for(request: Request, db: Session, user: User, title: str, notes: str | None, language: str) -> dict[str, Any]:
    from popcheck.readers import read_text

    pack = pack_for(language)
    result: dict[str, Any] = {
        "title_kind": _title_kind(title, language), "history": queries.title_history(db, user, title),
        "notes_verdict": None, "notes_quotes": [],
        "scripts": [pack.text("script.booking"), pack.text("question.who_else"), pack.text("question.sign_off")],
    }
    if notes and len(notes.split()) >= 3:
        try:
            transcript = read_text(notes, "booking-call.md", form="notes")
            analysis = request.app.state.analyzer.get().analyze_transcript(transcript)
        except PopcheckError:
            return result
        if analysis.buyers:
            verdict = analysis.buyers[0]
            result["notes_verdict"] = verdict.verdict or "unclear"
            result["notes_quotes"] = [{"quote": e.quote, "direction": e.direction} for e in verdict.evidence[:3]]
    return result


@router.get("/prior", include_in_schema=False)
def prior_page(request: Request, user: PageUser, lang: UiLanguage) -> Response:
    from popcheck.web.pages import render

    return render(request, "prior.html.j2", user, lang, nav="prior", form={"language": lang}, prior=None)


@router.post("/prior", include_in_schema=False, dependencies=[Csrf])
def prior_result(request: Request, db: DbSession, user: PageUser, lang: UiLanguage, title: Annotated[str, Form()],
                 notes: Annotated[str | None, Form()] = None, language: Annotated[str, Form()] = "en") -> Response:
    from popcheck.web.pages import render

    language = language if language in MEETING_LANGUAGES else lang
    prior = prior_for(request, db, user, title, notes, language)
    return render(request, "prior.html.j2", user, lang, nav="prior", prior=prior,
                  form={"title": title, "notes": notes, "language": language})


class PriorIn(BaseModel):
    title: str = Field(description="The contact's job title")
    notes: str | None = Field(default=None, description="What the booking call said")
    language: str = "en"


@api.post("/prior", dependencies=[Csrf], summary="A prior before a meeting: does this title usually decide?")
def prior_api(request: Request, db: DbSession, user: ApiUser, body: PriorIn) -> dict[str, Any]:
    if body.language not in MEETING_LANGUAGES:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"language: use one of {', '.join(MEETING_LANGUAGES)}")
    return prior_for(request, db, user, body.title, body.notes, body.language)
