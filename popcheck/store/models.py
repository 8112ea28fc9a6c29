"""The workspace's tables: users and teams, accounts and their buying committee, meetings and outcomes.

Typed SQLAlchemy 2.0 models. The schema itself is made by the Alembic migrations in
`popcheck/store/migrations/`; a test checks that the migrations and these models agree.
"""
from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, Optional

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

ROLES: tuple[str, ...] = ("rep", "manager", "admin")
# What happened after a meeting; the first four confirm or refute a verdict (see labels.py).
OUTCOMES: tuple[str, ...] = (
    "boss_agreed", "contact_signed", "boss_signed", "contact_admitted", "next_meeting", "lost", "no_answer", "other",
)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20), default="rep")
    team_id: Mapped[Optional[int]] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"), index=True)
    language: Mapped[Optional[str]] = mapped_column(String(5))  # UI language; None: the browser's
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    team: Mapped[Optional[Team]] = relationship(lazy="joined")


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    prefix: Mapped[str] = mapped_column(String(16))  # shown in lists, so a person can tell tokens apart
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the secret
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_used_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)

    user: Mapped[User] = relationship(lazy="joined")


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    domain: Mapped[Optional[str]] = mapped_column(String(300))
    team_id: Mapped[Optional[int]] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"), index=True)
    owner_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    crm_source: Mapped[Optional[str]] = mapped_column(String(20))  # hubspot / salesforce
    crm_id: Mapped[Optional[str]] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="account", cascade="all, delete-orphan", order_by="Contact.id",
    )


class Contact(Base):
    """A person on the buyer's side: met in a meeting, imported from the CRM, or named as deciding."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    title: Mapped[Optional[str]] = mapped_column(String(300))
    email: Mapped[Optional[str]] = mapped_column(String(320))
    buying_role: Mapped[Optional[str]] = mapped_column(String(40))  # CRM value, None where unclear
    role_source: Mapped[Optional[str]] = mapped_column(String(20))  # verdict / manual / crm
    reports_to_id: Mapped[Optional[int]] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    met: Mapped[bool] = mapped_column(Boolean, default=True)
    verdict: Mapped[Optional[str]] = mapped_column(String(20))  # the latest verdict on them
    p_decider: Mapped[Optional[float]] = mapped_column(Float)
    source_quote: Mapped[Optional[str]] = mapped_column(Text)  # unmet: the words that named them
    source_meeting_id: Mapped[Optional[int]] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    crm_id: Mapped[Optional[str]] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    account: Mapped[Account] = relationship(back_populates="contacts")


class Meeting(Base):
    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_team_held", "team_id", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[Optional[int]] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"), index=True)
    account_id: Mapped[Optional[int]] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"), index=True)
    contact_name: Mapped[Optional[str]] = mapped_column(String(300))
    contact_title: Mapped[Optional[str]] = mapped_column(String(300), index=True)
    booked_by: Mapped[Optional[str]] = mapped_column(String(200), index=True)
    lead_source: Mapped[Optional[str]] = mapped_column(String(200), index=True)
    campaign: Mapped[Optional[str]] = mapped_column(String(200), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    language: Mapped[str] = mapped_column(String(5))
    form: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(300))  # the uploaded file's name
    sellers: Mapped[list[Any]] = mapped_column(default=list)
    record_text: Mapped[str] = mapped_column(Text)
    analysis: Mapped[dict[str, Any]] = mapped_column()  # the `popcheck.analysis/1` contract
    view: Mapped[dict[str, Any]] = mapped_column()  # turns and evidence spans, for the highlighted page
    # Facts the dashboard groups by, fixed at analysis time:
    met_decider: Mapped[bool] = mapped_column(Boolean, default=False)
    met_pop: Mapped[bool] = mapped_column(Boolean, default=False)
    stop_selling_at: Mapped[Optional[float]] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    owner: Mapped[User] = relationship(lazy="joined")
    account: Mapped[Optional[Account]] = relationship()
    participants: Mapped[list[Participant]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Participant.id",
    )
    outcomes: Mapped[list[Outcome]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Outcome.id",
    )


class Participant(Base):
    """One person in one meeting, with the verdict popcheck gave them."""

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[Optional[int]] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    side: Mapped[str] = mapped_column(String(10))
    verdict: Mapped[Optional[str]] = mapped_column(String(20))
    p_decider: Mapped[Optional[float]] = mapped_column(Float)

    meeting: Mapped[Meeting] = relationship(back_populates="participants")


class Outcome(Base):
    """What happened after a meeting; a confirmed one becomes a labelled case for `popcheck train`."""

    __tablename__ = "outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    note: Mapped[Optional[str]] = mapped_column(Text)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    labels: Mapped[dict[str, Any]] = mapped_column(default=dict)  # participant name -> pop / decision_maker
    recorded_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    meeting: Mapped[Meeting] = relationship(back_populates="outcomes")
