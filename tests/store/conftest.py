"""Store fixtures: a migrated database (SQLite, and PostgreSQL when POPCHECK_TEST_POSTGRES_URL is set)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.workspace_fixtures import _packs, database_url, make_session, sqlite_url  # noqa: F401


@pytest.fixture
def db(database_url: str) -> Iterator[Any]:  # noqa: F811
    engine, factory = make_session(database_url)
    session = factory()
    try:
        yield session
    finally:
        session.close()
        engine.dispose()
