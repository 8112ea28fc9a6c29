"""The stop-selling alert and the next prompt, with hysteresis so the panel does not flap."""
from __future__ import annotations

from dataclasses import dataclass, field

from popcheck.live.incremental import TurnUpdate

# The alert switches on when a buyer's p_decider falls this low on real pop evidence ...
ALERT_ON = 0.35
# ... and off only when some buyer rises this high on strong decider evidence.
ALERT_OFF = 0.75
STRONG_DECIDER = frozenset({"own.budget", "own.decision", "commit.dated", "named.decider", "refuse.clear"})
POP_PHRASES = frozenset({"defer.boss", "defer.relay", "mandate.none", "task.assigned", "choice.made", "access.none"})
# Buyer turns after the alert before the prompt moves on to asking for the boss's number.
TURNS_BEFORE_NUMBER = 3
TURNS_BEFORE_QUALIFYING = 4


@dataclass
class Coach:
    """Turns each update into (alert on?, prompt key); remembers what it has seen."""

    alert: bool = False
    alert_turn: int | None = None
    buyer_turns_since_alert: int = 0
    buyer_turns: int = 0
    pop_evidence_seen: set[str] = field(default_factory=set)

    def step(self, update: TurnUpdate) -> tuple[bool, str]:
        is_buyer = any(b.name == update.turn.speaker for b in update.buyers)
        if is_buyer:
            self.buyer_turns += 1
        for item in update.new_evidence:
            if item.signal in POP_PHRASES:
                self.pop_evidence_seen.add(item.subject)
        lowest = min(update.buyers, key=lambda b: b.p_decider, default=None)
        highest = max(update.buyers, key=lambda b: b.p_decider, default=None)
        strong_decider_now = any(item.signal in STRONG_DECIDER and item.direction == "decider"
                                 for item in update.new_evidence)
        if not self.alert:
            if lowest is not None and lowest.p_decider <= ALERT_ON and lowest.name in self.pop_evidence_seen \
                    and not (highest is not None and highest.verdict == "decision_maker"):
                self.alert, self.alert_turn, self.buyer_turns_since_alert = True, update.turn.index, 0
        elif highest is not None and highest.p_decider >= ALERT_OFF and strong_decider_now:
            self.alert, self.alert_turn = False, None
        elif is_buyer:
            self.buyer_turns_since_alert += 1
        return self.alert, self._prompt(update, highest)

    def _prompt(self, update: TurnUpdate, highest: object) -> str:
        if self.alert:
            return "coach.ask_number" if self.buyer_turns_since_alert >= TURNS_BEFORE_NUMBER else "coach.stop_selling"
        if highest is not None and getattr(highest, "verdict", None) == "decision_maker":
            return "coach.decider_next"
        if self.buyer_turns >= TURNS_BEFORE_QUALIFYING:
            return "coach.ask_who_else"
        return "coach.listen"
