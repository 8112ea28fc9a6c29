"""English signal phrases: positives, negations, questions, seller speech and near-misses."""
import pytest

from popcheck.signals.probe import signals

LANGUAGE = "en"

POSITIVES = [
    ("I have to run this by my director first.", "defer.boss"),
    ("Management will decide in the end.", "defer.boss"),
    ("Send me the deck and I'll pass it on to the team upstairs.", "defer.relay"),
    ("Honestly, it's not my call.", "mandate.none"),
    ("I can't sign anything like this myself.", "mandate.none"),
    ("I was asked to collect three quotes for this.", "task.assigned"),
    ("The director has already picked a supplier, to be honest.", "choice.made"),
    ("He's really hard to get hold of these days.", "access.none"),
    ("I don't know what the budget is, really.", "vague.answer"),
    ("Let's stay in touch.", "stall.soft"),
    ("It comes out of my budget.", "own.budget"),
    ("This is my decision.", "own.decision"),
    ("We need it live by March.", "set.terms"),
    ("Let's sign on Friday.", "commit.dated"),
    ("No, we won't buy this.", "refuse.clear"),
    ("Downtime costs us about forty thousand every month.", "business.pain"),
    ("Olga signs off on purchases like this.", "defer.boss"),
]

NEGATIVES = [
    # negation: owning the decision is not deferring
    ("I don't need to ask anyone about this.", "defer.boss"),
    # questions say nothing about the speaker
    ("Who decides on this?", "defer.boss"),
    ("Do you need approval from your director?", "defer.boss"),
    # hedging alone is no signal
    ("Let me think about it over the weekend.", "stall.soft"),
    # checking terms with a lawyer while owning the choice
    ("I'll have our lawyer check the wording, then I sign.", "defer.boss"),
    ("It's my budget, not the board's.", "mandate.none"),
]


@pytest.mark.parametrize(("text", "signal"), POSITIVES)
def test_finds_signal(text: str, signal: str) -> None:
    assert signal in signals(text, LANGUAGE)


@pytest.mark.parametrize(("text", "signal"), NEGATIVES)
def test_does_not_find_signal(text: str, signal: str) -> None:
    assert signal not in signals(text, LANGUAGE)


def test_negated_deferral_counts_as_owning() -> None:
    assert "own.decision" in signals("I don't need to ask my boss about this.", LANGUAGE)


def test_notes_in_the_third_person() -> None:
    found = signals("She avoided my eyes and said she has to ask her boss.", LANGUAGE, notes=True)
    assert {"avoidance", "defer.boss"} <= found


def test_notes_keep_quotes_in_the_contacts_voice() -> None:
    assert "own.budget" in signals('He said: "it is my budget, I decide".', LANGUAGE, notes=True)
