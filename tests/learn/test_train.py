"""Training on a tiny corpus: deterministic, loadable, and sensitive to the data."""
import json
from pathlib import Path

import pytest

from popcheck.analyzer import Analyzer
from popcheck.evaluation import auc, expected_calibration_error
from popcheck.learn.corpus import load_cases, split_of
from popcheck.learn.train import train
from popcheck.learn.weights import load_weights

POP_LINES = [
    "I have to run this by my director first.", "It's not my call, honestly.",
    "I was asked to collect three quotes.", "Send me the deck and I'll pass it on.",
    "Management decides on these things.", "I can't sign anything myself.",
]
DM_LINES = [
    "It's my budget and my decision.", "Let's sign on Friday.", "We need it live by March.",
    "Downtime costs us a fortune every month.", "I decide on this, nobody else.", "No, we won't buy this.",
]


def _write_case(root: Path, case_id: str, label: str, lines: list[str]) -> None:
    buyer = f"Buyer {case_id}"
    text = "".join(f"Sam Seller: Thanks for your time, we offer our platform. Who decides?\n{buyer}: {line}\n"
                   for line in lines)
    (root / f"{case_id}.txt").write_text(text, encoding="utf-8")
    (root / f"{case_id}.json").write_text(json.dumps({
        "id": case_id, "language": "en", "record": f"{case_id}.txt", "form": "txt", "sellers": ["Sam Seller"],
        "subjects": {buyer: label}, "difficulty": "easy", "why": "test",
    }), encoding="utf-8")


def _corpus(root: Path, flip: bool = False) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for number in range(40):
        label = "pop" if number % 2 == 0 else "decision_maker"
        if flip:
            label = "decision_maker" if label == "pop" else "pop"
        lines = POP_LINES if number % 2 == 0 else DM_LINES
        _write_case(root, f"en-t{number:03d}", label, [lines[number % 6], lines[(number + 1) % 6]])
    (root / "sentences").mkdir(exist_ok=True)
    with (root / "sentences" / "en.jsonl").open("w", encoding="utf-8") as handle:
        for line in POP_LINES:
            handle.write(json.dumps({"text": line, "direction": "pop"}) + "\n")
        for line in DM_LINES:
            handle.write(json.dumps({"text": line, "direction": "decider"}) + "\n")
        handle.write(json.dumps({"text": "Who decides on this?", "direction": "none"}) + "\n")
    return root


def test_split_is_fixed_by_id() -> None:
    assert split_of("nl-007") == split_of("nl-007")
    splits = [split_of(f"xx-{i:03d}") for i in range(500)]
    assert 0.5 < splits.count("train") / 500 < 0.7 and splits.count("test") > 60


def test_training_is_deterministic_and_loads(tmp_path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    first = train([corpus], tmp_path / "w1")
    second = train([corpus], tmp_path / "w2")
    for name in ("participant_model.json", "sentence_model.npz"):
        assert (tmp_path / "w1" / name).read_bytes() == (tmp_path / "w2" / name).read_bytes()
    weights = load_weights(tmp_path / "w1")
    assert weights.sentence is not None
    assert first.report["train_subjects"] == second.report["train_subjects"] > 0
    analysis = Analyzer(weights).analyze(corpus / "en-t001.txt", sellers=["Sam Seller"])
    assert analysis.buyers[0].verdict == "decision_maker"


def test_predictions_follow_the_data(tmp_path) -> None:
    normal = train([_corpus(tmp_path / "a")], tmp_path / "wa").weights
    flipped = train([_corpus(tmp_path / "b", flip=True)], tmp_path / "wb").weights
    record = tmp_path / "a" / "en-t002.txt"
    p_normal = Analyzer(normal).analyze(record, sellers=["Sam Seller"]).buyers[0].p_decider
    p_flipped = Analyzer(flipped).analyze(record, sellers=["Sam Seller"]).buyers[0].p_decider
    assert p_normal < 0.5 < p_flipped


def test_load_cases_rejects_bad_labels(tmp_path) -> None:
    from popcheck.errors import UsageError

    (tmp_path / "x.json").write_text(json.dumps({"id": "x", "language": "en", "record": "x.txt",
                                                 "subjects": {"A": "boss"}}), encoding="utf-8")
    with pytest.raises(UsageError, match="unknown labels"):
        load_cases([tmp_path])


def test_auc_and_calibration() -> None:
    assert auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]) == 1.0
    assert auc([0, 1], [0.5, 0.5]) == 0.5
    assert auc([1, 1], [0.2, 0.3]) is None
    assert expected_calibration_error([0, 1], [0.0, 1.0]) == 0.0
    assert expected_calibration_error([0, 0], [0.9, 0.9]) == pytest.approx(0.9)
