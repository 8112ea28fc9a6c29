"""Confirmed outcomes -> labelled cases (record file + `<id>.json`, DESIGN.md) for `popcheck train`."""
from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from popcheck.store.models import Meeting, Outcome, User
from popcheck.store.queries import confirmed_meetings

# The record keeps its form; a Whisper JSON record must not end in .json, or it would read as a case.
_SUFFIXES = {"vtt": ".vtt", "srt": ".srt", "txt": ".txt", "notes": ".md", "json": ".whisper.txt"}


def case_id(meeting: Meeting) -> str:
    return f"ws-{meeting.language}-{meeting.id:06d}"


def labelled_case(meeting: Meeting, outcome: Outcome) -> tuple[str, str, dict[str, Any]]:
    """(record file name, record text, case JSON) for one confirmed meeting."""
    identifier = case_id(meeting)
    record = identifier + _SUFFIXES.get(meeting.form, ".txt")
    why = f"workspace outcome: {outcome.kind}"
    if outcome.note:
        why += f"; {outcome.note}"
    case = {
        "id": identifier, "language": meeting.language, "record": record, "form": meeting.form,
        "sellers": list(meeting.sellers or []), "subjects": dict(outcome.labels), "difficulty": "workspace",
        "why": why,
    }
    return record, meeting.record_text, case


def iter_cases(session: Session, user: User) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for meeting, outcome in confirmed_meetings(session, user):
        yield labelled_case(meeting, outcome)


def export_cases(session: Session, user: User, folder: Path) -> int:
    """Write every confirmed meeting the user may see as a labelled case; returns how many."""
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for record, text, case in iter_cases(session, user):
        (folder / record).write_text(text, encoding="utf-8")
        (folder / f"{case['id']}.json").write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n",
                                                   encoding="utf-8")
        written += 1
    return written


def cases_zip(session: Session, user: User) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for record, text, case in iter_cases(session, user):
            archive.writestr(f"cases/{record}", text)
            archive.writestr(f"cases/{case['id']}.json", json.dumps(case, ensure_ascii=False, indent=2) + "\n")
    return buffer.getvalue()
