"""German signal phrases: positives, negations, questions, hedging and near-misses."""
import pytest

from popcheck.signals.probe import signals

LANGUAGE = "de"

POSITIVES = [
    ("Das muss ich erst mit meinem Chef besprechen.", "defer.boss"),
    ("Am Ende entscheidet die Geschäftsführung.", "defer.boss"),
    ("da brauch ich erst grünes licht vom chef", "defer.boss"),
    ("Ohne das Okay vom Vorstand geht da gar nichts.", "defer.boss"),
    ("Das muss von oben abgesegnet werden.", "defer.boss"),
    ("Schicken Sie mir das Angebot, dann leite ich es weiter.", "defer.relay"),
    ("Ich lege das dann der Geschäftsführung vor.", "defer.relay"),
    ("ich werd das mal an meinen chef weitergeben", "defer.relay"),
    ("Das ist ehrlich gesagt nicht meine Entscheidung.", "mandate.none"),
    ("Das kann ich nicht alleine entscheiden.", "mandate.none"),
    ("ich hab da ehrlich gesagt nicht viel zu melden", "mandate.none"),
    ("Ich bin nicht zeichnungsberechtigt.", "mandate.none"),
    ("Ich wurde gebeten, drei Angebote einzuholen.", "task.assigned"),
    ("Unser Geschäftsführer möchte, dass ich drei Angebote vorlege.", "task.assigned"),
    ("Wir brauchen noch ein Vergleichsangebot.", "task.assigned"),
    ("Ich soll mir das mal anschauen und berichten.", "task.assigned"),
    ("Der Chef hat sich eigentlich schon für einen anderen Anbieter entschieden.", "choice.made"),
    ("Die Entscheidung ist eigentlich schon gefallen.", "choice.made"),
    ("Das ist von oben so festgelegt.", "choice.made"),
    ("Er ist wirklich schwer zu erreichen.", "access.none"),
    ("Mein Chef ist ständig unterwegs.", "access.none"),
    ("An den Geschäftsführer kommt man kaum ran.", "access.none"),
    ("Ich weiß nicht, wie hoch das Budget ist.", "vague.answer"),
    ("Na ja, ich weiß nicht...", "vague.answer"),
    ("Da bin ich leider überfragt.", "vague.answer"),
    ("Lassen Sie uns in Kontakt bleiben.", "stall.soft"),
    ("Schicken Sie mir doch einfach mal ein paar Unterlagen.", "stall.soft"),
    ("Frühestens nächstes Jahr, würde ich sagen.", "stall.soft"),
    ("Er wich meinem Blick aus.", "avoidance"),
    ("Sie schaute ständig auf ihr Handy.", "avoidance"),
    ("Das geht aus meinem Budget.", "own.budget"),
    ("Ich habe dafür 200k eingeplant.", "own.budget"),
    ("Das Budget liegt bei mir.", "own.budget"),
    ("Bis hunderttausend darf ich alleine freigeben.", "own.budget"),
    ("Das ist meine Entscheidung.", "own.decision"),
    ("Das entscheide ich allein.", "own.decision"),
    ("Ich brauche dafür keine Freigabe.", "own.decision"),
    ("Im Zweifel entscheide ich.", "own.decision"),
    ("ich bin hier der entscheider", "own.decision"),
    ("Wir müssen bis März live sein.", "set.terms"),
    ("Wenn Sie das bis Mai liefern können, sind wir im Geschäft.", "set.terms"),
    ("Das ist meine Schmerzgrenze.", "set.terms"),
    ("Lassen Sie uns am Freitag unterschreiben.", "commit.dated"),
    ("Am Montag legen wir los.", "commit.dated"),
    ("Wir starten am 12. Mai.", "commit.dated"),
    ("Nein, das machen wir nicht.", "refuse.clear"),
    ("Das kommt für uns nicht in Frage.", "refuse.clear"),
    ("Ich habe mich dagegen entschieden.", "refuse.clear"),
    ("Der Stillstand kostet uns rund vierzigtausend Euro im Monat.", "business.pain"),
    ("Was bringt uns das für unsere Marge?", "business.pain"),
    ("Unser größtes Problem ist die Fluktuation.", "business.pain"),
    ("Gut, fangen wir an.", "lead.meeting"),
    ("Kommen wir zum nächsten Punkt.", "lead.meeting"),
    ("Anna, du übernimmst das Budget.", "lead.meeting"),
]

NEGATIVES = [
    # negation: owning the decision is not deferring, also when German puts the negation late
    ("Ich muss da niemanden fragen.", "defer.boss"),
    ("Ich muss meinen Chef nicht fragen.", "defer.boss"),
    ("Ich muss das nicht mit dem Vorstand abstimmen.", "defer.boss"),
    ("Ich brauche keine Freigabe.", "defer.boss"),
    ("Das ist nicht meine Entscheidung.", "own.decision"),
    ("Das entscheide ich nicht allein.", "own.decision"),
    ("Ich kann das nicht freigeben.", "own.budget"),
    ("Ich gebe das nicht weiter.", "defer.relay"),
    ("Er ist gar nicht schwer zu erreichen.", "access.none"),
    # questions say nothing about the speaker, with or without a question mark
    ("Wer entscheidet bei Ihnen darüber?", "defer.boss"),
    ("Brauchen Sie dafür die Freigabe Ihres Chefs?", "defer.boss"),
    ("müssen sie das mit ihrem chef abstimmen", "defer.boss"),
    ("haben sie dafür ein budget", "own.budget"),
    # hedging alone is no signal
    ("Lassen Sie mich darüber nachdenken.", "stall.soft"),
    ("Ich würde sagen, wahrscheinlich eher die kleinere Lösung.", "vague.answer"),
    # checking the contract with a lawyer while owning the choice
    ("Ich lasse unseren Anwalt den Vertrag prüfen, dann unterschreibe ich.", "defer.boss"),
    ("Unser Anwalt prüft noch den Vertrag, die Entscheidung treffe ich aber selbst.", "defer.boss"),
    # near-misses
    ("Letztes Jahr brauchte ich noch eine Freigabe vom Chef, jetzt nicht mehr.", "defer.boss"),
    ("Das ist mein Budget, nicht das des Vorstands.", "mandate.none"),
    ("Ich als Geschäftsführer entscheide das selbst.", "defer.boss"),
    ("Wie gesagt, das entscheide ich.", "defer.boss"),
    ("Ich nehme das mal mit.", "commit.dated"),
    ("Ich bin dabei, Angebote zu vergleichen.", "commit.dated"),
    ("Ich nehme nicht an, dass das ein Problem ist.", "refuse.clear"),
    ("Ich brauche keine Freigabe.", "refuse.clear"),
    ("Das ist keine schwierige Frage.", "vague.answer"),
    ("Im Augenblick sieht es gut aus.", "avoidance"),
    ("Die Lage am Markt ist angespannt.", "avoidance"),
    ("Ich schicke Ihnen die Unterlagen bis Freitag.", "stall.soft"),
]


@pytest.mark.parametrize(("text", "signal"), POSITIVES)
def test_finds_signal(text: str, signal: str) -> None:
    assert signal in signals(text, LANGUAGE)


@pytest.mark.parametrize(("text", "signal"), NEGATIVES)
def test_does_not_find_signal(text: str, signal: str) -> None:
    assert signal not in signals(text, LANGUAGE)


def test_negated_deferral_counts_as_owning() -> None:
    assert "own.decision" in signals("Dafür muss ich nicht erst meinen Chef fragen.", LANGUAGE)


def test_notes_in_the_third_person() -> None:
    found = signals("Sie wich meinem Blick aus und sagte, sie müsse ihren Chef fragen.", LANGUAGE, notes=True)
    assert {"avoidance", "defer.boss"} <= found


def test_notes_keep_quotes_in_the_contacts_voice() -> None:
    assert "own.budget" in signals('Er sagte: "Das ist mein Budget, ich entscheide das".', LANGUAGE, notes=True)


def test_notes_turn_his_words_into_the_first_person() -> None:
    found = signals("Er meinte, das entscheide am Ende sein Geschäftsführer.", LANGUAGE, notes=True)
    assert "defer.boss" in found
    assert "own.decision" in signals("Er hat das letzte Wort und will bis März live sein.", LANGUAGE, notes=True)


# Known limits of the engine for German, kept here so that a fix shows up as XPASS.
def test_capitalised_nouns_are_not_people() -> None:
    found = signals("Unser Justiziar prüft die Formulierungen, aber entscheiden tue ich.", LANGUAGE)
    assert "defer.boss" not in found


def test_notes_keep_german_quotes_in_the_contacts_voice() -> None:
    assert "own.budget" in signals("Sie sagte: „Das ist mein Budget.“", LANGUAGE, notes=True)


def test_named_decider_quote_covers_verb_before_name() -> None:
    from popcheck.analyzer import Analyzer
    from popcheck.readers import read_text

    record = ("Lena: Wir bieten Schichtplanung an.\n"
              "Thomas: Ob wir das machen, entscheidet am Ende Frau Keller.\n"
              "Sabine Keller: Das Budget habe ich.\n")
    analysis = Analyzer().analyze_transcript(read_text(record, "x.txt"), sellers=["Lena"], language="de")
    named = [e for e in analysis.participant("Sabine Keller").evidence if e.signal == "named.decider"]
    assert named and "entscheidet" in named[0].quote and "Keller" in named[0].quote
