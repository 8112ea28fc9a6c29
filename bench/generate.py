"""Synthetic meetings of realistic length for the benchmarks (seeded; English, Dutch and Russian)."""
from __future__ import annotations

import random

SELLER_LINES = [
    "Thanks for your time today, we offer a platform for fleet maintenance.",
    "Could you tell me how you plan the maintenance windows today?",
    "What happens when a machine breaks down during a shift?",
    "Who else would be involved in a decision like this?",
    "Our customers usually see the payback within a year.",
    "Would a pilot on one line make sense for you?",
    "Wat kost een uur stilstand jullie ongeveer?",
    "Кто ещё участвует в принятии решения?",
]
BUYER_LINES = [
    "Well, uh, we mostly use spreadsheets and the experience of the crew, to be honest.",
    "I have to run this by my director first, he decides on these things.",
    "Downtime costs us about forty thousand every month, so it matters.",
    "Send me some material and I will pass it on to the team upstairs.",
    "It's my budget and my call, I just want the numbers to hold.",
    "Hard to say when, maybe next quarter, we will see.",
    "The line runs three shifts and the maintenance crew is small.",
    "Let's sign on Friday if the proposal is ready by Thursday.",
    "Dat moet ik eerst met de directeur bespreken, eerlijk gezegd.",
    "Это решает генеральный директор, я только собираю предложения.",
]


def meeting(turns: int, seed: int = 7) -> str:
    """`Name: text` lines with `[hh:mm:ss]` stamps: ~10 words a turn, a seller and two buyers."""
    rng = random.Random(seed)
    lines = []
    seconds = 0
    for index in range(turns):
        if index % 2 == 0:
            speaker, text = "Roman Petrov", rng.choice(SELLER_LINES)
        else:
            speaker, text = rng.choice(["Jan de Vries", "Olga Ivanova"]), rng.choice(BUYER_LINES)
        seconds += rng.randint(2, 9)
        hours, rest = divmod(seconds, 3600)
        lines.append(f"[{hours:02d}:{rest // 60:02d}:{rest % 60:02d}] {speaker}: {text}")
    return "\n".join(lines) + "\n"
