"""The workspace's settings, from the environment (POPCHECK_* or DATABASE_URL) or arguments."""
from __future__ import annotations

import secrets

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from popcheck.store.database import DEFAULT_DATABASE_URL


class Settings(BaseSettings):
    """One place for every knob; `popcheck serve` fills it from its options and the environment."""

    model_config = SettingsConfigDict(env_prefix="POPCHECK_", extra="ignore")

    database_url: str = Field(default=DEFAULT_DATABASE_URL,
                              validation_alias=AliasChoices("DATABASE_URL", "POPCHECK_DATABASE_URL"))
    # Signs session cookies. Set it for a server that restarts (sessions survive) or runs several workers.
    secret_key: str = Field(default_factory=lambda: secrets.token_urlsafe(32))
    upload_limit_bytes: int = 5 * 1024 * 1024
    cookie_secure: bool = False  # True behind HTTPS: the session cookie is then never sent over plain HTTP
    session_max_age_s: int = 14 * 24 * 3600
    migrate_on_start: bool = True
    default_language: str = "en"
    weights: str | None = None  # a weights folder from `popcheck train`; the shipped weights without it
