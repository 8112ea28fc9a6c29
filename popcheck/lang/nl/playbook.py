"""Dutch texts: verdict labels, report headings, the method's steps and scripts, coaching prompts.

Instructions to the rep use "je"; what the rep says to a customer uses "u".
The gender of contact and boss is unknown: no "hij/zij", no "meneer/mevrouw". The scripts greet without a
name ("Goedemiddag"); a full name stands only in narration or in "Spreek ik met {boss}?".
"""
from __future__ import annotations

_LABELS = {
    "verdict.decision_maker": "beslisser",
    "verdict.pop": "pop (geen mandaat)",
    "verdict.unclear": "onduidelijk",
    "side.buyer": "koper",
    "side.seller": "verkoper",
    "direction.pop": "wijst op pop",
    "direction.decider": "wijst op beslisser",
    "placeholder.seller": "[je naam]",
    "placeholder.boss": "de leidinggevende",
}

_REPORT = {
    "report.title": "Wie beslist er in {source}",
    "report.p_decider": "kans dat deze persoon beslist",
    "report.evidence": "Aanwijzingen",
    "report.advice": "Wat nu te doen",
    "report.no_evidence": "Geen duidelijke aanwijzingen in de ene of de andere richting.",
    "report.sides_inferred": "Verkopende kant afgeleid: {sellers}. Geef --seller NAAM mee om die vast te leggen.",
    "report.leader": "Leidt het overleg: {name}",
    "report.absent_deciders": "Genoemd als beslisser, maar niet bij het gesprek",
    "report.transcript": "Transcript",
    "report.steps": "Stappen",
    "report.script": "Wat je zegt",
    "report.questions": "Vragen voor het vervolg",
    "report.stop_selling_at": "Vanaf {time} sloegen de aanwijzingen om: stop vanaf daar met verkopen.",
}

_HEADLINES = {
    "headline.pop": "Stop met verkopen. {contact} beslist niet over deze aankoop: kom bij de persoon die dat wel doet.",
    "headline.unclear": "Nog niet duidelijk wie beslist. Kwalificeer eerst, voordat je verder verkoopt.",
    "headline.decision_maker": "{contact} beslist. Breng de deal nu samen verder.",
    "headline.no_buyer": "Niemand aan de kant van de koper heeft in dit verslag iets gezegd.",
}

_POP_STEPS = {
    "step.recognise": "Herken het: de verkoop stokt, er komen bezwaren waar je ze niet verwacht, en er komt geen duidelijk nee.",
    "step.stop_selling": "Stop met verkopen, nu meteen. Met elk extra argument geef je {contact} alleen meer mee om straks gebrekkig naar boven door te vertellen.",
    "step.personal": "Breng het gesprek naar een persoonlijk niveau: praat met {contact} over het bedrijf, het werk en wat er echt toe doet.",
    "step.acknowledge": "Laat {contact} zelf zeggen dat de beslissing elders valt, en kies daarbij de kant van je gesprekspartner, zodat niemand gezichtsverlies lijdt.",
    "step.ask_number": "Vraag zonder aan te dringen naar het directe nummer van {boss}.",
    "step.call_boss": "Bel {boss} zelf, zonder naar {contact} te verwijzen: open hartelijk met een eerder contactmoment en stel voor om nu af te spreken.",
    "step.fix_booking": "Laat degene die deze afspraak heeft ingepland weten dat die met de verkeerde persoon is gemaakt. Stel bij het inplannen al vast wie beslist.",
}

_POP_SCRIPTS = {
    "script.personal": "Laten we het aanbod even laten rusten. Hoe lang werkt u hier eigenlijk al? En hoe ziet een gewone week er voor u uit?",
    "script.acknowledge": "Ik heb het gevoel dat zo'n aankoop hier hogerop wordt besloten, en eerlijk gezegd is dat heel normaal bij een bedrijf van deze omvang: u houdt de zaak draaiende, iemand anders zet de handtekening. Werkt het hier ook zo?",
    "script.ask_number": "Het scheelt u een hoop heen-en-weer als ik {boss} zelf even vijf minuten spreek. Op welk nummer is die het best te bereiken?",
    "script.call_boss": "Goedemiddag, u spreekt met {seller}. Spreek ik met {boss}? We hebben elkaar een tijdje geleden kort gesproken en toen afgesproken om eens om tafel te gaan zodra ik bij u in de regio ben. Vandaag ben ik vlakbij: heeft u vanmiddag twintig minuten?",
    "script.call_boss.unnamed": "Goedemiddag, u spreekt met {seller}. We hebben elkaar een tijdje geleden kort gesproken en toen afgesproken om eens om tafel te gaan zodra ik bij u in de regio ben. Vandaag ben ik vlakbij: heeft u vanmiddag twintig minuten?",
    "script.booking": "Voordat we de afspraak vastleggen: wie beslist er naast u over een aankoop als deze, en kan die persoon bij het eerste gesprek aansluiten?",
}

_DM = {
    "step.dm.next": "{contact} beslist: stop met kwalificeren en spreek de volgende concrete stap af, met een datum.",
    "step.dm.confirm": "Bevestig vandaag nog schriftelijk de criteria en de planning die {contact} heeft genoemd.",
    "step.dm.multithread": "Spreek ook de mensen die ermee gaan werken of het gaan toetsen, zodat de deal niet aan één persoon hangt.",
    "script.dm": "Wat heeft u van ons nodig om vóór de datum die u noemde een beslissing te nemen? Zullen we de volgende afspraak meteen in de agenda zetten?",
}

_UNCLEAR = {
    "step.unclear.qualify": "Stel eerst de kwalificerende vragen hieronder, voordat je nog iets presenteert.",
    "step.unclear.hold": "Houd prijs en details achter tot je weet wie tekent.",
    "question.who_else": "Wie is er verder betrokken bij deze beslissing?",
    "question.sign_off": "Wie tekent voor een aankoop van deze omvang?",
    "question.last_purchase": "Hoe is er bij de laatste vergelijkbare aankoop besloten, en wie had daarbij het laatste woord?",
    "question.budget": "Is hier budget voor gereserveerd, en van wie is dat budget?",
    "question.timing": "Wanneer moet dit er uiterlijk staan, en wie heeft die datum bepaald?",
    "question.criteria": "Waarop wordt de beslissing gebaseerd, en wie heeft die criteria opgesteld?",
}

_COACH = {
    "coach.stop_selling": "Stop met verkopen: stuur aan op een persoonlijk gesprek",
    "coach.ask_who_else": "Vraag: wie is er verder betrokken bij deze beslissing?",
    "coach.ask_number": "Vraag nu naar het nummer van de baas",
    "coach.decider_next": "Beslisser: stel de volgende stap voor",
    "coach.listen": "Blijf luisteren: vraag naar het bedrijf",
}

PLAYBOOK: dict[str, str] = {**_LABELS, **_REPORT, **_HEADLINES, **_POP_STEPS, **_POP_SCRIPTS, **_DM, **_UNCLEAR, **_COACH}
