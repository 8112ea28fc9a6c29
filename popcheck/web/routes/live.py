"""The live call: caption lines in over a WebSocket, one coach event per turn out, the meeting saved at the end.

The page (`GET /live`) opens `WS /live/ws`. The socket is accepted only from a signed-in browser session,
from a page of this server (`Origin` is the request's host), with the session's CSRF token (as the
`csrf_token` query parameter, or a `csrf` field in the first message). Messages from the browser:

- `{"type": "start", "sellers": [...], "language": "nl" | null, "account_id", "new_account", ...}`
- `{"type": "line", "text": "Name: what they said"}` (or one line of a pasted VTT)
- `{"type": "end"}`: the call is analysed as a whole and saved as a meeting.

Answers: `{"type": "event", ...CoachEvent.to_dict()}` per turn, `{"type": "started"}`,
`{"type": "saved", "url": "/meetings/<id>"}`, and `{"type": "error", "message": ...}` (the socket stays open).
"""
from __future__ import annotations

import json
import secrets
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Request, WebSocket, WebSocketDisconnect, status
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from popcheck.store import crud, queries
from popcheck.store.models import User
from popcheck.web.analysis_page import facts_of
from popcheck.web.deps import DbSession, PageUser, UiLanguage, password_marker, ui_language
from popcheck.web.pages import render
from popcheck.web.routes.prior import MEETING_LANGUAGES
from popcheck.web.texts import translator

router = APIRouter(tags=["live"])

MAX_LINE_CHARS = 4000  # one caption line
MAX_LINES = 5000  # lines in one call (about three hours of captions)
MAX_MESSAGE_CHARS = 16 * 1024  # one WebSocket message (a line plus its JSON)
MAX_SELLERS = 20
MAX_FIELD_CHARS = 300
MEETING_FIELDS = ("new_account", "contact_name", "contact_title", "booked_by", "lead_source", "campaign")
LEAD_SOURCES = ("Cold call", "Inbound", "Event", "LinkedIn", "Referral", "Partner")


class LiveProblem(Exception):
    """Bad input from the browser: answered with an error message, the socket stays open."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


# -- the page -------------------------------------------------------------------------------


@router.get("/live", include_in_schema=False)
def live_page(request: Request, db: DbSession, user: PageUser, lang: UiLanguage) -> Response:
    meetings = queries.list_meetings(db, user, limit=100)
    return render(
        request, "live.html.j2", user, lang, nav="live", accounts=queries.list_accounts(db, user),
        meeting_languages=MEETING_LANGUAGES, lead_sources=LEAD_SOURCES,
        known_titles=sorted({m.contact_title for m in meetings if m.contact_title})[:50],
        max_line=MAX_LINE_CHARS, max_lines=MAX_LINES,
    )


# -- the socket -----------------------------------------------------------------------------


def _session_user(websocket: WebSocket) -> User | None:
    """The signed-in user of the session cookie, by the same rules as `deps.optional_user`."""
    user_id = websocket.session.get("uid")
    if not user_id:
        return None
    with websocket.app.state.sessions() as db:
        user = queries.user_by_id(db, int(user_id))
        marker = websocket.session.get("pw")
        if user is None or not user.active or not marker or not secrets.compare_digest(
                str(marker), password_marker(websocket, user)):  # type: ignore[arg-type]
            return None
        db.expunge(user)
        return user


def _same_origin(websocket: WebSocket) -> bool:
    """The page that opens the socket was served by this host (no cross-site WebSocket hijacking)."""
    origin = websocket.headers.get("origin")
    host = websocket.headers.get("host")
    if not origin or not host:
        return False
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and parts.netloc.lower() == host.lower()


def _csrf_ok(websocket: WebSocket, sent: object) -> bool:
    expected = websocket.session.get("csrf")
    return bool(expected) and isinstance(sent, str) and bool(sent) and secrets.compare_digest(str(expected), sent)


class LiveCall:
    """One call on one socket: the coach session, the lines received, what to save at the end."""

    def __init__(self, app: Any, user: User) -> None:
        self.app = app
        self.user = user
        self.session: Any = None
        self.lines: list[str] = []
        self.chars = 0
        self.fields: dict[str, Any] = {}
        self.started_at = datetime.now()

    # start ----------------------------------------------------------------------------------

    def start(self, message: dict[str, Any]) -> None:
        from popcheck.live.session import CoachSession

        if self.session is not None:
            raise LiveProblem("live.error.started")
        sellers = message.get("sellers") or []
        if isinstance(sellers, str):
            sellers = sellers.split(",")
        if not isinstance(sellers, list) or not all(isinstance(name, str) for name in sellers):
            raise LiveProblem("live.error.bad_message")
        sellers = [name.strip()[:MAX_FIELD_CHARS] for name in sellers if name.strip()][:MAX_SELLERS]
        language = message.get("language") or None
        if language is not None and language not in MEETING_LANGUAGES:
            raise LiveProblem("live.error.bad_language", languages=", ".join(MEETING_LANGUAGES))
        fields = {name: _text_field(message.get(name)) for name in MEETING_FIELDS}
        fields["held_on"] = _held_on(message.get("held_on"))
        fields["account_id"] = self._account_id(message.get("account_id"))
        if fields["account_id"] is not None:
            fields["new_account"] = None
        fields["sellers"] = tuple(sellers)
        self.fields = fields
        self.session = CoachSession(self.app.state.analyzer.get(), sellers=sellers or None, language=language,
                                    source=self._source())

    def _account_id(self, value: object) -> int | None:
        if value in (None, ""):
            return None
        text = str(value).strip()
        if not text.isdigit():
            raise LiveProblem("live.error.no_account")
        with self.app.state.sessions() as db:
            if queries.get_account(db, self.user, int(text)) is None:
                raise LiveProblem("live.error.no_account")
        return int(text)

    def _source(self) -> str:
        return f"live-call-{self.started_at:%Y-%m-%d-%H%M}.txt"

    # lines ----------------------------------------------------------------------------------

    def line(self, text: object) -> list[dict[str, Any]]:
        if self.session is None:
            raise LiveProblem("live.error.not_started")
        if not isinstance(text, str):
            raise LiveProblem("live.error.bad_message")
        text = text.replace("\r", "")
        if "\n" in text:
            raise LiveProblem("live.error.one_line")
        if len(text) > MAX_LINE_CHARS:
            raise LiveProblem("live.error.line_too_long", limit=MAX_LINE_CHARS)
        if len(self.lines) >= MAX_LINES:
            raise LiveProblem("live.error.too_many_lines", limit=MAX_LINES)
        limit = self.app.state.settings.upload_limit_bytes
        if self.chars + len(text) + 1 > limit:
            raise LiveProblem("live.error.too_large", limit=f"{limit / 1024 / 1024:g}")
        self.lines.append(text)
        self.chars += len(text) + 1
        return [{"type": "event", **event.to_dict()} for event in self.session.events([text + "\n"])]

    # end ------------------------------------------------------------------------------------

    def flush(self) -> list[dict[str, Any]]:
        """The events of a VTT cue still waiting for its blank line."""
        if self.session is None:
            raise LiveProblem("live.error.not_started")
        return [{"type": "event", **event.to_dict()} for event in self.session.events(["\n"])]

    def save(self) -> int:
        """Analyse the whole call and save it as a meeting; its id."""
        from popcheck.errors import PopcheckError

        if self.session is None:
            raise LiveProblem("live.error.not_started")
        live = self.session.live
        buyers = set(live.scene.buyers)
        if not any(turn.speaker in buyers and turn.text.strip() for turn in live.turns):
            raise LiveProblem("live.error.no_buyer")
        try:
            analysis = live.analysis()
        except PopcheckError as error:
            raise LiveProblem("live.error.store", problem=str(error)) from None
        if not analysis.buyers:
            raise LiveProblem("live.error.no_buyer")
        fields = self.fields
        meeting_input = crud.MeetingInput(
            source=self._source(), record_text="\n".join(self.lines) + "\n", held_on=fields["held_on"],
            account_id=fields["account_id"], new_account=fields["new_account"],
            contact_name=fields["contact_name"], contact_title=fields["contact_title"],
            booked_by=fields["booked_by"], lead_source=fields["lead_source"], campaign=fields["campaign"],
            sellers=fields["sellers"],
        )
        with self.app.state.sessions() as db:
            owner = queries.user_by_id(db, self.user.id)
            if owner is None:
                raise LiveProblem("live.error.signed_out")
            account = queries.get_account(db, owner, fields["account_id"]) if fields["account_id"] else None
            if fields["account_id"] is not None and account is None:
                raise LiveProblem("live.error.no_account")
            try:
                meeting = crud.save_meeting(db, owner, meeting_input, facts_of(analysis), account=account)
            except crud.StoreError as error:
                raise LiveProblem("live.error.store", problem=str(error)) from None
            return meeting.id


def _text_field(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise LiveProblem("live.error.bad_message")
    return value.strip()[:MAX_FIELD_CHARS] or None


def _held_on(value: object) -> date:
    if value in (None, ""):
        return date.today()
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise LiveProblem("upload.bad_date", value=str(value)[:40]) from None


@router.websocket("/live/ws")
async def live_socket(websocket: WebSocket) -> None:
    user = await run_in_threadpool(_session_user, websocket)
    if user is None or not _same_origin(websocket):
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    query_token = websocket.query_params.get("csrf_token")
    if query_token is not None and not _csrf_ok(websocket, query_token):
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    t = translator(ui_language(websocket, user))  # type: ignore[arg-type]
    await websocket.accept()
    call = LiveCall(websocket.app, user)
    verified = query_token is not None

    async def error(key: str, **values: object) -> None:
        await websocket.send_json({"type": "error", "message": t(key, **values)})

    try:
        while True:
            raw = await websocket.receive_text()
            message: Any = None
            if len(raw) <= MAX_MESSAGE_CHARS:
                try:
                    message = json.loads(raw)
                except ValueError:
                    message = None
            if not verified:
                # Without the token in the URL, the first message must carry it; anything else ends the socket.
                if not isinstance(message, dict) or not _csrf_ok(websocket, message.get("csrf")):
                    await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
                    return
                verified = True
                if message.get("type") in (None, "auth"):
                    await websocket.send_json({"type": "ready"})
                    continue
            if len(raw) > MAX_MESSAGE_CHARS:
                await error("live.error.line_too_long", limit=MAX_LINE_CHARS)
                continue
            if not isinstance(message, dict) or not isinstance(message.get("type"), str):
                await error("live.error.bad_message")
                continue
            kind = message["type"]
            try:
                if kind == "start":
                    await run_in_threadpool(call.start, message)
                    await websocket.send_json({"type": "started"})
                elif kind == "line":
                    for event in await run_in_threadpool(call.line, message.get("text")):
                        await websocket.send_json(event)
                elif kind == "end":
                    for event in await run_in_threadpool(call.flush):
                        await websocket.send_json(event)
                    meeting_id = await run_in_threadpool(call.save)
                    await websocket.send_json({"type": "saved", "url": f"/meetings/{meeting_id}"})
                    await websocket.close()
                    return
                elif kind == "auth":
                    continue
                else:
                    await error("live.error.bad_message")
            except LiveProblem as problem:
                await error(problem.key, **problem.values)
    except WebSocketDisconnect:
        return
