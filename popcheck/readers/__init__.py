"""Readers: one module per record form; `read` picks one and returns a Transcript."""
from __future__ import annotations

from pathlib import Path

from popcheck.errors import RecordError
from popcheck.model import Form, Transcript
from popcheck.readers.decoding import decode_record
from popcheck.readers.notes import read_notes
from popcheck.readers.plain import read_plain
from popcheck.readers.sniff import FORMS, form_from_extension, sniff_form
from popcheck.readers.vtt import read_srt, read_vtt
from popcheck.readers.whisper_json import read_whisper_json

__all__ = ["FORMS", "read", "read_bytes", "read_text"]


def read_text(text: str, source: str = "<text>", form: Form | None = None, contact: str | None = None) -> Transcript:
    """Parse record text of a given (or sniffed) form; the source's extension hints at the form."""
    if form is not None and form not in FORMS:
        raise RecordError(source, f"unknown form {form!r}", f"Use one of: {', '.join(FORMS)}")
    chosen = form or sniff_form(text, source, hint=form_from_extension(source))
    if not text.strip():
        raise RecordError(source, "the file is empty", "Give a meeting transcript or the notes of a meeting")
    if chosen == "vtt":
        transcript = read_vtt(text, source)
    elif chosen == "srt":
        transcript = read_srt(text, source)
    elif chosen == "json":
        transcript = read_whisper_json(text, source)
    elif chosen == "txt":
        transcript = read_plain(text, source)
    else:
        transcript = read_notes(text, source, contact=contact)
    return transcript


def read_bytes(data: bytes, source: str = "<bytes>", form: Form | None = None, contact: str | None = None) -> Transcript:
    return read_text(decode_record(data, source), source, form=form, contact=contact)


def read(path: str | Path, form: Form | None = None, contact: str | None = None) -> Transcript:
    """Read a meeting record file into a Transcript, or raise RecordError."""
    file = Path(path)
    source = file.name
    if file.is_dir():
        raise RecordError(str(path), "this is a folder, not a file", "Give one record file, or use `popcheck batch` for folders")
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise RecordError(str(path), "no such file", "Check the path") from None
    except OSError as error:
        raise RecordError(str(path), f"the file cannot be read ({error.strerror})", "Check its permissions") from None
    return read_bytes(data, source, form=form, contact=contact)
