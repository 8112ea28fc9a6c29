"""Signing in and out, and the UI language."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from popcheck.store import crud, queries
from popcheck.store.passwords import dummy_verify, needs_rehash, verify_password
from popcheck.web.deps import ApiUser, Csrf, DbSession, MaybeUser, UiLanguage, csrf_token, password_marker
from popcheck.web.pages import render
from popcheck.web.texts import LANGUAGES, translator

router = APIRouter(tags=["auth"])
api = APIRouter(prefix="/api/v1", tags=["auth"])


def safe_next(target: str | None) -> str:
    """Only paths on this site: never `//other.host` or `https://...`."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/meetings"
    return target


@router.get("/login", include_in_schema=False)
def login_page(request: Request, user: MaybeUser, lang: UiLanguage, next: str | None = None) -> Response:
    if user is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return render(request, "login.html.j2", None, lang, next=safe_next(next))


@router.post("/login", include_in_schema=False, dependencies=[Csrf])
def login(request: Request, db: DbSession, lang: UiLanguage, email: Annotated[str, Form()],
          password: Annotated[str, Form()], next: Annotated[str, Form()] = "/meetings") -> Response:
    user = queries.user_by_email(db, email)
    if user is None or not user.active:
        dummy_verify(password)
        ok = False
    else:
        ok = verify_password(user.password_hash, password)
    if not ok or user is None:
        return render(request, "login.html.j2", None, lang, status_code=401, error=translator(lang)("login.failed"),
                      email=email, next=safe_next(next))
    if needs_rehash(user.password_hash):
        from popcheck.store.passwords import hash_password

        crud.rehash_password(db, user, hash_password(password))
    request.session.clear()  # a fresh session: no fixation
    request.session["uid"] = user.id
    request.session["pw"] = password_marker(request, user)
    csrf_token(request)
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout", include_in_schema=False, dependencies=[Csrf])
def logout(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.post("/language", include_in_schema=False, dependencies=[Csrf])
def set_language(request: Request, db: DbSession, user: MaybeUser, lang: Annotated[str, Form()],
                 next: Annotated[str, Form()] = "/") -> Response:
    response = RedirectResponse(safe_next(next), status_code=303)
    if lang in LANGUAGES:
        response.set_cookie("lang", lang, max_age=365 * 24 * 3600, samesite="lax", httponly=True,
                            secure=request.app.state.settings.cookie_secure)
        if user is not None:
            crud.set_language(db, user, lang)
    return response


class Me(BaseModel):
    id: int
    email: str
    name: str
    role: str
    team: str | None
    language: str | None


@api.get("/me", response_model=Me, summary="The signed-in user")
def me(user: ApiUser) -> Me:
    return Me(id=user.id, email=user.email, name=user.name, role=user.role,
              team=user.team.name if user.team else None, language=user.language)



