"""Meetings: upload -> analysis page with verdict cards, highlighted evidence, stop mark and scripts; outcomes."""
from __future__ import annotations

import re
from typing import Any

from tests.web.conftest import EXAMPLES, POP_MEETING


def test_upload_shows_the_analysis(rep: Any) -> None:
    response = rep.upload(POP_MEETING, contact_name="Jan de Vries", contact_title="Procurement officer",
                          booked_by="Sara", lead_source="Cold call", campaign="Q3 fleet", sellers="Roman Petrov")
    assert response.status_code == 303, response.text
    page = rep.get(response.headers["location"])
    assert page.status_code == 200
    html = page.text
    assert 'data-verdict="pop"' in html
    assert '<mark class="pop"' in html
    assert 'id="stop-mark"' in html and 'id="stop-line"' in html
    assert 'data-copy="#script-1"' in html
    assert "Pieter Bakker" in html  # named as deciding, not in the meeting


def test_upload_vtt_example(rep: Any) -> None:
    record = (EXAMPLES / "en-plant-director.txt").read_bytes()
    response = rep.post("/meetings", data={"new_account": "Plant"},
                        files={"record": ("en-plant-director.txt", record, "text/plain")})
    assert response.status_code == 303
    html = rep.get(response.headers["location"]).text
    assert 'data-verdict="decision_maker"' in html
    assert '<mark class="decider"' in html


def test_meeting_list_and_outcome(rep: Any) -> None:
    location = rep.upload(POP_MEETING, sellers="Roman Petrov").headers["location"]
    meeting_id = int(location.rsplit("/", 1)[1])
    listing = rep.get("/meetings").text
    assert f"/meetings/{meeting_id}" in listing
    response = rep.post(f"{location}/outcomes", data={"kind": "boss_agreed", "label:Jan de Vries": "pop",
                                                      "confirmed": "1", "note": "Pieter wants to meet"})
    assert response.status_code == 303
    html = rep.get(location).text
    assert "Pieter wants to meet" in html and "confirmed" in html


def test_upload_errors_are_clear(rep: Any) -> None:
    response = rep.upload("ok", name="bad.vtt")
    assert response.status_code == 422
    assert "cannot tell what kind of record" in response.text
    response = rep.post("/meetings", data={"sellers": ""},
                        files={"record": ("x.txt", POP_MEETING.encode(), "text/plain")})
    assert response.status_code == 422 and "Pick an account" in response.text


def test_ui_language_follows_the_browser(rep: Any) -> None:
    page = rep.get("/meetings", headers={"Accept-Language": "nl-NL,nl;q=0.9,en;q=0.5"})
    assert "Een gesprek analyseren" in page.text
    assert re.search(r'<html lang="nl">', page.text)
