"""Store fixtures: a migrated database (SQLite, and PostgreSQL when POPCHECK_TEST_POSTGRES_URL is set)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.web.workspace_fixtures import WEB_EXTRA_MISSING, _packs, database_url, make_session, sqlite_url  # noqa: F401

if WEB_EXTRA_MISSING:  # the `web` extra is not installed: nothing here can run
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture
def db(database_url: str) -> Iterator[Any]:  # noqa: F811
    engine, factory = make_session(database_url)
    session = factory()
    try:
        yield session
    finally:
        session.close()
        engine.dispose()
