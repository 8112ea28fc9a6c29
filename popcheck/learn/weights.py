"""The trained weights popcheck ships, and loading a team's own (`--weights DIR`)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from popcheck.errors import UsageError
from popcheck.learn.sentence_model import SentenceModel
from popcheck.learn.side_model import SideModel
from popcheck.scoring import ParticipantModel

SHIPPED = Path(__file__).with_name("weights")
PARTICIPANT_FILE = "participant_model.json"
SENTENCE_FILE = "sentence_model.npz"
SIDE_FILE = "side_model.npz"


@dataclass(frozen=True)
class Weights:
    participant: ParticipantModel
    sentence: SentenceModel | None
    source: str
    side: SideModel | None = None


def load_weights(directory: Path | None = None) -> Weights:
    """Weights from a directory `popcheck train` wrote; the shipped ones when None."""
    if directory is None:
        return _shipped()
    return _load(Path(directory))


@lru_cache(maxsize=1)
def _shipped() -> Weights:
    if not (SHIPPED / PARTICIPANT_FILE).exists():
        return Weights(ParticipantModel(), None, "defaults")
    return _load(SHIPPED)


def _load(directory: Path) -> Weights:
    if not directory.is_dir():
        raise UsageError(f"{directory}: no such folder. Give a folder written by `popcheck train`")
    participant_path = directory / PARTICIPANT_FILE
    if not participant_path.exists():
        raise UsageError(f"{directory}: no {PARTICIPANT_FILE} here. Give a folder written by `popcheck train`")
    try:
        participant = ParticipantModel.load(participant_path)
        sentence_path = directory / SENTENCE_FILE
        sentence = SentenceModel.load(sentence_path) if sentence_path.exists() else None
        side_path = directory / SIDE_FILE
        side = SideModel.load(side_path) if side_path.exists() else None
    except (ValueError, KeyError, OSError) as error:
        raise UsageError(f"{directory}: the weights are broken ({error}). Run `popcheck train` again") from None
    return Weights(participant, sentence, str(directory), side)
