"""The workspace's commands: db upgrade, users create/list, workspace export-labels, serve's help."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from popcheck.cli import app

runner = CliRunner()


def test_db_upgrade_and_users(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'team.db'}"
    result = runner.invoke(app, ["db", "upgrade", "--database-url", url])
    assert result.exit_code == 0 and "revision 0001" in result.output
    result = runner.invoke(app, ["users", "create", "--email", "Anna@Example.com", "--role", "manager", "--team", "North",
                                 "--password", "long enough pw", "--database-url", url])
    assert result.exit_code == 0, result.output
    assert "created manager anna@example.com in team North" in result.output
    again = runner.invoke(app, ["users", "create", "--email", "anna@example.com", "--password", "long enough pw",
                                "--database-url", url])
    assert again.exit_code == 2 and "already exists" in again.output
    short = runner.invoke(app, ["users", "create", "--email", "b@example.com", "--password", "short",
                                "--database-url", url])
    assert short.exit_code == 2 and "shorter than 8" in short.output
    listed = runner.invoke(app, ["users", "list", "--database-url", url])
    assert "anna@example.com\tmanager\tNorth" in listed.output


def test_password_prompt(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'team.db'}"
    result = runner.invoke(app, ["users", "create", "--email", "c@example.com", "--database-url", url],
                           input="long enough pw\nlong enough pw\n")
    assert result.exit_code == 0, result.output


def test_export_labels_on_an_empty_workspace(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'team.db'}"
    result = runner.invoke(app, ["workspace", "export-labels", str(tmp_path / "cases"), "--database-url", url])
    assert result.exit_code == 0 and "0 labelled cases" in result.output
    result = runner.invoke(app, ["workspace", "export-labels", str(tmp_path / "cases"), "--user", "x@example.com",
                                 "--database-url", url])
    assert result.exit_code == 2 and "no user" in result.output


def test_bad_database_url_is_one_clear_line() -> None:
    result = runner.invoke(app, ["db", "upgrade", "--database-url", "postgresql://nobody@127.0.0.1:1/none"])
    assert result.exit_code == 2 and "cannot migrate" in result.output and "Traceback" not in result.output


def test_every_workspace_command_has_an_example() -> None:
    from popcheck.web.commands import db_app, users_app, workspace_app

    for group in (db_app, users_app, workspace_app):
        for command in group.registered_commands:
            assert "Example: popcheck" in (command.callback.__doc__ or ""), command.callback.__name__
    serve = next(c for c in app.registered_commands if c.callback.__name__ == "serve")
    assert "Example: popcheck serve" in (serve.callback.__doc__ or "")


def test_commands_module_is_import_light() -> None:
    import subprocess
    import sys

    code = ("import sys, popcheck.web.commands; "
            "print(','.join(m for m in ('fastapi', 'sqlalchemy', 'uvicorn', 'alembic') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""
