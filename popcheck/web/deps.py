"""Request dependencies (FastAPI `Annotated` style): the db session, the current user, CSRF, the UI language."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from sqlalchemy.orm import Session

from popcheck.store import crud, queries
from popcheck.store.models import User
from popcheck.web.settings import Settings
from popcheck.web.texts import LANGUAGES, choose_language

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class LoginRequired(Exception):
    """A page needs a signed-in user; the app answers with a redirect to /login."""


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def get_db(request: Request) -> Iterator[Session]:
    session = request.app.state.sessions()
    try:
        yield session
    finally:
        session.close()


DbSession = Annotated[Session, Depends(get_db)]
AppSettings = Annotated[Settings, Depends(get_settings)]


def csrf_token(request: Request) -> str:
    """This browser session's CSRF token (made on first use)."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token  # type: ignore[no-any-return]


def password_marker(request: Request, user: User) -> str:
    """Ties a session to the password it began with: a new password ends every other session.

    A keyed digest of the hash, so the (readable) session cookie reveals nothing of the hash itself.
    """
    key = request.app.state.settings.secret_key.encode("utf-8")
    return hmac.new(key, user.password_hash.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _user_from_token(request: Request, db: Session, secret: str) -> User:
    token = queries.token_by_hash(db, crud.token_hash(secret))
    if token is None or not token.user.active:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "The API token is unknown or revoked: create one on /tokens",
                            headers={"WWW-Authenticate": "Bearer"})
    crud.touch_api_token(db, token)
    request.state.via_token = True
    return token.user


def optional_user(request: Request, db: DbSession) -> User | None:
    secret = _bearer(request)
    if secret:
        return _user_from_token(request, db, secret)
    user_id = request.session.get("uid")
    if not user_id:
        return None
    user = queries.user_by_id(db, int(user_id))
    marker = request.session.get("pw")
    if user is None or not user.active or not marker or not secrets.compare_digest(
            str(marker), password_marker(request, user)):
        request.session.clear()
        return None
    return user


def page_user(user: Annotated[User | None, Depends(optional_user)]) -> User:
    """A signed-in user for an HTML page, or a redirect to the login page."""
    if user is None:
        raise LoginRequired()
    return user


def api_user(user: Annotated[User | None, Depends(optional_user)]) -> User:
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Sign in, or send an API token as `Authorization: Bearer ...`",
                            headers={"WWW-Authenticate": "Bearer"})
    return user


async def check_csrf(request: Request) -> None:
    """Refuse a state-changing request from a browser session that lacks this session's CSRF token.

    Requests that authenticate with an API token carry no cookies, so CSRF cannot reach them.
    """
    if request.method in SAFE_METHODS or _bearer(request):
        return
    expected = request.session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if not sent:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get(CSRF_FIELD)
            sent = value if isinstance(value, str) else None
    if not expected or not sent or not secrets.compare_digest(str(expected), sent):
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            "The form's security token is missing or out of date: reload the page and try again")


def require_manager(user: Annotated[User, Depends(page_user)]) -> User:
    if user.role not in ("manager", "admin"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only managers and admins can see this")
    return user


def ui_language(request: Request, user: Annotated[User | None, Depends(optional_user)]) -> str:
    """The UI language: the user's setting, then the `lang` cookie, then the browser's Accept-Language."""
    if user is not None and user.language in LANGUAGES:
        return user.language  # type: ignore[return-value]
    return choose_language(request.cookies.get("lang"), request.headers.get("accept-language"),
                           request.app.state.settings.default_language)


PageUser = Annotated[User, Depends(page_user)]
ApiUser = Annotated[User, Depends(api_user)]
MaybeUser = Annotated[User | None, Depends(optional_user)]
Manager = Annotated[User, Depends(require_manager)]
UiLanguage = Annotated[str, Depends(ui_language)]
Csrf = Depends(check_csrf)
