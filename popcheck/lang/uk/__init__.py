"""Ukrainian."""
from popcheck.lang.base import LanguagePack
from popcheck.lang.uk.playbook import PLAYBOOK
from popcheck.lang.uk.signals import (
    DECIDE_VERBS, FILLERS, FIRST_PERSON, NEGATIONS, NOTES_VOICE, QUESTION_STARTS, SELLER_MARKERS, SIGNALS, STOPWORDS,
    SUPERIORS,
)
from popcheck.lang.uk.titles import TITLES_EXECUTOR, TITLES_SENIOR

PACK = LanguagePack(
    code="uk", name="Українська", signals=SIGNALS, negations=NEGATIONS, fillers=FILLERS,
    decide_verbs=DECIDE_VERBS, superiors=SUPERIORS, seller_markers=SELLER_MARKERS,
    leader_markers=SIGNALS["lead.meeting"], first_person=FIRST_PERSON, playbook=PLAYBOOK,
    titles_senior=TITLES_SENIOR, titles_executor=TITLES_EXECUTOR, question_starts=QUESTION_STARTS,
    notes_voice=NOTES_VOICE, stopwords=STOPWORDS,
)
