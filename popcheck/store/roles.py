"""Buying roles as the CRMs write them, and how a popcheck verdict maps onto one.

The values are the union of Salesforce contact roles and HubSpot buying roles that DESIGN.md names.
Mapping a verdict:
- decision_maker -> "Decision Maker": the meeting showed them owning the choice.
- pop -> "Influencer": a pop carries the proposal upstairs, gathers quotes and shapes how the boss
  sees it, but does not sign. Both CRMs define an Influencer as someone with a say and no final
  word, which is exactly what the method says a pop is; "Other" would throw that away, and
  "Evaluator"/"End User" claim more than a meeting record shows.
- unclear -> no role (left empty in exports): guessing would pollute the CRM.
- a person named as deciding who was not in the meeting (unmet) -> "Decision Maker".
A role a person set by hand (or imported from the CRM) is never overwritten by a later verdict.
"""
from __future__ import annotations

import re

BUYING_ROLES: tuple[str, ...] = (
    "Decision Maker", "Economic Buyer", "Influencer", "Champion", "Evaluator", "Technical Buyer",
    "Executive Sponsor", "End User", "Blocker", "Other",
)
# Roles that mean "this person can say yes": meeting one of them counts as meeting a decision-maker.
DECIDING_ROLES: frozenset[str] = frozenset({"Decision Maker", "Economic Buyer", "Executive Sponsor"})

VERDICT_ROLES: dict[str, str | None] = {"decision_maker": "Decision Maker", "pop": "Influencer", "unclear": None}

# CRM spellings (HubSpot internal values and labels, Salesforce picklist values) -> our value.
_ALIASES: dict[str, str] = {
    "decisionmaker": "Decision Maker", "economicdecisionmaker": "Economic Buyer",
    "economicbuyer": "Economic Buyer", "budgetholder": "Economic Buyer",
    "influencer": "Influencer", "champion": "Champion", "evaluator": "Evaluator",
    "technicalbuyer": "Technical Buyer", "executivesponsor": "Executive Sponsor",
    "enduser": "End User", "businessuser": "End User", "blocker": "Blocker",
    "legalandcompliance": "Other", "legalcompliance": "Other", "other": "Other",
}


def role_for_verdict(verdict: str | None) -> str | None:
    return VERDICT_ROLES.get(verdict or "")


def normalise_role(value: str | None) -> str | None:
    """'DECISION_MAKER', 'Budget Holder', 'decision maker;influencer' -> one of BUYING_ROLES (or None)."""
    if not value:
        return None
    for part in re.split(r"[;,|]", value):
        key = re.sub(r"[^a-z]", "", part.lower().replace("&", "and"))
        if key in _ALIASES:
            return _ALIASES[key]
    return None
