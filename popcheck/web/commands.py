"""The workspace's commands: `serve`, `db upgrade`, `users create|list`, `workspace export-labels`.

Import-light on purpose (only typer here): the web stack loads inside each command, so
`popcheck --help` stays fast.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

DATABASE_HELP = "Database URL (default: $DATABASE_URL, else sqlite:///popcheck-workspace.db)."

db_app = typer.Typer(help="The workspace database: apply schema migrations.", no_args_is_help=True)
users_app = typer.Typer(help="Workspace users: create and list them.", no_args_is_help=True)
workspace_app = typer.Typer(help="Workspace data: export confirmed meetings as labelled cases.", no_args_is_help=True)


def database_url_of(given: Optional[str]) -> str:
    """--database-url, else $DATABASE_URL / $POPCHECK_DATABASE_URL, else the local SQLite file."""
    from popcheck.store.database import DEFAULT_DATABASE_URL

    return given or os.environ.get("DATABASE_URL") or os.environ.get("POPCHECK_DATABASE_URL") or DEFAULT_DATABASE_URL


def _fail(message: str) -> typer.Exit:
    typer.echo(f"popcheck: {message}", err=True)
    return typer.Exit(code=2)


def _upgrade(url: str) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from popcheck.store.migrate import upgrade

    try:
        upgrade(url)
    except SQLAlchemyError as error:
        raise _fail(f"cannot migrate {url}: {error.__class__.__name__}: {str(error).splitlines()[0]}. "
                    "Check the URL and that the database server runs") from None


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (localhost only by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    database_url: Annotated[Optional[str], typer.Option("--database-url", help=DATABASE_HELP)] = None,
    upload_limit_mb: Annotated[float, typer.Option(help="Largest record a user may upload, in MB.")] = 5.0,
    cookie_secure: Annotated[bool, typer.Option("--cookie-secure", help="Send the session cookie over HTTPS only.")] = False,
    weights: Annotated[Optional[Path], typer.Option("--weights", help="Weights folder from `popcheck train`.")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (more serve more users at once on more cores).")] = 1,
) -> None:
    """Run the team workspace (web UI and REST API) on a SQLite file or PostgreSQL; migrates on start.

    Example: popcheck serve --port 8000 --database-url postgresql://popcheck@localhost/popcheck
    """
    import uvicorn

    from popcheck.web.app import create_app
    from popcheck.web.settings import Settings

    url = database_url_of(database_url)
    _upgrade(url)
    settings = Settings(database_url=url, upload_limit_bytes=int(upload_limit_mb * 1024 * 1024),
                        cookie_secure=cookie_secure, migrate_on_start=False,
                        weights=str(weights) if weights else None)
    if not os.environ.get("POPCHECK_SECRET_KEY"):
        typer.echo("popcheck: no POPCHECK_SECRET_KEY set: sign-ins last until the server stops.", err=True)
    typer.echo(f"popcheck workspace on http://{host}:{port} (database: {url.split('@')[-1]})", err=True)
    if workers > 1:
        # Each worker builds its app from the environment; they must share one secret key.
        os.environ.update({
            "POPCHECK_DATABASE_URL": url, "POPCHECK_SECRET_KEY": settings.secret_key,
            "POPCHECK_UPLOAD_LIMIT_BYTES": str(settings.upload_limit_bytes),
            "POPCHECK_COOKIE_SECURE": "true" if cookie_secure else "false", "POPCHECK_MIGRATE_ON_START": "false",
        })
        os.environ.pop("DATABASE_URL", None)
        if weights:
            os.environ["POPCHECK_WEIGHTS"] = str(weights)
        uvicorn.run("popcheck.web.app:create_app", factory=True, host=host, port=port, workers=workers,
                    log_level="warning", proxy_headers=False)
        return
    app = create_app(settings)
    app.state.analyzer.get()  # load the weights now, not on the first upload
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)


@db_app.command("upgrade")
def db_upgrade(
    database_url: Annotated[Optional[str], typer.Option("--database-url", help=DATABASE_HELP)] = None,
) -> None:
    """Apply the workspace's schema migrations (Alembic) to the database.

    Example: popcheck db upgrade --database-url sqlite:///team.db
    """
    url = database_url_of(database_url)
    _upgrade(url)
    from popcheck.store.migrate import current

    typer.echo(f"database at revision {current(url)}")


@users_app.command("create")
def users_create(
    email: Annotated[str, typer.Option(help="The user's e-mail: their login.")],
    name: Annotated[Optional[str], typer.Option(help="Display name (default: the e-mail).")] = None,
    role: Annotated[str, typer.Option(help="rep (own meetings), manager (the team's) or admin (all).")] = "rep",
    team: Annotated[Optional[str], typer.Option(help="Team name; created when new.")] = None,
    language: Annotated[Optional[str], typer.Option(help="UI language: en, nl, de, ru or uk (default: the browser's).")] = None,
    password: Annotated[Optional[str], typer.Option(help="Password (asked for when left out; or $POPCHECK_PASSWORD).")] = None,
    database_url: Annotated[Optional[str], typer.Option("--database-url", help=DATABASE_HELP)] = None,
) -> None:
    """Create a workspace user with a hashed (argon2) password.

    Example: popcheck users create --email anna@example.com --role manager --team North
    """
    from popcheck.store import crud
    from popcheck.store.database import make_engine, session_factory

    if language is not None and language not in ("en", "nl", "de", "ru", "uk"):
        raise _fail(f"unknown language {language!r}: use en, nl, de, ru or uk")
    secret = password or os.environ.get("POPCHECK_PASSWORD") or typer.prompt(
        "Password", hide_input=True, confirmation_prompt=True)
    url = database_url_of(database_url)
    _upgrade(url)
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            user = crud.create_user(session, email, name or email, secret, role=role, team=team, language=language)
            typer.echo(f"created {user.role} {user.email}" + (f" in team {team}" if team else ""))
    except crud.StoreError as error:
        raise _fail(str(error)) from None
    finally:
        engine.dispose()


@users_app.command("list")
def users_list(
    database_url: Annotated[Optional[str], typer.Option("--database-url", help=DATABASE_HELP)] = None,
) -> None:
    """List the workspace's users with their role and team.

    Example: popcheck users list
    """
    from popcheck.store import queries
    from popcheck.store.database import make_engine, session_factory

    url = database_url_of(database_url)
    _upgrade(url)
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            for user in queries.list_users(session):
                team = user.team.name if user.team else "-"
                typer.echo(f"{user.email}\t{user.role}\t{team}\t{'active' if user.active else 'inactive'}")
    finally:
        engine.dispose()


@workspace_app.command("export-labels")
def export_labels(
    out: Annotated[Path, typer.Argument(help="Folder to write the labelled cases to.")],
    user: Annotated[Optional[str], typer.Option(help="Only what this user may see (default: everything).")] = None,
    database_url: Annotated[Optional[str], typer.Option("--database-url", help=DATABASE_HELP)] = None,
) -> None:
    """Write meetings with a confirmed outcome as labelled cases (record + <id>.json) for `popcheck train`.

    Example: popcheck workspace export-labels team-cases && popcheck train corpus team-cases --out my-weights
    """
    from popcheck.store import queries
    from popcheck.store.database import make_engine, session_factory
    from popcheck.store.labels import export_cases
    from popcheck.store.models import User

    url = database_url_of(database_url)
    _upgrade(url)
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            viewer = queries.user_by_email(session, user) if user else User(id=0, role="admin", email="", name="")
            if viewer is None:
                raise _fail(f"no user {user}: see `popcheck users list`")
            try:
                written = export_cases(session, viewer, out)
            except OSError as error:
                raise _fail(f"{out}: cannot write ({error.strerror}). Choose another folder") from None
    finally:
        engine.dispose()
    typer.echo(f"{written} labelled cases written to {out}")


def register(app: typer.Typer) -> None:
    """Add the workspace's commands to the `popcheck` app."""
    app.command()(serve)
    app.add_typer(db_app, name="db")
    app.add_typer(users_app, name="users")
    app.add_typer(workspace_app, name="workspace")
