"""The CLI: every command documented, every format renders, bad input exits 2 with one clear line."""
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from popcheck.cli import app

runner = CliRunner()
README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_command_is_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    names = [command.name or command.callback.__name__ for command in app.registered_commands]
    assert names
    for name in names:
        assert re.search(rf"popcheck {name}\b", readme), f"`popcheck {name}` is missing from the README"


def test_every_command_help_has_an_example() -> None:
    for command in app.registered_commands:
        assert "Example: popcheck" in (command.callback.__doc__ or ""), command.callback.__name__


@pytest.mark.parametrize("output", ["terminal", "json", "markdown", "html"])
def test_formats(examples, output: str, tmp_path) -> None:
    result = runner.invoke(app, ["analyze", str(examples / "nl-inkoop-pop.vtt"), "--format", output])
    assert result.exit_code == 0, result.output
    assert "Bakker" in result.stdout
    target = tmp_path / f"report.{output}"
    result = runner.invoke(app, ["analyze", str(examples / "nl-inkoop-pop.vtt"), "-f", output, "--out", str(target)])
    assert result.exit_code == 0 and target.read_text(encoding="utf-8")


def test_html_is_self_contained_and_inert(tmp_path) -> None:
    record = tmp_path / "evil.txt"
    record.write_text("Seller Sam: We offer our platform, who decides?\n"
                      "Buyer Bo: <script>alert(1)</script> I have to ask my boss first.\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(record), "-f", "html", "--seller", "Seller Sam"])
    assert result.exit_code == 0
    assert "<script>alert(1)</script>" not in result.stdout
    assert "&lt;script&gt;" in result.stdout
    assert "http://" not in result.stdout and "https://" not in result.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"", "empty"), (b"\x00\x01\x02binary\x00" * 20, "binary"), (b"ok", "cannot tell")],
)
def test_bad_input_is_one_clear_line(tmp_path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.vtt"
    path.write_bytes(content)
    result = runner.invoke(app, ["analyze", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "bad.vtt" in result.output and expected in result.output


def test_missing_file(tmp_path) -> None:
    result = runner.invoke(app, ["analyze", str(tmp_path / "nope.vtt")])
    assert result.exit_code == 2 and "no such file" in result.output


def test_bad_weights_folder(examples, tmp_path) -> None:
    result = runner.invoke(app, ["analyze", str(examples / "en-plant-director.txt"), "--weights", str(tmp_path)])
    assert result.exit_code == 2 and "popcheck train" in result.output


def test_no_buyer_speaks(tmp_path) -> None:
    record = tmp_path / "monologue.txt"
    record.write_text("Sam Seller: We offer our platform.\nSam Seller: Any questions?\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(record), "--seller", "Sam Seller"])
    assert result.exit_code == 2
    assert "no one on the buyer's side speaks" in result.output and "Traceback" not in result.output


def test_unknown_seller_name(examples) -> None:
    result = runner.invoke(app, ["analyze", str(examples / "en-plant-director.txt"), "--seller", "Nobody Here"])
    assert result.exit_code == 2
    assert "Priya Raman" in result.output and "Mark Keller" in result.output


def test_internal_meeting_judges_everyone(examples) -> None:
    result = runner.invoke(app, ["analyze", str(examples / "de-ausschuss.srt"), "--internal", "-f", "json"])
    assert result.exit_code == 0
    import json

    data = json.loads(result.stdout)
    assert all(p["side"] == "buyer" for p in data["participants"])
    assert data["leader"] is not None
