"""Alembic migrations: they build the schema on SQLite and PostgreSQL, match the models, and go back down."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from popcheck.store.database import make_engine
from popcheck.store.migrate import current, downgrade, upgrade
from popcheck.store.models import Base

TABLES = {"teams", "users", "api_tokens", "accounts", "contacts", "meetings", "participants", "outcomes"}


def test_upgrade_builds_the_schema_the_models_describe(database_url: str) -> None:
    upgrade(database_url)
    upgrade(database_url)  # idempotent
    assert current(database_url) == "0001"
    engine = make_engine(database_url)
    try:
        assert set(inspect(engine).get_table_names()) >= TABLES
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
    finally:
        engine.dispose()


def test_downgrade_to_nothing_and_back(database_url: str) -> None:
    upgrade(database_url)
    downgrade(database_url, "base")
    engine = make_engine(database_url)
    try:
        assert not TABLES & set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    upgrade(database_url)
    assert current(database_url) == "0001"


def test_migrations_ship_with_the_package() -> None:
    from popcheck.store.migrate import MIGRATIONS

    assert (MIGRATIONS / "env.py").is_file() and (MIGRATIONS / "script.py.mako").is_file()
    assert list((MIGRATIONS / "versions").glob("0001_*.py"))
