"""German signal phrases. `{SUP}` stands for a superior, `{DECIDE}` for a verb of deciding.

German puts the negation late ("Ich muss meinen Chef nicht fragen") and the verb last in
subordinate clauses, while the engine only looks back for a negation. So the gaps inside these
patterns never run across a negation word: a sentence negated in its middle does not match, and one
negated before the match is flipped by the engine. Shorthands, filled in by `_fill`:

- `<gap:N>`   up to N characters of the same sentence, with no negation word in them;
- `<free:N>`  the same, and with no "ich"/"wir" in them either (someone else is the subject);
- `<w>`       one word that is not a negation, with the space after it;
- `<the>`     an article or a possessive ("mein", "unserem", "der" ...);
- `<date>`    a day, a month, a week or a date written with digits.
"""
from __future__ import annotations

import re

_NEG = r"\b(?:nicht|nich|nichts|nix|kein\w*|nie|niemals|niemand\w*|ohne)\b"
_THE = r"(?:mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|unsre[mnrs]?|d(?:er|ie|as|em|en|es))"
_DATE = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|übermorgen|heute|"
    r"(?:nächste|kommende|diese)\w* woche|ende (?:der|des|dieser|nächster) (?:woche|monats)|monatsende|"
    r"anfang (?:der|des|nächster) (?:woche|monats)|januar|jänner|februar|märz|april|mai|juni|juli|august|"
    r"september|oktober|november|dezember|\d{1,2}\.|\d{1,2}/\d{1,2}|q[1-4]|kw ?\d{1,2}|kalenderwoche \d{1,2})(?!\w)"
)


def _fill(*patterns: str) -> tuple[str, ...]:
    """Replace the shorthands of the module docstring with their regular expressions."""
    filled: list[str] = []
    for pattern in patterns:
        pattern = re.sub(r"<gap:(\d+)>", lambda m: rf"(?:(?!{_NEG})[^.?!]){{0,{m.group(1)}}}?", pattern)
        pattern = re.sub(
            r"<free:(\d+)>", lambda m: rf"(?:(?!{_NEG}|\b(?:ich|wir)\b)[^.?!]){{0,{m.group(1)}}}?", pattern
        )
        pattern = pattern.replace("<w>", rf"(?:(?!{_NEG})\w+\s+)")
        pattern = pattern.replace("<the>", _THE).replace("<date>", _DATE)
        filled.append(pattern)
    return tuple(filled)


_SUPERIORS = (
    r"\w*chef\w*", r"vorgesetzte[nmr]?", r"geschäftsführ(?:er|erin|ers|ern|ung)", r"geschäftsleitung", r"gf",
    r"gl",
    # Abteilungsleiter, Werksleitung; not Anleitung, Weiterleitung or Wasserleitung
    r"(?!(?:an|ein|um|weiter|zu|ab|ver|rohr|wasser|strom|daten|gas|fern|über)leit)\w*leit(?:er|erin|ers|ern|ung)",
    r"\w*direktor(?:in|en|s)?", r"direktion", r"\w*vorstand\w*",
    r"aufsichtsrat\w*", r"verwaltungsrat\w*", r"inhaber(?:in|s)?", r"eigentümer(?:in|s)?",
    r"gesellschafter(?:in|n|s)?", r"gründer(?:in|n|s)?", r"ceo", r"cfo", r"cto", r"coo", r"cio",
    r"(?:top-?)?management", r"führung(?:sebene|sriege|skraft|skräfte)?", r"boss(?:e|in)?",
    r"(?:konzern)?zentrale", r"konzern(?:leitung|mutter)?", r"mutterkonzern", r"holding", r"headquarters?",
    r"hauptsitz", r"hq", r"prokurist(?:in|en)?", r"obere[n]? etage", r"oberste[n]? etage",
)

_DECIDE = _fill(
    r"entscheid(?:e|est|et|en|t)?\b", r"entschied\w*", r"entscheider\w*", r"entscheidungsträger\w*",
    r"(?:trifft|treffen|treffe|getroffen)\s+<w>?(?:die|diese|solche|alle|eine|jede)\s+(?:\w+\s+)?entscheidung\w*",
    r"(?:hat|haben|hätte|hätten)\s+(?:hier\s+|da\s+|dabei\s+|dann\s+|immer\s+|am ende\s+|letztlich\s+)?"
    r"(?:das (?:letzte|finale) wort|das sagen|den hut auf|die entscheidungsgewalt|die budgethoheit|den daumen drauf)",
    r"unterschreib\w*", r"unterschrieb\w*", r"unterzeichn\w*",
    r"(?:gibt|geben|gäbe)\b<gap:25>\bfrei\b", r"freigeb\w*", r"freizugeben", r"freigegeben",
    r"genehmig\w*", r"(?:segnet|segnen)\b<gap:25>\bab\b", r"absegn\w*", r"abzusegnen", r"abgesegnet",
    r"(?:zeichnet|zeichnen)\b<gap:25>\bab\b", r"abzeichn\w*", r"abgezeichnet",
    r"(?:nickt|nicken)\b<gap:25>\bab\b", r"abnick\w*", r"abgenickt",
    r"(?:muss|müsste|müssen|soll|sollte)\s+<w>{0,2}?zustimmen",
    r"(?:verwaltet|hält|kontrolliert|verantwortet|hat|haben)\s+(?:das|die|den)\s+(?:budget|geld|kasse|geldbeutel)\w*",
    r"(?:gibt|geben)\s+(?:das|den|sein|ihr)?\s*(?:go|okay|ok|grüne licht|grünes licht|plazet|placet)\b",
)

# a superior with its article or possessive: "meinem Chef", "der Geschäftsführung", "unserem neuen CFO"
_A_SUPERIOR = r"\b<the>\s+<w>?(?:{SUP})\b"

# "früher musste ich alles mit dem Chef abstimmen, heute nicht mehr": a deferral that is over
_RESOLVED = r"(?![^.?!]{0,60}\b(?:nicht mehr|heute nicht|jetzt nicht|inzwischen nicht|mittlerweile nicht)\b)"

_DEFER_BOSS = tuple(pattern + _RESOLVED for pattern in _fill(
    # "das muss ich erst mit meinem Chef besprechen", "Rücksprache mit der Geschäftsführung halten"
    r"\b(?:mit|bei)\s+<the>\s+<w>?(?:{SUP})\b<gap:30>\b(?:\w*sprech\w*|\w*sproch\w*|abstimm\w*|abzustimmen|"
    r"abgestimmt|\w*klär\w*|rücksprache|beraten|berate|bereden|durchgehen|abgleichen|checken|abchecken|"
    r"nachfragen|nachhören|rückfrage\w*|rückversicher\w*|erörtern|diskutieren|durchsprechen|reden|rede)\b",
    r"\brücksprache\b<gap:25>\b(?:mit|bei)\s+<the>\s+<w>?(?:{SUP})\b",
    r"\b(?:bespreche|kläre|klär|frage|frag|stimme|rede|spreche|checke|halte)\b<gap:30>\b(?:mit|bei)\s+<the>\s+<w>?(?:{SUP})\b",
    # "ich muss meinen Chef fragen", "da frag ich mal den Chef", "erst die Geschäftsleitung überzeugen"
    r"\b(?:frag\w*|überzeug\w*|einbinden|einbeziehen|informieren|ins boot holen|um erlaubnis bitten)\s+<w>{0,3}?<the>\s+<w>?(?:{SUP})\b",
    r"\b<the>\s+<w>?(?:{SUP})\b<gap:20>\b(?:fragen|zu fragen|überzeugen|zu überzeugen|einbinden|einbeziehen|"
    r"ins boot holen|um erlaubnis bitten|um erlaubnis fragen)\b",
    # "mein Chef entscheidet", "die Geschäftsführung muss das freigeben", "das letzte Wort hat der Vorstand"
    r"(?<!\bals )(?<!\bbin )(?<!\bbin der )(?<!\bbin die )\b(?:<the>\s+<w>?)?(?:{SUP})\b<free:40>\b(?:{DECIDE})",
    r"\b(?:entscheid\w*|entschied\w*|unterschreib\w*|unterschrieb\w*|freigeb\w*|freigegeben|genehmig\w*|absegn\w*|"
    r"abgesegnet|das (?:letzte|finale) wort|das sagen)\b<free:30>(?<!\bals )\b(?:<the>\s+<w>?)?(?:{SUP})\b",
    r"\b(?:entscheidung|freigabe|zustimmung|genehmigung|unterschrift|budget\w*|zuständigkeit|kompetenz|hoheit)\s+"
    r"<w>{0,2}?(?:liegt|liegen|ist|sind|kommt|kommen|bleibt)\s+<w>{0,2}?(?:bei|von|beim|vom)\s+(?:<the>\s+)?<w>?(?:{SUP})\b",
    r"\b(?:das|dies|es)\s+ist\s+<w>?(?:\w*chefsache|sache (?:der|des|von) <w>?(?:{SUP}))\b",
    r"\bchefsache\b",
    r"\b(?:{SUP})\b<free:25>\b(?:zustimmen|zustimmung geben|ja sagen|sein okay geben|ihr okay geben|mitreden|"
    r"mitentscheiden|das okay geben)\b",
    # approval needed: "dafür brauche ich die Freigabe", "das muss erst freigegeben werden"
    r"\b(?:brauch\w*|benötig\w*|einhol\w*|einzuholen|hol\w*|wart\w*|bekomm\w*|krieg\w*|erforderlich|nötig|notwendig)\b"
    r"<gap:30>\b(?:freigabe|genehmigung|zustimmung|budgetfreigabe|okay|ok|go|grüne[ns]? licht|segen|absegnung|"
    r"unterschrift|plazet|placet|abnahme|sign-?off)\b",
    r"\b(?:freigabe|genehmigung|zustimmung|okay|segen|unterschrift)\s+(?:von|vom|der|des|durch)\s+(?:<the>\s+)?<w>?(?:{SUP}|oben)\b",
    r"\b(?:freigegeben|genehmigt|abgesegnet|abgezeichnet|abgenickt|durchgewunken|unterschrieben|gegengezeichnet)\s+werden\b",
    r"\b(?:muss|müsste|müssen|geht|läuft|laufen|gehen)\b<gap:25>\b(?:durch|über)\s+<the>\s+<w>?(?:{SUP}|gremi\w*|tisch)\b",
    r"\b(?:nicht|nichts|nix)\s+ohne\s+<w>{0,2}?(?:{SUP}|freigabe|okay|ok|zustimmung|genehmigung|segen|unterschrift)\b",
    r"\bohne\s+<w>{0,2}?(?:{SUP}|freigabe|okay|ok|zustimmung|genehmigung|segen|unterschrift)\b[^.?!]{0,40}?"
    r"\b(?:nichts|nix|nicht)\b",
    # "das geht nach oben", "die da oben", "auf höherer Ebene"
    r"\bnach oben\b(?!\s+(?:offen|hin|und|scrollen))",
    r"\bdie (?:da|dort) oben\b",
    r"\b(?:höhere[rn]?|oberste[rn]?|obere[rn]?)\s+(?:ebene|etage|stelle|instanz|führungsebene|hierarchieebene)\b",
    r"\bintern\s+<w>?(?:abstimm\w*|abzustimmen|abklär\w*|abzuklären|durchsprech\w*|absegn\w*|freigeb\w*|genehmig\w*)",
    r"\b(?:er|sie)\s+(?:muss|müsste|wird|soll|will|würde|muss dann|wird dann)\b<gap:20>\b(?:{DECIDE})",
    r"\b(?:absegnen|freigeben|genehmigen|abzeichnen|gegenzeichnen|abnicken)\s+lassen\b",
    r"\b(?:{SUP})\b<free:25>\b(?:will|möchte|muss|wird|soll)\b<gap:25>\b(?:sehen|anschauen|ansehen|prüfen|drüberschauen|"
    r"draufschauen|drauf schauen|gegenlesen|absegnen|abnicken)\b",
    r"\b(?:hat|haben)\s+<w>{0,2}?(?:<the>\s+)?<w>?(?:{SUP})\s+(?:hier\s+|da\s+|dann\s+)?(?:den hut auf|das sagen|"
    r"das letzte wort|die entscheidungsgewalt|die budgethoheit)\b",
    r"\bsondern\s+(?:bei|beim|von|vom)\s+(?:<the>\s+)?<w>?(?:{SUP})\b",
))

_DEFER_RELAY = _fill(
    # "ich leite das gerne weiter", "das gebe ich so weiter"
    r"\b(?:leite|gebe|geb|reiche|reich|trage|trag|spiele|spiel|schicke|schick|sende|mail|maile)\b<gap:45>\bweiter\b",
    r"\b(?:ich|wir)\s+<w>?(?:leit|geb|gib|reich|schick|trag|spiel|send|mail)\w*\b<gap:45>\bweiter\b",
    r"\b(?:ich|wir)\b<gap:30>\bweiter(?:leit|geb|gegeben|reich|schick|send|trag|spiel|zuleiten|zugeben|zureichen)\w*",
    # "ich zeige das meinem Chef", "ich lege das der Geschäftsführung vor"
    r"\b(?:zeig\w*|präsentier\w*|vorstell\w*|stell\w*|vorleg\w*|leg\w*|vorführ\w*|bring\w*|schick\w*|reich\w*|trag\w*|"
    r"vortrag\w*|mail\w*)\b<gap:30>\b(?:meinem|meiner|unserem|unserer|dem|der|den)\s+<w>?(?:{SUP})\b",
    r"\b(?:ich|wir)\b<gap:30>\b(?:meinem|meiner|unserem|unserer|dem|der|den)\s+<w>?(?:{SUP})\b<gap:25>\b(?:zeigen|"
    r"präsentieren|vorstellen|vorlegen|vorführen|vortragen|bringen|weiterleiten|weitergeben|schicken|geben|"
    r"vorschlagen|empfehlen|ans herz legen|schmackhaft machen|verkaufen)\b",
    # "ich stelle das intern vor", "ich bringe das in die nächste GF-Runde ein"
    r"\b(?:intern|im haus|im hause|im unternehmen|im team|in der firma|im konzern)\s+<w>?(?:vorstell\w*|vorzustellen|"
    r"präsentier\w*|vorleg\w*|vorzulegen|zeig\w*|verteil\w*|streu\w*|weitergeb\w*|weiterleit\w*|rumschick\w*|"
    r"herumschick\w*|vortrag\w*|teil\w*|vertret\w*|pitch\w*)",
    r"\b(?:stell\w*|zeig\w*|verteil\w*|streu\w*|trag\w*|leg\w*|schick\w*|präsentier\w*)\b<gap:20>\bintern\b",
    r"\b(?:bring\w*|einbring\w*|einzubringen|nehm\w*|nimm|mitnehm\w*|trag\w*|leg\w*|stell\w*)\b<gap:30>\b(?:in|vor|zur|zum)\s+"
    r"(?:die|der|den|das|unsere?\w*|nächste\w*)?\s*<w>?(?:\w*sitzung|\w*runde|\w*meeting|jour fixe|gremi\w*|"
    r"ausschuss|board|freigaberunde|abstimmung)\b",
    # "das nehme ich mal mit", "ich nehme das mit"
    r"\b(?:ich|wir)\s+<w>{0,2}?(?:nehm\w*|nimm)\s+(?:das|es|die\s+\w+|ihr\w*\s+\w+|den\s+\w+|alles)\s+<w>{0,2}?mit\b",
    r"\b(?:das|es|die unterlagen|den vorschlag|das angebot|die infos)\s+(?:nehme|nehm|nehmen)\s+(?:ich|wir)\s+<w>{0,2}?mit\b",
    r"\b(?:das|es|die unterlagen|den vorschlag|das angebot|die infos)\s+<w>?mit(?:nehm\w*|zunehmen)",
    r"\bein gutes wort\b",
    r"\b(?:geh\w*|ging)\s+(?:damit|mit dem angebot|mit den unterlagen)\s+<w>{0,2}?(?:zu|zum|zur)\s+(?:<the>\s+)?<w>?(?:{SUP})\b",
    r"\bschicken sie\b<gap:40>\b(?:dann|damit|und)\s+(?:ich|wir)\b<gap:20>\b(?:weiterleit\w*|weitergeb\w*|zeig\w*|vorleg\w*|"
    r"vorstell\w*|präsentier\w*|verteil\w*|leite|gebe|reiche|lege)\b",
)

_MANDATE_NONE = _fill(
    # "das ist nicht meine Entscheidung", "das liegt leider nicht in meiner Hand"
    r"\bnicht\s+(?:\w+\s+)?(?:meine (?:entscheidung|sache|baustelle|wahl|zuständigkeit|kompetenz|aufgabe)|"
    r"mein (?:budget|bereich|ressort|ding|zuständigkeitsbereich|job|revier)|in meiner (?:hand|macht|kompetenz|"
    r"verantwortung|entscheidung|befugnis)|in meinen händen|bei mir|in meinem (?:ermessen|bereich|budget))\b",
    r"\b(?:das|es|dies|darüber|sowas|so was|so etwas)\s+(?:entscheid\w*|bestimm\w*|beschließ\w*)\s+(?:\w+\s+)?"
    r"(?:andere|jemand anders|jemand anderes|wer anders|nicht ich|nicht wir)\b",
    r"\bnicht ich\b<gap:15>\b(?:entscheid\w*|bestimm\w*|unterschreib\w*)",
    # "das kann ich nicht entscheiden", "ich darf das nicht unterschreiben"
    r"\b(?:ich|kann|darf|könnte|dürfte)\s+(?:\w+\s+){0,3}?(?:nicht|nichts)\s+(?:\w+\s+){0,2}?(?:entscheiden|unterschreiben|"
    r"unterzeichnen|freigeben|genehmigen|zusagen|versprechen|festlegen|beschließen|bestimmen|beauftragen|bestellen)\b",
    r"\bich\s+(?:entscheide|entscheid|entscheidet|unterschreibe|genehmige|bestimme)\s+(?:\w+\s+){0,2}?nicht\b",
    r"\b(?:das|es|dies|darüber|sowas|so was|so etwas)\s+(?:entscheide|entscheidet|bestimme|unterschreibe|genehmige)\s+"
    r"ich\s+(?:\w+\s+)?nicht\b",
    r"\b(?:habe|hab|hat)\s+(?:ich\s+)?(?:\w+\s+){0,3}?(?:nichts|nix|nicht(?:s)? viel|wenig)\s+(?:zu\s+)?"
    r"(?:sagen|melden|entscheiden|mitzureden|mitreden|zu melden|zu sagen|zu entscheiden)\b",
    r"\b(?:habe|hab|hat|haben)\s+(?:ich\s+)?(?:da\s+|hier\s+|dafür\s+|leider\s+|also\s+|ja\s+|eigentlich\s+|selbst\s+)*"
    r"kein(?:e|en)?\s+(?:\w+\s+)?(?:mitspracherecht|entscheidungsbefugnis\w*|entscheidungsgewalt|prokura|vollmacht|"
    r"budget\w*|unterschriftsberechtigung|zeichnungsberechtigung|befugnis\w*|mandat|einfluss|kompetenz\w*|eigenes budget)\b",
    r"\b(?:ich|bin)\s+(?:\w+\s+)?nicht\s+(?:\w+\s+)?(?:befugt|berechtigt|zeichnungsberechtigt|unterschriftsberechtigt|"
    r"zuständig|autorisiert|derjenige|diejenige|der entscheider|die entscheiderin|entscheidungsbefugt)\b",
    r"\bnicht (?:der|die) (?:\w+\s+)?(?:person|mensch|richtige),?\s+(?:die|der)\s+(?:das\s+|hier\s+)?(?:entscheid\w*|"
    r"unterschreib\w*|das sagen hat|das letzte wort hat)",
    # "ich bin nur der Bote", "ich sammle nur Informationen"
    r"\bich\s+(?:bin|ist)\s+(?:hier\s+)?(?:nur|bloß|lediglich|eigentlich nur|auch nur)\s+(?:der|die|das|ein|eine)?\s*"
    r"(?:bote|botin|überbringer\w*|sprachrohr|briefträger\w*|postbote|mittelsmann|vermittler\w*|assistent\w*|ausführende\w*|"
    r"sachbearbeiter\w*|koordinator\w*)\b",
    r"\bich\s+(?:sammle|sammel|sammelt|trage|trag|hole|hol)\s+(?:hier\s+)?(?:nur|bloß|lediglich|erstmal nur|erst mal nur)\s+"
    r"(?:\w+\s+)?(?:informationen|infos|angebote|daten|zahlen)\b",
    r"\b(?:eine nummer zu groß für mich|über meiner gehaltsstufe|über meine gehaltsstufe|über meinem level|"
    r"nicht meine gehaltsklasse|außerhalb meiner befugnis\w*|außerhalb meiner kompetenz\w*|liegt außerhalb meiner)\b",
    r"\bnicht (?:das|den) (?:letzte[n]? wort|sagen)\b",
    r"\bkein(?:e|en)? eigene[ns]? budget\b",
    r"\bentscheiden\s+(?:tue|tu|kann|darf)\s+ich\s+(?:\w+\s+){0,2}?nicht\b",
    r"\b(?:nur|bloß|lediglich)\s+(?:ausführend|ausführendes organ|der ausführende|die ausführende)\b",
)

_TASK_ASSIGNED = _fill(
    # "ich wurde gebeten, drei Angebote einzuholen", "mein Chef hat mich beauftragt"
    r"\b(?:ich|wir)\s+<w>{0,2}?(?:wurde|wurden|bin|sind|war|waren|ist)\s+(?:\w+\s+){0,3}?(?:gebeten|beauftragt|angewiesen|"
    r"aufgefordert|abgestellt|geschickt|vorgeschickt|eingeteilt|verdonnert|abkommandiert|delegiert|betraut|"
    r"hergeschickt|losgeschickt)\b",
    r"\b(?:{SUP}|man|er|sie)\b<gap:25>\b(?:hat|hatte|haben|hätte)\s+(?:mich|uns)\b<gap:25>\b(?:gebeten|beauftragt|"
    r"angewiesen|geschickt|aufgefordert|betraut|hergeschickt|losgeschickt|drangesetzt|rangesetzt|eingespannt|vorgeschickt)\b",
    r"\b(?:mich|uns)\s+(?:hat|haben|hatte)\s+(?:\w+\s+){0,3}?(?:gebeten|beauftragt|angewiesen|geschickt|aufgefordert|"
    r"betraut|hergeschickt|losgeschickt|vorgeschickt)\b",
    r"\b(?:{SUP})\b<gap:20>\b(?:will|möchte|wollte|hätte gern|erwartet|verlangt|hat gesagt|sagt|meinte)\s*,?\s*(?:dass\s+)?"
    r"(?:ich|wir)\b",
    # "ich soll drei Angebote einholen", "da soll ich mich mal umhören"
    r"\b(?:ich|wir)\s+(?:soll|sollen|solle)\b<gap:40>\b(?:einholen|vergleichen|sammeln|zusammentragen|zusammenstellen|"
    r"prüfen|anschauen|ansehen|angucken|umhören|umschauen|erkundigen|recherchieren|abklopfen|sondieren|besorgen|holen|"
    r"herausfinden|rausfinden|checken|vorbereiten|evaluieren|bewerten)\b",
    r"\b(?:soll|sollen|solle)\s+(?:ich|wir)\b<gap:40>\b(?:einholen|vergleichen|sammeln|zusammentragen|zusammenstellen|"
    r"prüfen|anschauen|ansehen|angucken|umhören|umschauen|erkundigen|recherchieren|abklopfen|sondieren|besorgen|holen|"
    r"herausfinden|rausfinden|checken|vorbereiten|evaluieren|bewerten)\b",
    # "ich muss drei Angebote einholen", "wir brauchen noch ein Vergleichsangebot"
    r"\b(?:einhol\w*|einzuholen|hol\w*|sammel\w*|samml\w*|vergleich\w*|brauch\w*|benötig\w*|vorleg\w*|vorzulegen|"
    r"bekomm\w*|krieg\w*|anfrag\w*|zusammentrag\w*|besorg\w*|muss|müssen)\b<gap:25>\b(?:drei|3|zwei|2|vier|4|fünf|5|"
    r"mehrere|ein paar|einige|verschiedene|mindestens (?:zwei|drei|2|3))\s+<w>?(?:angebot\w*|offert\w*|kostenvoranschl\w*|"
    r"anbieter\w*|lieferanten|vergleichsangebot\w*)",
    r"\b(?:drei|3|zwei|2|vier|4|fünf|5|mehrere|ein paar|einige|verschiedene)\s+<w>?(?:angebote|offerten|kostenvoranschläge|"
    r"anbieter|lieferanten)\b<gap:25>\b(?:einhol\w*|einzuholen|eingeholt|hol\w*|sammel\w*|samml\w*|vergleich\w*|"
    r"vorleg\w*|vorzulegen|vorliegen|haben|anfragen|angefragt)",
    r"\bvergleichsangebot\w*",
    r"\b(?:für die akte|für die unterlagen|der vollständigkeit halber|pro forma|proforma|für die ausschreibung|"
    r"für den preisspiegel|für den vergleich)\b",
    # "meine Aufgabe ist es, Angebote zu sammeln", "ich mache hier nur die Vorauswahl"
    r"\bmeine\s+aufgabe\b<gap:30>\b(?:sammel\w*|samml\w*|zu sammeln|vergleich\w*|zu vergleichen|einhol\w*|einzuholen|"
    r"vorbereit\w*|zusammenstell\w*|zusammenzustellen|recherch\w*|sicht\w*|vorsortier\w*|vorauswahl|finden|zu finden)",
    r"\b(?:vorauswahl|vorarbeit|vorrecherche|vorsortierung|legwork)\b",
    r"\bim auftrag\s+(?:von|vom|des|der|meines|meiner|unseres|unserer)\b",
    r"\bauftrag\s+(?:von|vom)\s+(?:oben|<the>\s+<w>?(?:{SUP}))\b",
    r"\b(?:ich|wir)\s+<w>?(?:habe|hab|haben|hat|hatte|bekam|bekamen|bekommen|gekriegt|kriegte)\s+<w>{0,2}?(?:den|die|einen|eine)\s+"
    r"(?:auftrag|anweisung|ansage|vorgabe)\b",
    r"\b(?:{SUP})\b<gap:20>\b(?:will|möchte|wollte|braucht|erwartet|verlangt)\b<gap:25>\b(?:angebot\w*|übersicht|vergleich|"
    r"aufstellung|zusammenfassung|gegenüberstellung|präsentation|zahlen|entscheidungsvorlage|tischvorlage)",
    r"\b(?:entscheidungsvorlage|tischvorlage|beschlussvorlage|vorstandsvorlage)\w*",
    r"\b(?:erstell\w*|vorbereit\w*|zusammenstell\w*|zusammentrag\w*|aufbereit\w*|schreib\w*)\b<gap:40>\bfür\s+<the>\s+<w>?"
    r"(?:{SUP})\b",
    r"\bfür\s+<the>\s+<w>?(?:{SUP})\b<gap:40>\b(?:übersicht|vergleich|aufstellung|zusammenfassung|präsentation|"
    r"marktrecherche|marktübersicht|vorlage|bericht|memo|gegenüberstellung)\w*",
)

_CHOICE_MADE = _fill(
    # "der Chef hat sich schon für X entschieden", "die Zentrale hat das längst festgelegt"
    r"\b(?:{SUP}|er|sie|oben)\b<free:30>\b(?:schon|bereits|längst|eigentlich schon|im grunde schon)\b<gap:30>\b(?:entschieden|"
    r"ausgesucht|ausgewählt|gewählt|festgelegt|vorgegeben|beschlossen|favorisiert|zugesagt|auserkoren|festgenagelt|"
    r"festgelegt|favorit\w*|im auge|ins auge gefasst|verständigt|geeinigt)\b",
    r"\b(?:{SUP})\b<free:30>\b(?:hat|haben|hatte)\b<free:20>\b(?:entschieden|ausgesucht|ausgewählt|festgelegt|vorgegeben|"
    r"beschlossen|favorit\w*|auserkoren|einen anbieter|einen lieferanten)\b",
    r"\b(?:die\s+)?entscheidung\s+(?:ist|wurde|war)\s+<w>{0,2}?(?:schon|bereits|längst)\s+<w>{0,2}?(?:gefallen|getroffen)\b",
    r"\b(?:von oben|oben|weiter oben|vom konzern|von der (?:zentrale|gruppe|holding|geschäftsführung|geschäftsleitung|"
    r"konzernmutter|führung)|vom (?:chef|vorstand|mutterkonzern|management)|in der zentrale|auf konzernebene|"
    r"auf gruppenebene|höheren orts|höherenorts)\b<gap:25>\b(?:entschieden|festgelegt|vorgegeben|beschlossen|"
    r"ausgewählt|gesetzt|ausgesucht|verordnet|angeordnet)\b",
    r"\b(?:entschieden|festgelegt|vorgegeben|beschlossen|ausgewählt|ausgesucht|verordnet|angeordnet)\b<gap:15>\b(?:von oben|"
    r"vom konzern|von der (?:zentrale|gruppe|holding|geschäftsführung|geschäftsleitung|konzernmutter)|vom (?:chef|vorstand|"
    r"mutterkonzern|management))\b",
    r"\b(?:beschlossene sache|ausgemachte sache|längst entschieden|schon entschieden|bereits entschieden)\b",
    r"\b(?:konzernvorgabe\w*|rahmenvertr[aä]g\w*|gesetzte[rn]? (?:lieferant|anbieter)\w*|haus- und hoflieferant\w*|"
    r"preferred supplier|vorgegebene[rn]? (?:lieferant|anbieter)\w*|bevorzugte[rn]? (?:lieferant|anbieter)\w*|"
    r"lieferantenliste|konzernweit\w*)\b",
    r"\b(?:die )?würfel sind\b<gap:25>\bgefallen\b",
    r"\b(?:{SUP}|er|sie)\b<free:25>\b(?:will|möchte|bevorzugt|favorisiert|tendiert|mag|hätte gern|hätte lieber)\b<gap:25>"
    r"\b(?:den anderen|die anderen|einen anderen|eine andere|den bisherigen|den alten|die konkurrenz|den wettbewerb|"
    r"ihren wettbewerber|den mitbewerber)\w*",
    r"\b(?:nur noch|bloß noch|lediglich)\s+<w>?(?:zum |als |für den )?(?:vergleich|preisvergleich|benchmark|formsache|"
    r"abgleich|gegencheck|gegenprüfung|pflichtübung)\b",
    r"\breine (?:formsache|pflichtübung|formalität)\b",
    r"\b(?:konzernlieferant|stammlieferant|hauslieferant)\w*",
)

_ACCESS_NONE = _fill(
    # "er ist schwer zu erreichen", "an den Chef kommt man kaum ran"
    r"\b(?:er|sie|ihn|{SUP})\b<gap:30>(?<!nicht )\b(?:schwer|kaum|schlecht|selten|fast nie|nie|nur schwer|so gut wie nie|"
    r"praktisch nie|schwierig)\s+(?:zu\s+)?(?:erreich\w*|greifbar|zu greifen|zu kriegen|zu fassen|zu packen|"
    r"dranzukommen|ranzukommen|heranzukommen|zu sprechen|verfügbar|ansprechbar|da|im (?:haus|büro)|zu erwischen)",
    r"\ban\s+(?:ihn|sie|<the>\s+<w>?(?:{SUP}))\s+(?:\w+\s+){0,4}?(?:nicht|kaum|schwer|schlecht|nie)\s+(?:\w+\s+)?"
    r"(?:ran|heran|dran)\b",
    r"(?<!nicht )\b(?:schwer|kaum|schwierig)\s+(?:an (?:ihn|sie|<the>\s+<w>?(?:{SUP}))\s+)?(?:ranzukommen|heranzukommen|"
    r"dranzukommen)\b",
    # "mein Chef ist ständig unterwegs", "sie ist dauernd in Meetings"
    r"\b(?:er|sie|{SUP})\s+(?:ist|sind|war)\s+<w>{0,2}?(?:ständig|dauernd|immer|permanent|andauernd|oft|viel|meistens|total|"
    r"extrem|sehr|wahnsinnig|viel zu|komplett|völlig|gerade|aktuell|wochenlang|monatelang)\s+<w>{0,2}?(?:unterwegs|auf reisen|"
    r"beschäftigt|eingespannt|ausgebucht|verplant|im stress|busy|in (?:meetings|terminen|besprechungen)|auf geschäftsreise|"
    r"im ausland|weg)\b",
    # "ich kann ihn da nicht dazuholen", "er empfängt keine Vertreter"
    r"\b(?:ihn|sie|<the>\s+<w>?(?:{SUP}))\b[^.?!]{0,30}?\b(?:nicht|kaum|schwerlich|nie)\s+(?:\w+\s+)?(?:dazu(?:holen|bitten|"
    r"bekommen|kriegen|bewegen)|einladen|mitbringen|herholen|einbinden|ins boot holen|an den tisch|in (?:einen|den|so einen|"
    r"das) (?:termin|meeting|call|gespräch))",
    r"\b(?:er|sie|{SUP})\b<gap:20>\b(?:nimmt|nehmen|kommt|kommen|macht|machen|empfängt|empfangen|spricht|sprechen|redet|"
    r"reden|trifft|treffen)\b[^.?!]{0,40}?\b(?:nicht|keine|nie|selten|ungern)\b[^.?!]{0,30}?\b(?:teil|termin\w*|meeting\w*|"
    r"vertreter\w*|vertriebl\w*|verkäufer\w*|anbieter\w*|dienstleister\w*|call\w*|lieferanten)\b",
    r"\b(?:er|sie|{SUP})\b<gap:20>\b(?:hat|haben)\s+<w>{0,2}?(?:keine|nie|selten|kaum)\s+zeit\b",
    r"\b(?:alles|das|es)\s+<w>?(?:läuft|geht|laufen|muss)\s+<w>?über mich\b",
    r"\b(?:den|die|ihn|sie)\s+(?:kriegen|bekommen|erreichen|erwischen)\s+(?:sie|man|ich|wir)\s+(?:\w+\s+){0,2}?(?:nicht|kaum|nie|"
    r"schwer)\b",
    r"\b(?:rufen|schreiben|kontaktieren|mailen) sie\s+(?:ihn|sie|<the>\s+<w>?(?:{SUP}))\s+(?:\w+\s+)?(?:bitte\s+)?"
    r"(?:nicht|besser nicht|lieber nicht)\b",
    r"\b(?:den|die|ihn|sie)\s+(?:brauchen|müssen)\s+sie\s+(?:gar\s+)?nicht\s+(?:\w+\s+)?(?:anzurufen|zu kontaktieren|"
    r"anzuschreiben|zu fragen|einzubinden)\b",
    r"\b(?:will|möchte|darf)\s+(?:damit|mit sowas|mit so etwas)\s+(?:\w+\s+)?nicht\s+(?:behelligt|belästigt|gestört|"
    r"behelligen|belästigen)\b",
)

_VAGUE_ANSWER = _fill(
    # "ich weiß nicht, wie hoch das Budget ist", "weiß ich nicht", "keine Ahnung"
    r"\bwei(?:ß|ss)\s+(?:ich\s+)?(?:\w+\s+){0,2}?(?:nicht|nich|net)\b<gap:40>\b(?:budget\w*|wann|zeitplan|wie viel|"
    r"wieviel|wer|prozess|ablauf|zahlen|kosten|geld|zeitrahmen|termin|preis\w*|rahmen|genau|wie hoch|bis wann)\b",
    r"\bwei(?:ß|ss) ich\s+(?:auch\s+|ehrlich gesagt\s+|leider\s+|noch\s+|echt\s+|wirklich\s+|so\s+)?(?:nicht|nich|net)\b",
    r"\b(?:ich\s+)?wei(?:ß|ss)\s+(?:es\s+|das\s+)?(?:auch\s+|ehrlich gesagt\s+|leider\s+|noch\s+)?(?:nicht|nich)\s*"
    r"(?:so (?:genau|recht)|genau|recht)?\s*(?:\.\.\.|…)",
    r"\bkeine ahnung\b", r"\bkein(?:en)? (?:plan|schimmer|blassen schimmer)\b",
    r"\bkann\s+(?:ich\s+)?(?:ihnen\s+|dir\s+|euch\s+)?(?:\w+\s+){0,2}?(?:nicht|noch nicht|nichts)\s+(?:\w+\s+){0,2}?"
    r"(?:sagen|beantworten|beurteilen|einschätzen|abschätzen|beziffern)\b",
    r"\b(?:das\s+)?(?:lässt|lasst)\s+sich\s+(?:\w+\s+)?(?:schwer|nicht|kaum)\s+(?:\w+\s+)?sagen\b",
    # "schwer zu sagen", "mal sehen", "das steht in den Sternen"
    r"(?<!nicht )(?<!nicht so )\b(?:schwer|schwierig|kaum)\s+zu\s+sagen\b",
    r"\b(?:mal (?:sehen|schauen|gucken)|schau(?:en|n) wir mal|sehen wir mal|wir werden sehen|das wird sich (?:noch )?zeigen|"
    r"muss sich (?:noch )?zeigen|steht (?:noch )?in den sternen|mal abwarten|abwarten und tee trinken)\b",
    r"\b(?:irgendwann|demnächst mal|früher oder später|bei gelegenheit|perspektivisch|auf lange sicht|in absehbarer zeit|"
    r"zu gegebener zeit|irgendwann mal)\b",
    r"\bnicht (?:ganz |so |hundertprozentig )?sicher,?\s+(?:ob|wann|wie|wer|was|wo|wieviel)\b",
    r"\b(?:budget|zeitplan|zeitrahmen|zeitpunkt|preisrahmen|rahmen|ablauf|prozess|termin)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:ist|steht|sind|stehen)\s+(?:\w+\s+){0,2}?(?:noch\s+)?(?:unklar|offen|ungeklärt|nicht (?:fest|klar|definiert|"
    r"geklärt|bekannt|festgelegt))\b",
    r"\b(?:da\s+)?bin\s+ich\s+(?:da\s+|leider\s+|ehrlich gesagt\s+)?überfragt\b|\bich bin\s+(?:da\s+|leider\s+)?überfragt\b",
    r"\bnicht (?:ganz |so )?(?:im bilde|auf dem laufenden|im thema|involviert)\b",
    r"\bnicht (?:der|die) richtige\w* (?:ansprechpartner\w*|person)\b",
    r"\bhängt von (?:vielen|verschiedenen|einigen|mehreren|so vielen) (?:faktoren|dingen|sachen)\b",
    r"\b(?:es gibt|gibt es|haben|hab|habe)\s+(?:noch\s+)?kein(?:en|e)?\s+(?:feste[ns]?\s+|konkrete[ns]?\s+|genaue[ns]?\s+)?"
    r"(?:zeitplan|budget|termin|zeitrahmen|zeithorizont)\b",
    r"(?<!keine )(?<!keine so )(?<!kein so )\b(?:das ist\s+)?(?:eine\s+)?(?:gute|schwierige|knifflige|berechtigte) frage\b",
)

_STALL_SOFT = _fill(
    r"\b(?:wir|lassen sie uns|lasst uns|lass uns|bleiben wir)\b<gap:15>\bin kontakt\b",
    r"\b(?:wir hören voneinander|man hört sich|wir hören uns|wir sprechen uns)\b",
    r"\b(?:ich|wir)\s+melde\w*\s+(?:mich|uns)\b(?![^.?!]{0,30}\b(?:montag|dienstag|mittwoch|donnerstag|freitag|morgen|heute|"
    r"bis|am \d|nächste woche|diese woche))",
    r"\b(?:ich|wir)\s+(?:komme|kommen)\s+<w>{0,2}?(?:auf sie|darauf|drauf|auf das thema)\s+zurück\b",
    r"\b(?:schicken|senden|mailen|schick|send|lassen)\b<gap:40>\b(?:unterlagen|infos?|informationen|material\w*|broschüre\w*|"
    r"prospekt\w*|präsentation|folien|flyer|infomaterial|datenbl[aä]tt\w*|übersicht|referenzen|whitepaper|produktblatt|"
    r"one-?pager|deck|produktinfos|katalog|visitenkarte|karte|kontaktdaten)\b",
    r"\b(?:vielleicht|eventuell|evtl|möglicherweise|eher|wahrscheinlich|frühestens)\s+<w>?(?:im|nächste[ns]?|kommende[ns]?|ab|"
    r"nach|zum|in|anfang|ende)\s+<w>?(?:quartal|jahr|monat|sommer|herbst|winter|frühjahr|frühling|jahreswechsel|"
    r"neuen jahr|budgetrunde|budgetplanung|geschäftsjahr|urlaub|sommerpause|messe|q[1-4])\b",
    r"\b(?:nicht der richtige|kein guter|nicht der passende|ein ungünstiger|ungünstige[rn]?)\s+(?:zeitpunkt|moment)\b",
    r"\b(?:gerade|im moment|momentan|zurzeit|aktuell)\s+(?:etwas\s+|eher\s+|ganz\s+)?(?:ungünstig|schlecht|nicht so gut|zu viel)\b",
    r"\bpasst\s+(?:gerade|im moment|jetzt|zurzeit|aktuell|momentan)\s+(?:nicht|schlecht|eher schlecht)\b",
    r"\b(?:kommen wir|lassen sie uns|lasst uns|lass uns|wir können|wir sollten|wir könnten|sprechen wir|reden wir|wir)\b<gap:25>"
    r"\b(?:später|nochmal|noch mal|wieder|erneut)\s+<w>?(?:drauf zurück|darauf zurück|zurück|sprechen|reden|telefonieren|"
    r"aufgreifen|zusammensetzen|angehen|anschauen|austauschen|zusammenkommen)\b",
    r"\bhalten sie (?:mich|uns)\b<gap:15>\b(?:auf dem laufenden|informiert|up to date)\b",
    r"\b(?:kein(?:e)? (?:eile|hektik|stress)|eilt nicht|hat keine eile)\b", r"\b(?:das|es)\s+hat\s+(?:noch\s+)?zeit\b",
    r"\bwir\s+<w>{0,2}?(?:schauen|sehen|orientieren|informieren|hören)\s+uns\s+<w>{0,2}?(?:um|erst mal um|erstmal um)\b",
    r"\b(?:orientierungs|findungs|informations|sondierungs|erkundungs)phase\b",
    r"\b(?:wir|ich)\s+(?:sind|bin|stehen|stehe)\s+<w>?(?:noch\s+)?(?:ganz\s+)?am anfang\b",
    r"\b(?:nach|vor)\s+(?:der|den)\s+(?:sommerpause|ferien|budgetplanung|budgetrunde|feiertagen|messe|umstrukturierung)\b",
    r"\bsacken lassen\b", r"\bnicht (?:so |besonders |sonderlich )?(?:dringend|akut|eilig|prioritär)\b",
    r"\b(?:keine|niedrige|geringe) priorität\b",
    r"\bmelden sie sich\b<gap:30>\b(?:nochmal|noch mal|wieder|später|in (?:einem|ein paar|zwei|drei|sechs)\s+\w+)",
)

_AVOIDANCE = _fill(
    r"\b(?:wich|weicht|wichen|weichen|auswich|ausweich\w*|auszuweichen)\b<gap:25>\b(?:blick\w*|augen(?!blick)\w*|"
    r"augenkontakt\w*|frage\w*)",
    r"\b(?:blick\w*|augen(?!blick)\w*|augenkontakt\w*|fragen?)\s+<w>{0,2}?(?:ausgewichen|ausweich\w*|vermied\w*|"
    r"vermeid\w*|aus(?=\s*(?:[.,;!]|$)))",
    r"\b(?:vermied|vermeidet|vermeidet|vermieden|mied|meidet)\b<gap:20>\b(?:blick\w*|augenkontakt\w*|augen)\b",
    r"\bkein(?:en)? (?:augenkontakt|blickkontakt)\b",
    r"\bnicht\s+(?:\w+\s+){0,2}?in die augen\b",
    r"\b(?:schaute|schaut|sah|sieht|blickte|blickt|guckte|guckt)\s+<w>{0,2}?(?:weg|zur seite|zu boden|auf den boden|"
    r"auf den tisch|aus dem fenster|zur tür|auf die tür|aufs handy|auf (?:sein|ihr|mein|das) handy|auf die uhr|"
    r"auf (?:seine|ihre|meine) uhr|immer wieder auf)\b",
    r"\b(?:ständig|dauernd|immer wieder|andauernd)\s+(?:auf\s+)?<w>?(?:aufs handy|auf (?:sein|ihr|mein|das) handy|auf die uhr|"
    r"auf (?:seine|ihre|meine) uhr|zur tür)\b",
    r"(?<!nicht )(?<!kein bisschen )\b(?:nervös|fahrig|zappelig|ausweichend|verkrampft|gehetzt)\b",
    r"\b(?:wirkte|wirkt|schien|scheint)\s+<w>{0,2}?(?:verlegen|unsicher|angespannt|unruhig|abwesend|"
    r"unbehaglich|verunsichert)\b",
    r"\b(?:druckst\w*|druckste)\s+(?:\w+\s+)?herum\b|\b(?:herumgedruckst|rumgedruckst|herumdrucksen|rumdrucksen)\b",
    r"\b(?:rutschte|rutscht)\b<gap:30>\bhin und her\b",
    r"\b(?:spielte|spielt|fummelte|fummelt|nestelte|nestelt)\b<gap:15>\b(?:mit|an)\s+(?:\w+\s+)?(?:stift|kugelschreiber|kuli|"
    r"handy|ring|ärmel|krawatte|unterlagen)\b",
    r"\b(?:wand|windet) (?:mich|sich)\b",
)

_OWN_BUDGET = _fill(
    r"\bmein(?:em|es|e|er)?\s+(?:eigene[nms]?\s+)?(?:budget|etat|kostenstelle|p&l|gu?v)\b",
    r"\b(?:ich|wir)\s+<w>?(?:habe|hab|hat|verwalte|verwaltet|kontrolliere|verantworte|verantwortet|führe|halte|besitze)\s+"
    r"<w>{0,2}?(?:die\s+|das\s+|ein\s+|eigenes\s+|ein eigenes\s+)?(?:budgethoheit|budgetverantwortung|kostenstelle|"
    r"etat|budget)\w*\b",
    r"\b(?:budgethoheit|budgetverantwortung|das budget|das geld|den etat|die kostenstelle)\s+(?:habe|hab|hat|verwalte|verantworte|"
    r"halte|kontrolliere)\s+(?:\w+\s+)?ich\b(?![^.?!,;]{0,15}\bnicht\b)",
    r"\bich\s+<w>{0,5}?(?:eingeplant|eingestellt|zurückgelegt|reserviert|bereitgestellt|budgetiert|vorgesehen|"
    r"beiseitegelegt|locker ?gemacht|eingepreist|bewilligt|freigegeben)\b",
    r"\b(?:das\s+)?(?:budget|geld|etat)\s+<w>?(?:liegt|ist|kommt)\s+<w>?(?:bei mir|in meiner hand|meins|meine sache|"
    r"in meiner verantwortung|von mir)\b",
    r"\bich\s+<w>?(?:unterschreib\w*|unterzeichn\w*|zeichne|zeichnet|genehmig\w*|gebe|geb)\s+<w>?(?:die\s+|alle\s+)?"
    r"(?:rechnungen|bestellungen|bestellung|verträge|vertrag|investitionen|ausgaben|budget\w*|freigaben|pos|po|"
    r"beschaffungen|einkäufe)\b",
    r"\b(?:die\s+)?(?:rechnungen|bestellungen|verträge|investitionen|ausgaben|freigaben)\s+(?:unterschreibe|zeichne|"
    r"genehmige|gebe)\s+ich\b(?![^.?!,;]{0,15}\bnicht\b)",
    r"\b(?:ich|kann|darf)\s+<w>{0,4}?(?:selbst|allein|alleine|selber|eigenständig|bis zu|bis|direkt)\s+<w>{0,3}?"
    r"(?:freigeben|genehmigen|unterschreiben|ausgeben|investieren|bestellen|abzeichnen)\b",
    r"\b(?:ich|wir)\s+<w>{0,2}?(?:kann|darf|könnte)\s+<w>{0,2}?(?:frei\s+)?über\s+(?:das|ein|mein|dieses)\s+budget\s+"
    r"(?:frei\s+)?verfüg\w*",
    r"\b(?:ich|wir) (?:zahle|zahlen|bezahle|bezahlen)\b<gap:15>\b(?:aus (?:meinem|eigener)|selbst)\b",
)

_OWN_DECISION = _fill(
    # "das ist meine Entscheidung", "das ist mein Projekt"
    r"\b(?:ist|bleibt|wäre)\s+<w>{0,2}?(?:meine (?:entscheidung|sache|wahl|baustelle|verantwortung)|mein (?:projekt|bereich|"
    r"ressort|thema|baby|ding))\b",
    r"\bmeine entscheidung\s*[.!]",
    # "ich entscheide das", "ich habe hier das letzte Wort"
    r"\bich\s+<w>{0,2}?(?:entscheide|entscheid|entscheidet|bestimme|genehmige|unterschreibe|treffe\s+(?:hier\s+)?die\s+"
    r"entscheidung\w*|trifft\s+(?:hier\s+)?die\s+entscheidung\w*|(?:habe|hab|hat)\s+(?:hier\s+|da\s+|dabei\s+|am ende\s+)?"
    r"(?:das letzte wort|das sagen|den hut auf|die entscheidungsgewalt|die entscheidungsbefugnis|prokura|freie hand))\b"
    r"(?![^.?!,;]{0,20}\b(?:nicht|nie|kein\w*)\b)",
    # "das entscheide ich", "die Entscheidung treffe ich", "das letzte Wort habe ich"
    r"\b(?:das|es|dies|darüber|sowas|so was|so etwas|solche (?:dinge|sachen|käufe|anschaffungen|investitionen))\s+<w>?"
    r"(?:entscheid\w*|bestimme|unterschreibe|genehmige)\s+(?:ich|immer noch ich|letztlich ich|am ende ich)\b"
    r"(?![^.?!,;]{0,15}\b(?:nicht|nie|kein\w*)\b)",
    r"\b(?:entscheide|bestimme|unterschreibe|genehmige)\s+ich\b(?:\s+(?:das|es|hier|da|dann|selbst|allein|alleine|selber))*"
    r"(?=\s*(?:[.!,;]|$|\b(?:und|weil|denn)\b))",
    r"\b(?:treffe\s+ich\s+(?:hier\s+|da\s+)?die\s+entscheidung\w*|hab(?:e)?\s+ich\s+(?:hier\s+|da\s+|dabei\s+)?"
    r"(?:das letzte wort|das sagen))\b(?![^.?!,;]{0,15}\b(?:nicht|nie)\b)",
    r"\b(?:die\s+)?entscheidung(?:en)?\s+(?:treffe|trifft|treff)\s+<w>?ich\b(?![^.?!,;]{0,15}\b(?:nicht|nie)\b)",
    r"\bdas (?:letzte|finale) wort\s+(?:habe|hab|hat)\s+<w>?ich\b(?![^.?!,;]{0,15}\b(?:nicht|nie)\b)",
    # "die Entscheidung liegt bei mir"
    r"\b(?:entscheidung|wahl|letzte wort|sagen)\s+<w>{0,2}?(?:liegt|ist|bleibt)\s+<w>{0,2}?(?:bei mir|in meiner hand|"
    r"in meinen händen|meine sache)\b",
    # "ich brauche niemanden zu fragen", "ich brauche keine Freigabe", "ich muss nicht erst fragen"
    r"\b(?:brauch\w*|muss|müsste|benötig\w*)\s+(?:\w+\s+){0,3}?(?:niemand\w*|keine[nmr]?|nicht(?!\s+nur\b))\s+(?:\w+\s+){0,3}?"
    r"(?:zu\s+)?(?:fragen|um erlaubnis|um zustimmung|freigabe|genehmigung|zustimmung|erlaubnis|okay|segen|unterschrift|"
    r"rückendeckung|absegnung|rückfrage|abzustimmen|rücksprache|abzuklären)\b",
    # "ich kann das heute entscheiden", "das kann ich allein entscheiden"
    r"\b(?:ich|wir)\s+<w>{0,2}?(?:kann|können|könnte|könnten)\s+<w>{0,3}?(?:heute|sofort|jetzt|gleich|hier|direkt|selbst|"
    r"allein|alleine|selber|eigenständig|kurzfristig|schnell|diese woche|auf der stelle)\s+<w>{0,2}?(?:entscheiden|zusagen|"
    r"unterschreiben|freigeben|bestellen|beauftragen)\b",
    r"\b(?:kann|können|könnte)\s+(?:ich|wir)\s+<w>{0,3}?(?:heute|sofort|jetzt|gleich|hier|direkt|selbst|allein|alleine|"
    r"selber|eigenständig|kurzfristig|schnell)\s+<w>{0,2}?(?:entscheiden|zusagen|unterschreiben|freigeben|bestellen|"
    r"beauftragen)\b",
    # "wenn mich das überzeugt, kaufen wir"
    r"\bwenn\s+(?:es|das|mir das|mich das|mir es|es mir|es mich)\s+<w>?(?:mir\s+|mich\s+)?(?:gefällt|passt|überzeugt|zusagt)\b"
    r"<gap:25>\b(?:kaufen|machen|nehmen|bestellen|unterschreiben|unterschreibe|kaufe|nehme|bestelle|mache)\b",
    # "ich habe entschieden", "ich hab mich schon entschieden"
    r"\bich\s+<w>?(?:habe|hab|hat)\s+(?:mich\s+|sich\s+)?(?:schon\s+|bereits\s+|jetzt\s+|nun\s+|längst\s+)?"
    r"(?:entschieden|beschlossen|festgelegt)\b(?![^.?!,;]{0,15}\b(?:nicht|dagegen)\b)",
    # "ich bin hier der Entscheider", "ich bin der Geschäftsführer"
    r"\b(?:ich\s+(?:bin|ist)|bin\s+ich)\s+(?:hier\s+|da\s+|dafür\s+|letztlich\s+|am ende\s+)?(?:der|die|derjenige|diejenige)"
    r"\s*,?\s*(?:die|der|welche[r]?)?\s*(?:hier\s+|das\s+)?(?:entscheid\w*|unterschreib\w*|das sagen hat|"
    r"das letzte wort hat|zahlt|entscheidungsträger\w*|inhaber\w*|geschäftsführer\w*|chef\w*|budgetverantwortliche\w*)\b",
    r"\bich\b<free:40>\bund\s+(?:entscheid\w*|unterschreib\w*|bestimm(?:e|t))\s+(?:das\s+|hier\s+|dann\s+)?(?:selbst|allein|"
    r"alleine|selber|eigenständig)\b",
    r"\bich\s+verantworte\s+(?:das|dieses|den|die)\s+(?:\w+\s+)?(?:projekt|budget|einkauf|bereich|thema|entscheidung|"
    r"investition|anschaffung)\b",
    r"\b(?:das|es)\s+liegt\s+<w>{0,2}?(?:bei mir|in meiner hand|in meinen händen)\b",
    r"\bliegt\s+(?:das|es|die entscheidung)\s+<w>{0,2}?(?:bei mir|in meiner hand|in meinen händen)\b",
    r"\b(?:das|es|dies)\s+kann\s+ich\s+(?:auch\s+)?(?:selbst\s+|allein\s+|alleine\s+)?entscheiden\b|\bich\s+kann\s+(?:das|es)\s+"
    r"(?:auch\s+)?entscheiden\b",
    r"\bmeine\s+(?:leute|mitarbeiter\w*|mannschaft|abteilung|firma|team)\s+(?:wird|werden|soll|sollen)\b<gap:25>"
    r"\b(?:nutzen|einsetzen|einführen|umsetzen|damit arbeiten)\b",
)

_SET_TERMS = _fill(
    # "wir müssen bis März live sein", "spätestens Ende Juni muss das laufen"
    r"\b(?:bis|spätestens|vor|zum)\s+(?:zum\s+|ende\s+|anfang\s+|mitte\s+|spätestens\s+)?<date><gap:30>\b(?:live|produktiv|"
    r"in betrieb|am laufen|laufen|fertig|installiert|geliefert|umgesetzt|eingeführt|einsatzbereit|startklar|am start|"
    r"unterschrieben|abgeschlossen|online|stehen|da sein|auf dem tisch)\b",
    r"\b(?:live|produktiv|in betrieb|am laufen|laufen|fertig|installiert|geliefert|umgesetzt|eingeführt|einsatzbereit|"
    r"startklar|unterschrieben|abgeschlossen|online)\b<gap:20>\b(?:bis|spätestens|vor)\s+(?:zum\s+|ende\s+|anfang\s+|"
    r"mitte\s+)?<date>",
    r"\b(?:ich|wir)\s+<w>?(?:brauche|brauchen|brauch|will|wollen|erwarte|erwarten)\s+(?:das|es|alles|die\s+\w+|den\s+\w+)\s+"
    r"<w>{0,2}?(?:bis|spätestens|bis spätestens|bis zum|bis ende|spätestens zum|spätestens ende)\s+<w>?<date>",
    r"\b(?:deadline|stichtag|go-?live|liefertermin|starttermin|zieltermin|projektstart|einführungstermin)\s+<w>{0,2}?"
    r"(?:ist|wäre|liegt|steht)\b",
    r"\b(?:ich|wir)\s+<w>?(?:brauche|brauch|brauchen|erwarte|erwarten|will|wollen)\s+(?:von ihnen\s+|von euch\s+)?"
    r"(?:\w+\s+)?(?:drei|zwei|vier|fünf|folgende|folgendes|ein paar|genau)\s+(?:\w+\s+)?(?:dinge|punkte|sachen|"
    r"voraussetzungen|bedingungen|anforderungen|kriterien)\b",
    r"\b(?:meine|unsere)\s+(?:bedingungen|kriterien|anforderungen|vorgaben|voraussetzungen)\s+(?:sind|lauten)\b",
    r"\b(?:das|die|dies)\s+(?:ist|sind)\s+(?:meine|unsere)\s+(?:bedingung|bedingungen|schmerzgrenze|obergrenze|"
    r"preisgrenze|deadline|mindestanforderung\w*|vorgabe)\b",
    r"\b(?:meine|unsere)\s+(?:schmerzgrenze|obergrenze|preisgrenze)\s+(?:ist|liegt)\b",
    r"\bwenn\s+(?:sie|ihr)\b<gap:60>\b(?:haben wir einen deal|sind wir im geschäft|kommen wir ins geschäft|sind wir dabei|"
    r"machen wir das|unterschreibe ich|unterschreiben wir|kaufen wir|bestellen wir|nehmen wir|ist der auftrag ihrer|"
    r"haben sie den auftrag|kriegen sie den auftrag|bekommen sie den auftrag|ist das gebongt|ist der deal durch|"
    r"gehört der auftrag ihnen|bekommen sie den zuschlag)\b",
    r"\b(?:ich|wir)\s+<w>{0,2}?(?:will|wollen|möchte|möchten|brauche|brauchen|erwarte|erwarten)\s+<w>{0,2}?(?:ein\w*|das|den|"
    r"die|ihr\w*)\s+(?:\w+\s+)?(?:angebot|pilot\w*|testphase|vertrag\w*|konzept|finale[ns]? angebot|letzte[ns]? angebot|"
    r"bestpreis|besten preis|kalkulation)\b<gap:25>\b(?:bis|spätestens|am|zum|vor)\b",
    r"\b(?:ich|wir)\s+<w>?(?:unterschreibe|unterschreiben|kaufe|kaufen|bestelle|bestellen|mache|machen)\s+<w>{0,2}?"
    r"(?:nur|erst)\s*,?\s*(?:dann\s*,?\s*)?(?:wenn|sobald|falls|unter der bedingung)\b",
    r"\bich erwarte(?: von ihnen)?\s*,?\s*dass\b",
    r"\bfür mich (?:ist|sind) (?:\w+\s+)?(?:wichtig|entscheidend|ausschlaggebend|zwingend|ein muss|das wichtigste)\b",
    r"\b(?:ko-kriterium|ausschlusskriterium|muss-kriteri\w*|no-go)\b",
    r"\bsonst\s+(?:brauchen|müssen)\s+wir\s+(?:gar\s+)?nicht\s+(?:weiter(?:reden|sprechen)|weiter zu reden|weiterzureden)\b",
    r"\b(?:ist|sind)\s+<w>?(?:pflicht|ein muss|zwingend|zwingende voraussetzung|grundvoraussetzung|bedingung)\b",
    r"\bmehr\s+(?:gebe|geben|zahle|zahlen|investiere|investieren)\s+(?:ich|wir)\s+(?:dafür\s+)?nicht\b",
)

_COMMIT_DATED = _fill(
    # "wir unterschreiben am Freitag", "lassen Sie uns nächste Woche starten", "am Montag legen wir los"
    r"\b(?:lassen sie uns|lasst uns|lass uns|wir|ich)\s+<w>{0,2}?(?:unterschreiben|unterschreibe|starten|starte|beginnen|"
    r"beginne|anfangen|bestellen|bestelle|buchen|buche|fixieren|festmachen|beauftragen|beauftrage|legen los|lege los|"
    r"loslegen|einplanen|terminieren|ansetzen|unterzeichnen|abschließen|schließen ab|machen den vertrag|zusagen|sage zu)\b"
    r"<gap:40>\b<date>",
    r"\b<date><gap:30>\b(?:unterschreiben|starten|beginnen|bestellen|buchen|legen|fangen|machen|fixieren|unterzeichnen|"
    r"treffen|setzen|schließen|unterschreibe|starte|beginne|bestelle|buche|lege|fange|mache)\s+(?:wir|ich)\b",
    r"\b(?:lassen sie uns|lasst uns|lass uns|wollen wir|sollten wir|werden wir|würde ich|möchte ich|möchten wir|"
    r"ich will|wir wollen|ich werde|wir werden)\b<gap:30>\b<date><gap:30>\b(?:unterschreiben|starten|beginnen|bestellen|"
    r"buchen|loslegen|anfangen|fixieren|festmachen|unterzeichnen|ansetzen|einplanen|machen|abschließen|beauftragen)\b",
    r"\b(?:schicken|senden|mailen) sie mir\s+(?:den|die|das)\s+(?:\w+\s+)?(?:vertrag|vertragsentwurf|auftragsbestätigung|"
    r"bestellformular|bestellschein|vertragsunterlagen|rahmenvertrag)\b",
    r"\b(?:machen|setzen) sie\s+<w>?(?:den|einen) vertrag\b",
    r"\b(?:abgemacht|gebongt|wir sind im geschäft|machen wir so|so machen wir das|so machen wir es|top,? machen wir)\b"
    r"(?![^.?!,]{0,12}\bnicht\b)",
    r"\b(?:ich bin dabei|wir sind dabei|wir nehmen (?:es|das|ihn|sie)|ich nehme (?:es|das|ihn|sie)|wir machen das|"
    r"machen wir das|machen wir es)(?:\s+(?:so|jetzt|gleich|ab sofort))?\s*(?:[.!]|$)",
    r"\b(?:lassen sie uns|lasst uns|lass uns)\s+(?:\w+\s+){0,3}?(?:festhalten|fixieren|eintragen|festmachen|einplanen|"
    r"terminieren|loslegen)\b",
    r"\b(?:halten|machen|legen)\s+wir\b<gap:30>\bfest\b",
    r"\b(?:lassen sie uns|lasst uns|lass uns|wir|ich)\s+<w>{0,4}?(?:den|die|das)\s+(?:kick-?off|pilot\w*|start|projektstart|"
    r"unterzeichnung|vertragsunterzeichnung|einführung|installation|schulung|testphase)\s+(?:für|auf|am)\s+(?:den\s+)?<date>",
    r"\bich\s+<w>?(?:gebe|geb)\s+(?:ihnen|dir|euch)\s+<w>{0,2}?(?:den auftrag|den zuschlag|die zusage|grünes licht|das go)\b",
    r"\bsie (?:haben|bekommen|kriegen) den (?:auftrag|zuschlag)\b",
    r"\b(?:unterschreiben|starten|beginnen|bestellen|buchen|machen|legen|fangen)\s+(?:wir|ich)\b<gap:40>\b<date>",
    r"\b(?:wir|ich)\s+<w>{0,2}?(?:machen|mache)\s+(?:den|die|das)\s+(?:pilot\w*|test\w*|kick-?off|vertrag|auftrag)\b<gap:30>"
    r"\b<date>",
)

_REFUSE_CLEAR = _fill(
    r"\b(?:wir|ich)\s+(?:(?:kaufen|kaufe|machen|mache|nehmen|nehme|unterschreiben|unterschreibe|bestellen|bestelle|wechseln|"
    r"wechsle)\s+(?:(?:das|es|dies|diese[snm]?|ihr\w*|so was|sowas|so etwas|den vertrag|das angebot|das system|"
    r"die lösung)\s+)?|(?:brauchen|brauche)\s+(?:das|es|dies|diese[snm]?|ihr\w*|so was|sowas|so etwas)\s+)"
    r"(?:auch\s+|also\s+|dann\s+|definitiv\s+|ganz sicher\s+|sicher\s+|dieses jahr\s+|jetzt\s+|"
    r"erstmal\s+|erst mal\s+)?(?:nicht|nichts|keine?n?)\b(?!\s+(?:nur|mehr als|allein|alleine|sofort|gleich|heute|jetzt|"
    r"freigabe|genehmigung|zustimmung|erlaubnis|sorgen|gedanken|stress|problem|an|kompromisse|rücksicht)\b)",
    r"\b(?:das|es|sowas|so was|so etwas|dieses jahr|jetzt)\s+(?:kaufen|machen|nehmen|unterschreiben|bestellen|brauchen|"
    r"kaufe|mache|nehme|unterschreibe|bestelle|brauche)\s+(?:wir|ich)\s+(?:also\s+|dann\s+|definitiv\s+|sicher\s+|"
    r"ganz sicher\s+|auch\s+|erstmal\s+)?(?:nicht|nichts|kein\w*)\b(?!\s+(?:allein|alleine|nur|sofort|gleich|heute|jetzt))",
    r"\b(?:wir|ich)\s+werden?\s+(?:das|es|dies)?\s*(?:definitiv|sicher|ganz sicher|also)?\s*(?:nicht|nichts)\s+"
    r"(?:kaufen|machen|unterschreiben|bestellen|umsetzen|weiterverfolgen|abschließen|wechseln|beauftragen)\b",
    r"\b(?:kommt|kommen)\s+(?:für uns\s+|für mich\s+)?(?:\w+\s+)?nicht in (?:frage|betracht)\b",
    r"\b(?:wir haben|ich habe|hab|haben)\s+kein(?:e|en)?\s+(?:\w+\s+)?(?:interesse|bedarf)\b",
    r"\bkein (?:interesse|bedarf)\b",
    r"\bnichts für uns\b",
    r"\b(?:die antwort ist|meine antwort ist|das ist ein(?: klares| deutliches| definitives| entschiedenes)?)\s+nein\b",
    r"\bein klares nein\b",
    r"\b(?:ich habe|ich hab|wir haben|ich hat)\s+(?:mich|uns)\s+(?:\w+\s+)?(?:dagegen|gegen (?:sie|ihr angebot|ihr\w*|"
    r"das angebot|diese lösung|eine zusammenarbeit|ihre lösung))\s+entschieden\b",
    r"\b(?:wir verzichten|verzichten wir|ich verzichte)\b",
    r"\b(?:auf keinen fall|definitiv nicht|nie im leben|keinesfalls|kommt nicht in die tüte)\b",
    r"\bwir bleiben\s+(?:\w+\s+)?bei\s+(?:unserem|unserer|dem|der)\s+(?:\w+\s+)?(?:anbieter|lieferanten|dienstleister|"
    r"lösung|system|partner)\b",
    r"\bnein,?\s+danke\b",
    r"\b(?:ich|wir)\s+<w>?(?:muss|müssen)\s+(?:ihnen\s+)?(?:leider\s+)?(?:eine\s+)?absage\w*\b",
    r"\b(?:wir sagen|ich sage)\s+(?:ihnen\s+)?(?:hiermit\s+)?ab\b",
    r"\b(?:nee|nein),?\s+lassen sie (?:mal|das)\b", r"\blassen sie (?:mal )?gut sein\b",
    r"\b(?:da|hier)\s+sind\s+wir\s+raus\b|\bwir sind raus\b",
)

_BUSINESS_PAIN = _fill(
    r"\b(?:kostet|kosten|kostete|verlieren|verliert|verloren|verbrennen|verbrennt)\s+(?:uns|mich|die firma|das unternehmen|"
    r"den betrieb)\b",
    r"\b(?:stillstand\w*|ausfall\w*|ausfälle|ausfallzeit\w*|fluktuation|ausschuss|nacharbeit|verzögerung\w*|reklamation\w*|"
    r"beschwerde\w*|fehler\w*|überstunden|engp[aä]ss\w*|krankenstand|lieferverzug|retouren|störung\w*|leerlauf|doppelarbeit|"
    r"medienbr[uü]ch\w*|personalmangel|fachkräftemangel|kündigungen|absprünge|stornos)\b<gap:40>\b(?:kostet|kosten|"
    r"jede[nrs]?|pro (?:monat|woche|jahr|tag|schicht)|im monat|in der woche|im jahr|am tag|täglich|wöchentlich|monatlich|"
    r"bringt uns um|bringen uns um|frisst|fressen|tut weh|tun weh|schmerzt|belastet|belasten)\b",
    r"\bwas\s+(?:bringt|bedeutet|heißt|macht)\s+(?:das|es|uns das|mir das)\s+<w>?(?:für|mit)\s+(?:unser\w*|mein\w*|die|den|das)"
    r"\s+<w>?(?:geschäft|marge|margen|umsatz|kosten|kunden|ergebnis|ebit|gewinn|rendite|zahlen|abläufe|prozesse|"
    r"produktivität|betrieb|team|deckungsbeitrag)\b",
    r"\bwas\s+(?:spart|sparen|bringt)\s+(?:uns|mir|wir)\b",
    r"\b(?:roi|amortisation\w*|amortisier\w*|return on invest\w*|rentiert|rechnet sich|payback|kapitalrendite|unterm strich)\b",
    r"\bunser\w*\s+(?:größte[rns]?\s+|eigentliche[rns]?\s+|aktuelle[rns]?\s+|hauptsächliche[rns]?\s+|zentrale[rns]?\s+)?"
    r"(?:problem|thema|schmerzpunkt|engpass|baustelle|herausforderung|pain ?point|schwachstelle|flaschenhals)\s+"
    r"(?:ist|sind|war|liegt)\b",
    r"\bmeine\s+(?:leute|mitarbeiter\w*|techniker|monteure|fahrer|pflegekräfte|ingenieure|kollegen|mannschaft|vertriebler|"
    r"disponenten)\s+<w>{0,2}?(?:verbringen|verschwenden|verlieren|brauchen|sitzen|vertrödeln)\b",
    r"\bwie (?:schnell|lange|bald)\s+(?:\w+\s+){0,3}?(?:amortisiert|rechnet|rentiert|refinanziert|hat sich)\b",
    r"\b(?:verlieren|verliert|verloren)\s+(?:\w+\s+)?(?:kunden|aufträge|umsatz|geld|zeit|mitarbeiter|leute|marktanteile)\b",
    r"\b(?:bei uns|in unserem (?:betrieb|werk|lager|team|unternehmen))\s+(?:ist|sind|gibt es|herrscht)\b<gap:30>\b(?:problem|"
    r"engpass|flaschenhals|chaos|stillstand)\w*",
)

_LEAD_MEETING = _fill(
    r"\b(?:lassen sie uns|lasst uns|lass uns|fangen wir|legen wir|kommen wir)\s+(?:\w+\s+)?(?:anfangen|beginnen|starten|"
    r"loslegen|an|los|zum (?:nächsten|letzten) punkt|zum schluss|zum ende|zusammenfassen)\b",
    r"\b(?:wir haben|haben wir)\s+(?:\w+\s+)?(?:also\s+)?(?:vereinbart|beschlossen|festgehalten|abgestimmt|festgelegt)\b",
    r"\b(?:zusammenfassend|zusammengefasst|um es zusammenzufassen|fassen wir zusammen|kurz zusammengefasst|als fazit|"
    r"fazit)\b",
    r"\b(?:du|sie)\s+(?:übernimmst|übernehmen|kümmerst dich|kümmern sich|bereitest|klärst|machst|schickst|prüfst|"
    r"erstellst)\b",
    r"\b(?:nächste[rn]?|erste[rn]?|letzte[rn]?)\s+(?:tagesordnungspunkt|punkt|top)\b",
    r"\b(?:tagesordnung|agenda)\b",
    r"\b(?:gut|okay|ok|einverstanden|prima|passt|genehmigt|freigegeben),?\s+(?:dann\s+)?(?:machen wir das|machen wir es so|"
    r"so machen wir es|los geht|legen wir los|bitte umsetzen)\b",
    r"\bbis (?:montag|dienstag|mittwoch|donnerstag|freitag|nächste woche|ende der woche),?\s+(?:bitte|möchte ich|will ich|"
    r"brauche ich)\b",
)

SIGNALS: dict[str, tuple[str, ...]] = {
    "defer.boss": _DEFER_BOSS,
    "defer.relay": _DEFER_RELAY,
    "mandate.none": _MANDATE_NONE,
    "task.assigned": _TASK_ASSIGNED,
    "choice.made": _CHOICE_MADE,
    "access.none": _ACCESS_NONE,
    "vague.answer": _VAGUE_ANSWER,
    "stall.soft": _STALL_SOFT,
    "avoidance": _AVOIDANCE,
    "own.budget": _OWN_BUDGET,
    "own.decision": _OWN_DECISION,
    "set.terms": _SET_TERMS,
    "commit.dated": _COMMIT_DATED,
    "refuse.clear": _REFUSE_CLEAR,
    "business.pain": _BUSINESS_PAIN,
    "lead.meeting": _LEAD_MEETING,
}
SUPERIORS: tuple[str, ...] = _SUPERIORS
DECIDE_VERBS: tuple[str, ...] = _DECIDE
NEGATIONS: tuple[str, ...] = (
    r"\bnicht\b(?!\s+nur\b)", r"\bnich\b", r"\bkein\w*\b(?!\s+(?:problem|thema|ding)\b)", r"\bnie\b", r"\bniemals\b",
    r"\bnichts\b", r"\bnix\b", r"\bniemand\w*\b", r"\bohne\b", r"\bkeinesfalls\b", r"\bweder\b", r"\bnirgend\w*\b",
)
FILLERS: tuple[str, ...] = (
    r"\b(?:ä+h+m*|e+h+m+|ö+h+m*|hm+|mhm|tja|naja|na ja)\b", r"\bsag ich mal\b", r"\bsozusagen\b", r"\bquasi\b",
    r"\birgendwie\b", r"\bgewissermaßen\b", r"\bich mein(?:e)?,", r"\bwie soll ich sagen\b", r"\balso,", r"\.\.\.|…",
    r"\b(\w+) \1\b",
)
FIRST_PERSON: tuple[str, ...] = (r"\b(?:ich|mich|mir|mein\w*|meins)\b",)
SELLER_MARKERS: tuple[str, ...] = (
    r"\bunser(?:e|en|em|er)? (?:produkt|plattform|lösung|software|system|service|angebot|firma|unternehmen|kunden|preise|"
    r"preismodell|lizenz\w*|team kann|tool|app|paket|referenzen)\b",
    r"\bwir (?:bieten|liefern|entwickeln|vertreiben|installieren|bauen|integrieren|spezialisieren uns|sind spezialisiert)\b",
    r"\b(?:demo|testzugang|testphase|kostenlos testen|preisliste|rabatt|onboarding|implementierung|pro nutzer|pro lizenz|"
    r"pro arbeitsplatz|lizenz\w*)\b",
    r"\bmein name ist\b[^.?!]{0,40}\b(?:von|bei)\b", r"\bich bin \w+(?: \w+)? von\b",
    r"\b(?:danke|vielen dank|herzlichen dank) für (?:ihre zeit|das gespräch|den termin|die einladung|ihr interesse)\b",
    r"\bwer (?:ist )?(?:noch |außer ihnen )?(?:beteiligt|entscheidet|unterschreibt|gibt das frei|hat das letzte wort)\b",
    r"\bwie (?:sieht|hoch ist) ihr (?:budget|zeitplan|entscheidungsprozess)\b",
    r"\bwas ist ihre? (?:budget|zeitplan|größte herausforderung)\b",
    r"\bdarf ich (?:fragen|ihnen)\b", r"\bich zeige ihnen\b", r"\blassen sie mich (?:ihnen )?(?:zeigen|kurz zeigen)\b",
)
QUESTION_STARTS: tuple[str, ...] = (
    r"^(?:wer|wem|wen|wessen|wann|wo|woher|wohin|warum|wieso|weshalb|womit|wofür|worüber|wozu|welche[mnrs]?)\b",
    r"^wie\b(?!\s+(?:gesagt|schon gesagt|besprochen|erwähnt|gewünscht|vereinbart|ich|wir)\b)",
    r"^was\b(?!\s+(?:ich|wir)\b)(?![^.?!]*\b(?:angeht|betrifft|anbelangt)\b)",
    r"^(?:muss|müssen|kann|können|könnten|könnte|würden|würde|haben|hast|habt|seid|bist|wird|werden|soll|sollen|"
    r"sollten|darf|dürfen|brauchen|brauchst|wollen|willst|kannst|musst|hätten|planen|arbeiten|nutzen|kennen)\s+"
    r"(?:sie|du|ihr|es|man|der|die|den|er|denn|euer|eure)\b",
    r"^(?:ist|sind|wäre|wären|hat|hätte|gibt)\s+(?:sie|du|ihr|es|man|das|der|die|den|er|denn|euer|eure|dafür|da)\b",
)
NOTES_VOICE: tuple[tuple[str, str], ...] = (
    # the rep: I -> you, we -> you (plural)
    (r"ich", "du"), (r"mich", "dich"), (r"mir", "dir"), (r"mein", "dein"), (r"meine", "deine"), (r"meinem", "deinem"),
    (r"meinen", "deinen"), (r"meiner", "deiner"), (r"meines", "deines"), (r"wir", "ihr"), (r"uns", "euch"),
    (r"unser", "euer"), (r"unsere", "eure"), (r"unserem", "eurem"), (r"unseren", "euren"), (r"unserer", "eurer"),
    (r"unseres", "eures"),
    # the contact: he/she -> I, his/her -> my ("sein" only where it is not the verb "to be")
    (r"er|sie", "ich"), (r"ihn", "mich"), (r"ihm", "mir"),
    (r"sein(?!\s*[.,;:!?…]|\s+(?:kann|könnte|muss|müsste|müsse|wird|würde|werde|soll|sollte|solle|will|wollte|mag|"
     r"dürfte|darf|und|oder|lassen|zu|als|wie|wenn|dass|weil|ob)\b)", "mein"),
    (r"seine", "meine"), (r"seinem", "meinem"), (r"seinen", "meinen"), (r"seiner", "meiner"), (r"seines", "meines"),
    (r"ihr", "mein"), (r"ihre", "meine"), (r"ihrem", "meinem"), (r"ihren", "meinen"), (r"ihrer", "meiner"),
    (r"ihres", "meines"),
)
# Function words, and the words that start German sentences with a capital letter: the names finder skips a
# capitalised word that is one of these, so "Am Ende", "Bis Freitag" or "Die Geschäftsführung" are not taken for names.
STOPWORDS: frozenset[str] = frozenset(
    "und ist sind nicht ich das der die den dem des ein eine einen einem mit für auf auch noch schon nur dass wenn "
    "oder aber haben habe wird werden kann muss jetzt doch sich uns wir mein meine unser unsere sehr zum zur vom beim "
    "im am an in bei bis nach vor seit über unter durch ohne von zu hier dann da dafür dazu darüber damit deshalb "
    "also ja nein gut leider natürlich ehrlich eigentlich vielleicht letztlich grundsätzlich momentan aktuell heute "
    "morgen immer etwas gibt diese dieser dieses weil sobald genau klar okay naja tja "
    "er sie es ihr ihm ihn man jemand niemand alle jeder wer".split()
)
