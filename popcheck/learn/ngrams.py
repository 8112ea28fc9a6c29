"""Hashed character and word n-grams of short texts, as CSR arrays (numpy only, fast to import).

Characters: 3- to 5-grams inside each word padded with spaces (like scikit-learn's `char_wb`);
words: unigrams and bigrams. Each block is L2-normalised; words land after the characters.
"""
from __future__ import annotations

import re
import zlib
from functools import lru_cache
from dataclasses import dataclass
from typing import Sequence

import numpy as np

_WORD = re.compile(r"\w+")
CHAR_RANGE = (3, 5)


@dataclass(frozen=True, slots=True)
class HashedRows:
    """A CSR matrix as three arrays: row i holds indices[indptr[i]:indptr[i+1]]."""

    indptr: np.ndarray
    indices: np.ndarray
    values: np.ndarray
    n_columns: int

    def to_scipy(self):  # type: ignore[no-untyped-def]
        from scipy import sparse

        return sparse.csr_matrix((self.values, self.indices, self.indptr), shape=(len(self.indptr) - 1, self.n_columns))

    def dot(self, coef: np.ndarray) -> np.ndarray:
        """Rows times `coef.T` for a dense (classes, columns) coefficient array."""
        products = coef[:, self.indices] * self.values
        if len(self.indptr) <= 1:
            return np.zeros((0, coef.shape[0]))
        sums = np.add.reduceat(products, self.indptr[:-1], axis=1) if products.shape[1] else np.zeros((coef.shape[0], len(self.indptr) - 1))
        empty = self.indptr[:-1] == self.indptr[1:]
        sums[:, empty] = 0.0
        return sums.T


@lru_cache(maxsize=200_000)
def _hash(gram: str, mask: int) -> int:
    return zlib.crc32(gram.encode("utf-8")) & mask


@lru_cache(maxsize=100_000)
def _word_chars(word: str, mask: int) -> tuple[int, ...]:
    """Hashed character n-grams of one word (cached: a meeting repeats its words)."""
    padded = f" {word} "
    low, high = CHAR_RANGE
    return tuple(
        _hash(padded[i:i + size], mask)
        for size in range(low, min(high, len(padded)) + 1)
        for i in range(len(padded) - size + 1)
    )


def hash_texts(texts: Sequence[str], n_features: int) -> HashedRows:
    """Hash each text into 2 * n_features columns (n_features must be a power of two)."""
    mask = n_features - 1
    columns: list[int] = []
    lengths: list[int] = []
    for text in texts:
        words = _WORD.findall(text.lower())
        before = len(columns)
        for word in words:
            columns.extend(_word_chars(word, mask))
        columns.extend(_hash(gram, mask) + n_features for gram in words)
        columns.extend(_hash(f"{a} {b}", mask) + n_features for a, b in zip(words, words[1:]))
        lengths.append(len(columns) - before)
    n_columns = 2 * n_features
    rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    keys, counts = np.unique(rows * n_columns + np.asarray(columns, dtype=np.int64), return_counts=True)
    rows, cols = keys // n_columns, keys % n_columns
    blocks = rows * 2 + (cols >= n_features)
    norms = np.sqrt(np.bincount(blocks, weights=counts.astype(np.float64) ** 2, minlength=2 * len(texts)))
    values = (counts / norms[blocks]).astype(np.float32)
    indptr = np.concatenate(([0], np.cumsum(np.bincount(rows, minlength=len(texts))))).astype(np.int64)
    return HashedRows(indptr, cols, values, n_columns)
