"""Every write to the workspace database goes through here; each function is one transaction.

A function either commits all it wrote or, on any error, rolls all of it back: an upload that fails
half-way leaves no account, meeting, participant or contact behind.
"""
from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from popcheck.store.models import (
    OUTCOMES,
    ROLES,
    Account,
    ApiToken,
    Contact,
    Meeting,
    Outcome,
    Participant,
    Team,
    User,
    utcnow,
)
from popcheck.store.passwords import hash_password
from popcheck.store.roles import BUYING_ROLES, normalise_role, role_for_verdict

TOKEN_PREFIX = "pck_"


class StoreError(ValueError):
    """A write that cannot be done as asked; the message says what to change."""


@contextmanager
def transaction(session: Session) -> Iterator[Session]:
    """Commit what the block wrote, or roll all of it back."""
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise


# -- teams, users, tokens -------------------------------------------------------------------


def _team(session: Session, name: str | None) -> Team | None:
    if not name:
        return None
    team = session.scalar(select(Team).where(Team.name == name))
    if team is None:
        team = Team(name=name)
        session.add(team)
        session.flush()
    return team


def create_user(session: Session, email: str, name: str, password: str, role: str = "rep",
                team: str | None = None, language: str | None = None) -> User:
    email = email.strip().lower()
    if role not in ROLES:
        raise StoreError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    if "@" not in email:
        raise StoreError(f"{email!r} is not an e-mail address")
    if len(password) < 8:
        raise StoreError("the password is shorter than 8 characters: choose a longer one")
    with transaction(session):
        if session.scalar(select(User).where(User.email == email)) is not None:
            raise StoreError(f"a user {email} already exists")
        user = User(email=email, name=name or email, password_hash=hash_password(password), role=role,
                    team_id=(t.id if (t := _team(session, team)) else None), language=language)
        session.add(user)
    return user


def set_password(session: Session, user: User, password: str) -> None:
    if len(password) < 8:
        raise StoreError("the password is shorter than 8 characters: choose a longer one")
    with transaction(session):
        user.password_hash = hash_password(password)


def rehash_password(session: Session, user: User, password_hash: str) -> None:
    with transaction(session):
        user.password_hash = password_hash


def set_language(session: Session, user: User, language: str | None) -> None:
    with transaction(session):
        user.language = language


def token_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_api_token(session: Session, user: User, name: str) -> tuple[ApiToken, str]:
    """A new API token; the secret is returned once and only its hash is kept."""
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with transaction(session):
        token = ApiToken(user_id=user.id, name=name.strip() or "token", prefix=secret[:10],
                         token_hash=token_hash(secret))
        session.add(token)
    return token, secret


def revoke_api_token(session: Session, user: User, token_id: int) -> bool:
    with transaction(session):
        token = session.get(ApiToken, token_id)
        if token is None or (token.user_id != user.id and user.role != "admin"):
            return False
        token.revoked = True
    return True


def touch_api_token(session: Session, token: ApiToken) -> None:
    """Note when a token was last used (at most once a minute, to keep reads cheap)."""
    now = utcnow()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        with transaction(session):
            token.last_used_at = now


# -- accounts and contacts ------------------------------------------------------------------


def _new_account(session: Session, user: User, name: str, domain: str | None = None) -> Account:
    name = " ".join(name.split())
    if not name:
        raise StoreError("the account needs a name")
    account = Account(name=name[:300], domain=domain or None, team_id=user.team_id, owner_id=user.id)
    session.add(account)
    session.flush()
    return account


def create_account(session: Session, user: User, name: str, domain: str | None = None) -> Account:
    with transaction(session):
        return _new_account(session, user, name, domain)


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _find_contact(account: Account, name: str) -> Contact | None:
    key = _key(name)
    for contact in account.contacts:
        if _key(contact.name) == key:
            return contact
    return None


def add_contact(session: Session, account: Account, name: str, title: str | None = None,
                buying_role: str | None = None, met: bool = False) -> Contact:
    name = " ".join(name.split())
    if not name:
        raise StoreError("the contact needs a name")
    if buying_role and buying_role not in BUYING_ROLES:
        raise StoreError(f"unknown buying role {buying_role!r}: use one of {', '.join(BUYING_ROLES)}")
    with transaction(session):
        if _find_contact(account, name) is not None:
            raise StoreError(f"{name} is already in this account")
        contact = Contact(account_id=account.id, name=name[:300], title=(title or "").strip() or None,
                          buying_role=buying_role or None, role_source="manual" if buying_role else None, met=met)
        account.contacts.append(contact)
        session.flush()
    return contact


def update_contact(session: Session, contact: Contact, *, title: str | None = None, buying_role: str | None = None,
                   reports_to_id: int | None = None, name: str | None = None, clear_reports_to: bool = False) -> Contact:
    """A person's edit: their role becomes `manual` and later verdicts leave it alone."""
    if buying_role and buying_role not in BUYING_ROLES:
        raise StoreError(f"unknown buying role {buying_role!r}: use one of {', '.join(BUYING_ROLES)}")
    with transaction(session):
        if name is not None and name.strip():
            contact.name = name.strip()[:300]
        if title is not None:
            contact.title = title.strip() or None
        if buying_role is not None:
            contact.buying_role = buying_role or None
            contact.role_source = "manual"
        if clear_reports_to:
            contact.reports_to_id = None
        elif reports_to_id is not None:
            boss = session.get(Contact, reports_to_id)
            if boss is None or boss.account_id != contact.account_id or boss.id == contact.id:
                raise StoreError("the manager must be another contact of the same account")
            if _reports_chain(session, boss, contact.id):
                raise StoreError("that would make a reporting loop")
            contact.reports_to_id = reports_to_id
    return contact


def _reports_chain(session: Session, contact: Contact, target_id: int) -> bool:
    """Whether `target_id` is above `contact` already (so linking would loop)."""
    seen: set[int] = set()
    current: Contact | None = contact
    while current is not None and current.reports_to_id is not None and current.id not in seen:
        seen.add(current.id)
        if current.reports_to_id == target_id:
            return True
        current = session.get(Contact, current.reports_to_id)
    return False


# -- meetings -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingInput:
    """What the rep says about a meeting when uploading its record."""

    source: str
    record_text: str
    held_on: date
    account_id: int | None = None
    new_account: str | None = None
    contact_name: str | None = None
    contact_title: str | None = None
    booked_by: str | None = None
    lead_source: str | None = None
    campaign: str | None = None
    sellers: tuple[str, ...] = ()


@dataclass(frozen=True)
class AbsentDecider:
    """Someone named as deciding who was not in the meeting: they become an unmet contact."""

    name: str
    quote: str
    named_by: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class AnalysisFacts:
    """What the store keeps of one analysis (built by the caller from `Analysis`)."""

    contract: dict[str, Any]  # Analysis.to_dict()
    view: dict[str, Any]  # turns and evidence spans for the highlighted page
    language: str
    form: str
    buyers: tuple[tuple[str, str, str | None, float | None, str | None], ...]  # name, clean name, verdict, p, title
    sellers: tuple[str, ...]
    absent: tuple[AbsentDecider, ...] = field(default=())
    stop_selling_at: float | None = None


def _trim(value: str | None, limit: int = 200) -> str | None:
    value = " ".join((value or "").split())
    return value[:limit] or None


def save_meeting(session: Session, owner: User, meeting_input: MeetingInput, facts: AnalysisFacts,
                 account: Account | None = None) -> Meeting:
    """Store an analysed meeting, its participants, and what it taught about the buying committee."""
    with transaction(session):
        return _save_meeting(session, owner, meeting_input, facts, account)


def save_meetings(session: Session, owner: User, meetings: Sequence[tuple[MeetingInput, AnalysisFacts]]) -> int:
    """Many analysed meetings in one transaction (imports, benchmarks): all of them or none."""
    with transaction(session):
        for meeting_input, facts in meetings:
            _save_meeting(session, owner, meeting_input, facts, None)
    return len(meetings)


def _save_meeting(session: Session, owner: User, meeting_input: MeetingInput, facts: AnalysisFacts,
                  account: Account | None) -> Meeting:
    if account is None and meeting_input.account_id is not None:
        account = session.get(Account, meeting_input.account_id)
        if account is None:
            raise StoreError(f"no account {meeting_input.account_id}")
    if account is None and meeting_input.new_account:
        account = _new_account(session, owner, meeting_input.new_account)
    verdicts = [buyer[2] for buyer in facts.buyers]
    meeting = Meeting(
        owner_id=owner.id, team_id=owner.team_id, account_id=account.id if account else None,
        contact_name=_trim(meeting_input.contact_name, 300), contact_title=_trim(meeting_input.contact_title, 300),
        booked_by=_trim(meeting_input.booked_by), lead_source=_trim(meeting_input.lead_source),
        campaign=_trim(meeting_input.campaign), held_on=meeting_input.held_on, language=facts.language,
        form=facts.form, source=meeting_input.source[:300], sellers=list(facts.sellers),
        record_text=meeting_input.record_text, analysis=facts.contract, view=facts.view,
        met_decider="decision_maker" in verdicts, met_pop="pop" in verdicts,
        stop_selling_at=facts.stop_selling_at,
    )
    session.add(meeting)
    session.flush()
    contacts = _committee(session, account, meeting, meeting_input, facts) if account else {}
    for name, _clean, verdict, p_decider, _title in facts.buyers:
        contact = contacts.get(name)
        session.add(Participant(meeting_id=meeting.id, contact_id=contact.id if contact else None, name=name,
                                side="buyer", verdict=verdict, p_decider=p_decider))
    for name in facts.sellers:
        session.add(Participant(meeting_id=meeting.id, name=name, side="seller"))
    session.flush()
    return meeting


def _committee(session: Session, account: Account, meeting: Meeting, meeting_input: MeetingInput,
               facts: AnalysisFacts) -> dict[str, Contact]:
    """Buyers become (or update) met contacts; absent deciders become unmet ones, bosses of who named them."""
    by_speaker: dict[str, Contact] = {}
    single = len(facts.buyers) == 1
    chosen = _key(meeting_input.contact_name or "")
    for name, clean, verdict, p_decider, title in facts.buyers:
        contact = _find_contact(account, clean)
        if contact is None:
            contact = Contact(account_id=account.id, name=clean[:300] or name[:300], met=True)
            account.contacts.append(contact)
        contact.met = True
        contact.verdict = verdict
        contact.p_decider = p_decider
        is_main = (chosen and _key(clean) == chosen) or (not chosen and single)
        contact.title = (meeting_input.contact_title if is_main and meeting_input.contact_title else None) \
            or title or contact.title
        if contact.role_source not in ("manual", "crm"):
            contact.buying_role = role_for_verdict(verdict)
            contact.role_source = "verdict" if contact.buying_role else None
        by_speaker[name] = contact
    session.flush()
    for item in facts.absent:
        boss = _find_contact(account, item.name)
        if boss is None:
            boss = Contact(account_id=account.id, name=item.name[:300], title=item.title, met=False,
                           buying_role="Decision Maker", role_source="verdict", source_quote=item.quote,
                           source_meeting_id=meeting.id)
            account.contacts.append(boss)
            session.flush()
        elif not boss.met and not boss.source_quote:
            boss.source_quote = item.quote
            boss.source_meeting_id = meeting.id
        named_by = by_speaker.get(item.named_by or "")
        # A contact a person edited by hand keeps the manager they set (or cleared).
        if named_by is not None and named_by.id != boss.id and named_by.reports_to_id is None \
                and named_by.role_source != "manual" and not _reports_chain(session, boss, named_by.id):
            named_by.reports_to_id = boss.id
    return by_speaker


def record_outcome(session: Session, user: User, meeting: Meeting, kind: str, note: str | None = None,
                   confirmed: bool = False, labels: dict[str, str] | None = None) -> Outcome:
    """What happened next; `labels` (participant -> pop / decision_maker) make it training data."""
    if kind not in OUTCOMES:
        raise StoreError(f"unknown outcome {kind!r}: use one of {', '.join(OUTCOMES)}")
    buyers = {p.name for p in meeting.participants if p.side == "buyer"}
    clean_labels = {}
    for name, label in (labels or {}).items():
        if name not in buyers:
            raise StoreError(f"{name!r} is not a buyer in this meeting")
        if label not in ("pop", "decision_maker", ""):
            raise StoreError(f"unknown label {label!r}: use pop or decision_maker")
        if label:
            clean_labels[name] = label
    with transaction(session):
        outcome = Outcome(meeting_id=meeting.id, kind=kind, note=(note or "").strip()[:4000] or None,
                          confirmed=bool(confirmed and clean_labels), labels=clean_labels, recorded_by_id=user.id)
        session.add(outcome)
    return outcome


def delete_meeting(session: Session, meeting: Meeting) -> None:
    with transaction(session):
        session.delete(meeting)


# -- CRM imports ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CrmContact:
    """One row of a HubSpot or Salesforce contacts export, read into our terms."""

    name: str
    account: str
    title: str | None = None
    email: str | None = None
    buying_role: str | None = None
    crm_id: str | None = None
    reports_to: str | None = None  # the manager's name or CRM id
    domain: str | None = None


@dataclass
class ImportReport:
    accounts_created: int = 0
    contacts_created: int = 0
    contacts_updated: int = 0


def import_contacts(session: Session, user: User, rows: Sequence[CrmContact], source: str) -> ImportReport:
    """Accounts and contacts from a CRM export, all or nothing; matched by CRM id, then by name."""
    report = ImportReport()
    with transaction(session):
        accounts: dict[str, Account] = {}
        visible = select(Account)
        if user.role != "admin":
            visible = visible.where((Account.team_id == user.team_id) if user.team_id else (Account.owner_id == user.id))
        for existing in session.scalars(visible):
            accounts.setdefault(_key(existing.name), existing)
        imported: list[tuple[Contact, CrmContact]] = []
        for row in rows:
            found = accounts.get(_key(row.account))
            if found is None:
                found = _new_account(session, user, row.account, row.domain)
                found.crm_source = source
                accounts[_key(row.account)] = found
                report.accounts_created += 1
            account = found
            contact = None
            if row.crm_id:
                contact = next((c for c in account.contacts if c.crm_id == row.crm_id), None)
            contact = contact or _find_contact(account, row.name)
            if contact is None:
                contact = Contact(account_id=account.id, name=row.name[:300], met=False)
                account.contacts.append(contact)
                report.contacts_created += 1
            else:
                report.contacts_updated += 1
            contact.title = row.title or contact.title
            contact.email = row.email or contact.email
            contact.crm_id = row.crm_id or contact.crm_id
            role = normalise_role(row.buying_role)
            if role and contact.role_source != "manual":
                contact.buying_role = role
                contact.role_source = "crm"
            imported.append((contact, row))
        session.flush()
        for contact, row in imported:
            if not row.reports_to:
                continue
            account = next(a for a in accounts.values() if a.id == contact.account_id)
            boss = next((c for c in account.contacts if c.crm_id and c.crm_id == row.reports_to), None) \
                or _find_contact(account, row.reports_to)
            if boss is not None and boss.id != contact.id and not _reports_chain(session, boss, contact.id):
                contact.reports_to_id = boss.id
    return report

