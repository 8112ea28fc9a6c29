"""Cues from a growing file (VTT or `Name: text` lines) or from a stream, complete ones only."""
from __future__ import annotations

import re
import time
from pathlib import Path
from typing import IO, Iterator

from popcheck.readers.cues import Cue, parse_time, split_name_prefix

_VOICE = re.compile(r"<v(?:\.[\w.]+)?\s+([^>]+)>")
_TAGS = re.compile(r"</?[a-zA-Z][^>]*>")
_TIMING = re.compile(r"^\s*([\d:.,]+)\s*-->\s*([\d:.,]+)")
_STAMP = re.compile(r"^\s*[\[(]?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?\s*")


class CueParser:
    """Feed it complete lines; it gives back cues as soon as they are complete."""

    def __init__(self) -> None:
        self.vtt: bool | None = None
        self._block: list[str] = []

    def feed(self, line: str) -> list[Cue]:
        line = line.rstrip("\n").rstrip("\r").lstrip("\ufeff")
        if self.vtt is None:
            if not line.strip():
                return []
            self.vtt = line.startswith("WEBVTT") or bool(_TIMING.match(line)) or line.strip().isdigit()
            if line.startswith("WEBVTT"):
                return []
        if not self.vtt:
            return self._plain(line)
        if line.strip():
            self._block.append(line)
            return []
        return self.flush()

    def flush(self) -> list[Cue]:
        block, self._block = self._block, []
        if not block:
            return []
        for position, line in enumerate(block):
            timing = _TIMING.match(line)
            if timing:
                raw = " ".join(block[position + 1:])
                voice = _VOICE.search(raw)
                text = _TAGS.sub("", raw).strip()
                speaker = voice.group(1).strip() if voice else None
                if speaker is None:
                    speaker, text = split_name_prefix(text)
                if not text:
                    return []
                return [Cue(speaker, text, parse_time(timing.group(1)), parse_time(timing.group(2)))]
        return []

    @staticmethod
    def _plain(line: str) -> list[Cue]:
        if not line.strip():
            return []
        start = None
        stamp = _STAMP.match(line)
        if stamp:
            start = parse_time(stamp.group(1))
            line = line[stamp.end():]
        speaker, text = split_name_prefix(line)
        return [Cue(speaker, text, start, None)] if text else []


def follow_lines(path: Path, poll: float = 0.2, stop_after_idle: float | None = None) -> Iterator[str]:
    """Complete lines of a file another process appends to; a partial last line waits for its end."""
    idle = 0.0
    with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as handle:
        buffer = ""
        while True:
            chunk = handle.readline()
            if chunk:
                idle = 0.0
                buffer += chunk
                if buffer.endswith("\n"):
                    yield buffer
                    buffer = ""
                continue
            if stop_after_idle is not None and idle >= stop_after_idle:
                if buffer:
                    yield buffer + "\n"
                yield "\n"
                return
            time.sleep(poll)
            idle += poll


def stream_lines(stream: IO[str]) -> Iterator[str]:
    for line in stream:
        yield line
    yield "\n"
