"""The lead-generation dashboard: decision-maker and pop rates by source, setter, campaign, title and month."""
from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import Response

from popcheck.store import queries
from popcheck.web.deps import ApiUser, DbSession, PageUser, UiLanguage
from popcheck.web.pages import render
from popcheck.web.texts import translator

router = APIRouter(tags=["dashboard"])
api = APIRouter(prefix="/api/v1", tags=["dashboard"])


def _filters(since: str | None, until: str | None) -> queries.DashboardFilter:
    try:
        return queries.DashboardFilter(since=date.fromisoformat(since) if since else None,
                                       until=date.fromisoformat(until) if until else None)
    except ValueError:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "Dates are written YYYY-MM-DD") from None


def _chart(data: dict[str, Any], lang: str) -> dict[str, Any]:
    t = translator(lang)
    sources = data["lead_source"][:12]
    return {
        "months": [row["key"] for row in data["month"]],
        "month_decider": [round(100 * row["decider_rate"], 1) for row in data["month"]],
        "month_pop": [round(100 * row["pop_rate"], 1) for row in data["month"]],
        "sources": [row["key"] for row in sources],
        "source_decider": [round(100 * row["decider_rate"], 1) for row in sources],
        "source_pop": [round(100 * row["pop_rate"], 1) for row in sources],
        "labels": {"decider_rate": t("dashboard.decider_rate"), "pop_rate": t("dashboard.pop_rate")},
    }


@router.get("/dashboard", include_in_schema=False)
def dashboard_page(request: Request, db: DbSession, user: PageUser, lang: UiLanguage,
                   since: str | None = None, until: str | None = None) -> Response:
    data = queries.dashboard(db, user, _filters(since, until))
    query = urlencode({k: v for k, v in (("since", since), ("until", until)) if v})
    return render(request, "dashboard.html.j2", user, lang, nav="dashboard", data=data, chart=_chart(data, lang),
                  groups=queries.DASHBOARD_GROUPS, since=since, until=until, query=f"?{query}" if query else "")


def dashboard_csv(data: dict[str, Any]) -> str:
    """One row per group value: group, key, meetings, with a decision-maker, with a pop, and the rates."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["group", "key", "meetings", "with_decider", "with_pop", "decider_rate", "pop_rate"])
    row = data["overall"]
    writer.writerow(["overall", "", row["meetings"], row["with_decider"], row["with_pop"], row["decider_rate"], row["pop_rate"]])
    for group in (*queries.DASHBOARD_GROUPS, "month"):
        for row in data[group]:
            key = str(row["key"])
            key = "'" + key if key[:1] in ("=", "+", "-", "@") else key
            writer.writerow([group, key, row["meetings"], row["with_decider"], row["with_pop"],
                             row["decider_rate"], row["pop_rate"]])
    writer.writerow([])
    writer.writerow(["wrong_person", "meeting_id", "held_on", "account", "contact", "contact_title", "booked_by",
                     "lead_source", "campaign"])
    for item in data["wrong_person"]:
        writer.writerow(["wrong_person", item["meeting_id"], item["held_on"], item["account"], item["contact"],
                         item["contact_title"], item["booked_by"], item["lead_source"], item["campaign"]])
    return buffer.getvalue()


@router.get("/dashboard.csv", include_in_schema=False)
def dashboard_export(db: DbSession, user: PageUser, since: str | None = None, until: str | None = None) -> Response:
    data = queries.dashboard(db, user, _filters(since, until), wrong_limit=10_000)
    return Response(dashboard_csv(data), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="popcheck-lead-generation.csv"'})


@api.get("/dashboard", summary="Decision-maker and pop rates, overall, by group and by month; wrong-person meetings")
def dashboard_api(db: DbSession, user: ApiUser, since: str | None = None, until: str | None = None) -> dict[str, Any]:
    return queries.dashboard(db, user, _filters(since, until))
