"""German texts: verdict labels, report headings, the method's steps and scripts, coaching prompts.

The rep is addressed formally ("Sie"), as is the contact in the scripts. `{boss}` always stands in the
nominative, because a named boss often comes as "Herr Ivanov", which other cases would decline
("Herrn Ivanov"); the placeholder ("die zuständige Führungskraft") reads right there as well.
The gender of contact and boss is unknown, so no text uses "er/sie" for them, and the scripts greet
without a name ("Guten Tag"): "Guten Tag, Sabine Keller" is not business German; names stand in narration.
"""
from __future__ import annotations

_LABELS = {
    "verdict.decision_maker": "Entscheider",
    "verdict.pop": "Marionette (ohne Mandat)",
    "verdict.unclear": "unklar",
    "side.buyer": "Käufer",
    "side.seller": "Verkäufer",
    "direction.pop": "spricht für Marionette",
    "direction.decider": "spricht für Entscheider",
    "placeholder.seller": "[Ihr Name]",
    "placeholder.boss": "die zuständige Führungskraft",
}

_REPORT = {
    "report.title": "Wer entscheidet in {source}",
    "report.p_decider": "Wahrscheinlichkeit, dass diese Person entscheidet",
    "report.evidence": "Belege",
    "report.advice": "Wie es weitergeht",
    "report.no_evidence": "Keine eindeutigen Hinweise in die eine oder andere Richtung.",
    "report.sides_inferred": "Verkäuferseite erschlossen: {sellers}. Mit --seller NAME festlegen.",
    "report.leader": "Leitet das Meeting: {name}",
    "report.absent_deciders": "Als Entscheider genannt, aber nicht im Meeting",
    "report.transcript": "Transkript",
    "report.steps": "Schritte",
    "report.script": "Was Sie sagen können",
    "report.questions": "Fragen für das nächste Gespräch",
    "report.stop_selling_at": "Bei {time} kippte das Bild: Ab hier nicht weiterverkaufen.",
}

_HEADLINES = {
    "headline.pop": "Hören Sie auf zu verkaufen. {contact} entscheidet diesen Kauf nicht: "
                    "Kommen Sie an die Person heran, die entscheidet.",
    "headline.unclear": "Noch ist unklar, wer entscheidet. Erst qualifizieren, dann weiterverkaufen.",
    "headline.decision_maker": "{contact} entscheidet. Bringen Sie den Abschluss jetzt gemeinsam voran.",
    "headline.no_buyer": "In dieser Aufzeichnung hat niemand von der Kundenseite gesprochen.",
}

_POP_STEPS = {
    "step.recognise": "Erkennen: Der Verkauf stockt, Einwände kommen, wo keine hingehören, und ein klares Nein gibt es nicht.",
    "step.stop_selling": "Hören Sie sofort auf zu verkaufen. Jedes weitere Argument muss {contact} nur nach oben tragen, "
                         "und dort kommt es schlecht an.",
    "step.personal": "Wechseln Sie auf die persönliche Ebene: Sprechen Sie mit {contact} über das Unternehmen, "
                     "den Arbeitsalltag und das, was wirklich zählt.",
    "step.acknowledge": "Lassen Sie {contact} selbst aussprechen, dass die Entscheidung woanders fällt, und stellen Sie "
                        "sich dabei an die Seite Ihres Gegenübers, damit niemand das Gesicht verliert.",
    "step.ask_number": "Fragen Sie ohne Druck nach der Durchwahl der Person, die entscheidet: {boss}.",
    "step.call_boss": "Rufen Sie dann selbst an, denn entscheiden wird {boss}; {contact} erwähnen Sie dabei nicht. "
                      "Knüpfen Sie herzlich an einen früheren Kontakt an und schlagen Sie ein Treffen noch heute vor.",
    "step.fix_booking": "Geben Sie es an die Terminvereinbarung zurück: Dieser Termin lief mit der falschen Person. "
                        "Wer entscheidet, gehört schon bei der Buchung geklärt.",
}

_POP_SCRIPTS = {
    "script.personal": "Lassen wir das Angebot mal kurz beiseite. Wie lange sind Sie schon im Haus? "
                       "Wie sieht bei Ihnen eine ganz normale Woche aus?",
    "script.acknowledge": "Ich habe den Eindruck, dass so eine Anschaffung bei Ihnen weiter oben entschieden wird, und "
                          "ehrlich gesagt ist das in einem Unternehmen dieser Größe ganz normal: Sie halten den Laden "
                          "am Laufen, unterschreiben tut jemand anderes. Ist das bei Ihnen auch so?",
    "script.ask_number": "Es würde Ihnen viel Hin und Her ersparen, wenn {boss} und ich fünf Minuten direkt "
                         "miteinander sprechen. "
                         "Unter welcher Nummer klappt das am besten?",
    "script.call_boss": "Guten Tag, hier ist {seller}. Wir hatten vor einiger Zeit kurz Kontakt und wollten uns "
                        "zusammensetzen, sobald ich in Ihrer Gegend bin. Ich bin heute in der Nähe: Hätten Sie heute "
                        "Nachmittag zwanzig Minuten?",
    "script.call_boss.unnamed": "Guten Tag, hier ist {seller}. Wir hatten vor einiger Zeit kurz Kontakt und wollten uns "
                                "zusammensetzen, sobald ich in Ihrer Gegend bin. Ich bin heute in der Nähe: Hätten Sie "
                                "heute Nachmittag zwanzig Minuten?",
    "script.booking": "Bevor wir den Termin festmachen: Wer entscheidet außer Ihnen bei so einer Anschaffung mit, und "
                      "kann diese Person beim ersten Termin dabei sein?",
}

_DM = {
    "step.dm.next": "{contact} entscheidet: Hören Sie auf zu qualifizieren und vereinbaren Sie den nächsten konkreten "
                    "Schritt mit Datum.",
    "step.dm.confirm": "Bestätigen Sie die Kriterien und den Zeitplan, die {contact} genannt hat, noch heute schriftlich.",
    "step.dm.multithread": "Lernen Sie auch die Leute kennen, die die Lösung nutzen oder prüfen werden, damit der "
                           "Abschluss nicht an einer einzigen Person hängt.",
    "script.dm": "Was brauchen Sie von uns, um bis zu dem Termin entscheiden zu können, den Sie genannt haben? "
                 "Sollen wir das nächste Gespräch gleich jetzt in den Kalender eintragen?",
}

_UNCLEAR = {
    "step.unclear.qualify": "Stellen Sie die folgenden Fragen, bevor Sie weiter präsentieren.",
    "step.unclear.hold": "Halten Sie sich mit Preis und Details zurück, bis Sie wissen, wer unterschreibt.",
    "question.who_else": "Wer ist außer Ihnen noch an dieser Entscheidung beteiligt?",
    "question.sign_off": "Wer gibt eine Anschaffung in dieser Größenordnung frei?",
    "question.last_purchase": "Wie wurde die letzte vergleichbare Anschaffung entschieden, und wer hatte das letzte Wort?",
    "question.budget": "Ist dafür ein Budget eingeplant, und wessen Budget ist das?",
    "question.timing": "Bis wann muss das stehen, und wer hat diesen Termin festgelegt?",
    "question.criteria": "Wonach wird entschieden, und wer hat diese Kriterien festgelegt?",
}

_COACH = {
    "coach.stop_selling": "Nicht weiterverkaufen: aufs Persönliche lenken",
    "coach.ask_who_else": "Fragen: Wer entscheidet noch mit?",
    "coach.ask_number": "Jetzt nach der Durchwahl der entscheidenden Person fragen",
    "coach.decider_next": "Entscheider: nächsten Schritt vorschlagen",
    "coach.listen": "Weiter zuhören: nach dem Geschäft fragen",
}

PLAYBOOK: dict[str, str] = {**_LABELS, **_REPORT, **_HEADLINES, **_POP_STEPS, **_POP_SCRIPTS, **_DM, **_UNCLEAR, **_COACH}
