"""The side layer: does a sentence sound like the seller (pitching, running discovery) or the buyer?

Hashed n-grams under a binary linear model; a speaker's score is the mean logit of their
sentences, and speakers above `threshold` are on the selling side.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from popcheck.learn.ngrams import hash_texts


@dataclass(frozen=True)
class SideModel:
    coef: np.ndarray  # (1, 2 * n_features)
    intercept: float
    threshold: float
    n_features: int

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        return hash_texts(texts, self.n_features).dot(self.coef)[:, 0] + self.intercept

    def save(self, path: Path) -> None:
        np.savez_compressed(path, coef=self.coef.astype(np.float16), intercept=np.array(self.intercept),
                            threshold=np.array(self.threshold), n_features=np.array(self.n_features))

    @classmethod
    def load(cls, path: Path) -> "SideModel":
        with np.load(path) as data:
            return cls(coef=data["coef"].astype(np.float32), intercept=float(data["intercept"]),
                       threshold=float(data["threshold"]), n_features=int(data["n_features"]))
