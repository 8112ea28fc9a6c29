"""The sentence layer: character and word n-grams, hashed, under a linear model per direction.

It catches paraphrases the phrase lists miss ("the big boss will have the last word on it").
Stored as a small .npz (no pickle): the coefficients and the hashing settings.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer

CLASSES: tuple[str, ...] = ("pop", "none", "decider")
N_FEATURES = 2**17


def vectorizers(n_features: int = N_FEATURES) -> tuple[HashingVectorizer, HashingVectorizer]:
    chars = HashingVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), n_features=n_features, alternate_sign=False, norm="l2",
        lowercase=True,
    )
    words = HashingVectorizer(
        analyzer="word", ngram_range=(1, 2), n_features=n_features, alternate_sign=False, norm="l2",
        lowercase=True, token_pattern=r"(?u)\b\w+\b",
    )
    return chars, words


def featurize(texts: Sequence[str], n_features: int = N_FEATURES) -> sparse.csr_matrix:
    chars, words = vectorizers(n_features)
    return sparse.hstack([chars.transform(texts), words.transform(texts)], format="csr")


@dataclass(frozen=True)
class SentenceModel:
    """Linear scores per class over hashed n-grams; `logits` gives decider-minus-pop per sentence."""

    coef: np.ndarray  # (classes, features)
    intercept: np.ndarray  # (classes,)
    n_features: int = N_FEATURES

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        scores = featurize(texts, self.n_features) @ self.coef.T + self.intercept
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
                coef=data["coef"].astype(np.float32), intercept=data["intercept"],
                n_features=int(data["n_features"]),
            )
