"""The workspace app: `create_app(settings)` wires the store, the analyzer, the pages and the REST API."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from popcheck.store.database import make_engine, session_factory
from popcheck.web.deps import LoginRequired
from popcheck.web.pages import render, wants_html
from popcheck.web.settings import Settings

STATIC = Path(__file__).resolve().parent / "static"
# Room for the form fields around an uploaded file.
FORM_OVERHEAD_BYTES = 64 * 1024
# An oversized body is read and dropped up to this much, then the connection is cut.
DRAIN_LIMIT_BYTES = 256 * 1024 * 1024
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


class BodyTooLarge(HTTPException):
    """A request body passed the upload limit (an HTTPException, so body parsing lets it through)."""

    def __init__(self) -> None:
        super().__init__(413, "The request is larger than the upload limit")


class UploadLimit:
    """Refuse request bodies over the limit: by Content-Length at once, or while they stream in."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                scope.setdefault("state", {})["body_too_large"] = True
                break
        seen = 0

        async def drain(message: Message) -> None:
            """Read (and drop) the rest of the body, so the browser gets to see the answer."""
            drained = seen
            while message.get("more_body") and drained < DRAIN_LIMIT_BYTES:
                message = await receive()
                if message["type"] != "http.request":
                    break
                drained += len(message.get("body", b""))

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit or scope.get("state", {}).get("body_too_large"):
                    await drain(message)
                    raise BodyTooLarge()
            return message

        await self.app(scope, limited, send)


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
                    (b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"same-origin"),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class LazyAnalyzer:
    """One Analyzer per app, loaded on first use (or at start-up by `warm`), shared by all requests."""

    def __init__(self, weights: str | None) -> None:
        self.weights = weights
        self._analyzer: Any = None
        self._lock = threading.Lock()

    def get(self) -> Any:
        if self._analyzer is None:
            with self._lock:
                if self._analyzer is None:
                    from popcheck.analyzer import Analyzer

                    self._analyzer = Analyzer(self.weights)
        return self._analyzer


def create_app(settings: Settings | None = None) -> FastAPI:
    """The FastAPI app for these settings; applies the migrations first unless told not to."""
    settings = settings or Settings()
    if settings.migrate_on_start:
        from popcheck.store.migrate import upgrade

        upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    app = FastAPI(
        title="popcheck workspace API", version="1",
        description="Meetings, verdicts, buying committees and lead-generation figures. "
                    "Authenticate with `Authorization: Bearer <token>` (create tokens on /tokens).",
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = session_factory(engine)
    app.state.analyzer = LazyAnalyzer(settings.weights)

    from popcheck.web.routes import accounts, api_tokens, auth, crm, dashboard, docs, live, meetings, prior

    for module in (auth, meetings, live, accounts, prior, dashboard, crm, api_tokens, docs):
        app.include_router(module.router)
        if hasattr(module, "api"):
            app.include_router(module.api)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/meetings", status_code=303)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> RedirectResponse:
        return RedirectResponse("/static/favicon.svg", status_code=301)

    @app.get("/healthz", include_in_schema=False)
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, _error: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        from urllib.parse import quote

        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(BodyTooLarge)
    async def too_large(request: Request, _error: BodyTooLarge) -> Response:
        return _error_response(request, 413, None)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        return _error_response(request, error.status_code, str(error.detail), getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        if wants_html(request):
            return _error_response(request, 422, "; ".join(str(e.get("msg")) for e in error.errors()))
        return JSONResponse({"detail": error.errors()}, status_code=422)

    app.add_middleware(SessionMiddleware, secret_key=settings.secret_key, session_cookie="popcheck_session",
                       max_age=settings.session_max_age_s, same_site="lax", https_only=settings.cookie_secure)
    app.add_middleware(UploadLimit, limit=settings.upload_limit_bytes + FORM_OVERHEAD_BYTES)
    app.add_middleware(SecurityHeaders)
    return app


def too_large_message(settings: Settings, language: str = "en") -> str:
    from popcheck.web.texts import translator

    return translator(language)("error.too_large", limit=f"{settings.upload_limit_bytes / 1024 / 1024:g}")


def _error_response(request: Request, status_code: int, detail: str | None,
                    headers: dict[str, str] | None = None) -> Response:
    """HTML for a browser, JSON for the API; the words say what to do."""
    from popcheck.web.texts import choose_language, translator

    settings: Settings = request.app.state.settings
    language = choose_language(request.cookies.get("lang"), request.headers.get("accept-language"),
                               settings.default_language)
    t = translator(language)
    if status_code == 413:
        message = too_large_message(settings, language)
    elif status_code == 404:
        message = t("error.not_found")
    elif status_code == 403 and detail and "security token" in detail:
        message = t("error.csrf")
    elif status_code == 403:
        message = detail or t("error.forbidden")
    else:
        message = detail or t("error.title")
    if not wants_html(request):
        return JSONResponse({"detail": message}, status_code=status_code, headers=headers)
    if status_code == 401:
        return RedirectResponse("/login", status_code=303)
    response = render(request, "error.html.j2", None, language, status_code=status_code,
                      heading=t("error.title"), message=message, back=request.headers.get("referer") or "/")
    return HTMLResponse(response.body, status_code=status_code, headers=headers)
