"""Pick the reader for a record: by content first, then by the file's extension."""
from __future__ import annotations

import re

from popcheck.errors import RecordError
from popcheck.model import Form

FORMS: tuple[Form, ...] = ("vtt", "srt", "txt", "notes", "json")
_EXTENSIONS: dict[str, Form] = {
    ".vtt": "vtt", ".srt": "srt", ".txt": "txt", ".md": "notes", ".markdown": "notes", ".json": "json",
}
_SRT_TIMING = re.compile(r"^\d{1,2}:\d{2}:\d{2},\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2},\d{1,3}", re.MULTILINE)
_VTT_TIMING = re.compile(r"^(?:\d+:)?\d{2}:\d{2}\.\d{3}\s*-->", re.MULTILINE)
_SPEAKER_LINE = re.compile(r"^\s*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)?[^\W\d_][^:\n]{0,60}:\s+\S", re.MULTILINE)


def sniff_form(text: str, source: str, hint: Form | None = None) -> Form:
    """Decide which form a record is in, or raise a RecordError saying what to do.

    The content decides; the file's extension (`hint`) settles prose-or-transcript doubts, so a
    Markdown note with `Contact: ...` lines stays a note.
    """
    head = text.lstrip()
    if not head:
        raise RecordError(source, "the file is empty", "Give a meeting transcript or the notes of a meeting")
    if head.startswith("WEBVTT"):
        return "vtt"
    if head[0] == "{" or re.match(r"\[\s*[{\]]", head):
        return "json"
    if _SRT_TIMING.search(text):
        return "srt"
    if _VTT_TIMING.search(text):
        return "vtt"
    lines = [line for line in text.split("\n") if line.strip()]
    words = len(text.split())
    if hint == "notes" and words >= 8:
        return "notes"
    speaker_lines = len(_SPEAKER_LINE.findall(text))
    if speaker_lines >= 2 and speaker_lines >= 0.4 * len(lines):
        return "txt"
    if words >= 8:
        return "notes"
    raise RecordError(
        source, "popcheck cannot tell what kind of record this is",
        "Give a .vtt/.srt transcript, `Name: text` lines, Whisper JSON or prose notes, or pass --form",
    )


def form_from_extension(path: str) -> Form | None:
    lowered = path.lower()
    for extension, form in _EXTENSIONS.items():
        if lowered.endswith(extension):
            return form
    return None
