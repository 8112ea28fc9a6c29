"""Evidence and features -> p_decider -> verdict, with a calibrated "unclear" band."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from popcheck.features import FEATURES, SIGNAL_FEATURES
from popcheck.model import VerdictLabel


def _default_coefficients() -> dict[str, float]:
    coefficients = {feature: 1.0 for feature in SIGNAL_FEATURES}
    coefficients.update({"shape.sentence_logit": 0.6, "shape.leads": 0.8, "shape.title": 0.4})
    return coefficients


@dataclass(frozen=True)
class ParticipantModel:
    """A logistic model over participant features; `lower`/`upper` bound the unclear band."""

    coefficients: Mapping[str, float] = field(default_factory=_default_coefficients)
    intercept: float = 0.0
    means: Mapping[str, float] = field(default_factory=dict)
    scales: Mapping[str, float] = field(default_factory=dict)
    lower: float = 0.42
    upper: float = 0.58
    temperature: float = 1.0

    def logit(self, features: Mapping[str, float]) -> float:
        total = self.intercept
        for name, coefficient in self.coefficients.items():
            value = features.get(name, 0.0)
            value = (value - self.means.get(name, 0.0)) / (self.scales.get(name, 1.0) or 1.0)
            total += coefficient * value
        return total / self.temperature

    def p_decider(self, features: Mapping[str, float]) -> float:
        logit = max(-30.0, min(30.0, self.logit(features)))
        return 1.0 / (1.0 + math.exp(-logit))

    def verdict(self, p_decider: float) -> VerdictLabel:
        if p_decider >= self.upper:
            return "decision_maker"
        if p_decider <= self.lower:
            return "pop"
        return "unclear"

    def to_json(self) -> dict[str, object]:
        return {
            "features": list(FEATURES), "coefficients": dict(self.coefficients), "intercept": self.intercept,
            "means": dict(self.means), "scales": dict(self.scales), "lower": self.lower, "upper": self.upper,
            "temperature": self.temperature,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> "ParticipantModel":
        return cls(
            coefficients=dict(data["coefficients"]),  # type: ignore[arg-type]
            intercept=float(data["intercept"]),  # type: ignore[arg-type]
            means=dict(data.get("means", {})),  # type: ignore[arg-type]
            scales=dict(data.get("scales", {})),  # type: ignore[arg-type]
            lower=float(data.get("lower", 0.42)),  # type: ignore[arg-type]
            upper=float(data.get("upper", 0.58)),  # type: ignore[arg-type]
            temperature=float(data.get("temperature", 1.0)),  # type: ignore[arg-type]
        )

    @classmethod
    def load(cls, path: Path) -> "ParticipantModel":
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))
