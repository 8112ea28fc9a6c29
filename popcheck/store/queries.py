"""Reads: who may see what, the account's warnings, and the lead-generation dashboard's figures.

Visibility: a rep sees their own meetings, a manager their team's, an admin everything. Accounts
(and their buying committee) are shared within a team.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, false, func, or_, select, true
from sqlalchemy.orm import Session, defer, selectinload

from popcheck.store.models import Account, ApiToken, Contact, Meeting, Outcome, Participant, Team, User
from popcheck.store.roles import DECIDING_ROLES

DASHBOARD_GROUPS: tuple[str, ...] = ("lead_source", "booked_by", "campaign", "contact_title")
# Outcomes that end a deal one way or the other: after them an account is no longer "stalled".
DECISIVE_OUTCOMES: frozenset[str] = frozenset({"contact_signed", "boss_signed", "lost"})
STALLED_AFTER_MEETINGS = 3


# -- visibility -----------------------------------------------------------------------------


def meeting_scope(user: User) -> ColumnElement[bool]:
    if user.role == "admin":
        return true()
    if user.role == "manager" and user.team_id is not None:
        return or_(Meeting.team_id == user.team_id, Meeting.owner_id == user.id)
    return Meeting.owner_id == user.id


def account_scope(user: User) -> ColumnElement[bool]:
    if user.role == "admin":
        return true()
    if user.team_id is not None:
        return or_(Account.team_id == user.team_id, Account.owner_id == user.id)
    return Account.owner_id == user.id


def get_meeting(session: Session, user: User, meeting_id: int) -> Meeting | None:
    """The meeting if this user may see it; None otherwise (the caller answers 404 either way)."""
    return session.scalar(
        select(Meeting).where(Meeting.id == meeting_id, meeting_scope(user))
        .options(selectinload(Meeting.participants), selectinload(Meeting.outcomes))
    )


def list_meetings(session: Session, user: User, limit: int = 50, offset: int = 0,
                  account_id: int | None = None) -> Sequence[Meeting]:
    query = select(Meeting).where(meeting_scope(user))
    if account_id is not None:
        query = query.where(Meeting.account_id == account_id)
    query = query.order_by(Meeting.held_on.desc(), Meeting.id.desc()).limit(limit).offset(offset)
    # A list needs no record text, analysis or view: leave them in the database.
    return session.scalars(query.options(
        selectinload(Meeting.participants), defer(Meeting.record_text), defer(Meeting.analysis), defer(Meeting.view),
    )).all()


def count_meetings(session: Session, user: User) -> int:
    return session.scalar(select(func.count()).select_from(Meeting).where(meeting_scope(user))) or 0


def list_accounts(session: Session, user: User, limit: int = 500) -> Sequence[Account]:
    return session.scalars(select(Account).where(account_scope(user)).order_by(Account.name).limit(limit)).all()


def account_overview(session: Session, user: User, limit: int = 500) -> list[tuple[Account, int, int]]:
    """Accounts with how many of their contacts were met and how many are still to reach."""
    met = func.sum(case((Contact.met == true(), 1), else_=0))
    unmet = func.sum(case((Contact.met == false(), 1), else_=0))
    rows = session.execute(
        select(Account, met, unmet)
        .outerjoin(Contact, Contact.account_id == Account.id).where(account_scope(user))
        .group_by(Account.id).order_by(Account.name).limit(limit)
    ).all()
    return [(account, int(met_count or 0), int(unmet_count or 0)) for account, met_count, unmet_count in rows]


def get_account(session: Session, user: User, account_id: int) -> Account | None:
    return session.scalar(
        select(Account).where(Account.id == account_id, account_scope(user)).options(selectinload(Account.contacts))
    )


def get_contact(session: Session, user: User, contact_id: int) -> Contact | None:
    contact = session.get(Contact, contact_id)
    if contact is None or get_account(session, user, contact.account_id) is None:
        return None
    return contact


# -- users and tokens -----------------------------------------------------------------------


def user_by_email(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def user_by_id(session: Session, user_id: int) -> User | None:
    return session.get(User, user_id)


def token_by_hash(session: Session, digest: str) -> ApiToken | None:
    return session.scalar(select(ApiToken).where(ApiToken.token_hash == digest, ApiToken.revoked == false()))


def list_tokens(session: Session, user: User) -> Sequence[ApiToken]:
    return session.scalars(
        select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked == false()).order_by(ApiToken.id)
    ).all()


def list_users(session: Session) -> Sequence[User]:
    return session.scalars(select(User).order_by(User.email)).all()


# -- accounts: committee and warnings -------------------------------------------------------


@dataclass(frozen=True)
class OrgNode:
    contact: Contact
    reports: tuple[OrgNode, ...]


def org_chart(contacts: Sequence[Contact]) -> list[OrgNode]:
    """Contacts as a forest: whoever reports to nobody (in this account) is a root."""
    by_id = {c.id: c for c in contacts}
    children: dict[int | None, list[Contact]] = {}
    for contact in contacts:
        parent = contact.reports_to_id if contact.reports_to_id in by_id else None
        children.setdefault(parent, []).append(contact)

    def build(contact: Contact, seen: frozenset[int]) -> OrgNode:
        below = [c for c in children.get(contact.id, []) if c.id not in seen]
        return OrgNode(contact, tuple(build(c, seen | {c.id}) for c in below))

    return [build(root, frozenset({root.id})) for root in children.get(None, [])]


def account_warnings(session: Session, user: User, account: Account) -> list[str]:
    """Deal warnings: `no_decider`, `single_threaded`, `stalled` (keys of the UI text table)."""
    warnings: list[str] = []
    met = [c for c in account.contacts if c.met]
    if met and not any(c.verdict == "decision_maker" or c.buying_role in DECIDING_ROLES for c in met):
        warnings.append("no_decider")
    if len(met) == 1:
        warnings.append("single_threaded")
    meetings = session.scalar(
        select(func.count()).select_from(Meeting).where(Meeting.account_id == account.id)
    ) or 0
    decisive = session.scalar(
        select(func.count()).select_from(Outcome).join(Meeting)
        .where(Meeting.account_id == account.id, Outcome.kind.in_(DECISIVE_OUTCOMES))
    ) or 0
    if meetings >= STALLED_AFTER_MEETINGS and not decisive:
        warnings.append("stalled")
    return warnings


def title_history(session: Session, user: User, title: str) -> dict[str, Any]:
    """How meetings booked with this contact title went so far (for the prior before a meeting)."""
    row = session.execute(
        select(func.count(), func.sum(case((Meeting.met_decider, 1), else_=0)),
               func.sum(case((Meeting.met_pop, 1), else_=0)))
        .where(meeting_scope(user), func.lower(Meeting.contact_title) == title.strip().lower())
    ).one()
    meetings, deciders, pops = int(row[0] or 0), int(row[1] or 0), int(row[2] or 0)
    return {"meetings": meetings, "decider_rate": deciders / meetings if meetings else None,
            "pop_rate": pops / meetings if meetings else None}


# -- the dashboard --------------------------------------------------------------------------


@dataclass(frozen=True)
class DashboardFilter:
    since: date | None = None
    until: date | None = None


def _dashboard_where(user: User, filters: DashboardFilter) -> ColumnElement[bool]:
    conditions = [meeting_scope(user)]
    if filters.since:
        conditions.append(Meeting.held_on >= filters.since)
    if filters.until:
        conditions.append(Meeting.held_on <= filters.until)
    return and_(*conditions)


def _rates(meetings: int, deciders: int, pops: int) -> dict[str, Any]:
    return {"meetings": meetings, "with_decider": deciders, "with_pop": pops,
            "decider_rate": round(deciders / meetings, 4) if meetings else 0.0,
            "pop_rate": round(pops / meetings, 4) if meetings else 0.0}


def _month(session: Session) -> ColumnElement[str]:
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(Meeting.held_on, "YYYY-MM")
    return func.strftime("%Y-%m", Meeting.held_on)


def dashboard(session: Session, user: User, filters: DashboardFilter | None = None,
              wrong_limit: int = 100) -> dict[str, Any]:
    """Rates of meetings held with a decision-maker and pop rates, overall, per group and per month."""
    filters = filters or DashboardFilter()
    where = _dashboard_where(user, filters)
    deciders = func.sum(case((Meeting.met_decider, 1), else_=0))
    pops = func.sum(case((Meeting.met_pop, 1), else_=0))
    total = session.execute(select(func.count(), deciders, pops).where(where)).one()
    result: dict[str, Any] = {"overall": _rates(int(total[0] or 0), int(total[1] or 0), int(total[2] or 0))}
    for group in DASHBOARD_GROUPS:
        column = getattr(Meeting, group)
        rows = session.execute(
            select(column, func.count(), deciders, pops).where(where).group_by(column)
            .order_by(func.count().desc()).limit(50)
        ).all()
        result[group] = [{"key": key or "-", **_rates(int(n), int(d or 0), int(p or 0))} for key, n, d, p in rows]
    month = _month(session)
    rows = session.execute(select(month, func.count(), deciders, pops).where(where).group_by(month).order_by(month)).all()
    result["month"] = [{"key": key, **_rates(int(n), int(d or 0), int(p or 0))} for key, n, d, p in rows]
    wrong = session.execute(
        select(Meeting.id, Meeting.held_on, Meeting.contact_name, Meeting.contact_title, Meeting.booked_by,
               Meeting.lead_source, Meeting.campaign, Account.name)
        .outerjoin(Account, Account.id == Meeting.account_id)
        .where(where, Meeting.met_pop, ~Meeting.met_decider)
        .order_by(Meeting.held_on.desc(), Meeting.id.desc()).limit(wrong_limit)
    ).all()
    result["wrong_person"] = [
        {"meeting_id": r[0], "held_on": r[1].isoformat(), "contact": r[2] or "", "contact_title": r[3] or "",
         "booked_by": r[4] or "", "lead_source": r[5] or "", "campaign": r[6] or "", "account": r[7] or ""}
        for r in wrong
    ]
    return result


# -- exports --------------------------------------------------------------------------------


def crm_contacts(session: Session, user: User) -> list[tuple[Account, Contact]]:
    rows = session.execute(
        select(Account, Contact).join(Contact, Contact.account_id == Account.id)
        .where(account_scope(user)).order_by(Account.name, Contact.id)
    ).all()
    return [(account, contact) for account, contact in rows]


def confirmed_meetings(session: Session, user: User) -> list[tuple[Meeting, Outcome]]:
    """Meetings whose latest confirmed outcome labels at least one buyer."""
    rows = session.execute(
        select(Meeting, Outcome).join(Outcome, Outcome.meeting_id == Meeting.id)
        .where(meeting_scope(user), Outcome.confirmed == true()).order_by(Meeting.id, Outcome.id)
    ).all()
    latest: dict[int, tuple[Meeting, Outcome]] = {}
    for meeting, outcome in rows:
        if outcome.labels:
            latest[meeting.id] = (meeting, outcome)
    return list(latest.values())


def count_rows(session: Session) -> dict[str, int]:
    """Rows per table (tests use it to prove a failed write left nothing behind)."""
    tables = (Team, User, ApiToken, Account, Contact, Meeting, Participant, Outcome)
    return {model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0 for model in tables}

