"""Addressing by name: directing a colleague, and turning to a colleague for the answer."""
import pytest

from popcheck.analyzer import Analyzer
from popcheck.learn.weights import Weights
from popcheck.readers import read_text
from popcheck.scoring import ParticipantModel

ANALYZER = Analyzer(Weights(ParticipantModel(), None, "test"), sentence_model=False)


def _signals(record: str, language: str) -> dict[str, set[str]]:
    analysis = ANALYZER.analyze_transcript(read_text(record, "x.txt"), sellers=["Sam"], language=language)
    return {v.name: {e.signal for e in v.evidence} for v in analysis.buyers}


@pytest.mark.parametrize(("record", "language", "who", "signal"), [
    ("Sam: Goed.\nHanneke Brouwer: Bas, jij loopt met hun monteur de route door.\nBas Smit: Doe ik.\n",
     "nl", "Hanneke Brouwer", "direct.others"),
    ("Sam: Добре.\nГалина Рябова: Ольга, договор на пилот готовь наш.\nОльга Ким: Хорошо.\n",
     "ru", "Галина Рябова", "direct.others"),
    ("Sam: OK.\nDave Turner: Can we start next week, Olga?\nOlga Novak: Yes.\n", "en", "Olga Novak", "turned.to"),
    ("Sam: Добре.\nСергій Бондар: Ну, це вже не мені вирішувати. Роксолано?\nРоксолана Ткач: Так.\n",
     "uk", "Роксолана Ткач", "turned.to"),
])
def test_addressing(record: str, language: str, who: str, signal: str) -> None:
    assert signal in _signals(record, language)[who]


def test_greeting_a_colleague_is_no_direction() -> None:
    found = _signals("Sam: Hi.\nDave Turner: Olga, good morning to you too?\nOlga Novak: Morning.\n", "en")
    assert "direct.others" not in found["Dave Turner"]


def test_seller_addressing_a_buyer_says_nothing() -> None:
    found = _signals("Sam: Olga, could you share the budget?\nOlga Novak: Later.\nDave Turner: Sure.\n", "en")
    assert "turned.to" not in found["Olga Novak"]
