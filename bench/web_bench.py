"""Benchmarks of the team workspace (issue: `popcheck serve`), against a real uvicorn on 127.0.0.1.

Targets: upload and analysis of a one-hour transcript answers in 300 ms or less; the dashboard over
10,000 meetings renders in 500 ms or less; 20 concurrent users for 60 s with no errors.

Run: python bench/web_bench.py [--quick] [--database-url URL]
(SQLite file in a temporary folder by default; --quick: fewer repetitions and a 10 s load test.)
Only 127.0.0.1 is ever contacted; every loop is bounded in count and time.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generate import meeting  # noqa: E402

PASSWORD = "bench password 1"
HOST = "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _stand_in_missing_packs() -> None:
    from tests.web.workspace_fixtures import language_packs_standing_in

    missing = language_packs_standing_in()
    if missing:
        print(f"note: language packs {missing} are not in this checkout; English stands in for them")


def seed(url: str, meetings: int, users: int) -> None:
    """Users (a manager, an admin and reps in one team) and `meetings` analysed meetings over a year."""
    from popcheck.analyzer import Analyzer
    from popcheck.store import crud
    from popcheck.store.database import make_engine, session_factory
    from popcheck.store.migrate import upgrade
    from popcheck.web.analysis_page import facts_of

    upgrade(url)
    engine = make_engine(url)
    analyzer = Analyzer()
    samples = [facts_of(analyzer.analyze(meeting(turns, seed=seed_), sellers=["Roman Petrov"]))
               for turns, seed_ in ((40, 1), (60, 2), (30, 3), (80, 4), (50, 5))]
    rng = random.Random(11)
    with session_factory(engine)() as session:
        manager = crud.create_user(session, "manager@bench.example", "Manager", PASSWORD, role="manager", team="Bench")
        crud.create_user(session, "admin@bench.example", "Admin", PASSWORD, role="admin")
        reps = [crud.create_user(session, f"rep{i}@bench.example", f"Rep {i}", PASSWORD, team="Bench")
                for i in range(users)]
        owners = [manager, *reps]
        start = date(2025, 1, 1)
        batch: dict[int, list[tuple[crud.MeetingInput, crud.AnalysisFacts]]] = {}
        for index in range(meetings):
            owner = owners[index % len(owners)]
            batch.setdefault(owner.id, []).append((crud.MeetingInput(
                source=f"call-{index}.txt", record_text="Roman Petrov: hello", held_on=start + timedelta(days=rng.randrange(365)),
                new_account=f"Account {index % 700}", contact_title=rng.choice(
                    ["Procurement officer", "Managing director", "IT manager", "Office manager", "CFO", "Buyer"]),
                booked_by=rng.choice(["Sara", "Tom", "Ivy", "Omar"]),
                lead_source=rng.choice(["Cold call", "Inbound", "Event", "LinkedIn", "Referral"]),
                campaign=rng.choice(["Q1 fleet", "Q2 energy", "Q3 plants", "Q4 renewals"]),
            ), rng.choice(samples)))
        for owner in owners:
            crud.save_meetings(session, owner, batch.get(owner.id, []))
    engine.dispose()


def start_server(url: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DATABASE_URL": url, "POPCHECK_SECRET_KEY": "bench-secret",
           "POPCHECK_UPLOAD_LIMIT_BYTES": str(5 * 1024 * 1024)}
    code = (
        "import sys, uvicorn; sys.path.insert(0, '.');"
        "from bench.web_bench import _stand_in_missing_packs; _stand_in_missing_packs();"
        "from popcheck.web.app import create_app; app = create_app(); app.state.analyzer.get();"
        f"uvicorn.run(app, host='{HOST}', port={port}, log_level='warning')"
    )
    process = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=str(Path(__file__).resolve().parents[1]))
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://{HOST}:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start within 60 s")


def _csrf(text: str) -> str:
    match = re.search(r'name="csrf-token" content="([^"]+)"', text)
    assert match, "no CSRF token on the page"
    return match.group(1)


def login(client: object, email: str) -> str:
    import httpx

    assert isinstance(client, httpx.Client)
    token = _csrf(client.get("/login").text)
    response = client.post("/login", data={"email": email, "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 303, response.text[:300]
    return _csrf(client.get("/meetings").text)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def bench_upload(base: str, runs: int) -> dict[str, float]:
    import httpx

    record = meeting(1000).encode("utf-8")  # ~1,000 turns, ~10,000 words: about an hour of talk
    with httpx.Client(base_url=base, timeout=30) as client:
        csrf = login(client, "rep0@bench.example")
        times = []
        for index in range(runs + 2):
            started = time.perf_counter()
            response = client.post("/meetings", data={"csrf_token": csrf, "new_account": "Upload bench",
                                                      "sellers": "Roman Petrov", "lead_source": "Inbound"},
                                   files={"record": (f"hour-{index}.txt", record, "text/plain")})
            elapsed = (time.perf_counter() - started) * 1000
            assert response.status_code == 303, response.text[:300]
            if index >= 2:  # two warm-up uploads
                times.append(elapsed)
    return {"kb": len(record) / 1024, "median_ms": statistics.median(times), "p95_ms": percentile(times, 0.95),
            "max_ms": max(times)}


def bench_dashboard(base: str, runs: int) -> dict[str, float]:
    import httpx

    with httpx.Client(base_url=base, timeout=30) as client:
        login(client, "manager@bench.example")
        times = []
        for index in range(runs + 2):
            started = time.perf_counter()
            response = client.get("/dashboard")
            elapsed = (time.perf_counter() - started) * 1000
            assert response.status_code == 200 and "chart-time" in response.text
            if index >= 2:
                times.append(elapsed)
        meetings = int(client.get("/api/v1/dashboard").json()["overall"]["meetings"])
    return {"meetings": meetings, "median_ms": statistics.median(times), "p95_ms": percentile(times, 0.95),
            "max_ms": max(times)}


async def _user(base: str, email: str, until: float, small_record: bytes, stats: dict[str, list[float]],
                errors: list[str], max_requests: int) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        page = await client.get("/login")
        response = await client.post("/login", data={"email": email, "password": PASSWORD,
                                                     "csrf_token": _csrf(page.text)})
        if response.status_code != 303:
            errors.append(f"login {response.status_code}")
            return
        csrf = _csrf((await client.get("/meetings")).text)
        meeting_ids = [m["id"] for m in (await client.get("/api/v1/meetings?limit=20")).json()]
        rng = random.Random(email)
        done = 0
        while time.monotonic() < until and done < max_requests:
            choice = rng.random()
            started = time.perf_counter()
            if choice < 0.1:
                response = await client.post("/meetings", data={"csrf_token": csrf, "new_account": "Load test",
                                                                "sellers": "Roman Petrov"},
                                             files={"record": ("call.txt", small_record, "text/plain")})
                ok = response.status_code == 303
            elif choice < 0.45 and meeting_ids:
                response = await client.get(f"/meetings/{rng.choice(meeting_ids)}")
                ok = response.status_code == 200
            elif choice < 0.65:
                response = await client.get("/meetings")
                ok = response.status_code == 200
            elif choice < 0.8:
                response = await client.get("/dashboard")
                ok = response.status_code == 200
            else:
                response = await client.get("/accounts")
                ok = response.status_code == 200
            elapsed = (time.perf_counter() - started) * 1000
            stats.setdefault("all", []).append(elapsed)
            stats.setdefault(f"{response.request.method} {re.sub(r'/[0-9]+', '/ID', response.request.url.path)}",
                             []).append(elapsed)
            if not ok:
                errors.append(f"{response.request.method} {response.request.url.path}: {response.status_code}")
            done += 1


def bench_load(base: str, users: int, seconds: float) -> dict[str, float]:
    small = meeting(60, seed=3).encode("utf-8")
    stats: dict[str, list[float]] = {}
    errors: list[str] = []

    async def run() -> None:
        until = time.monotonic() + seconds
        await asyncio.gather(*(_user(base, f"rep{i}@bench.example", until, small, stats, errors, 100_000)
                               for i in range(users)))

    started = time.perf_counter()
    asyncio.run(run())
    elapsed = time.perf_counter() - started
    times = stats.get("all", [])
    if errors:
        print("errors (first 5):", errors[:5])
    if os.environ.get("POPCHECK_BENCH_DETAIL"):
        for key, values in sorted(stats.items()):
            print(f"  {key}: {len(values)} requests, median {statistics.median(values):.0f} ms")
    return {"users": users, "seconds": elapsed, "requests": len(times), "errors": len(errors),
            "rps": len(times) / elapsed, "median_ms": statistics.median(times) if times else 0.0,
            "p95_ms": percentile(times, 0.95) if times else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, a 10 s load test")
    parser.add_argument("--database-url", help="default: a SQLite file in a temporary folder")
    parser.add_argument("--meetings", type=int, default=10_000)
    args = parser.parse_args()
    _stand_in_missing_packs()
    users = 20
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{Path(folder) / 'bench.db'}"
        started = time.perf_counter()
        seed(url, args.meetings, users)
        print(f"seeded {args.meetings} meetings and {users + 2} users in {time.perf_counter() - started:.1f} s "
              f"({url.split('://')[0]})")
        port = _free_port()
        server = start_server(url, port)
        base = f"http://{HOST}:{port}"
        try:
            upload = bench_upload(base, 5 if args.quick else 20)
            print(f"upload + analysis, one-hour transcript ({upload['kb']:.0f} KB): median {upload['median_ms']:.0f} ms, "
                  f"p95 {upload['p95_ms']:.0f} ms, max {upload['max_ms']:.0f} ms (target <= 300 ms)")
            board = bench_dashboard(base, 5 if args.quick else 20)
            print(f"dashboard over {board['meetings']} meetings: median {board['median_ms']:.0f} ms, "
                  f"p95 {board['p95_ms']:.0f} ms, max {board['max_ms']:.0f} ms (target <= 500 ms)")
            load = bench_load(base, users, 10 if args.quick else 60)
            print(f"{load['users']} concurrent users for {load['seconds']:.0f} s: {load['requests']} requests, "
                  f"{load['errors']} errors, {load['rps']:.0f} req/s, median {load['median_ms']:.0f} ms, "
                  f"p95 {load['p95_ms']:.0f} ms (target: no errors)")
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()


if __name__ == "__main__":
    main()
