"""Plain transcripts: `Name: text` lines, optionally with `[hh:mm:ss]` in front."""
from __future__ import annotations

import re

from popcheck.errors import RecordError
from popcheck.model import Transcript
from popcheck.readers.cues import Cue, merge_cues, parse_time, split_name_prefix

_STAMP = re.compile(r"^\s*[\[(]?(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?\s*[-–—]?\s*")


def read_plain(text: str, source: str) -> Transcript:
    cues: list[Cue] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        start = None
        stamp = _STAMP.match(line)
        if stamp:
            start = parse_time(stamp.group("time"))
            line = line[stamp.end():]
        speaker, body = split_name_prefix(line)
        if speaker is None and cues:
            last = cues[-1]
            cues[-1] = Cue(last.speaker, f"{last.text} {body}", last.start, last.end)
            continue
        cues.append(Cue(speaker, body, start, None))
    turns = merge_cues(cues)
    if not turns or all(turn.speaker is None for turn in turns):
        raise RecordError(
            source, "no `Name: text` lines were found",
            "Write one line per speaker turn as `Name: text`, or pass --form notes for prose notes",
        )
    return Transcript(source=source, form="txt", turns=turns)
