"""Run the detectors on one buyer sentence: what language packs and their tests use."""
from __future__ import annotations

from popcheck.analyzer import Analyzer
from popcheck.learn.weights import Weights
from popcheck.model import Evidence, Transcript, Turn
from popcheck.scoring import ParticipantModel

BUYER = "Buyer Person"
SELLER = "Seller Person"
_ANALYZER = Analyzer(Weights(ParticipantModel(), None, "probe"), sentence_model=False)


def probe(text: str, language: str, notes: bool = False) -> list[Evidence]:
    """Evidence about the buyer who says `text` (or, with notes=True, about the contact the notes describe)."""
    if notes:
        transcript = Transcript(source="<probe>", form="notes", turns=(Turn(0, BUYER, text),), subject=BUYER)
        sellers: list[str] = []
    else:
        turns = (Turn(0, SELLER, "Hello."), Turn(1, BUYER, text))
        transcript = Transcript(source="<probe>", form="txt", turns=turns)
        sellers = [SELLER]
    analysis = _ANALYZER.analyze_transcript(transcript, sellers=sellers, language=language)
    return [item for item in analysis.participant(BUYER).evidence if item.signal != "hesitation"]


def signals(text: str, language: str, notes: bool = False) -> set[str]:
    """The signals found about the buyer who says `text`."""
    return {item.signal for item in probe(text, language, notes=notes)}
