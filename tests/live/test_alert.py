"""The stop-selling alert: no earlier than the evidence allows, and no flapping."""
from popcheck.analyzer import Analyzer
from popcheck.live.session import CoachSession

ANALYZER = Analyzer()
SMALL_TALK = [
    "Sam: Thanks for having us. We offer fleet tracking; may I ask how many vans you run?",
    "Bo: About forty vans, mostly in the north.",
    "Sam: And how do you plan routes today?",
    "Bo: Spreadsheets, and the drivers know the roads.",
    "Sam: What happens when a van breaks down?",
    "Bo: We call the garage and shuffle the jobs around.",
]


def _events(lines):
    session = CoachSession(ANALYZER, sellers=["Sam"], language="en")
    return list(session.events(line + "\n" for line in lines))


def test_alert_waits_for_late_evidence() -> None:
    lines = SMALL_TALK + [
        "Sam: So would a pilot next month work for you?",
        "Bo: Honestly, it's not my call. I was asked to collect three quotes and pass them on to the director.",
        "Sam: I see.",
    ]
    events = _events(lines)
    assert not any(event.stop_selling for event in events[: len(SMALL_TALK)])
    assert events[-1].stop_selling
    assert events[-1].prompt_key in {"coach.stop_selling", "coach.ask_number"}


def test_alert_does_not_flap_on_weak_evidence() -> None:
    lines = SMALL_TALK + [
        "Sam: Who decides on a purchase like this?",
        "Bo: It's not my call, the director decides. I was asked to collect quotes.",
        "Sam: Understood.",
        "Bo: Downtime costs us a lot, though.",
        "Sam: Tell me more.",
        "Bo: We'll see, I'll pass it on.",
    ]
    events = _events(lines)
    first = next(i for i, event in enumerate(events) if event.stop_selling)
    assert all(event.stop_selling for event in events[first:])


def test_decider_gets_next_step_prompt() -> None:
    lines = SMALL_TALK + [
        "Sam: Who else would be involved?",
        "Bo: Nobody, it's my budget and my decision. Let's sign on Friday.",
    ]
    events = _events(lines)
    assert not events[-1].stop_selling
    assert events[-1].prompt_key == "coach.decider_next"
