"""The `popcheck.analysis/1` JSON contract (DESIGN.md): keys, types, quotes cut from the record."""
import json

import pytest
from typer.testing import CliRunner

from popcheck.cli import app

runner = CliRunner()
PARTICIPANT_KEYS = {"name", "side", "verdict", "p_decider", "evidence"}
EVIDENCE_KEYS = {"signal", "direction", "weight", "quote", "turn", "start"}


def _json(path, *extra: str) -> dict:
    result = runner.invoke(app, ["analyze", str(path), "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("name", ["nl-inkoop-pop.vtt", "en-plant-director.txt"])
def test_contract_shape(examples, name: str) -> None:
    data = _json(examples / name)
    assert data["schema"] == "popcheck.analysis/1"
    assert data["source"] == name
    assert data["form"] in {"vtt", "srt", "txt", "notes", "json"}
    assert data["language"] in {"nl", "en", "ru", "uk", "de"}
    assert {"stop_selling", "stop_selling_at", "steps", "script"} <= set(data["advice"])
    buyers = [p for p in data["participants"] if p["side"] == "buyer"]
    assert buyers
    for participant in data["participants"]:
        assert PARTICIPANT_KEYS <= set(participant)
        if participant["side"] == "seller":
            assert participant["verdict"] is None and participant["p_decider"] is None
            assert participant["evidence"] == []
        else:
            assert participant["verdict"] in {"decision_maker", "pop", "unclear"}
            assert 0.0 <= participant["p_decider"] <= 1.0
        for item in participant["evidence"]:
            assert EVIDENCE_KEYS <= set(item)
            assert item["direction"] in {"pop", "decider"}
            assert (item["weight"] < 0) == (item["direction"] == "pop") or item["weight"] == 0


def test_quotes_are_cut_from_the_record(examples) -> None:
    path = examples / "nl-inkoop-pop.vtt"
    text = " ".join(path.read_text(encoding="utf-8").split())
    data = _json(path)
    quotes = [e["quote"] for p in data["participants"] for e in p["evidence"]]
    assert quotes
    for quote in quotes:
        assert " ".join(quote.split()) in text


def test_the_dutch_example_tells_the_story(examples) -> None:
    data = _json(examples / "nl-inkoop-pop.vtt", "--seller", "Roman Petrov")
    buyer = next(p for p in data["participants"] if p["side"] == "buyer")
    assert buyer["verdict"] == "pop"
    assert data["language"] == "nl"
    assert data["advice"]["stop_selling"] is True
    assert data["advice"]["stop_selling_at"] is not None
    assert any(d["name"].startswith("Gerard") for d in data["absent_deciders"])
    assert "Gerard van Dijk" in data["advice"]["script"]


def test_seller_flag_sets_the_side(examples) -> None:
    data = _json(examples / "en-plant-director.txt", "--seller", "Priya Raman")
    sides = {p["name"]: p["side"] for p in data["participants"]}
    assert sides == {"Priya Raman": "seller", "Mark Keller": "buyer"}
    assert data["sides_inferred"] is False


def test_api_matches_json(examples) -> None:
    import popcheck

    path = examples / "en-plant-director.txt"
    assert popcheck.analyze(str(path)).to_dict() == _json(path)
