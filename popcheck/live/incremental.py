"""The live analyser: the Analyzer's own stages, run one turn at a time.

Work per new turn is bounded by the turn (and the number of buyers), not by the call so far.
Only a change of sides (a new speaker, or a new guess at who sells) re-runs the call from the
start, which happens a handful of times per call at most. After the last turn, `analysis()`
equals `Analyzer.analyze_transcript` on the same record with the same sellers and language.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from popcheck.analyzer import Analyzer, Detected, Prepared
from popcheck.features import ConversationStats
from popcheck.lang import detect, detect_turn, get_pack
from popcheck.model import Analysis, Evidence, Form, Transcript, Turn
from popcheck.readers.cues import UNKNOWN_SPEAKER
from popcheck.sides import PitchTally, match_names, sellers_from_scores
from popcheck.signals.base import Scene
from popcheck.signals.sentences import split_sentences

# Letters of speech after which the call's language is fixed (when --lang is not given).
LANGUAGE_LETTERS = 300


@dataclass(frozen=True, slots=True)
class BuyerState:
    name: str
    p_decider: float
    verdict: str


@dataclass(frozen=True, slots=True)
class TurnUpdate:
    """What one new (or extended) turn changed."""

    turn: Turn
    buyers: tuple[BuyerState, ...]
    new_evidence: tuple[Evidence, ...]
    language: str
    sellers: tuple[str, ...]


class IncrementalAnalyzer:
    def __init__(self, analyzer: Analyzer | None = None, sellers: Sequence[str] | None = None,
                 language: str | None = None, form: Form = "txt", source: str = "<live>") -> None:
        self.analyzer = analyzer or Analyzer()
        self.given_sellers = None if sellers is None else tuple(sellers)
        self.given_language = language
        self.form: Form = form
        self.source = source
        self.turns: list[Turn] = []
        self._reset_state(language or "en")
        self._language_fixed = language is not None

    # -- state -----------------------------------------------------------------------------

    def _reset_state(self, language: str) -> None:
        self.language = language
        self.packs = {language: get_pack(language)}
        self.scene = Scene(buyers=(), sellers=(), form=self.form, packs=self.packs)
        self.stats = ConversationStats(form=self.form, buyers=())
        self.sentences_by_turn: dict[int, list] = {}
        self.detected_by_turn: dict[int, Detected] = {}
        self.evidence_by_subject: dict[str, list[Evidence]] = {}
        self.pitch = PitchTally(self.analyzer.weights.side)

    def _transcript(self) -> Transcript:
        return Transcript(source=self.source, form=self.form, turns=tuple(self.turns))

    def _prepared(self) -> Prepared:
        sentences = [s for index in sorted(self.sentences_by_turn) for s in self.sentences_by_turn[index]]
        return Prepared(self._transcript(), self.language, self.packs, sentences, self.scene,
                        sides_inferred=self.given_sellers is None)

    # -- feeding ---------------------------------------------------------------------------

    def add(self, speaker: str | None, text: str, start: float | None = None, end: float | None = None) -> TurnUpdate:
        """Add one cue; consecutive cues of one speaker extend the same turn (as the readers do)."""
        text = " ".join(text.split())
        speaker = speaker or (self.turns[-1].speaker if self.turns else UNKNOWN_SPEAKER)
        if self.turns and self.turns[-1].speaker == speaker and self.form != "notes":  # notes: a cue is a paragraph
            last = self.turns[-1]
            self._untally(last.index)
            turn = Turn(last.index, speaker, f"{last.text} {text}" if last.text else text, last.start,
                        end if end is not None else last.end)
            self.turns[-1] = turn
        else:
            turn = Turn(len(self.turns), speaker, text, start, end)
            self.turns.append(turn)
        if self._sides_or_language_changed():
            self._rebuild()
        else:
            self._process(len(self.turns) - 1)
        return self._update(self.turns[-1].index)

    def _sides_or_language_changed(self) -> bool:
        if not self._language_fixed:
            letters = sum(ch.isalpha() for turn in self.turns for ch in turn.text)
            language = detect(" ".join(turn.text for turn in self.turns))
            if letters >= LANGUAGE_LETTERS:
                self._language_fixed = True
            if language != self.language:
                self._reset_state(language)
                return True
        speakers = self._transcript().speakers
        sellers = self._sellers(speakers)
        buyers = tuple(s for s in speakers if s not in sellers)
        return sellers != self.scene.sellers or buyers != self.scene.buyers

    def _sellers(self, speakers: Sequence[str]) -> tuple[str, ...]:
        if self.form == "notes":
            return ()
        if self.given_sellers is not None:
            return match_names(self.given_sellers, speakers)
        last = self.turns[-1]
        pending = [] if last.index in self.sentences_by_turn else split_sentences(
            [self._with_language(last)], self._packs_for(last), self.form == "notes")
        probe = Scene(buyers=tuple(speakers), sellers=(), form=self.form, packs=self.packs)
        self.pitch.add(pending, probe)
        scores = self.pitch.scores()
        self.pitch.add(pending, probe, sign=-1)
        return sellers_from_scores(speakers, scores, self.analyzer.weights.side)

    def _with_language(self, turn: Turn) -> Turn:
        return replace(turn, language=self.given_language or detect_turn(turn.text, self.language))

    def _packs_for(self, turn: Turn) -> dict:
        code = turn.language or self.language
        if code not in self.packs:
            self.packs[code] = get_pack(code)
        return self.packs

    def _rebuild(self) -> None:
        """Sides changed: start over with the new sides, turn by turn."""
        speakers = self._transcript().speakers
        sellers = self._sellers(speakers)
        turns = list(self.turns)
        self._reset_state(self.language)
        self.turns = turns
        buyers = tuple(s for s in speakers if s not in sellers)
        self.scene = Scene(buyers=buyers, sellers=sellers, form=self.form, packs=self.packs)
        self.stats = self.analyzer.new_stats(self._prepared())
        for index in range(len(turns)):
            self._process(index)

    def _process(self, index: int) -> None:
        turn = self._with_language(self.turns[index])
        self.turns[index] = turn
        packs = self._packs_for(turn)
        sentences = split_sentences([turn], packs, notes=self.form == "notes")
        pairs = [(self.turns[index - 1], turn)] if index > 0 else []
        detected = self.analyzer.detect(sentences, pairs, self.scene)
        self.sentences_by_turn[index] = sentences
        self.detected_by_turn[index] = detected
        self.analyzer.tally(self.stats, [turn], sentences, detected)
        self.pitch.add(sentences, self.scene)
        for item in detected.evidence:
            self.evidence_by_subject.setdefault(item.subject, []).append(item)

    def _untally(self, index: int) -> None:
        detected = self.detected_by_turn.pop(index, None)
        sentences = self.sentences_by_turn.pop(index, [])
        if detected is None:
            return
        self.analyzer.tally(self.stats, [], sentences, detected, sign=-1)
        self.pitch.add(sentences, self.scene, sign=-1)
        for item in detected.evidence:
            self.evidence_by_subject[item.subject].remove(item)

    # -- reading ---------------------------------------------------------------------------

    def _update(self, index: int) -> TurnUpdate:
        model = self.analyzer.weights.participant
        buyers = []
        for name in self.scene.buyers:
            p = model.p_decider(self.stats.features(name))
            heard = any(item.signal != "hesitation" for item in self.evidence_by_subject.get(name, ()))
            # Mid-call, a verdict waits for the first piece of evidence about the person.
            buyers.append(BuyerState(name, p, model.verdict(p) if heard else "unclear"))
        detected = self.detected_by_turn.get(index)
        return TurnUpdate(
            turn=self.turns[index], buyers=tuple(buyers),
            new_evidence=tuple(detected.evidence) if detected else (), language=self.language,
            sellers=self.scene.sellers,
        )

    def analysis(self) -> Analysis:
        """The full analysis of the call so far (what `popcheck analyze` gives on the same record)."""
        prepared = self._prepared()
        evidence = [item for index in sorted(self.detected_by_turn) for item in self.detected_by_turn[index].evidence]
        absent = [item for index in sorted(self.detected_by_turn) for item in self.detected_by_turn[index].absent]
        return self.analyzer.conclude(prepared, self.stats, evidence, absent)

