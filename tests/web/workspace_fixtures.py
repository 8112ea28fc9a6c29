"""Fixtures shared by tests/web and tests/store: databases (SQLite and, when given, PostgreSQL), users, apps.

PostgreSQL runs where POPCHECK_TEST_POSTGRES_URL is set (`.ci/run` sets it after starting the server).
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import types
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

# The workspace needs the `web` extra (pip install -e '.[web,test]'); without it its tests are not collected.
WEB_EXTRA_MISSING = [name for name in ("fastapi", "sqlalchemy", "alembic", "argon2", "multipart")
                     if importlib.util.find_spec(name) is None]
POSTGRES_URL = os.environ.get("POPCHECK_TEST_POSTGRES_URL")
PASSWORD = "correct horse battery"


def language_packs_standing_in() -> list[str]:
    """While a language pack is still being written in this checkout, the English pack stands in for it.

    The workspace only wraps the Analyzer; its tests need every pack to import, not to be finished.
    """
    missing = []
    for code in ("nl", "en", "ru", "uk", "de"):
        name = f"popcheck.lang.{code}"
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - absent or half-written
            missing.append(code)
    if missing:
        english = importlib.import_module("popcheck.lang.en").PACK
        for code in missing:
            module = types.ModuleType(f"popcheck.lang.{code}")
            module.PACK = replace(english, code=code, _compiled={})  # type: ignore[attr-defined]
            sys.modules[f"popcheck.lang.{code}"] = module
    return missing


def _postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database for one test module, dropped afterwards."""
    from sqlalchemy import create_engine, text

    from popcheck.store.database import normalise_url

    assert POSTGRES_URL
    admin_url = normalise_url(POSTGRES_URL)
    name = f"popcheck_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = admin_url.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name AND pid <> pg_backend_pid()"
            ), {"name": name})
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.skipif(
        not POSTGRES_URL, reason="set POPCHECK_TEST_POSTGRES_URL (as .ci/run does) to run on PostgreSQL")),
]


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'workspace.db'}"
    else:
        yield from _postgres_database()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'workspace.db'}"


@pytest.fixture(scope="session", autouse=True)
def _packs() -> list[str]:
    return language_packs_standing_in()


def make_session(url: str) -> Any:
    from popcheck.store.database import make_engine, session_factory
    from popcheck.store.migrate import upgrade

    upgrade(url)
    engine = make_engine(url)
    return engine, session_factory(engine)
