"""popcheck: who decides in a sales meeting, and who is a pop without a mandate.

The names below load on first use, so `popcheck --help` stays fast.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from popcheck.analyzer import Analyzer, analyze
    from popcheck.errors import PopcheckError, RecordError
    from popcheck.model import Advice, Analysis, Evidence, Transcript, Turn, Verdict
    from popcheck.readers import read, read_text

__all__ = [
    "Advice", "Analysis", "Analyzer", "Evidence", "PopcheckError", "RecordError", "Transcript", "Turn",
    "Verdict", "analyze", "read", "read_text",
]
__version__ = "0.1.0"

_HOMES = {
    "Analyzer": "popcheck.analyzer", "analyze": "popcheck.analyzer",
    "PopcheckError": "popcheck.errors", "RecordError": "popcheck.errors",
    "Advice": "popcheck.model", "Analysis": "popcheck.model", "Evidence": "popcheck.model",
    "Transcript": "popcheck.model", "Turn": "popcheck.model", "Verdict": "popcheck.model",
    "read": "popcheck.readers", "read_text": "popcheck.readers",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'popcheck' has no attribute {name!r}")
