"""Errors a person can act on: what was wrong, where, and what to do."""
from __future__ import annotations


class PopcheckError(Exception):
    """Base class for errors popcheck reports to the user as one clear line."""

    exit_code = 2


class RecordError(PopcheckError):
    """A meeting record could not be read."""

    def __init__(self, source: str, problem: str, hint: str, line: int | None = None) -> None:
        self.source = source
        self.problem = problem
        self.hint = hint
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {problem}. {hint}")


class UsageError(PopcheckError):
    """A command was called with arguments that cannot work together."""
