"""Labelled cases (a record plus `<id>.json`, DESIGN.md) and the fixed train/dev/test split."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Literal

from popcheck.errors import UsageError

Split = Literal["train", "dev", "test"]
LABELS = ("pop", "decision_maker")


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    language: str
    record: Path
    form: str
    sellers: tuple[str, ...]
    subjects: dict[str, str]
    difficulty: str
    why: str

    @property
    def split(self) -> Split:
        return split_of(self.id)


def split_of(case_id: str) -> Split:
    """A fixed split by id: 60% train, 20% dev, 20% test."""
    bucket = int(hashlib.sha256(case_id.encode("utf-8")).hexdigest(), 16) % 10
    return "train" if bucket < 6 else "dev" if bucket < 8 else "test"


def _case(path: Path) -> Case:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        subjects = {str(name): str(label) for name, label in data["subjects"].items()}
        bad = sorted(set(subjects.values()) - set(LABELS))
        if bad:
            raise ValueError(f"unknown labels {bad}")
        return Case(
            id=str(data["id"]), language=str(data["language"]), record=path.parent / data["record"],
            form=str(data.get("form", "")), sellers=tuple(data.get("sellers") or ()), subjects=subjects,
            difficulty=str(data.get("difficulty", "")), why=str(data.get("why", "")),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise UsageError(f"{path}: not a labelled case ({error}). See the format in DESIGN.md") from None


def load_cases(roots: Iterable[Path], splits: Iterable[Split] | None = None) -> list[Case]:
    """Every labelled case under the given folders (recursively), in id order."""
    wanted = set(splits) if splits is not None else None
    cases: list[Case] = []
    for root in roots:
        root = Path(root)
        if not root.exists():
            raise UsageError(f"{root}: no such folder. Give a folder of labelled cases")
        for path in sorted(root.rglob("*.json")):
            if path.parent.name == "sentences":
                continue
            case = _case(path)
            if wanted is None or case.split in wanted:
                cases.append(case)
    return sorted(cases, key=lambda case: case.id)


def iter_sentence_examples(roots: Iterable[Path]) -> Iterator[dict[str, str]]:
    """Sentence-level examples: `sentences/<lang>.jsonl` lines with text and direction."""
    for root in roots:
        for path in sorted(Path(root).rglob("sentences/*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    item.setdefault("language", path.stem)
                    yield item
