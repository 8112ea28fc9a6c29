"""The Analyzer: one record in, one Analysis out. Batch, live and web all wrap this class."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Iterable, Sequence

from popcheck.features import Conversation, participant_features
from popcheck.lang import detect, detect_turn, get_pack
from popcheck.lang.base import LanguagePack
from popcheck.learn.weights import Weights, load_weights
from popcheck.model import Analysis, Evidence, Form, Transcript, Verdict
from popcheck.playbook import advise
from popcheck.readers import read, read_text
from popcheck.sides import infer_sides, match_names
from popcheck.signals.base import Scene, Sentence, make_evidence
from popcheck.signals.catalog import SIGNALS
from popcheck.signals.hesitation import HesitationDetector
from popcheck.signals.named import NamedDeciderDetector, absent_deciders
from popcheck.signals.phrases import PhraseDetector
from popcheck.signals.sentences import split_sentences
from popcheck.titles import title_seniority

# The sentence layer speaks up when its decider-minus-pop logit passes this, and nothing else did.
SENTENCE_EVIDENCE_LOGIT = 1.2
SHOWN_EVIDENCE = 8


class Analyzer:
    """Reads records and judges every buyer-side participant.

    `phrases` and `sentence_model` switch the two detection layers (used by the ablation study).
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
        self._hesitation = HesitationDetector()

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
        record_language = language or detect(" ".join(turn.text for turn in transcript.turns[:200]))
        turns = tuple(
            replace(turn, language=language or detect_turn(turn.text, record_language)) for turn in transcript.turns
        )
        transcript = replace(transcript, turns=turns)
        packs = {code: get_pack(code) for code in {record_language, *(t.language for t in turns)} if code}
        notes = transcript.form == "notes"
        sentences = split_sentences(turns, {record_language: packs[record_language], **packs}, notes=notes)
        speakers = transcript.speakers
        probe = Scene(buyers=speakers, sellers=(), form=transcript.form, packs=packs)
        if notes:
            seller_names: tuple[str, ...] = ()
            inferred = False
        elif sellers:
            seller_names, inferred = match_names(sellers, speakers), False
        else:
            seller_names, inferred = infer_sides(speakers, sentences, probe), True
        buyers = tuple(s for s in speakers if s not in seller_names)
        scene = Scene(buyers=buyers, sellers=seller_names, form=transcript.form, packs=packs)
        evidence = self._detect(turns, sentences, scene)
        absent = absent_deciders(sentences, scene, speakers) if self.phrases else []
        evidence.extend(_deferrals(absent, scene))
        logits = self._sentence_logits(sentences, scene)
        evidence.extend(self._sentence_evidence(sentences, logits, evidence, scene))
        leaders = _leader_scores(turns, evidence, scene)
        conversation = Conversation(
            sentences=sentences, buyers=buyers, form=transcript.form, sentence_logits=logits,
            leader_scores=leaders, titles={name: title_seniority(name, packs[record_language]) for name in buyers},
        )
        verdicts = [self._judge(name, evidence, conversation) for name in buyers]
        verdicts += [Verdict(name=name, side="seller", verdict=None, p_decider=None) for name in seller_names]
        order = {name: i for i, name in enumerate(speakers)}
        verdicts.sort(key=lambda v: order.get(v.name, len(order)))
        leader = max(buyers, key=lambda n: leaders.get(n, 0.0)) if buyers and not seller_names else None
        pack = packs[record_language]
        advice = advise(tuple(verdicts), turns, seller_names, absent, pack)
        return Analysis(
            transcript=transcript, language=record_language, participants=tuple(verdicts), advice=advice,
            sides_inferred=inferred, leader=leader, absent_deciders=tuple(_unique_absent(absent)),
        )

    def _detect(self, turns: Sequence, sentences: Sequence[Sentence], scene: Scene) -> list[Evidence]:
        evidence: list[Evidence] = []
        if self.phrases:
            evidence.extend(self._phrase_detector.detect(sentences, scene))
            evidence.extend(self._named_detector.detect(sentences, scene))
        evidence.extend(self._hesitation.detect(sentences, scene))
        evidence.extend(self._hesitation.gaps(turns, sentences, scene))
        return evidence

    def _sentence_logits(self, sentences: Sequence[Sentence], scene: Scene) -> dict[int, float]:
        model = self.weights.sentence
        if not self.sentence_model or model is None:
            return {}
        buyer_sentences = [s for s in sentences if s.turn.speaker in scene.buyers]
        values = model.logits([s.matched_text for s in buyer_sentences])
        return {id(s): float(v) for s, v in zip(buyer_sentences, values)}

    def _sentence_evidence(self, sentences: Sequence[Sentence], logits: dict[int, float],
                           evidence: Iterable[Evidence], scene: Scene) -> list[Evidence]:
        covered = {(item.turn, item.span[0]) for item in evidence}
        covered_turns: dict[int, list[tuple[int, int]]] = {}
        for item in evidence:
            covered_turns.setdefault(item.turn, []).append(item.span)
        found: list[Evidence] = []
        for sentence in sentences:
            logit = logits.get(id(sentence))
            if logit is None or abs(logit) < SENTENCE_EVIDENCE_LOGIT or sentence.is_question:
                continue
            spans = covered_turns.get(sentence.turn.index, [])
            if any(start < sentence.span[1] and end > sentence.span[0] for start, end in spans):
                continue
            signal = "sentence.decider" if logit > 0 else "sentence.pop"
            spec = SIGNALS[signal]
            found.append(make_evidence(
                sentence, signal, spec.direction, abs(spec.weight) * logit / 2, sentence.turn.speaker,
                (0, len(sentence.matched_text)), f"reads like a {spec.direction} (sentence model, {logit:+.1f})",
            ))
        del covered
        return found

    def _judge(self, name: str, evidence: Sequence[Evidence], conversation: Conversation) -> Verdict:
        own = [item for item in evidence if item.subject == name]
        features = participant_features(name, own, conversation)
        model = self.weights.participant
        p = model.p_decider(features)
        own.sort(key=lambda item: (-abs(item.weight), item.turn))
        return Verdict(name=name, side="buyer", verdict=model.verdict(p), p_decider=p, evidence=tuple(own),
                       features=features)


def _leader_scores(turns: Sequence, evidence: Sequence[Evidence], scene: Scene) -> dict[str, float]:
    """Who runs the meeting: opens, closes, sets the agenda and sums up (matters most without a seller)."""
    scores: dict[str, float] = {name: 0.0 for name in scene.buyers}
    buyer_turns = [turn for turn in turns if turn.speaker in scores]
    if not buyer_turns or scene.sellers:
        return scores
    scores[buyer_turns[0].speaker] += 0.5
    scores[buyer_turns[-1].speaker] += 0.5
    for item in evidence:
        if item.signal == "lead.meeting" and item.subject in scores:
            scores[item.subject] += 0.5
    return scores


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
