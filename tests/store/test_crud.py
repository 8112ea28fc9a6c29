"""The data layer: every write one transaction, visibility by role, committee building, dashboard figures."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from popcheck.store import crud, queries
from popcheck.store.crud import AbsentDecider, AnalysisFacts, CrmContact, MeetingInput
from popcheck.store.models import Contact

PASSWORD = "correct horse battery"


def _facts(buyers: list[tuple[str, str | None]], absent: tuple[AbsentDecider, ...] = ()) -> AnalysisFacts:
    return AnalysisFacts(
        contract={"schema": "popcheck.analysis/1", "participants": []}, view={"turns": [], "evidence": []},
        language="en", form="txt",
        buyers=tuple((name, name, verdict, 0.2 if verdict == "pop" else 0.8, None) for name, verdict in buyers),
        sellers=("Roman Petrov",), absent=absent,
    )


def _input(**fields: Any) -> MeetingInput:
    return MeetingInput(source="call.txt", record_text="Roman Petrov: hi", held_on=fields.pop("held_on", date(2026, 1, 5)),
                        **fields)


@pytest.fixture
def people(db: Any) -> dict[str, Any]:
    return {
        "rep1": crud.create_user(db, "rep1@example.com", "Rep 1", PASSWORD, team="North"),
        "rep2": crud.create_user(db, "rep2@example.com", "Rep 2", PASSWORD, team="North"),
        "rep3": crud.create_user(db, "rep3@example.com", "Rep 3", PASSWORD, team="South"),
        "manager": crud.create_user(db, "boss@example.com", "Boss", PASSWORD, role="manager", team="North"),
        "admin": crud.create_user(db, "admin@example.com", "Admin", PASSWORD, role="admin"),
    }


def test_user_validation(db: Any, people: dict[str, Any]) -> None:
    with pytest.raises(crud.StoreError, match="already exists"):
        crud.create_user(db, "REP1@example.com", "x", PASSWORD)
    with pytest.raises(crud.StoreError, match="unknown role"):
        crud.create_user(db, "x@example.com", "x", PASSWORD, role="owner")
    assert queries.count_rows(db)["users"] == 5 and queries.count_rows(db)["teams"] == 2


def test_meeting_builds_the_committee(db: Any, people: dict[str, Any]) -> None:
    absent = (AbsentDecider(name="Pieter Bakker", quote="Pieter Bakker signs off", named_by="Jan de Vries"),)
    meeting = crud.save_meeting(db, people["rep1"], _input(new_account="Acme", contact_name="Jan de Vries",
                                                           contact_title="Buyer"),
                                _facts([("Jan de Vries", "pop")], absent))
    account = queries.get_account(db, people["rep1"], meeting.account_id)
    assert account is not None
    contacts = {c.name: c for c in account.contacts}
    assert contacts["Jan de Vries"].reports_to_id == contacts["Pieter Bakker"].id
    assert contacts["Jan de Vries"].title == "Buyer" and contacts["Jan de Vries"].buying_role == "Influencer"
    assert contacts["Pieter Bakker"].met is False and contacts["Pieter Bakker"].source_meeting_id == meeting.id
    chart = queries.org_chart(account.contacts)
    assert [n.contact.name for n in chart] == ["Pieter Bakker"] and chart[0].reports[0].contact.name == "Jan de Vries"
    # Later the boss is met: the same contact, now met and judged
    crud.save_meeting(db, people["rep1"], _input(account_id=account.id), _facts([("Pieter Bakker", "decision_maker")]))
    db.refresh(contacts["Pieter Bakker"])
    assert contacts["Pieter Bakker"].met is True and contacts["Pieter Bakker"].verdict == "decision_maker"
    assert queries.count_rows(db)["contacts"] == 2


def test_a_failing_write_leaves_nothing(db: Any, people: dict[str, Any], monkeypatch: Any) -> None:
    before = queries.count_rows(db)
    monkeypatch.setattr(crud, "_committee", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("boom")))
    with pytest.raises(RuntimeError):
        crud.save_meeting(db, people["rep1"], _input(new_account="Acme"), _facts([("Jan", "pop")]))
    assert queries.count_rows(db) == before


def test_crm_import_is_all_or_nothing(db: Any, people: dict[str, Any], monkeypatch: Any) -> None:
    rows = [CrmContact(name="Anna Smit", account="Acme", buying_role="BUDGET_HOLDER"),
            CrmContact(name="Bo Berg", account="Beta", reports_to="Nobody")]
    report = crud.import_contacts(db, people["rep1"], rows, "hubspot")
    assert (report.accounts_created, report.contacts_created) == (2, 2)
    before = queries.count_rows(db)
    monkeypatch.setattr(crud, "normalise_role", lambda value: (_ for _ in ()).throw(RuntimeError("boom")))
    with pytest.raises(RuntimeError):
        crud.import_contacts(db, people["rep1"], [CrmContact(name="New Person", account="Gamma", buying_role="x")],
                             "hubspot")
    assert queries.count_rows(db) == before


def test_visibility(db: Any, people: dict[str, Any]) -> None:
    mine = crud.save_meeting(db, people["rep1"], _input(new_account="Acme"), _facts([("Jan", "pop")]))
    for key, sees in (("rep1", True), ("rep2", False), ("rep3", False), ("manager", True), ("admin", True)):
        assert (queries.get_meeting(db, people[key], mine.id) is not None) is sees, key
    assert queries.get_account(db, people["rep2"], mine.account_id) is not None  # accounts are team-wide
    assert queries.get_account(db, people["rep3"], mine.account_id) is None


def test_dashboard_figures(db: Any, people: dict[str, Any]) -> None:
    rep = people["rep1"]
    crud.save_meeting(db, rep, _input(new_account="A", lead_source="Cold call", booked_by="Sara",
                                      held_on=date(2026, 1, 3)), _facts([("Jan", "pop")]))
    crud.save_meeting(db, rep, _input(new_account="B", lead_source="Cold call", booked_by="Sara",
                                      held_on=date(2026, 1, 20)), _facts([("Eva", "decision_maker"), ("Ole", "pop")]))
    crud.save_meeting(db, rep, _input(new_account="C", lead_source="Referral", booked_by="Tom",
                                      held_on=date(2026, 2, 1)), _facts([("Kai", "unclear")]))
    data = queries.dashboard(db, people["manager"])
    assert data["overall"] == {"meetings": 3, "with_decider": 1, "with_pop": 2, "decider_rate": 0.3333,
                               "pop_rate": 0.6667}
    cold = next(r for r in data["lead_source"] if r["key"] == "Cold call")
    assert (cold["meetings"], cold["decider_rate"], cold["pop_rate"]) == (2, 0.5, 1.0)
    assert [(r["key"], r["meetings"]) for r in data["month"]] == [("2026-01", 2), ("2026-02", 1)]
    assert [r["account"] for r in data["wrong_person"]] == ["A"]
    assert queries.dashboard(db, people["rep3"])["overall"]["meetings"] == 0


def test_org_chart_survives_a_loop_in_the_data(db: Any, people: dict[str, Any]) -> None:
    account = crud.create_account(db, people["rep1"], "Loop")
    a = crud.add_contact(db, account, "A")
    b = crud.add_contact(db, account, "B")
    crud.update_contact(db, a, reports_to_id=b.id)
    with pytest.raises(crud.StoreError, match="loop"):
        crud.update_contact(db, b, reports_to_id=a.id)
    b.reports_to_id = a.id  # forced past crud: the chart must still terminate
    chart = queries.org_chart([a, b])
    assert chart == [] or all(isinstance(node.contact, Contact) for node in chart)


def test_outcomes_need_known_buyers(db: Any, people: dict[str, Any]) -> None:
    meeting = crud.save_meeting(db, people["rep1"], _input(new_account="A"), _facts([("Jan", "pop")]))
    with pytest.raises(crud.StoreError, match="not a buyer"):
        crud.record_outcome(db, people["rep1"], meeting, "lost", labels={"Roman Petrov": "pop"})
    with pytest.raises(crud.StoreError, match="unknown outcome"):
        crud.record_outcome(db, people["rep1"], meeting, "won")
    outcome = crud.record_outcome(db, people["rep1"], meeting, "boss_agreed", confirmed=True, labels={"Jan": "pop"})
    assert outcome.confirmed and queries.confirmed_meetings(db, people["rep1"])[0][1].id == outcome.id
    unlabelled = crud.record_outcome(db, people["rep1"], meeting, "lost", confirmed=True)
    assert unlabelled.confirmed is False  # nothing to learn from without labels
