"""English job titles: who usually decides, who usually executes."""
from __future__ import annotations

TITLES_SENIOR: tuple[str, ...] = (
    r"\b(?:ceo|cfo|coo|cto|cio|owner|co-?owner|founder|co-?founder|managing director|general manager|president|partner)\b",
    r"\b(?:vp|vice president|chief \w+ officer|director|head of)\b",
)
TITLES_EXECUTOR: tuple[str, ...] = (
    r"\b(?:assistant|coordinator|specialist|officer|clerk|buyer|purchaser|analyst|administrator|secretary|intern|junior)\b",
    r"\b(?:office manager|procurement (?:officer|specialist)|project assistant|team lead)\b",
)
