"""Accounts: the buying committee as an org chart, unmet deciders with their quote, deal warnings."""
from __future__ import annotations

from typing import Any

from tests.web.conftest import POP_MEETING

UNNAMED_BOSS = """[00:00:05] Roman Petrov: Thanks for your time. We offer a platform for fleet maintenance.
[00:00:20] Kim Olsen: Honestly, I can't decide this. My director decides on purchases like this.
[00:00:41] Roman Petrov: Who else is involved?
[00:01:02] Kim Olsen: I will pass it on to the director, he has the final say.
"""

DECIDER = """[00:00:05] Roman Petrov: Thanks for your time. Who else would be involved?
[00:00:20] Mark Keller: It's my budget and my call. Send me a proposal by Friday; if the numbers hold we sign this month.
"""


def _account(browser: Any, name: str = "Acme") -> dict[str, Any]:
    accounts = {a["name"]: a["id"] for a in browser.get("/api/v1/accounts").json()}
    return dict(browser.get(f"/api/v1/accounts/{accounts[name]}").json())


def test_a_named_boss_becomes_an_unmet_contact_with_the_quote(rep: Any) -> None:
    rep.upload(POP_MEETING, sellers="Roman Petrov", contact_title="Procurement officer", contact_name="Jan de Vries")
    account = _account(rep)
    people = {c["name"]: c for c in account["contacts"]}
    boss, pop = people["Pieter Bakker"], people["Jan de Vries"]
    assert boss["met"] is False and "Pieter Bakker" in boss["source_quote"]
    assert boss["buying_role"] == "Decision Maker"
    assert pop["met"] is True and pop["verdict"] == "pop" and pop["buying_role"] == "Influencer"
    assert pop["title"] == "Procurement officer"
    assert pop["reports_to_id"] == boss["id"]
    assert set(account["warnings"]) >= {"no_decider", "single_threaded"}
    html = rep.get(f"/accounts/{account['id']}").text
    assert 'class="person unmet' in html and "not met yet" in html
    # the org chart nests the pop under the boss
    assert html.index("Pieter Bakker") < html.index("Jan de Vries")
    assert '<ul class="org">' in html


def test_an_unnamed_boss_joins_the_committee_by_title(rep: Any) -> None:
    rep.upload(UNNAMED_BOSS, sellers="Roman Petrov", new_account="Olsen BV")
    people = {c["name"]: c for c in _account(rep, "Olsen BV")["contacts"]}
    unmet = [c for c in people.values() if not c["met"]]
    assert len(unmet) == 1 and unmet[0]["name"].lower() == "director"
    assert "director" in unmet[0]["source_quote"].lower()
    assert people["Kim Olsen"]["reports_to_id"] == unmet[0]["id"]


def test_meeting_the_decider_clears_the_warning_and_three_meetings_stall(rep: Any) -> None:
    rep.upload(DECIDER, sellers="Roman Petrov", new_account="Plant")
    assert "no_decider" not in _account(rep, "Plant")["warnings"]
    plant = _account(rep, "Plant")["id"]
    for _ in range(2):
        rep.upload(POP_MEETING, sellers="Roman Petrov", account_id=str(plant), new_account="")
    account = _account(rep, "Plant")
    assert "stalled" in account["warnings"] and "single_threaded" not in account["warnings"]
    meeting = rep.get(f"/api/v1/meetings?account_id={plant}").json()[0]
    rep.post(f"/meetings/{meeting['id']}/outcomes", data={"kind": "contact_signed"})
    assert "stalled" not in _account(rep, "Plant")["warnings"]


def test_a_role_set_by_hand_survives_the_next_analysis(rep: Any) -> None:
    rep.upload(POP_MEETING, sellers="Roman Petrov")
    account = _account(rep)
    jan = next(c for c in account["contacts"] if c["name"] == "Jan de Vries")
    response = rep.post(f"/contacts/{jan['id']}", data={"buying_role": "Champion", "title": "Fleet lead",
                                                         "reports_to_id": ""})
    assert response.status_code == 303
    rep.upload(POP_MEETING, sellers="Roman Petrov", account_id=str(account["id"]), new_account="")
    jan = next(c for c in _account(rep)["contacts"] if c["name"] == "Jan de Vries")
    assert jan["buying_role"] == "Champion" and jan["title"] == "Fleet lead" and jan["reports_to_id"] is None


def test_reporting_loops_are_refused(rep: Any) -> None:
    rep.upload(POP_MEETING, sellers="Roman Petrov")
    account = _account(rep)
    people = {c["name"]: c["id"] for c in account["contacts"]}
    response = rep.post(f"/contacts/{people['Pieter Bakker']}", data={"reports_to_id": str(people["Jan de Vries"])})
    assert response.status_code == 422 and "loop" in response.text


def test_add_contact_and_create_account(rep: Any) -> None:
    response = rep.post("/accounts", data={"name": "Globex", "domain": "globex.example"})
    assert response.status_code == 303
    account_id = int(response.headers["location"].rsplit("/", 1)[1])
    response = rep.post(f"/accounts/{account_id}/contacts", data={"name": "Hank Scorpio", "title": "CEO",
                                                                  "buying_role": "Economic Buyer"})
    assert response.status_code == 303
    html = rep.get(f"/accounts/{account_id}").text
    assert "Hank Scorpio" in html and "Economic Buyer" in html


def test_htmx_edit_answers_the_card_alone(rep: Any) -> None:
    rep.upload(POP_MEETING, sellers="Roman Petrov")
    account = _account(rep)
    jan = next(c for c in account["contacts"] if c["name"] == "Jan de Vries")
    boss = next(c for c in account["contacts"] if c["name"] == "Pieter Bakker")
    data = {"title": "Fleet buyer", "buying_role": "Evaluator", "reports_to_id": str(boss["id"])}
    response = rep.post(f"/contacts/{jan['id']}", data=data, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert response.text.lstrip().startswith(f'<div class="person') and "<html" not in response.text
    assert "Fleet buyer" in response.text and "Evaluator" in response.text
    moved = rep.post(f"/contacts/{jan['id']}", data={**data, "reports_to_id": ""}, headers={"HX-Request": "true"})
    assert moved.status_code == 204 and moved.headers["HX-Refresh"] == "true"
