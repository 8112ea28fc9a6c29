"""Bytes to text: BOMs, UTF-8, UTF-16 (Teams exports), cp1252 and cp1251."""
from __future__ import annotations

import codecs

from popcheck.errors import RecordError

MAX_RECORD_BYTES = 20 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CYRILLIC = range(0x0400, 0x0500)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return bad / len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """Teams sometimes writes UTF-16 without a BOM: every other byte is zero."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zero = data[0::2].count(0) / (len(data) // 2)
    odd_zero = data[1::2].count(0) / (len(data) // 2)
    if odd_zero > 0.3 and even_zero < 0.05:
        candidates = ("utf-16-le",)
    elif even_zero > 0.3 and odd_zero < 0.05:
        candidates = ("utf-16-be",)
    elif max(odd_zero, even_zero) > 0.1:  # Cyrillic: the high byte is 0x04, not 0
        candidates = ("utf-16-le", "utf-16-be")
    else:
        return None
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Latin, Cyrillic and punctuation: binary data decoded as UTF-16 lands all over Unicode instead.
        readable = sum(1 for ch in text if (ch.isprintable() or ch in "\n\r\t") and (
            ord(ch) < 0x0530 or 0x2000 <= ord(ch) <= 0x206F))
        if readable >= 0.95 * len(text):
            return text
    return None


def _legacy(data: bytes) -> str:
    """Choose between cp1251 (Cyrillic) and cp1252 (Western) for non-UTF-8 bytes."""
    cyrillic = data.decode("cp1251", errors="replace")
    letters = [ch for ch in cyrillic if ch.isalpha()]
    share = sum(1 for ch in letters if ord(ch) in _CYRILLIC) / max(1, len(letters))
    high = sum(1 for byte in data if byte >= 0xC0)
    if high and share > 0.3 and high / max(1, len(letters)) > 0.2:
        return cyrillic
    return data.decode("cp1252", errors="replace")


def decode_record(data: bytes, source: str) -> str:
    """Decode a record's bytes, or raise RecordError naming the file and what to do."""
    if len(data) > MAX_RECORD_BYTES:
        raise RecordError(
            source,
            f"the file is {len(data) / 1024 / 1024:.0f} MB, more than the "
            f"{MAX_RECORD_BYTES // 1024 // 1024} MB a meeting record can be",
            "Split it into one file per meeting, or use `popcheck batch` for archives",
        )
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise RecordError(
                    source, f"the file starts like {encoding} but its bytes are broken",
                    "Export the transcript again, or save it as UTF-8",
                ) from None
            return _check_text(text, source)
    text = _utf16_without_bom(data)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            if data.count(0):
                raise RecordError(
                    source, "this is a binary file, not a meeting record",
                    "Give a transcript (.vtt, .srt, .txt, .json) or meeting notes (.md)",
                ) from None
            text = _legacy(data)
    return _check_text(text, source)


def _check_text(text: str, source: str) -> str:
    if _control_share(text) > 0.05:
        raise RecordError(
            source, "this is a binary file, not a meeting record",
            "Give a transcript (.vtt, .srt, .txt, .json) or meeting notes (.md)",
        )
    text = text.replace("\x00", "").lstrip("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")
