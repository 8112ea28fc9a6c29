"""Security: others' meetings are invisible, transcripts render inert, CSRF, upload limits, atomic uploads."""
from __future__ import annotations

from typing import Any

import pytest

from tests.web.conftest import EVIL_MEETING, POP_MEETING


def _meeting(browser: Any, text: str = POP_MEETING) -> str:
    response = browser.upload(text, sellers="Roman Petrov")
    assert response.status_code == 303, response.text
    return str(response.headers["location"])


def test_another_reps_meeting_is_not_found(client_for: Any) -> None:
    owner = client_for("rep1")
    location = _meeting(owner)
    meeting_id = location.rsplit("/", 1)[1]
    for key, visible in (("rep2", False), ("rep3", False), ("manager", True), ("admin", True)):
        browser = client_for(key)
        page = browser.get(location)
        assert page.status_code == (200 if visible else 404), key
        api = browser.get(f"/api/v1/meetings/{meeting_id}")
        assert api.status_code == (200 if visible else 404), key
        outcome = browser.post(f"{location}/outcomes", data={"kind": "lost"})
        assert outcome.status_code == (303 if visible else 404), key
    assert "does not exist, or you may not see it" in client_for("rep2").get(location).text


def test_other_teams_accounts_are_not_found(client_for: Any) -> None:
    _meeting(client_for("rep1"))
    accounts = client_for("rep1").get("/api/v1/accounts").json()
    account_id = accounts[0]["id"]
    assert client_for("rep2").get(f"/accounts/{account_id}").status_code == 200  # same team shares accounts
    assert client_for("rep3").get(f"/accounts/{account_id}").status_code == 404
    assert client_for("rep3").get(f"/api/v1/accounts/{account_id}").status_code == 404


def test_script_tags_in_a_transcript_render_inert(rep: Any) -> None:
    location = _meeting(rep, EVIL_MEETING)
    html = rep.get(location).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert rep.get(location).headers["content-security-policy"].startswith("default-src 'self'; script-src 'self'")


@pytest.mark.parametrize("path", ["/meetings", "/accounts", "/tokens", "/crm/import", "/prior", "/language"])
def test_forms_without_csrf_are_refused(rep: Any, path: str) -> None:
    response = rep.client.post(path, data={"name": "x", "title": "CFO", "lang": "de"}, follow_redirects=False)
    assert response.status_code == 403
    assert "security token" in response.text


def test_csrf_token_of_another_session_is_refused(client_for: Any) -> None:
    rep1, rep2 = client_for("rep1"), client_for("rep2")
    response = rep1.client.post("/accounts", data={"name": "X", "csrf_token": rep2.csrf()}, follow_redirects=False)
    assert response.status_code == 403


def test_oversized_upload_gets_a_clear_message(rep: Any, app: Any) -> None:
    from popcheck.store import queries

    big = ("Roman Petrov: " + "word " * 60_000 + "\n").encode()  # ~300 KB over a 256 KB limit
    before = _counts(app)
    response = rep.post("/meetings", data={"new_account": "Big"}, files={"record": ("big.txt", big, "text/plain")})
    assert response.status_code == 413
    assert "larger than the 0.25 MB allowed" in response.text
    api = rep.client.post("/api/v1/meetings", files={"record": ("big.txt", big, "text/plain")},
                          headers={"X-CSRF-Token": rep.csrf()})
    assert api.status_code == 413 and "larger than" in api.json()["detail"]
    assert _counts(app) == before
    assert queries is not None


def test_upload_just_under_the_limit_is_checked_by_file_size(make_app: Any, sqlite_url: str) -> None:
    from fastapi.testclient import TestClient

    from popcheck.store import crud
    from tests.web.conftest import PASSWORD, Browserish

    app = make_app(sqlite_url, upload_limit_bytes=2000)
    with app.state.sessions() as session:
        crud.create_user(session, "a@example.com", "A", PASSWORD)
    with TestClient(app) as client:
        browser = Browserish(client)
        browser.login("a@example.com")
        response = browser.upload(POP_MEETING * 5)  # ~2700 bytes: passes the body limit's slack
        assert response.status_code == 413 and "larger than" in response.text


def _counts(app: Any) -> dict[str, int]:
    from popcheck.store import queries

    with app.state.sessions() as session:
        return queries.count_rows(session)


def test_an_upload_failing_midway_leaves_the_database_unchanged(rep: Any, app: Any, monkeypatch: Any) -> None:
    from popcheck.store import crud

    _meeting(rep)  # an account "Acme" with contacts exists already
    before = _counts(app)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("disk full")

    monkeypatch.setattr(crud, "_committee", broken)
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as client:
        client.cookies.update(rep.client.cookies)
        response = client.post("/meetings", data={"new_account": "Brand new", "csrf_token": rep.csrf()},
                               files={"record": ("call.txt", POP_MEETING.encode(), "text/plain")})
    assert response.status_code == 500
    assert _counts(app) == before


def test_a_broken_record_leaves_the_database_unchanged(rep: Any, app: Any) -> None:
    before = _counts(app)
    response = rep.upload("\x00\x01binary\x00" * 50, name="x.vtt", new_account="Should not exist")
    assert response.status_code == 422 and "binary" in response.text
    assert _counts(app) == before
