"""The live page: a WebSocket from a signed-in page of this server, one coach event per turn, saved at the end."""
from __future__ import annotations

import json
from typing import Any

import pytest
from starlette.websockets import WebSocketDisconnect

from popcheck.web.routes.live import MAX_LINE_CHARS

ORIGIN = {"origin": "http://testserver"}
SMALL_TALK = [
    "Sam: Thanks for having us. We offer fleet tracking; may I ask how many vans you run?",
    "Bo: About forty vans, mostly in the north.",
    "Sam: And how do you plan routes today?",
    "Bo: Spreadsheets, and the drivers know the roads.",
    "Sam: What happens when a van breaks down?",
    "Bo: We call the garage and shuffle the jobs around.",
]
LATE_DEFERRAL = [
    "Sam: So would a pilot next month work for you?",
    "Bo: Honestly, it's not my call. I was asked to collect three quotes and pass them on to the director.",
    "Sam: I see.",
]
START = {"type": "start", "sellers": ["Sam"], "language": "en", "new_account": "Fleet BV",
         "contact_name": "Bo", "contact_title": "Office manager", "lead_source": "Cold call"}


def _connect(browser: Any, csrf: str | None = "page", headers: dict[str, str] | None = None) -> Any:
    token = browser.csrf() if csrf == "page" else csrf
    url = "/live/ws" + (f"?csrf_token={token}" if token is not None else "")
    return browser.websocket_connect(url, headers=ORIGIN if headers is None else headers)


def _send(ws: Any, message: dict[str, Any]) -> None:
    ws.send_text(json.dumps(message))


def _lines(ws: Any, lines: list[str]) -> list[dict[str, Any]]:
    events = []
    for line in lines:
        _send(ws, {"type": "line", "text": line})
        events.append(ws.receive_json())
    return events


def _refused(error: Any) -> None:
    assert error.value.code == 1008


def test_the_page_is_for_signed_in_users(rep: Any, client_for: Any) -> None:
    page = rep.get("/live")
    assert page.status_code == 200
    assert 'href="/live"' in page.text and "Live call" in page.text
    assert "/static/live.js" in page.text and 'name="sellers"' in page.text and 'name="lead_source"' in page.text
    assert client_for(None).get("/live", follow_redirects=False).status_code == 303
    assert "Live gesprek" in rep.get("/live", headers={"Accept-Language": "nl"}).text


def test_not_signed_in_is_refused(client_for: Any) -> None:
    anonymous = client_for(None)
    with pytest.raises(WebSocketDisconnect) as error, anonymous.websocket_connect("/live/ws", headers=ORIGIN):
        pass
    _refused(error)


@pytest.mark.parametrize("headers", [{"origin": "https://evil.example"}, {"origin": "http://testserver.evil.example"},
                                     {"origin": "null"}, {}])
def test_another_origin_is_refused(rep: Any, headers: dict[str, str]) -> None:
    with pytest.raises(WebSocketDisconnect) as error, _connect(rep, headers=headers):
        pass
    _refused(error)


def test_missing_or_wrong_csrf_is_refused(rep: Any) -> None:
    with pytest.raises(WebSocketDisconnect) as error, _connect(rep, csrf="not-the-token"):
        pass
    _refused(error)
    with _connect(rep, csrf=None) as ws:
        _send(ws, START)  # no token in the URL nor in the first message
        with pytest.raises(WebSocketDisconnect) as error:
            ws.receive_json()
    _refused(error)


def test_csrf_in_the_first_message(rep: Any) -> None:
    with _connect(rep, csrf=None) as ws:
        _send(ws, {"type": "auth", "csrf": rep.csrf()})
        assert ws.receive_json() == {"type": "ready"}
        _send(ws, START)
        assert ws.receive_json() == {"type": "started"}


def test_a_call_gives_verdicts_and_the_stop_selling_alert(rep: Any) -> None:
    with _connect(rep) as ws:
        _send(ws, START)
        assert ws.receive_json()["type"] == "started"
        events = _lines(ws, SMALL_TALK + LATE_DEFERRAL)
    assert all(event["type"] == "event" for event in events)
    assert [event["speaker"] for event in events[:2]] == ["Sam", "Bo"]
    buyers = events[1]["buyers"]
    assert [b["name"] for b in buyers] == ["Bo"] and buyers[0]["verdict"] in {"pop", "decision_maker", "unclear"}
    assert 0.0 <= buyers[0]["p_decider"] <= 1.0
    assert not any(event["stop_selling"] for event in events[: len(SMALL_TALK)])
    assert events[-1]["stop_selling"] is True
    assert events[-1]["buyers"][0]["verdict"] == "pop"
    assert any(e["direction"] == "pop" for event in events for e in event["evidence"])
    assert events[-1]["prompt"]


def test_end_saves_the_meeting_for_its_owner(app: Any, rep: Any, users: dict[str, Any], client_for: Any) -> None:
    from popcheck.store.models import Meeting

    with _connect(rep) as ws:
        _send(ws, START)
        ws.receive_json()
        _lines(ws, SMALL_TALK + LATE_DEFERRAL)
        _send(ws, {"type": "end"})
        saved = ws.receive_json()
        assert saved["type"] == "saved" and saved["url"].startswith("/meetings/")
        with pytest.raises(WebSocketDisconnect):
            ws.receive_json()  # the call is over: the server closes the socket
    meeting_id = int(saved["url"].rsplit("/", 1)[1])
    with app.state.sessions() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting.owner_id == users["rep1"]
        assert meeting.record_text.splitlines() == SMALL_TALK + LATE_DEFERRAL
        assert meeting.lead_source == "Cold call" and meeting.contact_title == "Office manager"
        assert meeting.met_pop and list(meeting.sellers) == ["Sam"]
    page = rep.get(saved["url"])
    assert page.status_code == 200
    assert 'data-verdict="pop"' in page.text and "Fleet BV" in page.text
    assert f"/meetings/{meeting_id}" in rep.get("/meetings").text
    assert client_for("rep3").get(saved["url"]).status_code == 404  # another team's rep


def test_script_in_a_line_stays_inert(rep: Any) -> None:
    with _connect(rep) as ws:
        _send(ws, START)
        ws.receive_json()
        _lines(ws, ["Sam: We offer our platform, who decides?",
                    "Bo: <script>alert(1)</script> I have to ask my boss first. <img src=x onerror=alert(2)>"])
        _send(ws, {"type": "end"})
        saved = ws.receive_json()
    assert saved["type"] == "saved"
    html = rep.get(saved["url"]).text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_bad_input_is_answered_without_dropping_the_socket(app: Any, rep: Any) -> None:
    from sqlalchemy import func, select

    from popcheck.store.models import Meeting

    with _connect(rep) as ws:
        _send(ws, {"type": "line", "text": "Sam: hello"})
        assert ws.receive_json() == {"type": "error", "message": "Start the call first."}
        ws.send_text("{not json")
        assert ws.receive_json()["type"] == "error"
        _send(ws, {"type": "start", "sellers": ["Sam"], "language": "xx"})
        assert "Unknown meeting language" in ws.receive_json()["message"]
        _send(ws, {**START, "account_id": "999999"})
        assert ws.receive_json()["type"] == "error"
        _send(ws, START)
        assert ws.receive_json()["type"] == "started"
        _send(ws, START)
        assert ws.receive_json() == {"type": "error", "message": "The call has already started."}
        _send(ws, {"type": "line", "text": "Sam: " + "a" * MAX_LINE_CHARS})
        assert f"at most {MAX_LINE_CHARS} characters" in ws.receive_json()["message"]
        _send(ws, {"type": "line", "text": "Sam: one\nBo: two"})
        assert ws.receive_json()["type"] == "error"
        _lines(ws, ["Sam: We offer fleet tracking."])
        _send(ws, {"type": "end"})  # only the seller spoke
        assert ws.receive_json() == {"type": "error", "message": "No buyer has spoken yet, so nothing was saved."}
        event = _lines(ws, ["Bo: Nice, it's my budget and my decision."])[0]
        assert event["type"] == "event" and event["buyers"][0]["name"] == "Bo"
        _send(ws, {"type": "end"})
        assert ws.receive_json()["type"] == "saved"
    with app.state.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 1


def test_too_many_lines(rep: Any, monkeypatch: Any) -> None:
    import popcheck.web.routes.live as live

    monkeypatch.setattr(live, "MAX_LINES", 2)
    with _connect(rep) as ws:
        _send(ws, START)
        ws.receive_json()
        _lines(ws, SMALL_TALK[:2])
        _send(ws, {"type": "line", "text": SMALL_TALK[2]})
        assert "2 lines" in ws.receive_json()["message"]


def test_pasted_vtt(rep: Any) -> None:
    vtt = ["WEBVTT", "", "00:00:01.000 --> 00:00:04.000", "<v Sam>We offer fleet tracking, who decides?</v>", "",
           "00:00:05.000 --> 00:00:09.000", "<v Bo>I have to ask my director first, he decides.</v>"]
    with _connect(rep) as ws:
        _send(ws, START)
        ws.receive_json()
        for line in vtt:
            _send(ws, {"type": "line", "text": line})
        first = ws.receive_json()  # Sam's cue completes at the blank line
        assert first["speaker"] == "Sam" and first["start"] == 1.0
        _send(ws, {"type": "end"})  # Bo's cue is still open: End completes it, then saves
        last = ws.receive_json()
        assert last["speaker"] == "Bo"
        assert ws.receive_json()["type"] == "saved"
