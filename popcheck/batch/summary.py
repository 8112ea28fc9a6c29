"""Pop rates over an archive: overall and by language, lead source, booked-by and month (streaming)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

GROUPS: tuple[str, ...] = ("language", "lead_source", "booked_by", "month")


@dataclass
class Tally:
    buyers: int = 0
    pops: int = 0
    deciders: int = 0
    unclear: int = 0

    def add(self, verdict: str | None) -> None:
        self.buyers += 1
        self.pops += verdict == "pop"
        self.deciders += verdict == "decision_maker"
        self.unclear += verdict == "unclear"

    def to_dict(self) -> dict[str, float | int]:
        return {"buyers": self.buyers, "pops": self.pops, "decision_makers": self.deciders,
                "unclear": self.unclear, "pop_rate": round(self.pops / self.buyers, 4) if self.buyers else 0.0}


@dataclass
class Summary:
    records: int = 0
    failed: int = 0
    skipped: int = 0
    stored: int = 0
    overall: Tally = field(default_factory=Tally)
    groups: dict[str, dict[str, Tally]] = field(default_factory=lambda: {g: defaultdict(Tally) for g in GROUPS})

    def add_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self.overall.add(row["verdict"])
            keys = {"language": row["language"], "lead_source": row.get("lead_source") or "-",
                    "booked_by": row.get("booked_by") or "-", "month": (row.get("date") or "")[:7] or "-"}
            for group, key in keys.items():
                self.groups[group][key].add(row["verdict"])

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records, "failed": self.failed, "skipped_already_done": self.skipped,
            "stored_in_workspace": self.stored,
            "overall": self.overall.to_dict(),
            **{group: {key: tally.to_dict() for key, tally in sorted(tallies.items())}
               for group, tallies in self.groups.items()},
        }
