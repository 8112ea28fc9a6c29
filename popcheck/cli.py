"""The `popcheck` command: thin wrappers over the library; heavy imports stay inside the commands."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Callable, Optional, TypeVar

import typer

app = typer.Typer(
    help="Who decides in a sales meeting, and who is a pop without a mandate.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
T = TypeVar("T")


class OutputFormat(str, Enum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"
    html = "html"


_FORMAT_BY_SUFFIX = {
    ".json": OutputFormat.json, ".md": OutputFormat.markdown, ".markdown": OutputFormat.markdown,
    ".html": OutputFormat.html, ".htm": OutputFormat.html,
}


class RecordForm(str, Enum):
    vtt = "vtt"
    srt = "srt"
    txt = "txt"
    notes = "notes"
    json = "json"


class Language(str, Enum):
    nl = "nl"
    en = "en"
    ru = "ru"
    uk = "uk"
    de = "de"


def fail(message: str) -> typer.Exit:
    typer.echo(f"popcheck: {message}", err=True)
    return typer.Exit(code=2)


def guarded(action: Callable[[], T]) -> T:
    """Run a command body; a PopcheckError becomes one clear line and exit code 2."""
    from popcheck.errors import PopcheckError

    try:
        return action()
    except PopcheckError as error:
        raise fail(str(error)) from None


def write_output(text: str, out: Optional[Path]) -> None:
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as error:
        raise fail(f"{out}: cannot write ({error.strerror}). Choose another --out path") from None


@app.command()
def analyze(
    record: Annotated[Path, typer.Argument(help="Meeting record: .vtt, .srt, .txt, .json (Whisper) or .md notes.")],
    output: Annotated[OutputFormat, typer.Option("--format", "-f", help="Report format.")] = OutputFormat.terminal,
    seller: Annotated[Optional[list[str]], typer.Option("--seller", "-s", help="A seller's name (repeatable).")] = None,
    lang: Annotated[Optional[Language], typer.Option("--lang", help="Meeting language (default: detected).")] = None,
    form: Annotated[Optional[RecordForm], typer.Option("--form", help="Record form (default: sniffed).")] = None,
    contact: Annotated[Optional[str], typer.Option("--contact", help="Notes: the contact they are about.")] = None,
    internal: Annotated[bool, typer.Option("--internal", help="No seller in this meeting: judge everyone.")] = False,
    weights: Annotated[Optional[Path], typer.Option("--weights", help="Weights folder from `popcheck train`.")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the report to this file.")] = None,
) -> None:
    """Tell who decides and who is a pop in one meeting record, with quotes and next steps.

    Example: popcheck analyze examples/nl-inkoop-pop.vtt --seller "Roman Petrov"
    """

    def run() -> None:
        from popcheck.analyzer import Analyzer

        if internal and seller:
            raise fail("--internal means nobody sells; leave out --seller, or drop --internal")
        chosen = output
        if out is not None and output is OutputFormat.terminal:
            chosen = _FORMAT_BY_SUFFIX.get(out.suffix.lower(), OutputFormat.terminal)
        analyzer = Analyzer(weights)
        analysis = analyzer.analyze(
            record, sellers=[] if internal else (seller or None), language=lang.value if lang else None,
            form=form.value if form else None, contact=contact,  # type: ignore[arg-type]
        )
        speakers = ", ".join(analysis.transcript.speakers)
        if seller and not any(p.side == "seller" for p in analysis.participants):
            raise fail(f"{record}: no speaker matches --seller {' / '.join(seller)}. The speakers are: {speakers}")
        if not analysis.buyers:
            raise fail(f"{record}: no one on the buyer's side speaks (speakers: {speakers}). "
                       "Check the --seller names, or give the record of a meeting with the buyer")
        if chosen is OutputFormat.terminal and out is None:
            from rich.console import Console

            from popcheck.render.terminal import render_terminal

            render_terminal(analysis, Console())
            return
        if chosen is OutputFormat.json:
            from popcheck.render.json_report import render_json

            text = render_json(analysis)
        elif chosen is OutputFormat.markdown:
            from popcheck.render.markdown import render_markdown

            text = render_markdown(analysis)
        elif chosen is OutputFormat.html:
            from popcheck.render.html import render_html

            text = render_html(analysis)
        else:
            from rich.console import Console

            from popcheck.render.terminal import render_terminal

            console = Console(record=True, width=100, file=open("/dev/null", "w"))  # noqa: SIM115
            render_terminal(analysis, console)
            text = console.export_text()
        write_output(text, out)

    guarded(run)


@app.command(name="eval")
def evaluate(
    folders: Annotated[list[Path], typer.Argument(help="Folders of labelled cases (DESIGN.md format).")],
    split: Annotated[str, typer.Option(help="Which split to run: train, dev, test or all.")] = "all",
    weights: Annotated[Optional[Path], typer.Option("--weights", help="Weights folder from `popcheck train`.")] = None,
    infer_sides: Annotated[bool, typer.Option("--infer-sides", help="Ignore the labelled sellers; infer them.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    show_wrong: Annotated[int, typer.Option(help="How many wrong cases to list.")] = 20,
) -> None:
    """Run labelled cases and print accuracy, macro-F1, AUC and the unclear rate, per slice.

    Example: popcheck eval corpus --split test
    """

    def run() -> None:
        from popcheck.analyzer import Analyzer
        from popcheck.evaluation import by_slice, evaluate as run_cases, metrics
        from popcheck.learn.corpus import load_cases

        if split not in ("train", "dev", "test", "all"):
            raise fail(f"unknown split {split!r}: use train, dev, test or all")
        splits = None if split == "all" else [split]
        cases = load_cases(folders, splits)  # type: ignore[arg-type]
        if not cases:
            raise fail(f"no labelled cases found in {', '.join(map(str, folders))}")
        report = run_cases(cases, Analyzer(weights), infer_sides=infer_sides)
        summary = {
            "overall": metrics(report.outcomes),
            "language": by_slice(report.outcomes, "language"),
            "difficulty": by_slice(report.outcomes, "difficulty"),
            "form": by_slice(report.outcomes, "form"),
            "sides_correct": report.side_hits / report.side_cases if infer_sides and report.side_cases else None,
            "errors": report.errors,
        }
        if as_json:
            typer.echo(json.dumps(summary, indent=2, ensure_ascii=False))
            return
        from popcheck.render.evaluation import render_evaluation

        render_evaluation(summary, report, show_wrong)

    guarded(run)


@app.command()
def train(
    corpora: Annotated[list[Path], typer.Argument(help="Folders of labelled cases; sentences/*.jsonl inside are used too.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the weights to.")],
    no_sentence_model: Annotated[bool, typer.Option("--no-sentence-model", help="Phrase lists only.")] = False,
) -> None:
    """Fit the sentence layer and the participant model on labelled meetings (seeded, reproducible).

    Example: popcheck train corpus my-team-cases --out my-weights
    """

    def run() -> None:
        from popcheck.learn.train import train as fit

        result = fit(corpora, out, use_sentence_model=not no_sentence_model)
        typer.echo(json.dumps(result.report, indent=2))
        typer.echo(f"weights written to {out}; use them with: popcheck analyze FILE --weights {out}")

    guarded(run)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Folders, files, globs, or .jsonl/.csv/.parquet tables.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output table: .parquet, .csv or .jsonl.")],
    engine: Annotated[Engine, typer.Option(help="local (processes) or dask.")] = Engine.local,
    workers: Annotated[Optional[int], typer.Option(help="Worker processes (default: all cores).")] = None,
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address, e.g. tcp://HOST:8786.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Skip records already in the output.")] = False,
    column: Annotated[Optional[list[str]], typer.Option(help="Table column mapping FIELD=COLUMN (text, meeting_id, sellers, date, lead_source, booked_by, campaign).")] = None,
    weights: Annotated[Optional[Path], typer.Option("--weights", help="Weights folder from `popcheck train`.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress bar.")] = False,
    store: Annotated[Optional[str], typer.Option("--store", help="Also save the meetings in the workspace, as this user (e-mail).")] = None,
    database_url: Annotated[Optional[str], typer.Option("--database-url", help="Workspace database (default: $DATABASE_URL, else sqlite:///popcheck-workspace.db).")] = None,
) -> None:
    """Analyse a whole call archive into one row per buyer, with pop rates by source, setter and month.

    Example: popcheck batch calls/ --out verdicts.parquet
    """

    def run() -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        from popcheck.batch.runner import BatchOptions, run_batch
        from popcheck.batch.sources import count_records
        from popcheck.web.commands import database_url_of

        mapping = {}
        for item in column or []:
            field, _, name = item.partition("=")
            if not field or not name:
                raise fail(f"--column {item!r}: write it as FIELD=COLUMN, e.g. text=transcript")
            mapping[field.strip()] = name.strip()
        options = BatchOptions(
            inputs=inputs, out=out, engine=engine.value, workers=workers, scheduler=scheduler, resume=resume,
            columns=mapping, weights=str(weights) if weights else None,
            store_url=database_url_of(database_url) if store else None, store_owner=store,
        )
        console = Console(stderr=True)
        with Progress(
            TextColumn("[bold]popcheck batch"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} rec/s"), TimeRemainingColumn(), console=console, disable=quiet,
        ) as bar:
            task = bar.add_task("records", total=count_records(inputs), rate="-")

            def advance(n: int) -> None:
                bar.advance(task, n)
                elapsed = bar.tasks[task].elapsed or 0.0
                if elapsed:
                    bar.update(task, rate=f"{bar.tasks[task].completed / elapsed:.1f}")

            summary = run_batch(options, progress=advance)
        data = summary.to_dict()
        overall = data["overall"]
        console.print(
            f"{data['records']} records, {data['failed']} failed (see {options.errors_path}), "
            f"{data['skipped_already_done']} skipped; {overall['buyers']} buyers, pop rate {overall['pop_rate']:.1%}"
        )
        console.print(f"rows: {out}; summary by language, lead source, booked-by and month: {options.summary_path}")
        if store:
            console.print(f"{data['stored_in_workspace']} meetings saved in the workspace as {store}")
        if data["records"] and data["failed"] == data["records"]:
            raise fail(f"none of the {data['records']} records could be analysed: see {options.errors_path}")

    guarded(run)


@app.command()
def coach(
    follow: Annotated[Optional[Path], typer.Option("--follow", help="Captions file another program appends to (VTT or `Name: text`); stdin without it.")] = None,
    seller: Annotated[Optional[list[str]], typer.Option("--seller", "-s", help="A seller's name (repeatable).")] = None,
    lang: Annotated[Optional[Language], typer.Option("--lang", help="Meeting language (default: detected).")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON event per turn instead of the panel.")] = False,
    weights: Annotated[Optional[Path], typer.Option("--weights", help="Weights folder from `popcheck train`.")] = None,
    idle_exit: Annotated[Optional[float], typer.Option(help="With --follow: stop after this many idle seconds.")] = None,
) -> None:
    """Coach live during a call: verdicts per buyer, the stop-selling alert and the next question.

    Example: popcheck coach --follow captions.vtt --seller "Roman Petrov"
    """

    def run() -> None:
        from rich.console import Console
        from rich.live import Live

        from popcheck.analyzer import Analyzer
        from popcheck.live.follow import follow_lines, stream_lines
        from popcheck.live.panel import render_panel
        from popcheck.live.session import CoachSession
        from popcheck.render.terminal import render_terminal

        if follow is not None and not follow.exists():
            raise fail(f"{follow}: no such file. Start the captions first, or point --follow at the right file")
        session = CoachSession(Analyzer(weights), sellers=seller, language=lang.value if lang else None,
                               source=follow.name if follow else "<stdin>")
        lines = follow_lines(follow, stop_after_idle=idle_exit) if follow else stream_lines(sys.stdin)
        console = Console()
        try:
            if jsonl:
                for event in session.events(lines):
                    sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                    sys.stdout.flush()
            else:
                with Live(console=console, auto_refresh=False) as live:
                    for event in session.events(lines):
                        live.update(render_panel(event), refresh=True)
        except KeyboardInterrupt:
            pass
        if session.live.turns and not jsonl:
            render_terminal(session.live.analysis(), console)

    guarded(run)


from popcheck.web.commands import register as _register_workspace; _register_workspace(app)  # noqa: E402, E702


# Optional parts and the extra that brings them (pip install 'popcheck[EXTRA]').
_EXTRAS = {
    "sqlalchemy": "web", "alembic": "web", "fastapi": "web", "uvicorn": "web", "argon2": "web", "starlette": "web",
    "multipart": "web", "psycopg": "web", "pydantic_settings": "web", "itsdangerous": "web",
    "pyarrow": "batch", "dask": "batch", "distributed": "batch",
}


def main() -> None:
    try:
        app()
    except ModuleNotFoundError as error:
        root = (error.name or "").split(".")[0]
        extra = _EXTRAS.get(root)
        if extra is None:
            raise
        typer.echo(f"popcheck: this command needs the '{extra}' extra ({root} is missing). "
                   f"Install it with: pip install 'popcheck[{extra}]'", err=True)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
