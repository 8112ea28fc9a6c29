"""A coaching session: cues in, one event per turn out (for the panel or as JSON lines)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from popcheck.analyzer import Analyzer
from popcheck.lang import get_pack
from popcheck.live.alert import Coach
from popcheck.live.follow import CueParser
from popcheck.live.incremental import IncrementalAnalyzer, TurnUpdate


@dataclass(frozen=True)
class CoachEvent:
    update: TurnUpdate
    stop_selling: bool
    prompt_key: str
    prompt: str
    extends_turn: bool = False  # the cue continued the previous turn: this event replaces that turn's

    def to_dict(self) -> dict[str, Any]:
        return {
            "turn": self.update.turn.index,
            "extends_turn": self.extends_turn,
            "speaker": self.update.turn.speaker,
            "start": self.update.turn.start,
            "language": self.update.language,
            "buyers": [{"name": b.name, "p_decider": round(b.p_decider, 3), "verdict": b.verdict}
                       for b in self.update.buyers],
            "prompt": self.prompt,
            "prompt_key": self.prompt_key,
            "stop_selling": self.stop_selling,
            "evidence": [{"signal": e.signal, "direction": e.direction, "subject": e.subject, "quote": e.quote}
                         for e in self.update.new_evidence],
        }


class CoachSession:
    def __init__(self, analyzer: Analyzer | None = None, sellers: Sequence[str] | None = None,
                 language: str | None = None, source: str = "<live>") -> None:
        self.live = IncrementalAnalyzer(analyzer, sellers=sellers, language=language, source=source)
        self.coach = Coach()
        self.parser = CueParser()

    def events(self, lines: Iterable[str]) -> Iterator[CoachEvent]:
        """One event per complete cue (a cue that extends a turn updates that turn)."""
        last_turn = -1
        for line in lines:
            for cue in self.parser.feed(line):
                update = self.live.add(cue.speaker, cue.text, cue.start, cue.end)
                stop, key = self.coach.step(update)
                extends = update.turn.index == last_turn
                last_turn = update.turn.index
                yield CoachEvent(update, stop, key, get_pack(update.language).text(key), extends)
