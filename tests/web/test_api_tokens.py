"""The REST API: tokens (shown once, hashed, revocable), OpenAPI docs served locally, uploads over the API."""
from __future__ import annotations

import re
from typing import Any

from tests.web.conftest import POP_MEETING


def _token(browser: Any, name: str = "script") -> str:
    page = browser.post("/tokens", data={"name": name})
    assert page.status_code == 200
    match = re.search(r'id="token-secret">([^<]+)<', page.text)
    assert match
    return match.group(1)


def test_token_upload_and_read_without_cookies(client_for: Any, app: Any) -> None:
    from fastapi.testclient import TestClient

    secret = _token(client_for("rep1"))
    with TestClient(app) as api:
        headers = {"Authorization": f"Bearer {secret}"}
        assert api.get("/api/v1/me", headers=headers).json()["email"] == "rep1@example.com"
        created = api.post("/api/v1/meetings", headers=headers, data={"new_account": "Acme", "sellers": "Roman Petrov",
                                                                      "lead_source": "Inbound"},
                           files={"record": ("call.txt", POP_MEETING.encode(), "text/plain")})
        assert created.status_code == 201, created.text
        body = created.json()
        assert body["analysis"]["schema"] == "popcheck.analysis/1"
        assert {p["name"]: p["verdict"] for p in body["participants"] if p["side"] == "buyer"} == {"Jan de Vries": "pop"}
        listed = api.get("/api/v1/meetings", headers=headers).json()
        assert [m["id"] for m in listed] == [body["id"]]
        outcome = api.post(f"/api/v1/meetings/{body['id']}/outcomes", headers=headers,
                           json={"kind": "boss_agreed", "confirmed": True, "labels": {"Jan de Vries": "pop"}})
        assert outcome.status_code == 201 and outcome.json()["confirmed"] is True
        bad = api.post(f"/api/v1/meetings/{body['id']}/outcomes", headers=headers,
                       json={"kind": "boss_agreed", "labels": {"Nobody": "pop"}})
        assert bad.status_code == 422 and "not a buyer" in bad.json()["detail"]
        prior = api.post("/api/v1/prior", headers=headers, json={"title": "Procurement officer"})
        assert prior.json()["title_kind"] == "executor"


def test_tokens_are_hashed_and_revocable(client_for: Any, app: Any) -> None:
    from fastapi.testclient import TestClient
    from sqlalchemy import select

    from popcheck.store.models import ApiToken

    browser = client_for("rep1")
    secret = _token(browser)
    with app.state.sessions() as session:
        stored = session.scalars(select(ApiToken)).one()
        assert secret not in (stored.token_hash, stored.prefix) and len(stored.token_hash) == 64
        token_id = stored.id
    assert browser.post(f"/tokens/{token_id}/revoke").status_code == 303
    with TestClient(app) as api:
        response = api.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"})
        assert response.status_code == 401 and "revoked" in response.json()["detail"]
    assert client_for("rep2").post(f"/tokens/{token_id}/revoke").status_code == 404


def test_api_token_endpoints(client_for: Any) -> None:
    browser = client_for("rep1")
    created = browser.client.post("/api/v1/tokens", json={"name": "ci"}, headers={"X-CSRF-Token": browser.csrf()})
    assert created.status_code == 201 and created.json()["token"].startswith("pck_")
    assert [t["name"] for t in browser.get("/api/v1/tokens").json()] == ["ci"]
    refused = browser.client.post("/api/v1/tokens", json={"name": "no csrf"})
    assert refused.status_code == 403


def test_openapi_and_local_docs(client_for: Any) -> None:
    browser = client_for(None)
    spec = browser.get("/api/openapi.json").json()
    for path in ("/api/v1/meetings", "/api/v1/meetings/{meeting_id}", "/api/v1/accounts/{account_id}",
                 "/api/v1/dashboard", "/api/v1/crm/export", "/api/v1/tokens", "/api/v1/labels.zip"):
        assert path in spec["paths"], path
    docs = browser.get("/api/docs").text
    assert "/static/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert browser.get("/static/swagger-ui-bundle.js").status_code == 200
    assert browser.get("/static/htmx.min.js").status_code == 200
    assert browser.get("/static/chart.umd.min.js").status_code == 200
