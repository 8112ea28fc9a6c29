"""CRM interop: HubSpot and Salesforce CSV imports; buying roles and verdicts exported in the same values."""
from __future__ import annotations

import csv
import io
import json
import zipfile
from typing import Any

from tests.web.conftest import POP_MEETING

HUBSPOT = """Record ID,First Name,Last Name,Email,Job Title,Company Name,Buying Role
101,Anna,Smit,anna@acme.example,CFO,Acme,BUDGET_HOLDER
102,Jan,de Vries,jan@acme.example,Procurement officer,Acme,Influencer
103,Olga,Ivanova,olga@globex.example,IT manager,Globex,
"""

SALESFORCE = """Contact ID,First Name,Last Name,Title,Email,Account Name,Reports To,Role
003A,Greta,Berg,Managing Director,greta@initech.example,Initech,,Decision Maker
003B,Paul,Kern,Buyer,paul@initech.example,Initech,Greta Berg,Evaluator
"""


def _import(rep: Any, text: str, name: str = "contacts.csv") -> Any:
    return rep.post("/crm/import", files={"file": (name, text.encode("utf-8"), "text/csv")})


def test_hubspot_import(rep: Any) -> None:
    response = _import(rep, HUBSPOT)
    assert response.status_code == 200 and "HubSpot: 2 accounts created, 3 contacts created" in response.text
    accounts = {a["name"]: a["id"] for a in rep.get("/api/v1/accounts").json()}
    acme = rep.get(f"/api/v1/accounts/{accounts['Acme']}").json()
    roles = {c["name"]: c["buying_role"] for c in acme["contacts"]}
    assert roles == {"Anna Smit": "Economic Buyer", "Jan de Vries": "Influencer"}
    again = _import(rep, HUBSPOT)
    assert "0 accounts created, 0 contacts created, 3 updated" in again.text


def test_salesforce_import_keeps_reporting_lines(rep: Any) -> None:
    response = _import(rep, SALESFORCE)
    assert "Salesforce: 1 accounts created, 2 contacts created" in response.text
    initech = rep.get("/api/v1/accounts").json()[0]
    people = {c["name"]: c for c in rep.get(f"/api/v1/accounts/{initech['id']}").json()["contacts"]}
    assert people["Paul Kern"]["reports_to_id"] == people["Greta Berg"]["id"]
    assert people["Greta Berg"]["buying_role"] == "Decision Maker"


def test_a_bad_csv_is_explained_and_imports_nothing(rep: Any) -> None:
    response = _import(rep, "First Name,Last Name\nAnna,Smit\n")
    assert response.status_code == 422 and "no company column" in response.text
    response = _import(rep, "First Name,Last Name,Company Name\nAnna,Smit,Acme\n,,Acme\nBob,,\n")
    assert response.status_code == 422 and "line 3: a contact needs a name" in response.text
    assert rep.get("/api/v1/accounts").json() == []


def test_export_uses_crm_values_and_leaves_unclear_empty(rep: Any) -> None:
    rep.upload(POP_MEETING, sellers="Roman Petrov")
    unclear = "Roman Petrov: Hello, what do you do?\nZoe Park: We make pumps.\nRoman Petrov: Nice.\nZoe Park: Yes.\n"
    rep.upload(unclear, sellers="Roman Petrov", new_account="Pumps")
    for crm, role_column in (("hubspot", "Buying Role"), ("salesforce", "Role")):
        response = rep.get(f"/crm/export.csv?crm={crm}")
        assert response.status_code == 200
        rows = {f"{r['First Name']} {r['Last Name']}".strip(): r
                for r in csv.DictReader(io.StringIO(response.text.lstrip("\ufeff")))}
        assert rows["Jan de Vries"][role_column] == "Influencer"
        assert rows["Jan de Vries"]["popcheck Verdict"] == "pop"
        assert rows["Pieter Bakker"][role_column] == "Decision Maker" and rows["Pieter Bakker"]["popcheck Met"] == "no"
        zoe = rows["Zoe Park"]
        assert zoe["popcheck Verdict"] in ("unclear", "decision_maker", "pop")
        if zoe["popcheck Verdict"] == "unclear":
            assert zoe[role_column] == ""


def test_export_neutralises_formulas(rep: Any) -> None:
    _import(rep, "First Name,Last Name,Company Name,Job Title\nAnna,Smit,Acme,=HYPERLINK(\"x\")\n")
    text = rep.get("/crm/export.csv?crm=hubspot").text
    assert "'=HYPERLINK" in text


def test_labelled_cases_for_training(rep: Any, tmp_path: Any) -> None:
    from popcheck.learn.corpus import load_cases

    location = rep.upload(POP_MEETING, sellers="Roman Petrov").headers["location"]
    rep.upload(POP_MEETING, sellers="Roman Petrov")  # no outcome: not exported
    rep.post(f"{location}/outcomes", data={"kind": "boss_agreed", "label:Jan de Vries": "pop", "confirmed": "1"})
    response = rep.get("/api/v1/labels.zip")
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        names = sorted(archive.namelist())
        assert len(names) == 2
        archive.extractall(tmp_path)
    cases = load_cases([tmp_path / "cases"])
    assert len(cases) == 1 and cases[0].subjects == {"Jan de Vries": "pop"}
    assert cases[0].record.read_text(encoding="utf-8").startswith("[00:00:05] Roman Petrov")
    assert json.loads((tmp_path / "cases" / f"{cases[0].id}.json").read_text())["sellers"] == ["Roman Petrov"]
