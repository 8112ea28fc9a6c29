"""API tokens: create (the secret is shown once), list, revoke."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request, status
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from popcheck.store import crud, queries
from popcheck.web.deps import ApiUser, Csrf, DbSession, PageUser, UiLanguage
from popcheck.web.pages import render

router = APIRouter(tags=["tokens"])
api = APIRouter(prefix="/api/v1/tokens", tags=["tokens"])


@router.get("/tokens", include_in_schema=False)
def tokens_page(request: Request, db: DbSession, user: PageUser, lang: UiLanguage) -> Response:
    return render(request, "tokens.html.j2", user, lang, nav="tokens", tokens=queries.list_tokens(db, user))


@router.post("/tokens", include_in_schema=False, dependencies=[Csrf])
def create_token_page(request: Request, db: DbSession, user: PageUser, lang: UiLanguage,
                      name: Annotated[str, Form()]) -> Response:
    _token, secret = crud.create_api_token(db, user, name)
    return render(request, "tokens.html.j2", user, lang, nav="tokens", tokens=queries.list_tokens(db, user),
                  secret=secret)


@router.post("/tokens/{token_id}/revoke", include_in_schema=False, dependencies=[Csrf])
def revoke_token_page(db: DbSession, user: PageUser, token_id: int) -> Response:
    if not crud.revoke_api_token(db, user, token_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such token")
    return RedirectResponse("/tokens", status_code=303)


class TokenOut(BaseModel):
    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None


class NewToken(TokenOut):
    token: str


class TokenIn(BaseModel):
    name: str


@api.get("", response_model=list[TokenOut], summary="Your API tokens")
def list_tokens(db: DbSession, user: ApiUser) -> list[TokenOut]:
    return [TokenOut(id=t.id, name=t.name, prefix=t.prefix, created_at=t.created_at, last_used_at=t.last_used_at)
            for t in queries.list_tokens(db, user)]


@api.post("", response_model=NewToken, status_code=201, dependencies=[Csrf],
          summary="Create a token; its secret is in this answer only")
def create_token(db: DbSession, user: ApiUser, body: TokenIn) -> NewToken:
    token, secret = crud.create_api_token(db, user, body.name)
    return NewToken(id=token.id, name=token.name, prefix=token.prefix, created_at=token.created_at,
                    last_used_at=None, token=secret)


@api.delete("/{token_id}", status_code=204, dependencies=[Csrf], summary="Revoke a token")
def revoke_token(db: DbSession, user: ApiUser, token_id: int) -> Response:
    if not crud.revoke_api_token(db, user, token_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such token")
    return Response(status_code=204)
