"""Before a meeting: a prior from the contact's title and the booking call, and the booker's script."""
from __future__ import annotations

from typing import Any

from tests.web.conftest import POP_MEETING


def test_an_executing_title_asks_to_confirm_the_decider(rep: Any) -> None:
    page = rep.post("/prior", data={"title": "Procurement officer", "language": "en"})
    assert page.status_code == 200
    assert "usually executes: confirm that the decision-maker attends" in page.text
    assert 'data-copy="#prior-script-1"' in page.text


def test_a_senior_title_and_history(rep: Any) -> None:
    rep.upload(POP_MEETING, sellers="Roman Petrov", contact_title="Managing director")
    page = rep.post("/prior", data={"title": "managing director", "language": "en"})
    assert "usually decides" in page.text
    assert "1 earlier meetings with this title" in page.text


def test_booking_notes_are_judged_by_the_analyzer(rep: Any) -> None:
    from popcheck.analyzer import Analyzer
    from popcheck.readers import read_text
    from popcheck.web.texts import table

    notes = ("Anna has to check with her director first, he decides on these purchases. "
             "Anna only collects quotes for the file.")
    expected = Analyzer().analyze_transcript(read_text(notes, "booking-call.md", form="notes")).buyers[0].verdict
    page = rep.post("/prior", data={"title": "Office manager", "notes": notes, "language": "en"})
    assert table("en")[f"prior.notes_{expected or 'unclear'}"] in page.text
