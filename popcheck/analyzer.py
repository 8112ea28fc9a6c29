"""The Analyzer: one record in, one Analysis out. Batch, live and web all wrap this class.

The work is split into stages so that the live coach can run the very same stages one turn at a
time: `prepare` (languages, sentences, sides), `detect` (evidence and sentence-model logits for
some sentences), `tally` (running statistics) and `judge` (features -> p_decider -> verdict).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Sequence

from popcheck.features import ConversationStats
from popcheck.lang import detect, detect_turn, get_pack
from popcheck.lang.base import LanguagePack
from popcheck.learn.weights import Weights, load_weights
from popcheck.model import Analysis, Evidence, Form, Transcript, Turn, Verdict
from popcheck.playbook import advise
from popcheck.readers import read, read_text
from popcheck.sides import infer_sides, match_names
from popcheck.signals.addressing import AddressingDetector
from popcheck.signals.base import Scene, Sentence, make_evidence
from popcheck.signals.catalog import SIGNALS
from popcheck.signals.hesitation import HesitationDetector
from popcheck.signals.named import NamedDeciderDetector, absent_deciders
from popcheck.signals.phrases import PhraseDetector
from popcheck.signals.sentences import split_sentences
from popcheck.titles import title_seniority

# The sentence layer speaks up when its decider-minus-pop logit passes this, and no phrase did.
SENTENCE_EVIDENCE_LOGIT = 1.2
# Shorter sentences ("Good.", "I don't know.") say too little on their own for the sentence layer.
SENTENCE_MIN_WORDS = 4
LANGUAGE_SAMPLE_TURNS = 200


@dataclass(frozen=True)
class Prepared:
    """A record made ready for detection: languages set, sentences split, sides known."""

    transcript: Transcript
    language: str
    packs: dict[str, LanguagePack]
    sentences: list[Sentence]
    scene: Scene
    sides_inferred: bool


@dataclass(frozen=True)
class Detected:
    evidence: list[Evidence]
    absent: list[Evidence]
    logits: dict[int, float]  # id(sentence) -> decider-minus-pop logit


class Analyzer:
    """Reads records and judges every buyer-side participant.

    `phrases` and `sentence_model` switch the two detection layers (the ablation study uses them).
    """

    def __init__(self, weights: Weights | Path | str | None = None, *, phrases: bool = True,
                 sentence_model: bool = True) -> None:
        self.weights = weights if isinstance(weights, Weights) else load_weights(
            Path(weights) if weights is not None else None
        )
        self.phrases = phrases
        self.sentence_model = sentence_model and self.weights.sentence is not None
        self._phrase_detector = PhraseDetector()
        self._named_detector = NamedDeciderDetector()
        self._addressing = AddressingDetector()
        self._hesitation = HesitationDetector()

    # -- whole records ---------------------------------------------------------------------

    def analyze(self, record: str | Path, sellers: Sequence[str] | None = None, language: str | None = None,
                form: Form | None = None, contact: str | None = None) -> Analysis:
        """Analyse a record file path (or a record's text, when it is not an existing path)."""
        if isinstance(record, Path) or ("\n" not in record and len(record) < 4096 and Path(record).exists()):
            transcript = read(record, form=form, contact=contact)
        else:
            transcript = read_text(str(record), form=form, contact=contact)
        return self.analyze_transcript(transcript, sellers=sellers, language=language)

    def analyze_transcript(self, transcript: Transcript, sellers: Sequence[str] | None = None,
                           language: str | None = None) -> Analysis:
        prepared = self.prepare(transcript, sellers, language)
        turns = prepared.transcript.turns
        detected = self.detect(prepared.sentences, list(zip(turns, turns[1:])), prepared.scene)
        stats = self.new_stats(prepared)
        self.tally(stats, turns, prepared.sentences, detected)
        return self.conclude(prepared, stats, detected.evidence, detected.absent)

    # -- stages ----------------------------------------------------------------------------

    def record_language(self, transcript: Transcript, language: str | None) -> str:
        return language or detect(" ".join(turn.text for turn in transcript.turns[:LANGUAGE_SAMPLE_TURNS]))

    def prepare(self, transcript: Transcript, sellers: Sequence[str] | None, language: str | None,
                record_language: str | None = None) -> Prepared:
        record_language = record_language or self.record_language(transcript, language)
        turns = tuple(
            replace(turn, language=language or detect_turn(turn.text, record_language)) for turn in transcript.turns
        )
        transcript = replace(transcript, turns=turns)
        packs = {code: get_pack(code) for code in {record_language, *(t.language for t in turns)} if code}
        notes = transcript.form == "notes"
        sentences = split_sentences(turns, packs, notes=notes)
        speakers = transcript.speakers
        if notes:
            seller_names: tuple[str, ...] = ()
            inferred = False
        elif sellers is not None:  # given, possibly empty: an internal meeting
            seller_names, inferred = match_names(sellers, speakers), False
        else:
            probe = Scene(buyers=speakers, sellers=(), form=transcript.form, packs=packs)
            seller_names, inferred = infer_sides(speakers, sentences, probe, self.weights.side), True
        buyers = tuple(s for s in speakers if s not in seller_names)
        scene = Scene(buyers=buyers, sellers=seller_names, form=transcript.form, packs=packs)
        return Prepared(transcript, record_language, packs, sentences, scene, inferred)

    def detect(self, sentences: Sequence[Sentence], turn_pairs: Sequence[tuple[Turn, Turn]],
               scene: Scene) -> Detected:
        """Evidence in these sentences (and in the silences between these pairs of turns)."""
        evidence: list[Evidence] = []
        absent: list[Evidence] = []
        if self.phrases:
            evidence.extend(self._phrase_detector.detect(sentences, scene))
            evidence.extend(self._named_detector.detect(sentences, scene))
            evidence.extend(self._addressing.detect(sentences, scene))
            absent = absent_deciders(sentences, scene, (*scene.buyers, *scene.sellers))
            evidence.extend(_deferrals(absent, scene))
        evidence.extend(self._hesitation.detect(sentences, scene))
        evidence.extend(self._hesitation.gaps(turn_pairs, sentences, scene))
        logits = self._sentence_logits(sentences, scene)
        evidence.extend(self._sentence_evidence(sentences, logits, evidence))
        return Detected(evidence, absent, logits)

    def new_stats(self, prepared: Prepared) -> ConversationStats:
        pack = prepared.packs[prepared.language]
        scene = prepared.scene
        return ConversationStats(
            form=prepared.transcript.form, buyers=scene.buyers,
            titles={name: title_seniority(name, pack) for name in scene.buyers},
            internal=not scene.sellers and prepared.transcript.form != "notes",
        )

    @staticmethod
    def tally(stats: ConversationStats, turns: Iterable[Turn], sentences: Iterable[Sentence],
              detected: Detected, sign: int = 1) -> None:
        for turn in turns:
            if sign > 0:
                stats.see_turn(turn.index, turn.speaker)
        for sentence in sentences:
            stats.add_sentence(sentence, detected.logits.get(id(sentence)), sign)
        stats.add_evidence(detected.evidence, sign)

    def judge(self, name: str, stats: ConversationStats, evidence: Iterable[Evidence]) -> Verdict:
        features = stats.features(name)
        model = self.weights.participant
        p = model.p_decider(features)
        own = sorted((item for item in evidence if item.subject == name), key=lambda e: (-abs(e.weight), e.turn))
        return Verdict(name=name, side="buyer", verdict=model.verdict(p), p_decider=p, evidence=tuple(own),
                       features=features)

    def conclude(self, prepared: Prepared, stats: ConversationStats, evidence: Sequence[Evidence],
                 absent: Sequence[Evidence]) -> Analysis:
        scene = prepared.scene
        speakers = prepared.transcript.speakers
        verdicts = [self.judge(name, stats, evidence) for name in scene.buyers]
        verdicts += [Verdict(name=name, side="seller", verdict=None, p_decider=None) for name in scene.sellers]
        order = {name: i for i, name in enumerate(speakers)}
        verdicts.sort(key=lambda v: order.get(v.name, len(order)))
        leader = None
        if stats.internal and scene.buyers:
            leader = max(scene.buyers, key=lambda n: (stats.leads(n), -order.get(n, 0)))
        pack = prepared.packs[prepared.language]
        advice = advise(tuple(verdicts), prepared.transcript.turns, scene.sellers, absent, pack)
        return Analysis(
            transcript=prepared.transcript, language=prepared.language, participants=tuple(verdicts),
            advice=advice, sides_inferred=prepared.sides_inferred, leader=leader,
            absent_deciders=tuple(_unique_absent(absent)),
        )

    # -- the sentence layer ----------------------------------------------------------------

    def _sentence_logits(self, sentences: Sequence[Sentence], scene: Scene) -> dict[int, float]:
        model = self.weights.sentence
        if not self.sentence_model or model is None:
            return {}
        buyer_sentences = [s for s in sentences
                           if s.turn.speaker in scene.buyers and len(s.text.split()) >= SENTENCE_MIN_WORDS]
        values = model.logits([s.matched_text for s in buyer_sentences])
        return {id(s): float(v) for s, v in zip(buyer_sentences, values)}

    @staticmethod
    def _sentence_evidence(sentences: Sequence[Sentence], logits: dict[int, float],
                           evidence: Iterable[Evidence]) -> list[Evidence]:
        covered: dict[int, list[tuple[int, int]]] = {}
        for item in evidence:
            covered.setdefault(item.turn, []).append(item.span)
        found: list[Evidence] = []
        for sentence in sentences:
            logit = logits.get(id(sentence))
            if logit is None or abs(logit) < SENTENCE_EVIDENCE_LOGIT or sentence.is_question:
                continue
            spans = covered.get(sentence.turn.index, [])
            if any(start < sentence.span[1] and end > sentence.span[0] for start, end in spans):
                continue
            signal = "sentence.decider" if logit > 0 else "sentence.pop"
            spec = SIGNALS[signal]
            found.append(make_evidence(
                sentence, signal, spec.direction, abs(spec.weight) * logit / 2, sentence.turn.speaker,
                (0, len(sentence.matched_text)), f"reads like a {spec.direction} (sentence model, {logit:+.1f})",
            ))
        return found


def _deferrals(absent: Iterable[Evidence], scene: Scene) -> list[Evidence]:
    """A buyer who names someone outside the meeting as deciding defers to them."""
    return [
        replace(item, signal="defer.boss", direction="pop", weight=NamedDeciderDetector.defer_weight,
                subject=item.speaker, why=f"names {item.subject} as the one who decides")
        for item in absent if item.speaker in scene.buyers
    ]


def _unique_absent(items: Iterable[Evidence]) -> list[Evidence]:
    seen: set[str] = set()
    unique: list[Evidence] = []
    for item in items:
        if item.subject not in seen:
            seen.add(item.subject)
            unique.append(item)
    return unique


_DEFAULT: Analyzer | None = None


def analyze(record: str | Path, sellers: Sequence[str] | None = None, language: str | None = None,
            form: Form | None = None, contact: str | None = None) -> Analysis:
    """Analyse one meeting record (a path or the record's text) with the shipped weights."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Analyzer()
    return _DEFAULT.analyze(record, sellers=sellers, language=language, form=form, contact=contact)
