"""Shared pieces of the readers: a cue, the `Name: text` prefix, time parsing, turn merging."""
from __future__ import annotations

import re
from dataclasses import dataclass

from popcheck.model import Turn

UNKNOWN_SPEAKER = "Unknown speaker"

# "Jan de Vries: text", "de Vries, Jan (Guest): text", "Петров И.: text"
_NAME_PREFIX = re.compile(
    r"^\s*(?P<name>[^\W\d_][\w.'’\-]*(?:[ ,]+[\w.'’\-()]+){0,5}?)\s*:\s+(?P<text>\S.*)$",
    re.DOTALL,
)
_TIME = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$")


@dataclass(frozen=True, slots=True)
class Cue:
    speaker: str | None
    text: str
    start: float | None = None
    end: float | None = None


def split_name_prefix(text: str) -> tuple[str | None, str]:
    """Split `Name: text` into (name, text); (None, text) when there is no name."""
    match = _NAME_PREFIX.match(text)
    if not match:
        return None, text.strip()
    name = match.group("name").strip()
    if len(name.split()) > 6 or name.lower() in {"http", "https", "note", "notes"}:
        return None, text.strip()
    return name, match.group("text").strip()


def parse_time(value: str) -> float | None:
    """`01:02:03.500`, `02:03,5` or `1:02:03` to seconds; None when it is no time."""
    match = _TIME.match(value.strip())
    if not match:
        return None
    hours, minutes, seconds, fraction = match.groups()
    total = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    if fraction:
        total += int(fraction) / (10 ** len(fraction))
    return float(total)


def merge_cues(cues: list[Cue]) -> tuple[Turn, ...]:
    """Consecutive cues of one speaker become one turn; cues without a speaker continue the last."""
    turns: list[Turn] = []
    for cue in cues:
        text = " ".join(cue.text.split())
        if not text:
            continue
        speaker = cue.speaker or (turns[-1].speaker if turns else UNKNOWN_SPEAKER)
        if turns and turns[-1].speaker == speaker:
            last = turns[-1]
            turns[-1] = Turn(
                index=last.index, speaker=speaker, text=f"{last.text} {text}",
                start=last.start, end=cue.end if cue.end is not None else last.end,
            )
        else:
            turns.append(Turn(index=len(turns), speaker=speaker, text=text, start=cue.start, end=cue.end))
    return tuple(turns)
