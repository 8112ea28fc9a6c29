"""WebVTT from Teams (`<v Name>` voices) and Zoom (numbered cues, `Name: text`)."""
from __future__ import annotations

import io
import re

import webvtt
from webvtt.errors import MalformedFileError

from popcheck.errors import RecordError
from popcheck.model import Transcript
from popcheck.readers.cues import Cue, merge_cues, parse_time, split_name_prefix

_VOICE = re.compile(r"<v(?:\.[\w.]+)?\s+([^>]+)>")
_TAGS = re.compile(r"</?[a-zA-Z][^>]*>")
_TIMING = re.compile(r"-->")


def _cue_voice(raw_text: str) -> str | None:
    match = _VOICE.search(raw_text)
    return match.group(1).strip() if match else None


def _check_timings(text: str, source: str) -> None:
    """webvtt-py silently drops cues without timings; say which line lacks one."""
    line_no = 1
    for block in text.split("\n\n"):
        lines = block.split("\n")
        content = [item for item in lines if item.strip()]
        first_line = line_no + next((i for i, item in enumerate(lines) if item.strip()), 0)
        line_no += len(lines) + 1
        if not content or content[0].startswith(("WEBVTT", "NOTE", "STYLE", "REGION")):
            continue
        if not any(_TIMING.search(item) for item in content[:2]):
            raise RecordError(
                source, "a cue has no timing line (`00:00:01.000 --> 00:00:04.000`)",
                "Export the subtitles again, or pass --form txt to read it as a plain transcript",
                line=first_line,
            )


def read_vtt(text: str, source: str, form: str = "vtt") -> Transcript:
    """Read WebVTT (or, with form='srt', SubRip) text into a Transcript."""
    _check_timings(text, source)
    try:
        captions = webvtt.from_buffer(io.StringIO(text), format=form)
    except MalformedFileError as error:
        raise RecordError(
            source, f"this is not valid {form.upper()} ({error})",
            "Export the subtitles again, or pass --form txt to read it as a plain transcript",
        ) from None
    cues: list[Cue] = []
    for caption in captions:
        raw = caption.raw_text
        speaker = _cue_voice(raw)
        body = _TAGS.sub("", raw).strip()
        if speaker is None:
            speaker, body = split_name_prefix(body)
        cues.append(Cue(speaker, body, parse_time(caption.start), parse_time(caption.end)))
    turns = merge_cues(cues)
    if not turns:
        raise RecordError(source, "the subtitles contain no spoken text", "Check that the export finished")
    return Transcript(source=source, form=form, turns=turns)  # type: ignore[arg-type]


def read_srt(text: str, source: str) -> Transcript:
    return read_vtt(text, source, form="srt")
