"""What a language pack holds, and the data all packs share."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Mapping

if TYPE_CHECKING:
    from popcheck.signals.triggers import TriggeredPatterns

# Keys every pack's PLAYBOOK must define; `{name}`-style fields are filled by the playbook.
PLAYBOOK_KEYS: tuple[str, ...] = (
    "verdict.decision_maker", "verdict.pop", "verdict.unclear", "side.buyer", "side.seller",
    "report.title", "report.p_decider", "report.evidence", "report.advice", "report.no_evidence",
    "report.sides_inferred", "report.leader", "report.absent_deciders", "report.transcript",
    "report.steps", "report.script", "report.questions", "report.stop_selling_at",
    "headline.pop", "headline.unclear", "headline.decision_maker", "headline.no_buyer",
    "step.recognise", "step.stop_selling", "step.personal", "step.acknowledge", "step.ask_number",
    "step.call_boss", "step.fix_booking",
    "script.personal", "script.acknowledge", "script.ask_number", "script.call_boss",
    "script.call_boss.unnamed", "script.booking",
    "step.dm.next", "step.dm.confirm", "step.dm.multithread", "script.dm",
    "question.who_else", "question.sign_off", "question.last_purchase", "question.budget",
    "question.timing", "question.criteria",
    "step.unclear.qualify", "step.unclear.hold",
    "direction.pop", "direction.decider",
    "placeholder.seller", "placeholder.boss",
    "coach.stop_selling", "coach.ask_who_else", "coach.ask_number", "coach.decider_next", "coach.listen",
)


@dataclass(frozen=True)
class LanguagePack:
    """Everything popcheck knows about one language: signal phrases, playbook texts, titles."""

    code: str
    name: str
    signals: Mapping[str, tuple[str, ...]]
    negations: tuple[str, ...]
    fillers: tuple[str, ...]
    decide_verbs: tuple[str, ...]
    superiors: tuple[str, ...]
    seller_markers: tuple[str, ...]
    first_person: tuple[str, ...]
    playbook: Mapping[str, str]
    titles_senior: tuple[str, ...] = ()
    titles_executor: tuple[str, ...] = ()
    question_starts: tuple[str, ...] = ()
    # notes: (pattern of a whole word, replacement) pairs that put the contact in the first person
    notes_voice: tuple[tuple[str, str], ...] = ()
    stopwords: frozenset[str] = frozenset()  # frequent function words, to tell a turn's language
    capitalises_nouns: bool = False  # German: a lone capitalised word is no sign of a name
    _compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False, compare=False)

    def text(self, key: str, **values: str) -> str:
        """A user-facing text of this language, with `{field}`s filled in."""
        template = self.playbook[key]
        return template.format(**values) if values else template

    def pattern(self, key: str) -> re.Pattern[str]:
        """One compiled, case-insensitive alternation for a signal id or a word list name."""
        compiled = self._compiled.get(key)
        if compiled is None:
            if key == "notes_voice_any":
                parts = tuple(rf"\b(?:{old})\b" for old, _ in self.notes_voice)
            else:
                parts = self.signals.get(key) or getattr(self, key.replace(".", "_"), ())
            source = "|".join(f"(?:{self.expand(part)})" for part in parts) or r"(?!x)x"
            compiled = re.compile(source, re.IGNORECASE)
            self._compiled[key] = compiled
        return compiled

    def expand(self, part: str) -> str:
        """Fill the `{SUP}` (a superior) and `{DECIDE}` (a verb of deciding) slots of a pattern."""
        if "{SUP}" in part:
            part = part.replace("{SUP}", "|".join(self.superiors))
        if "{DECIDE}" in part:
            part = part.replace("{DECIDE}", "|".join(self.decide_verbs))
        return part

    @cached_property
    def phrase_patterns(self) -> "TriggeredPatterns":
        """Every signal pattern behind one trigger automaton (see `popcheck.signals.triggers`)."""
        from popcheck.signals.triggers import TriggeredPatterns

        return TriggeredPatterns.build([
            (signal, self.expand(part)) for signal, parts in self.signals.items() for part in parts
        ])


def assemble(code: str, name: str, signals: ModuleType, playbook: ModuleType, titles: ModuleType,
             **options: object) -> LanguagePack:
    """A pack from a language folder's data modules (their UPPER_CASE constants)."""
    return LanguagePack(
        code=code, name=name, signals=signals.SIGNALS, negations=signals.NEGATIONS, fillers=signals.FILLERS,
        decide_verbs=signals.DECIDE_VERBS, superiors=signals.SUPERIORS, seller_markers=signals.SELLER_MARKERS,
        first_person=signals.FIRST_PERSON, playbook=playbook.PLAYBOOK, titles_senior=titles.TITLES_SENIOR,
        titles_executor=titles.TITLES_EXECUTOR, question_starts=signals.QUESTION_STARTS,
        notes_voice=signals.NOTES_VOICE, stopwords=signals.STOPWORDS, **options,  # type: ignore[arg-type]
    )
