"""`popcheck batch --store`: analysed meetings also go into the workspace database, a chunk per transaction."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from popcheck.batch.records import BatchRecord, RecordResult
from popcheck.errors import UsageError

STORE_EVERY = 200


def _held_on(value: str) -> date:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return date.today()


@dataclass
class WorkspaceSink:
    """Saves meetings as their owner (a workspace user) would after uploading them."""

    url: str
    owner_email: str
    pending: list[tuple[Any, Any]] = field(default_factory=list)
    saved: int = 0

    def __post_init__(self) -> None:
        try:
            from popcheck.store import crud, queries
            from popcheck.store.database import make_engine, session_factory
            from popcheck.store.migrate import upgrade
        except ImportError:
            raise UsageError("--store needs the web extra: pip install 'popcheck[web]'") from None
        upgrade(self.url)
        self._crud = crud
        self._engine = make_engine(self.url)
        self._session = session_factory(self._engine)()
        owner = queries.user_by_email(self._session, self.owner_email)
        if owner is None:
            self.close()
            raise UsageError(f"no workspace user {self.owner_email}: create one with `popcheck users create`")
        self._owner = owner

    def add(self, record: BatchRecord, result: RecordResult) -> None:
        if result.facts is None:
            return
        meta = record.meta
        self.pending.append((self._crud.MeetingInput(
            source=record.source[:300], record_text=result.record_text or "", held_on=_held_on(meta.get("date", "")),
            booked_by=meta.get("booked_by") or None, lead_source=meta.get("lead_source") or None,
            campaign=meta.get("campaign") or None, sellers=tuple(record.sellers),
        ), result.facts))
        if len(self.pending) >= STORE_EVERY:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.saved += self._crud.save_meetings(self._session, self._owner, self.pending)
            self.pending = []

    def close(self) -> None:
        self._session.close()
        self._engine.dispose()
