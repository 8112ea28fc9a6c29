"""The lead-generation dashboard: rates by source, setter, campaign and title, over time; CSV; scopes."""
from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from tests.web.conftest import POP_MEETING
from tests.web.test_accounts import DECIDER


def _seed(client_for: Any) -> None:
    rep1, rep2, rep3 = client_for("rep1"), client_for("rep2"), client_for("rep3")
    rep1.upload(POP_MEETING, sellers="Roman Petrov", lead_source="Cold call", booked_by="Sara", campaign="Q3",
                contact_title="Procurement officer", held_on="2026-01-15")
    rep1.upload(DECIDER, sellers="Roman Petrov", lead_source="Referral", booked_by="Tom", campaign="Q3",
                contact_title="Plant director", held_on="2026-02-03")
    rep2.upload(POP_MEETING, sellers="Roman Petrov", lead_source="Cold call", booked_by="Sara", campaign="Q4",
                contact_title="Procurement officer", held_on="2026-02-20")
    rep3.upload(DECIDER, sellers="Roman Petrov", lead_source="Event", booked_by="Ivy", held_on="2026-03-01")


def test_manager_sees_the_teams_rates(client_for: Any) -> None:
    _seed(client_for)
    data = client_for("manager").get("/api/v1/dashboard").json()
    assert data["overall"]["meetings"] == 3  # rep3 is in another team
    by_source = {row["key"]: row for row in data["lead_source"]}
    assert by_source["Cold call"]["pop_rate"] == 1.0 and by_source["Cold call"]["decider_rate"] == 0.0
    assert by_source["Referral"]["decider_rate"] == 1.0
    assert {row["key"] for row in data["booked_by"]} == {"Sara", "Tom"}
    assert {row["key"] for row in data["campaign"]} == {"Q3", "Q4"}
    assert {row["key"]: row["meetings"] for row in data["contact_title"]}["Procurement officer"] == 2
    assert [row["key"] for row in data["month"]] == ["2026-01", "2026-02"]
    assert len(data["wrong_person"]) == 2 and data["wrong_person"][0]["booked_by"] == "Sara"


def test_scopes(client_for: Any) -> None:
    _seed(client_for)
    assert client_for("rep1").get("/api/v1/dashboard").json()["overall"]["meetings"] == 2
    assert client_for("admin").get("/api/v1/dashboard").json()["overall"]["meetings"] == 4
    since = client_for("admin").get("/api/v1/dashboard?since=2026-02-01&until=2026-02-28").json()
    assert since["overall"]["meetings"] == 2


def test_page_has_chart_data_and_tables(client_for: Any) -> None:
    _seed(client_for)
    html = client_for("manager").get("/dashboard").text
    assert '<canvas id="chart-time"' in html and "chart.umd.min.js" in html
    payload = re.search(r'<script type="application/json" id="dashboard-data">(.*?)</script>', html, re.S)
    assert payload
    chart = json.loads(payload.group(1))
    assert chart["months"] == ["2026-01", "2026-02"] and chart["month_pop"] == [100.0, 50.0]
    assert 'id="wrong-person"' in html and "Sara" in html


def test_csv_export(client_for: Any) -> None:
    _seed(client_for)
    response = client_for("manager").get("/dashboard.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0][:3] == ["group", "key", "meetings"]
    assert ["lead_source", "Cold call", "2", "0", "2", "0.0", "1.0"] in rows
    assert any(row[:1] == ["wrong_person"] and row[1].isdigit() for row in rows)


def test_bad_dates_are_explained(client_for: Any) -> None:
    response = client_for("manager").get("/api/v1/dashboard?since=yesterday")
    assert response.status_code == 422 and "YYYY-MM-DD" in response.json()["detail"]
