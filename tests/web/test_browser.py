"""In a real browser (Debian's chromium through Playwright): upload, verdict, highlights, dashboard chart.

Screenshots go to a temporary folder (printed; kept by pytest's tmp_path retention).
"""
from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import PASSWORD, POP_MEETING
from tests.web.test_accounts import DECIDER

playwright_api = pytest.importorskip("playwright.sync_api", reason="the `playwright` package is not installed")
CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if Path(p).exists()), None)
if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live_server(make_app: Any, sqlite_url: str) -> Iterator[str]:
    import uvicorn

    from popcheck.store import crud

    app = make_app(sqlite_url, upload_limit_bytes=256 * 1024)
    with app.state.sessions() as session:
        crud.create_user(session, "rep@example.com", "Roman Petrov", PASSWORD, role="manager", team="North")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Any]:
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
        context.grant_permissions(["clipboard-read", "clipboard-write"])
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.js_errors = errors  # type: ignore[attr-defined]
        try:
            yield page
        finally:
            context.close()
            browser.close()


def _login(page: Any, base: str) -> None:
    page.goto(f"{base}/meetings")
    page.fill('input[name="email"]', "rep@example.com")
    page.fill('input[name="password"]', PASSWORD)
    page.click("button.primary")
    page.wait_for_url(f"{base}/meetings")


def _upload(page: Any, base: str, path: Path, **fields: str) -> None:
    page.goto(f"{base}/meetings")
    page.set_input_files('input[name="record"]', str(path))
    for name, value in fields.items():
        page.fill(f'input[name="{name}"]', value)
    page.click("#analyse")
    page.wait_for_url(f"{base}/meetings/*")


def test_upload_shows_verdict_and_highlighted_evidence(live_server: str, page: Any, tmp_path: Path) -> None:
    record = tmp_path / "pop-call.txt"
    record.write_text(POP_MEETING, encoding="utf-8")
    _login(page, live_server)
    _upload(page, live_server, record, new_account="Acme", contact_title="Procurement officer",
            lead_source="Cold call", booked_by="Sara", sellers="Roman Petrov")
    card = page.locator('.verdict-card[data-verdict="pop"]')
    assert card.count() == 1 and "Jan de Vries" in card.inner_text()
    pop_marks = page.locator("#transcript mark.pop")
    assert pop_marks.count() >= 1
    colour = pop_marks.first.evaluate("node => getComputedStyle(node).backgroundColor")
    assert colour == "rgb(251, 217, 214)"
    assert page.locator("#stop-mark").is_visible()
    page.locator('button[data-copy="#script-1"]').click()
    assert page.locator('button[data-copy="#script-1"]').inner_text() == "Copied"
    page.screenshot(path=str(tmp_path / "meeting.png"), full_page=True)
    page.click('a[href^="/accounts/"]')
    assert page.locator(".person.unmet").count() == 1
    assert "Pieter Bakker" in page.locator(".person.unmet").inner_text()
    page.screenshot(path=str(tmp_path / "account.png"), full_page=True)
    jan = page.locator(".person:has(> strong:text-is('Jan de Vries'))")
    jan.locator("summary").click()
    jan.locator('select[name="buying_role"]').select_option("Champion")
    url = page.url
    with page.expect_response(lambda r: "/contacts/" in r.url and r.status == 200):
        jan.locator("button").click()
    page.wait_for_selector(".person:has(> strong:text-is('Jan de Vries')) .chip.role:text-is('Champion')")
    assert page.url == url  # swapped in place by htmx, no page load
    print(f"screenshots: {tmp_path}")
    assert page.js_errors == []


def test_dashboard_draws_its_charts(live_server: str, page: Any, tmp_path: Path) -> None:
    _login(page, live_server)
    for index, (text, source) in enumerate(((POP_MEETING, "Cold call"), (DECIDER, "Referral"))):
        record = tmp_path / f"call-{index}.txt"
        record.write_text(text, encoding="utf-8")
        _upload(page, live_server, record, new_account=f"Account {index}", lead_source=source, sellers="Roman Petrov")
    page.goto(f"{live_server}/dashboard")
    page.wait_for_selector('body[data-charts-ready="2"]', timeout=10_000)
    drawn = page.evaluate("""() => {
        const canvas = document.getElementById('chart-source');
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let coloured = 0;
        for (let i = 0; i < pixels.length; i += 4) { if (pixels[i + 3] > 0) coloured++; }
        return coloured;
    }""")
    assert drawn > 1000
    assert "Cold call" in page.locator("#wrong-person").inner_text()
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
    assert page.js_errors == []


def test_oversized_upload_message_in_the_browser(live_server: str, page: Any, tmp_path: Path) -> None:
    record = tmp_path / "huge.txt"
    record.write_text("Roman Petrov: " + "word " * 80_000, encoding="utf-8")
    _login(page, live_server)
    page.goto(f"{live_server}/meetings")
    page.set_input_files('input[name="record"]', str(record))
    page.fill('input[name="new_account"]', "Acme")
    page.click("#analyse")
    page.wait_for_load_state()
    page.wait_for_selector(".error", timeout=10_000)
    assert "larger than the 0.25 MB allowed" in page.locator(".error").inner_text()


def test_chromium_is_the_one_from_debian() -> None:
    assert shutil.which("chromium") or CHROMIUM
