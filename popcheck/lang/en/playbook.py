"""English texts: verdict labels, report headings, the method's steps and scripts, coaching prompts."""
from __future__ import annotations

_LABELS = {
    "verdict.decision_maker": "decision-maker",
    "verdict.pop": "pop (no mandate)",
    "verdict.unclear": "unclear",
    "side.buyer": "buyer",
    "side.seller": "seller",
    "direction.pop": "points to pop",
    "direction.decider": "points to decider",
    "placeholder.seller": "[your name]",
    "placeholder.boss": "the person who signs off",
}

_REPORT = {
    "report.title": "Who decides in {source}",
    "report.p_decider": "chance this person decides",
    "report.evidence": "Evidence",
    "report.advice": "What to do next",
    "report.no_evidence": "No clear evidence either way.",
    "report.sides_inferred": "Selling side inferred: {sellers}. Pass --seller NAME to set it.",
    "report.leader": "Leads the meeting: {name}",
    "report.absent_deciders": "Named as deciding but not in the meeting",
    "report.transcript": "Transcript",
    "report.steps": "Steps",
    "report.script": "What to say",
    "report.questions": "Questions to ask next",
    "report.stop_selling_at": "The evidence turned at {time}: stop selling from there.",
}

_HEADLINES = {
    "headline.pop": "Stop selling. {contact} does not decide this purchase: get to the person who does.",
    "headline.unclear": "Not clear yet who decides. Qualify before you sell further.",
    "headline.decision_maker": "{contact} decides. Move the deal forward with them.",
    "headline.no_buyer": "No one on the buyer's side spoke in this record.",
}

_POP_STEPS = {
    "step.recognise": "Recognise it: the sale stalls, objections come where none should, and there is no clear no.",
    "step.stop_selling": "Stop selling, now. Every extra argument is one more thing {contact} has to relay upstairs, and relay badly.",
    "step.personal": "Move to a personal level: talk with {contact} about their company, their work, what matters to them.",
    "step.acknowledge": "Let {contact} say that the decision is made elsewhere, and take their side so no one loses face.",
    "step.ask_number": "Ask, without pushing, for a direct number for {boss}.",
    "step.call_boss": "Call {boss} yourself, without mentioning {contact}: open warmly with an earlier touchpoint and propose to meet now.",
    "step.fix_booking": "Tell whoever booked this meeting: it was set with the wrong person. Qualify who decides at booking.",
}

_POP_SCRIPTS = {
    "script.personal": "Let's leave the offer aside for a moment, {contact_given}. How long have you been with the company? What does a normal week look like for you?",
    "script.acknowledge": "I have the feeling this kind of purchase gets settled higher up, and honestly that's normal at a company this size: you keep things running, someone else signs. Is that how it works here?",
    "script.ask_number": "It would save you a lot of back and forth if I spoke with {boss} directly for five minutes. What's the best number to reach them?",
    "script.call_boss": "Good afternoon, am I speaking with {boss}? This is {seller}. We met briefly a while ago and agreed to sit down when I'm in your area. I'm nearby today: do you have twenty minutes this afternoon?",
    "script.call_boss.unnamed": "Good afternoon, this is {seller}. We met briefly a while ago and agreed to sit down when I'm in your area. I'm nearby today: do you have twenty minutes this afternoon?",
    "script.booking": "Before we book: who, besides you, decides on a purchase like this, and can they join the first meeting?",
}

_DM = {
    "step.dm.next": "{contact} decides: stop qualifying and agree the next concrete step with a date.",
    "step.dm.confirm": "Confirm the criteria and the timeline {contact} set, in writing, today.",
    "step.dm.multithread": "Meet the others who will use or check it, so the deal does not hang on one person.",
    "script.dm": "{contact_given}, what do you need from us to make a decision by the date you set? Shall we put the next meeting in the calendar now?",
}

_UNCLEAR = {
    "step.unclear.qualify": "Ask the qualifying questions below before you present anything more.",
    "step.unclear.hold": "Hold back on price and detail until you know who signs.",
    "question.who_else": "Who else is involved in this decision?",
    "question.sign_off": "Who signs off on a purchase of this size?",
    "question.last_purchase": "How was the last similar purchase decided, and who had the final word?",
    "question.budget": "Is there a budget set aside for this, and whose budget is it?",
    "question.timing": "By when does this need to be in place, and who set that date?",
    "question.criteria": "What will the decision be based on, and who set those criteria?",
}

_COACH = {
    "coach.stop_selling": "Stop selling: steer to personal talk",
    "coach.ask_who_else": "Ask: who else is involved in this decision?",
    "coach.ask_number": "Now ask for the boss's number",
    "coach.decider_next": "Decision-maker: propose the next step",
    "coach.listen": "Keep listening: ask about their business",
}

PLAYBOOK: dict[str, str] = {**_LABELS, **_REPORT, **_HEADLINES, **_POP_STEPS, **_POP_SCRIPTS, **_DM, **_UNCLEAR, **_COACH}
