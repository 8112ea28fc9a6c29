"""The `popcheck.analysis/1` JSON document."""
from __future__ import annotations

import json

from popcheck.model import Analysis


def render_json(analysis: Analysis) -> str:
    return json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2)
