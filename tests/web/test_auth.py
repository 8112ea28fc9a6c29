"""Signing in: argon2 hashes, session cookies, CSRF on every form, safe redirects, UI language."""
from __future__ import annotations

from typing import Any

import pytest

from popcheck.web.routes.auth import safe_next


def test_anonymous_pages_redirect_to_login(client_for: Any) -> None:
    browser = client_for(None)
    for path in ("/meetings", "/accounts", "/dashboard", "/crm", "/tokens", "/prior", "/meetings/1"):
        response = browser.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/login?next="), path


def test_api_without_credentials_is_401(client_for: Any) -> None:
    response = client_for(None).get("/api/v1/meetings")
    assert response.status_code == 401 and "Bearer" in response.json()["detail"]


def test_wrong_password(client_for: Any) -> None:
    browser = client_for(None)
    response = browser.login("rep1@example.com", "not the password")
    assert response.status_code == 401 and "E-mail or password is wrong" in response.text
    response = browser.login("nobody@example.com", "whatever password")
    assert response.status_code == 401


def test_passwords_are_argon2(app: Any, users: dict[str, int]) -> None:
    from popcheck.store import queries

    with app.state.sessions() as session:
        user = queries.user_by_id(session, users["rep1"])
        assert user is not None and user.password_hash.startswith("$argon2id$")


def test_session_cookie_flags(make_app: Any, sqlite_url: str) -> None:
    from fastapi.testclient import TestClient

    from popcheck.store import crud
    from tests.web.conftest import PASSWORD, Browserish

    app = make_app(sqlite_url, cookie_secure=True)
    with app.state.sessions() as session:
        crud.create_user(session, "a@example.com", "A", PASSWORD)
    with TestClient(app, base_url="https://testserver") as client:
        response = Browserish(client).login("a@example.com")
        cookie = response.headers["set-cookie"].lower()
        assert "httponly" in cookie and "secure" in cookie and "samesite=lax" in cookie


def test_login_without_csrf_is_refused(client_for: Any) -> None:
    browser = client_for(None)
    browser.get("/login")
    response = browser.client.post("/login", data={"email": "rep1@example.com", "password": "x" * 12},
                                   follow_redirects=False)
    assert response.status_code == 403 and "security token" in response.text


def test_logout_ends_the_session(rep: Any) -> None:
    assert rep.post("/logout").status_code == 303
    assert rep.get("/meetings", follow_redirects=False).status_code == 303


def test_next_is_kept_on_this_site() -> None:
    assert safe_next("/accounts/3") == "/accounts/3"
    for bad in ("//evil.example", "https://evil.example", "/\\evil", None, ""):
        assert safe_next(bad) == "/meetings"


@pytest.mark.parametrize(("code", "words"), [("de", "Ein Gespräch analysieren"), ("ru", "Разобрать встречу"),
                                             ("uk", "Розібрати зустріч"), ("nl", "Een gesprek analyseren")])
def test_language_switch_is_remembered(rep: Any, code: str, words: str) -> None:
    assert rep.post("/language", data={"lang": code, "next": "/meetings"}).status_code == 303
    assert words in rep.get("/meetings").text


def test_a_new_password_ends_other_sessions(rep: Any, app: Any, users: dict[str, int]) -> None:
    from popcheck.store import crud, queries

    assert rep.get("/meetings", follow_redirects=False).status_code == 200
    with app.state.sessions() as session:
        user = queries.user_by_id(session, users["rep1"])
        assert user is not None
        crud.set_password(session, user, "another long password")
    assert rep.get("/meetings", follow_redirects=False).status_code == 303


def test_the_session_cookie_reveals_nothing_of_the_hash(rep: Any, app: Any, users: dict[str, int]) -> None:
    import base64

    from popcheck.store import queries

    cookie = rep.client.cookies["popcheck_session"]
    payload = base64.b64decode(cookie.split(".")[0] + "==").decode()
    with app.state.sessions() as session:
        user = queries.user_by_id(session, users["rep1"])
        assert user is not None
        assert user.password_hash[-16:] not in payload and "argon2" not in payload
