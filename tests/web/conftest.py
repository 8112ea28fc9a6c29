"""Web fixtures: an app per test on a fresh database, users of each role, signed-in clients."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.workspace_fixtures import WEB_EXTRA_MISSING, PASSWORD, _packs, database_url, sqlite_url  # noqa: F401

if WEB_EXTRA_MISSING:  # the `web` extra is not installed: nothing here can run
    collect_ignore_glob = ["test_*.py"]

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

POP_MEETING = """[00:00:05] Roman Petrov: Thanks for your time. We offer a platform for fleet maintenance.
[00:00:20] Jan de Vries: Well, uh, I don't know. I have to run this by my director first, he decides on these things.
[00:00:41] Roman Petrov: Who else is involved in the decision?
[00:01:02] Jan de Vries: Our director, Pieter Bakker, signs off on everything. I just collect the quotes for the file.
[00:01:30] Roman Petrov: What budget do you have in mind?
[00:01:44] Jan de Vries: Hard to say, maybe next quarter, we will see. I can send it on to the team upstairs.
"""

EVIL_MEETING = """Seller Sam: We offer our platform, who decides?
Buyer Bo: <script>alert(1)</script> I have to ask my boss first. <img src=x onerror=alert(2)>
Seller Sam: Can we meet your boss?
Buyer Bo: I will pass it on to my manager, he decides.
"""


class Browserish:
    """A TestClient that keeps its cookies and fills in the CSRF token like the pages do."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def csrf(self) -> str:
        page = self.client.get("/login" if not self.client.cookies.get("popcheck_session") else "/tokens")
        match = re.search(r'name="csrf-token" content="([^"]+)"', page.text)
        assert match, page.text[:500]
        return match.group(1)

    def login(self, email: str, password: str = PASSWORD) -> Any:
        token = self.csrf()
        return self.client.post("/login", data={"email": email, "password": password, "csrf_token": token},
                                follow_redirects=False)

    def post(self, url: str, data: dict[str, Any] | None = None, files: Any = None, **kwargs: Any) -> Any:
        data = dict(data or {})
        data.setdefault("csrf_token", self.csrf())
        return self.client.post(url, data=data, files=files, follow_redirects=False, **kwargs)

    def upload(self, text: str, name: str = "call.txt", **fields: Any) -> Any:
        data = {"new_account": "Acme", **fields}
        return self.post("/meetings", data=data, files={"record": (name, text.encode("utf-8"), "text/plain")})

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)


@pytest.fixture
def make_app(tmp_path: Path) -> Iterator[Any]:
    from popcheck.web.app import create_app
    from popcheck.web.settings import Settings

    apps = []

    def build(url: str, **overrides: Any) -> Any:
        settings = Settings(database_url=url, secret_key="test-secret", **overrides)
        app = create_app(settings)
        apps.append(app)
        return app

    yield build
    for app in apps:
        app.state.engine.dispose()


@pytest.fixture
def app(make_app: Any, database_url: str) -> Any:  # noqa: F811
    return make_app(database_url, upload_limit_bytes=256 * 1024)


@pytest.fixture
def users(app: Any) -> dict[str, Any]:
    """rep1 and rep2 in team North with manager boss; rep3 in team South; an admin."""
    from popcheck.store import crud

    made = {}
    with app.state.sessions() as session:
        for key, role, team in (("rep1", "rep", "North"), ("rep2", "rep", "North"), ("rep3", "rep", "South"),
                                ("manager", "manager", "North"), ("admin", "admin", None)):
            user = crud.create_user(session, f"{key}@example.com", key.title(), PASSWORD, role=role, team=team)
            made[key] = user.id
    return made


@pytest.fixture
def client_for(app: Any, users: dict[str, Any]) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    clients = []

    def make(key: str | None) -> Browserish:
        client = TestClient(app)
        clients.append(client)
        browser = Browserish(client)
        if key:
            response = browser.login(f"{key}@example.com")
            assert response.status_code == 303, response.text
        return browser

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def rep(client_for: Any) -> Browserish:
    return client_for("rep1")
