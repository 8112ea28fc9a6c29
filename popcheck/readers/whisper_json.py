"""Whisper-style JSON: `{"segments": [{"start", "end", "text", "speaker"?}]}` or a bare list."""
from __future__ import annotations

import json
from typing import Any

from popcheck.errors import RecordError
from popcheck.model import Transcript
from popcheck.readers.cues import Cue, merge_cues

DEFAULT_SPEAKER = "Speaker"


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def read_whisper_json(text: str, source: str) -> Transcript:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise RecordError(
            source, f"the JSON is broken ({error.msg})",
            "Export the transcript again", line=error.lineno,
        ) from None
    segments = data.get("segments") if isinstance(data, dict) else data
    if not isinstance(segments, list):
        raise RecordError(
            source, "the JSON has no list of segments",
            'Give Whisper output: {"segments": [{"start": 0.0, "end": 2.5, "text": "...", "speaker": "..."}]}',
        )
    cues: list[Cue] = []
    for segment in segments:
        if not isinstance(segment, dict) or not isinstance(segment.get("text"), str):
            continue
        speaker = segment.get("speaker")
        cues.append(Cue(
            str(speaker) if speaker not in (None, "") else DEFAULT_SPEAKER,
            segment["text"], _number(segment.get("start")), _number(segment.get("end")),
        ))
    turns = merge_cues(cues)
    if not turns:
        raise RecordError(source, "the JSON segments contain no text", "Check that the transcription finished")
    return Transcript(source=source, form="json", turns=turns)
