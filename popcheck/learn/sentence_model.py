"""The sentence layer: hashed character and word n-grams under a linear model per direction.

It catches paraphrases the phrase lists miss ("the big boss will have the last word on it").
Stored as a small .npz (no pickle): the coefficients and the hashing size.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from popcheck.learn.ngrams import hash_texts

CLASSES: tuple[str, ...] = ("pop", "none", "decider")
N_FEATURES = 2**16


@dataclass(frozen=True)
class SentenceModel:
    """Linear scores per class over hashed n-grams; `logits` gives decider-minus-pop per sentence."""

    coef: np.ndarray  # (classes, 2 * n_features)
    intercept: np.ndarray  # (classes,)
    n_features: int = N_FEATURES

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        scores = hash_texts(texts, self.n_features).dot(self.coef) + self.intercept
        pop, decider = CLASSES.index("pop"), CLASSES.index("decider")
        return np.asarray(scores[:, decider] - scores[:, pop]).ravel()

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path, coef=self.coef.astype(np.float16), intercept=self.intercept.astype(np.float32),
            n_features=np.array(self.n_features),
        )

    @classmethod
    def load(cls, path: Path) -> "SentenceModel":
        with np.load(path) as data:
            return cls(
                coef=data["coef"].astype(np.float32), intercept=data["intercept"].astype(np.float32),
                n_features=int(data["n_features"]),
            )
