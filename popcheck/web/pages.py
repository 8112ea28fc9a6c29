"""Rendering pages: one Jinja2 environment (autoescaped), the UI texts, the CSRF token, flash messages."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from popcheck.render.text import clock
from popcheck.store.models import User
from popcheck.web.deps import csrf_token
from popcheck.web.texts import language_choices, translator

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC_VERSION = "1"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "j2"],
                      default=True, default_for_string=True), trim_blocks=True, lstrip_blocks=True)
    env.filters["clock"] = clock
    env.globals["static"] = lambda name: f"/static/{name}?v={STATIC_VERSION}"
    env.globals["pct"] = lambda value: "—" if value is None else f"{100 * float(value):.0f}%"
    return env


def wants_html(request: Request) -> bool:
    """A browser page (HTML) rather than an API client (JSON)."""
    if request.url.path.startswith("/api/"):
        return False
    accept = request.headers.get("accept", "")
    return "text/html" in accept or "*/*" in accept or not accept


def flash(request: Request, message: str, kind: str = "") -> None:
    request.session["flash"] = [message, kind]


def render(request: Request, name: str, user: User | None, language: str, status_code: int = 200,
           **context: Any) -> HTMLResponse:
    message = request.session.pop("flash", None)
    page = environment().get_template(name).render(
        request=request, user=user, lang=language, t=translator(language), csrf=csrf_token(request),
        languages=language_choices(), flash=message[0] if message else None,
        flash_kind=message[1] if message else None, **context,
    )
    return HTMLResponse(page, status_code=status_code)
