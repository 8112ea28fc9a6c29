"""Batch: mixed folders with broken files, every input and output format, resume, and Dask."""
import csv
import json
import shutil

import pytest

from popcheck.batch.runner import BatchOptions, run_batch
from popcheck.batch.sinks import done_ids

GOOD = (
    "Sam: Thanks for your time. We offer a maintenance platform; who decides on a purchase like this?\n"
    "Bo: Well, honestly, it's not my call. I was asked to collect three quotes for the director.\n"
    "Sam: What budget do you have in mind?\n"
    "Bo: I don't know what the budget is, really. I have to run this by my director first.\n"
    "Sam: Could we meet him?\n"
    "Bo: He's really hard to reach. Send me some material and I'll pass it on.\n"
)
GOOD2 = (
    "Sam: Thanks for your time, we offer a pilot on one line.\n"
    "Kim: Good. Downtime costs us about forty thousand a month, so this matters to me.\n"
    "Sam: Who else is involved?\n"
    "Kim: Nobody, it's my budget and my decision. We need it live by March.\n"
    "Sam: Then the proposal can be with you on Thursday.\n"
    "Kim: Let's sign on Friday if the numbers hold.\n"
)


@pytest.fixture()
def archive(tmp_path, examples):
    root = tmp_path / "calls"
    (root / "2025" / "q1").mkdir(parents=True)
    (root / "2025" / "q1" / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "2025" / "b.txt").write_text(GOOD2, encoding="utf-8")
    (root / "empty.vtt").write_text("", encoding="utf-8")
    (root / "corrupt.srt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")
    shutil.copy(examples / "nl-inkoop-pop.vtt", root / "nl.vtt")
    return root


def _relative(root, meeting_id: str) -> str:
    from pathlib import Path

    return Path(meeting_id).relative_to(root).as_posix()


def test_same_file_name_in_two_folders_is_two_meetings(tmp_path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "call.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "v.jsonl"
    run_batch(BatchOptions([str(tmp_path / "a")], out, workers=1))
    summary = run_batch(BatchOptions([str(tmp_path / "b")], out, workers=1, resume=True))
    assert summary.skipped == 0 and summary.records == 1
    assert len({row["meeting_id"] for row in _rows(out)}) == 2


def _rows(path):
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_folder_to_each_format(archive, tmp_path, suffix) -> None:
    out = tmp_path / f"verdicts{suffix}"
    summary = run_batch(BatchOptions([str(archive)], out, workers=1))
    rows = _rows(out)
    assert summary.records == 5 and summary.failed == 2
    assert sorted(_relative(archive, row["meeting_id"]) for row in {r["meeting_id"]: r for r in rows}.values()) == [
        "2025/b.txt", "2025/q1/a.txt", "nl.vtt"]
    errors = [json.loads(line) for line in (tmp_path / "verdicts.errors.jsonl").read_text().splitlines()]
    assert sorted(_relative(archive, error["meeting_id"]) for error in errors) == ["corrupt.srt", "empty.vtt"]
    summary_file = json.loads((tmp_path / "verdicts.summary.json").read_text())
    assert summary_file["overall"]["buyers"] == len(rows)


def test_order_is_deterministic_across_workers(archive, tmp_path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch(BatchOptions([str(archive)], one, workers=1))
    run_batch(BatchOptions([str(archive)], two, workers=2))
    assert one.read_text() == two.read_text()


def _write_rows(path, rows) -> None:
    from popcheck.batch.sinks import open_sink

    path.unlink()
    sink = open_sink(path, append=False)
    sink.write(rows)
    sink.close()


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_resume_skips_done_records(archive, tmp_path, suffix) -> None:
    out = tmp_path / f"v{suffix}"
    run_batch(BatchOptions([str(archive)], out, workers=1))
    full = _rows(out)
    first_id = full[0]["meeting_id"]
    kept = [row for row in full if row["meeting_id"] == first_id]
    if suffix != ".jsonl":
        kept = [{**row, "p_decider": float(row["p_decider"])} for row in kept]
    _write_rows(out, kept)  # as if the first run had stopped after one meeting
    assert done_ids(out) == {first_id}
    summary = run_batch(BatchOptions([str(archive)], out, workers=1, resume=True))
    assert summary.skipped == 1 + 2  # the meeting already written and the two failures already logged
    assert summary.records == 2
    resumed = _rows(out)
    assert sorted((r["meeting_id"], r["name"]) for r in resumed) == sorted((r["meeting_id"], r["name"]) for r in full)
    totals = json.loads((tmp_path / "v.summary.json").read_text())
    assert totals["overall"]["buyers"] == len(full)  # the whole output, not only the resumed part


def _table_rows():
    return [
        {"call_id": "c1", "transcript": GOOD, "reps": "Sam", "date": "2025-03-04", "lead_source": "webinar", "booked_by": "Eva"},
        {"call_id": "c2", "transcript": GOOD2, "reps": "Sam", "date": "2025-04-01", "lead_source": "cold", "booked_by": "Tom"},
        {"call_id": "c3", "transcript": "", "reps": "", "date": "", "lead_source": "", "booked_by": ""},
    ]


@pytest.mark.parametrize("kind", ["jsonl", "csv", "parquet"])
def test_tables_with_column_mapping(tmp_path, kind) -> None:
    source = tmp_path / f"calls.{kind}"
    rows = _table_rows()
    if kind == "jsonl":
        source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    elif kind == "csv":
        with source.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), source)
    out = tmp_path / "out.jsonl"
    mapping = {"meeting_id": "call_id", "sellers": "reps"}
    summary = run_batch(BatchOptions([str(source)], out, workers=1, columns=mapping))
    result = _rows(out)
    assert summary.failed == 1
    by_id = {row["meeting_id"]: row for row in result}
    assert set(by_id) == {"c1", "c2"}
    assert by_id["c1"]["lead_source"] == "webinar" and by_id["c1"]["sellers"] == "Sam"
    assert by_id["c1"]["verdict"] == "pop" and by_id["c2"]["verdict"] == "decision_maker"
    summary_file = json.loads((tmp_path / "out.summary.json").read_text())
    assert set(summary_file["lead_source"]) == {"webinar", "cold"}
    assert set(summary_file["month"]) == {"2025-03", "2025-04"}


def test_dask_local_cluster_matches_local_engine(archive, tmp_path) -> None:
    pytest.importorskip("distributed")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_batch(BatchOptions([str(archive)], local, workers=1))
    run_batch(BatchOptions([str(archive)], dask, engine="dask", workers=2))
    assert local.read_text() == dask.read_text()


def test_bad_output_extension(tmp_path, archive) -> None:
    from popcheck.errors import UsageError

    with pytest.raises(UsageError, match="parquet"):
        run_batch(BatchOptions([str(archive)], tmp_path / "out.xlsx"))


def test_store_saves_meetings_in_the_workspace(archive, tmp_path) -> None:
    pytest.importorskip("sqlalchemy")
    from sqlalchemy import func, select

    from popcheck.store import crud
    from popcheck.store.database import make_engine, session_factory
    from popcheck.store.migrate import upgrade
    from popcheck.store.models import Meeting

    url = f"sqlite:///{tmp_path / 'team.db'}"
    upgrade(url)
    engine = make_engine(url)
    with session_factory(engine)() as session:
        crud.create_user(session, "rep@example.com", "Rep", "a long enough password", role="rep")
    summary = run_batch(BatchOptions([str(archive)], tmp_path / "v.jsonl", workers=2, store_url=url,
                                     store_owner="rep@example.com"))
    assert summary.stored == 3
    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 3
        sources = set(session.scalars(select(Meeting.source)))
    assert any(source.endswith("nl.vtt") for source in sources)
    engine.dispose()


def test_store_needs_a_known_user(archive, tmp_path) -> None:
    pytest.importorskip("sqlalchemy")
    from popcheck.errors import UsageError

    with pytest.raises(UsageError, match="popcheck users create"):
        run_batch(BatchOptions([str(archive)], tmp_path / "v.jsonl", store_url=f"sqlite:///{tmp_path / 't.db'}",
                               store_owner="nobody@example.com"))
