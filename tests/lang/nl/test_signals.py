"""Dutch signal phrases: positives, negations, questions, hedging and near-misses."""
import pytest

from popcheck.signals.probe import signals

LANGUAGE = "nl"

POSITIVES = [
    # defer.boss: formal, colloquial, inverted, verb-final and unpunctuated speech-to-text
    ("Dat moet ik eerst met de directeur bespreken.", "defer.boss"),
    ("Ik moet dit even voorleggen aan mijn leidinggevende.", "defer.boss"),
    ("uiteindelijk beslist de directie daarover", "defer.boss"),
    ("Mijn baas moet het nog goedkeuren.", "defer.boss"),
    ("We wachten nog op het akkoord van het MT.", "defer.boss"),
    ("ik weet het niet ik moet het eerst met mijn baas overleggen", "defer.boss"),
    ("Olga tekent voor dit soort aankopen.", "defer.boss"),
    ("Eerlijk gezegd beslist Gerard van Dijk over dit soort dingen.", "defer.boss"),
    # defer.relay
    ("Stuur mij de presentatie maar, dan stuur ik hem door naar mijn baas.", "defer.relay"),
    ("ik zal het intern delen met het managementteam", "defer.relay"),
    ("Ik neem het mee naar het directieoverleg.", "defer.relay"),
    # mandate.none
    ("Eerlijk gezegd is dat niet mijn beslissing.", "mandate.none"),
    ("Daar ga ik niet over.", "mandate.none"),
    ("ik kan dat niet zelf beslissen", "mandate.none"),
    ("Dat gaat echt boven mijn pet.", "mandate.none"),
    # task.assigned
    ("Ik heb de opdracht gekregen om drie offertes op te vragen.", "task.assigned"),
    ("Mijn baas heeft me gevraagd om de prijzen te vergelijken.", "task.assigned"),
    ("ik moet van mijn directeur een overzicht maken van de leveranciers", "task.assigned"),
    # choice.made
    ("De directeur heeft eigenlijk al een leverancier gekozen.", "choice.made"),
    ("Dat is hogerop al besloten.", "choice.made"),
    ("Eerlijk gezegd is de keuze al gemaakt.", "choice.made"),
    # access.none
    ("Hij is heel moeilijk bereikbaar de laatste tijd.", "access.none"),
    ("ik krijg mijn baas echt niet aan tafel", "access.none"),
    ("Mijn directeur zit altijd in vergaderingen.", "access.none"),
    # vague.answer
    ("Ik weet eigenlijk niet wat het budget is.", "vague.answer"),
    ("Moeilijk te zeggen.", "vague.answer"),
    ("Nou, ik weet het niet…", "vague.answer"),
    ("we zien wel", "vague.answer"),
    # stall.soft
    ("Laten we contact houden.", "stall.soft"),
    ("Stuurt u maar wat informatie op.", "stall.soft"),
    ("Misschien volgend jaar, ik laat het u weten.", "stall.soft"),
    # own.budget
    ("Het komt uit mijn budget.", "own.budget"),
    ("Ik beheer het budget voor dit project.", "own.budget"),
    ("ik heb er tweehonderdduizend euro voor gereserveerd", "own.budget"),
    ("Het budget ligt bij mij.", "own.budget"),
    # own.decision
    ("Dit is mijn beslissing.", "own.decision"),
    ("Dat beslis ik zelf.", "own.decision"),
    ("ik neem hier de beslissing", "own.decision"),
    ("Daar ga ik over.", "own.decision"),
    ("Ik hoef niemand toestemming te vragen.", "own.decision"),
    # set.terms
    ("We willen het uiterlijk maart live hebben.", "set.terms"),
    ("Als jullie in april kunnen leveren, hebben we een deal.", "set.terms"),
    ("Ik heb drie harde eisen.", "set.terms"),
    # commit.dated
    ("Laten we vrijdag tekenen.", "commit.dated"),
    ("ik boek de pilot voor 12 mei", "commit.dated"),
    ("Volgende week starten we.", "commit.dated"),
    # refuse.clear
    ("Nee, we gaan dit niet doen.", "refuse.clear"),
    ("Dat doen we niet.", "refuse.clear"),
    ("We zijn niet geïnteresseerd.", "refuse.clear"),
    # business.pain (counts in questions too)
    ("Stilstand kost ons zo'n veertigduizend euro per maand.", "business.pain"),
    ("Wat betekent dit voor onze marge?", "business.pain"),
    ("we verliezen elke week klanten door die vertragingen", "business.pain"),
    # lead.meeting
    ("Goed, laten we beginnen.", "lead.meeting"),
    ("Samengevat: we hebben afgesproken dat Anna de planning maakt.", "lead.meeting"),
]

NOTES_POSITIVES = [
    # avoidance shows in a rep's notes; pronouns are swapped so the contact speaks as "ik"
    ("Hij keek me niet aan.", "avoidance"),
    ("Ze keek steeds op haar telefoon.", "avoidance"),
    ("Hij ontweek mijn blik toen ik naar het budget vroeg.", "avoidance"),
    ("Hij zei dat zijn baas de knoop doorhakt.", "defer.boss"),
    ("Ze beslist zelf over de aankoop.", "own.decision"),
    ("Hij heeft het budget en tekent de inkooporders.", "own.budget"),
]

NEGATIVES = [
    # negation: owning the decision is not deferring
    ("Ik hoef niemand iets te vragen.", "defer.boss"),
    ("Ik hoef dit niet aan mijn directeur voor te leggen.", "defer.boss"),
    ("Daar heb ik geen toestemming van de directie voor nodig.", "defer.boss"),
    # questions say nothing about the speaker
    ("Wie beslist hierover?", "defer.boss"),
    ("Moet u dit met uw directeur bespreken?", "defer.boss"),
    ("heeft u goedkeuring nodig van de directie", "defer.boss"),
    ("Is dat uw beslissing?", "own.decision"),
    # hedging alone is no signal
    ("Laat me er even over nadenken.", "stall.soft"),
    ("Ik zou waarschijnlijk voor het grotere pakket kiezen.", "vague.answer"),
    # checking the contract with a lawyer while owning the choice
    ("Onze jurist kijkt de tekst nog na, daarna teken ik.", "defer.boss"),
    ("Ik laat het contract door onze advocaat checken, maar de keuze maak ik.", "mandate.none"),
    ("Onze CFO kijkt alleen de voorwaarden na, de keuze maak ik zelf.", "defer.boss"),
    # ownership with a negated other party
    ("Het is mijn budget, niet dat van de directie.", "mandate.none"),
    # past, resolved situations
    ("Vorig jaar had ik nog goedkeuring nodig, nu niet meer.", "defer.boss"),
    # negation after the verb (Dutch word order) turns ownership around
    ("Ik beslis dat niet.", "own.decision"),
    ("Dat is mijn budget niet.", "own.budget"),
    ("Daar ga ik niet over.", "own.decision"),
    # "I don't think the board will approve" still defers: the knowing is negated, not the deferral
    ("Ik denk niet dat de directie dit goedkeurt.", "own.decision"),
    # near-misses
    ("We wachten niet op goedkeuring, we beginnen gewoon.", "defer.boss"),
    ("Ik ben verantwoordelijk voor de uitvoering.", "own.decision"),
    ("We gaan het niet meteen doen, eerst de pilot.", "refuse.clear"),
    ("Ik heb geen toestemming nodig.", "defer.boss"),
    ("Oké, ik heb even tijd nodig om het te lezen.", "defer.boss"),
    ("kijk ik ben gewoon de eigenaar dus ik beslis", "defer.boss"),
]


@pytest.mark.parametrize(("text", "signal"), POSITIVES)
def test_finds_signal(text: str, signal: str) -> None:
    assert signal in signals(text, LANGUAGE)


@pytest.mark.parametrize(("text", "signal"), NOTES_POSITIVES)
def test_finds_signal_in_notes(text: str, signal: str) -> None:
    assert signal in signals(text, LANGUAGE, notes=True)


@pytest.mark.parametrize(("text", "signal"), NEGATIVES)
def test_does_not_find_signal(text: str, signal: str) -> None:
    assert signal not in signals(text, LANGUAGE)


def test_negated_deferral_counts_as_owning() -> None:
    assert "own.decision" in signals("Ik hoef dit niet met mijn baas te overleggen.", LANGUAGE)


def test_notes_in_the_third_person() -> None:
    found = signals("Ze ontweek mijn blik en zei dat ze het eerst aan haar baas moet vragen.", LANGUAGE, notes=True)
    assert {"avoidance", "defer.boss"} <= found


def test_notes_keep_quotes_in_the_contacts_voice() -> None:
    assert "own.budget" in signals('Hij zei: "het is mijn budget, ik beslis".', LANGUAGE, notes=True)
