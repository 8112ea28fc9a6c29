"""Dutch signal phrases. `{SUP}` stands for a superior, `{DECIDE}` for a verb of deciding.

Patterns are written for meaning, not keywords: formal and colloquial Dutch, main-clause (V2),
inverted ("dat beslist mijn baas") and verb-final ("dat ik met mijn baas moet overleggen") word
order, and lower-case, unpunctuated speech-to-text. Verb forms use stems because notes are put
into the first person by swapping pronouns only ("hij beslist" becomes "ik beslist").

Shorthands expanded below, before the engine ever sees a pattern:
  <BOSS>   a possessive or article, an optional adjective, then a superior ("mijn directe leidinggevende")
  <NW>     one word that is not a negation, followed by a space (use as `<NW>{0,3}?`)
  <G40>    up to 40 characters within the sentence that hold no negation word
  <H40>    the same, and not running into a new clause ("ik ben de eigenaar dus ik beslis")
  <DAY>    a concrete day or date ("vrijdag", "12 mei", "eind van de maand", "q3")
  <NAME>   a name written with a capital ("Gerard"), matched case-sensitively
  <NOTNOW> the deferral is not a past, resolved one ("..., nu niet meer")
"""
from __future__ import annotations

import re

_NEG_WORDS = r"(?:niet|geen|nooit|niemand|niets|niks|nergens)"
_MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
_DAYS = r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
_TOKENS = {
    "<BOSS>": (
        r"(?:mijn|m'n|mn|onze|ons|de|het|die|hun|z'n|zijn|haar)\s+"
        r"(?:(?:directe|eigen|grote|hoogste|nieuwe|huidige|algemene)\s+)?(?:{SUP})"
    ),
    "<NW>": rf"(?:(?!{_NEG_WORDS}\b)[\w'-]+\s+)",
    "<DAY>": (
        rf"(?:(?:a\.?s\.?\s+|aanstaande\s+|komende\s+|volgende\s+)?(?:{_DAYS})"
        r"|morgen|overmorgen|vandaag|vanmiddag|straks"
        r"|(?:volgende|deze|komende)\s+(?:week|maand)"
        r"|(?:eind|begin|half|medio)\s+(?:van\s+)?(?:de(?:ze)?\s+|volgende\s+)?(?:week|maand|kwartaal|jaar|"
        + _MONTHS + r")"
        r"|\d{1,2}(?:e|ste|de)?\s+(?:" + _MONTHS + r"|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)"
        r"|(?:in\s+)?(?:" + _MONTHS + r")"
        r"|q[1-4]|week\s+\d{1,2}|\d{1,2}[-/]\d{1,2})\b"
    ),
    # a capitalised given name (not a pronoun or article written with a capital at a sentence start)
    "<NAME>": r"(?-i:(?!(?:Ik|Je|Jij|U|We|Wij|Hij|Zij|Ze|Het|De|Een|Dat|Dit|Die|Deze)\b)[A-ZÀ-Þ][a-zß-ÿ'’\-]+)\b",
    "<NOTNOW>": r"(?![^.?!]*\b(?:nu|tegenwoordig|inmiddels|sindsdien)\s+(?:\w+\s+)?niet\s+meer\b)",
}
_GAP = re.compile(r"<G(\d+)>")
_CLAUSE_GAP = re.compile(r"<H(\d+)>")  # like <G>, and it does not run into a new clause with "ik"/"we"


def _x(*patterns: str) -> tuple[str, ...]:
    """Expand the shorthands of this module (not the engine's `{SUP}`/`{DECIDE}` slots)."""
    out = []
    for pattern in patterns:
        for token, value in _TOKENS.items():
            pattern = pattern.replace(token, value)
        pattern = _CLAUSE_GAP.sub(
            lambda m: rf"(?:(?!\b(?:{_NEG_WORDS}|ik|we|wij|dus|maar|want|omdat|en)\b)[^.?!]){{0,{m.group(1)}}}?", pattern
        )
        pattern = _GAP.sub(lambda m: rf"(?:(?!\b{_NEG_WORDS}\b)[^.?!]){{0,{m.group(1)}}}?", pattern)
        out.append(pattern)
    return tuple(out)


_SUPERIORS_RAW = (
    r"baas", r"bazen", r"big\s+boss", r"chef", r"chefs", r"leidinggevenden?", r"managers?",
    r"(?:(?:algemeen|financieel|commercieel|technisch|operationeel|statutair)\s+)?\w*directeur(?:en|s|-eigenaar)?",
    r"directie(?:leden)?", r"hoofddirectie", r"dga", r"ceo", r"cfo", r"coo", r"cto", r"cio",
    r"eigena(?:ar|ren|ars)", r"mede-?eigenaar", r"oprichters?", r"bestuur", r"bestuurders?",
    r"raad\s+van\s+bestuur", r"rvb", r"raad\s+van\s+commissarissen", r"rvc", r"mt", r"managementteam",
    r"management", r"hoger\s+management", r"hoofdkantoor", r"moederbedrijf", r"holding", r"concern(?:leiding)?",
    r"(?:bedrijfs)?leiding", r"board", r"aandeelhouders?", r"partners?", r"vennoten", r"meerderen?",
    r"superieuren?", r"teamleider", r"afdelingshoofd", r"afdelingsmanager", r"voorzitter",
    r"hoofd\s+(?:inkoop|financi[eë]n|it|ict|operations|techniek|productie|hr|p&o|facilitair|de\s+afdeling)",
)

_DECIDE_RAW = (
    r"beslis(?:t|sen)?", r"besluit", r"besluiten", r"bepaal(?:t)?", r"bepalen", r"kiest", r"kiezen",
    r"(?:onder)?teken(?:t|en)", r"goedkeur(?:t|en)", r"goed\s+(?:moet|moeten|gaat|zal)\s+keuren", r"goed\s+te\s+keuren",
    r"keur(?:t|en)\s+(?:\w+\s+){0,3}?goed", r"fiatte(?:er|ert|ren)", r"accorde(?:er|ert|ren)",
    r"(?:neemt|nemen|maakt|maken)\s+(?:\w+\s+)?de\s+(?:eind|finale\s+|uiteindelijke\s+|definitieve\s+)?(?:beslissing|keuze|besluit)",
    r"(?:heeft|hebben)\s+(?:altijd\s+|uiteindelijk\s+|toch\s+)?het\s+(?:laatste|finale)\s+woord",
    r"(?:hakt|hakken)\s+(?:\w+\s+){0,2}?de\s+knoop\s+door", r"de\s+knoop\s+(?:doorhakt|doorhakken|door\s+te\s+hakken)",
    r"(?:het\s+)?(?:groen\s+licht|fiat|akkoord|zegen|goedkeuring|doorslag)\s+(?:moet\s+|moeten\s+)?(?:geeft|geven)",
    r"(?:de|zijn|haar|hun)\s+handtekening\s+(?:\w+\s+)?(?:zet|zetten)",
    r"over\s+(?:het\s+geld|de\s+centen|het\s+budget|de\s+aankoop|de\s+inkoop)\s+(?:gaat|gaan)",
    r"het\s+laatste\s+woord\s+(?:heeft|hebben)", r"de\s+(?:eind)?(?:beslissing|keuze)\s+(?:neemt|nemen|maakt|maken)",
    r"(?:geeft|geven)\s+(?:\w+\s+){0,2}?(?:het\s+|de\s+|zijn\s+|haar\s+)?(?:groen\s+licht|fiat|akkoord|zegen|goedkeuring|doorslag)",
    r"(?:zet|zetten)\s+(?:\w+\s+)?(?:de|zijn|haar|hun)\s+handtekening",
    r"(?:gaat|gaan)\s+over\s+(?:het\s+geld|de\s+centen|het\s+budget|de\s+knip|de\s+portemonnee|de\s+aankoop|de\s+inkoop|de\s+beslissing)",
    r"(?:houdt|houden|heeft|hebben)\s+de\s+(?:touwtjes|knip|portemonnee|beurs|centen)(?:\s+in\s+handen)?",
    r"(?:is|zijn)\s+(?:degene|diegene)\s+die\s+(?:beslist|tekent|bepaalt|kiest)",
    r"(?:moet|moeten)\s+(?:\w+\s+){0,3}?(?:goedkeuren|tekenen|ondertekenen|fiatteren|accorderen|akkoord\s+geven|beslissen|besluiten|bepalen|kiezen)",
    r"(?:heeft|hebben)\s+(?:de\s+)?(?:eind)?(?:zeggenschap|beslissingsbevoegdheid|tekenbevoegdheid|eindverantwoordelijkheid)",
    r"(?:heeft|hebben)\s+het\s+(?:daar\s+|hier\s+)?(?:voor\s+)?het\s+zeggen",
)

_DEFER_BOSS = _x(
    # "dat moet ik eerst met de directeur bespreken", "aan mijn leidinggevende voorleggen"
    r"\b(?:met|aan|bij|langs|via)\s+<BOSS>\b<G40>\b(?:overleg\w*|bespre\w*|bespro\w*|afstem\w*|afgestemd|voorleg\w*|voor\s+te\s+leggen|voorgelegd"
    r"|vra\w*|gevraagd|navra\w*|nagevraagd|check\w*|gecheckt|toets\w*|getoetst|kortsluit\w*|kort\s+te\s+sluiten|kortgesloten|sparr\w*"
    r"|aankaart\w*|aan\s+te\s+kaarten|neerleg\w*|neer\s+te\s+leggen|terugkoppel\w*|ruggespraak|rugspraak|langs|spreken|raadplegen)\b<NOTNOW>",
    # "ik overleg even met mijn baas", "ik moet overleggen met de directie", "ik leg het voor aan het mt"
    r"\b(?:overleg\w*|bespre\w*|afstem\w*|stem|stemt|stemmen|leg|legt|leggen|vra\w*|check\w*|toets\w*|sluit|sluiten|sparr\w*"
    r"|kaart|kaarten|voorleg\w*|navra\w*|ruggespraak|rugspraak|spreek|spreken|pols\w*|raadpleeg\w*|raadplegen|kortsluit\w*|kort\s+sluiten)\s+<NW>{0,4}?"
    r"(?:met|aan|bij|langs)\s+<BOSS>\b<NOTNOW>",
    # "het moet via de directie", "dit loopt via het hoofdkantoor", "het gaat naar het mt"
    r"\b(?:moet|moeten|gaat|gaan|loopt|lopen|ligt|liggen)\s+<NW>{0,3}?(?:langs|via|naar|door)\s+<BOSS>\b<NOTNOW>",
    # "mijn baas moet het goedkeuren", "de directie beslist", "de directeur hakt de knoop door"
    r"<BOSS>\b<H40>\b(?:{DECIDE})<NOTNOW>",
    # "hangt ervan af wat de directie zegt", "mijn baas wil het eerst zien"
    r"\bwat\s+<BOSS>\s+(?:er\s*van\s+|daar\s*van\s+|hiervan\s+|erover\s+)?(?:zegt|vindt|wil|denkt|beslist)\b",
    r"<BOSS>\s+(?:wil|wilt|willen|moet|moeten|gaat|gaan)\s+(?:het\s+|dit\s+|dat\s+)?(?:eerst|ook|nog)\s+(?:\w+\s+){0,3}?(?:zien|bekijken|horen|spreken|beoordelen)\b",
    # inversion: "dat beslist mijn baas", "dat moet de directie goedkeuren", "daar gaat de directeur over"
    r"\b(?:beslis\w*|besluit|besluiten|bepaal\w*|bepalen|kiest|kiezen|tekent|tekenen|ondertekent|keurt|keuren|fiatteert)\s+<BOSS>\b",
    r"\b(?:moet|moeten|mag|mogen|zal|zullen)\s+<BOSS>\b<G30>\b(?:beslissen|besluiten|bepalen|goedkeuren|goed\s+keuren|tekenen|ondertekenen|kiezen|akkoord\s+geven|fiatteren|over\s+beslissen)\b",
    r"\b(?:daar|daarover|dat|hierover)\s+(?:gaat|gaan)\s+<BOSS>\s+(?:\w+\s+)?over\b",
    # a named person decides, in inverted order ("eerlijk gezegd beslist Gerard van Dijk", "dat is aan Olga");
    # the name must be written with a capital, so the capital test is case-sensitive
    r"\b(?:beslist|besluit|bepaalt|tekent|ondertekent|kiest|fiatteert|beslissen|bepalen|tekenen)\s+<NAME>",
    r"\b(?:heeft|hebben)\s+<NAME>(?:\s+[\w'-]+){0,2}?\s+het\s+(?:laatste|finale)\s+woord\b",
    r"\b(?:het|dat|dit|de\s+beslissing|de\s+keuze)\s+(?:is|ligt)\s+(?:(?:uiteindelijk|echt|gewoon|helemaal)\s+)?(?:aan|bij)\s+<NAME>",
    r"\bdaar\s+(?:gaat|gaan)\s+<NAME>(?:\s+[\w'-]+){0,2}?\s+over\b",
    # "het is aan mijn baas", "het ligt bij de directie", "het hangt af van de directeur"
    r"\b(?:is|ligt|liggen|blijft|hangt)\s+<NW>{0,3}?(?:aan|bij|af\s+van)\s+<BOSS>\b<NOTNOW>",
    # "daar is goedkeuring van de directie voor nodig", "ik heb hun akkoord nodig"
    r"\b(?:goedkeuring|toestemming|akkoord|fiat|fiattering|groen\s+licht|zegen|zegening|handtekening|paraaf|(?:de|het|zijn|haar|hun)\s+(?:go|ok(?:[eé]|ay)?))\b<G40>\bnodig\b<NOTNOW>",
    # "we wachten nog op het akkoord van het mt"
    r"\b(?:wacht\w*|afwachten)\s+(?:(?:nog|even|eerst|alleen|nu)\s+)*(?:op|tot)\s+(?:de\s+|het\s+|een\s+|zijn\s+|haar\s+|hun\s+)?"
    r"(?:goedkeuring|toestemming|akkoord|fiat|groen\s+licht|zegen|handtekening|(?:reactie|antwoord|beslissing|besluit|go)\s+van)\b",
    # passive: "dat moet nog goedgekeurd worden", "het wordt bepaald door de directie"
    r"\b(?:moet|moeten|zal|zullen)\s+<NW>{0,3}?(?:goedgekeurd|getekend|ondertekend|gefiatteerd|geaccordeerd|bekrachtigd|voorgelegd)\s+(?:worden|door)\b<NOTNOW>",
    r"\b(?:wordt|worden)\s+(?:\w+\s+)?(?:beslist|besloten|bepaald|goedgekeurd|getekend)\s+(?:door\s+<BOSS>|hogerop|boven|bovenaf|centraal|op\s+het\s+hoofdkantoor|aan\s+de\s+top)\b",
    r"\b(?:wordt|worden)\s+(?:\w+\s+)?(?:hogerop|boven|bovenaf|centraal|op\s+het\s+hoofdkantoor|aan\s+de\s+top|door\s+<BOSS>)\s+(?:\w+\s+)?(?:beslist|besloten|bepaald|goedgekeurd|getekend)\b",
    # "dat moet hogerop", "dat gaat naar boven", "ik moet het hogerop neerleggen"
    r"\b(?:moet|moeten|gaat|gaan|leg|leggen|breng|brengen|speel|spelen|neem|nemen)\s+<NW>{0,3}?(?:hogerop|naar\s+boven|omhoog|de\s+lijn\s+in)\b",
    # "niet zonder mijn baas", "zonder akkoord van de directie kan ik niks"
    r"\b(?:niet|nooit|niks|niets)\s+zonder\s+(?:<BOSS>|(?:de\s+|het\s+|zijn\s+|haar\s+)?(?:goedkeuring|toestemming|akkoord|fiat|zegen|handtekening|overleg))\b",
    r"\bzonder\s+(?:<BOSS>|(?:de\s+|het\s+|zijn\s+|haar\s+|hun\s+)?(?:goedkeuring|toestemming|akkoord|fiat|zegen|handtekening))\b<G40>\b(?:kan|mag|kunnen|mogen|doe|doen|gebeurt|beslis|teken)\s+(?:ik|we|wij|er)\b",
    # "dat moet ik intern afstemmen", "ik stem het intern af"
    r"\b(?:intern|binnen\s+het\s+bedrijf|in\s+huis)\s+(?:even\s+|eerst\s+|nog\s+)*(?:afstemmen|overleggen|voorleggen|bespreken|afgestemd|besproken|voorgelegd|af\s+te\s+stemmen|te\s+overleggen)\b<NOTNOW>",
    r"\b(?:stem|stemmen|leg|leggen)\s+<NW>{0,3}?intern\s+(?:af|voor)\b",
    # "ik beslis dat samen met de directeur"
    r"\b(?:beslis\w*|bepaal\w*|kies|kiest|kiezen|besluit\w*)\b<G30>\bsamen\s+met\s+<BOSS>\b",
    r"\bsamen\s+met\s+<BOSS>\b<G30>\b(?:beslis\w*|bepaal\w*|kiezen|besluiten|beslissing|keuze)\b",
    # "ik ben afhankelijk van (de goedkeuring van) mijn baas"
    r"\bafhankelijk\s+van\s+(?:de\s+goedkeuring\s+van\s+|het\s+akkoord\s+van\s+)?<BOSS>\b<NOTNOW>",
    # third person: "ze moeten nog beslissen", "het management gaat er naar kijken"
    r"\b(?:ze|zij|het\s+management|de\s+directie|het\s+mt|hogerop|boven)\s+(?:moet|moeten|zal|zullen|gaat|gaan|wil|willen)\s+<NW>{0,3}?"
    r"(?:beslissen|besluiten|bepalen|goedkeuren|tekenen|ondertekenen|akkoord\s+geven|ernaar\s+kijken|naar\s+kijken|over\s+nadenken|zich\s+over\s+buigen)\b",
)

_DEFER_RELAY = _x(
    # "ik zal het doorsturen", "we kunnen het meenemen naar het mt", "ik ga het intern presenteren"
    r"\b(?:ik|we|wij)\s+(?:zal|zullen|ga|gaat|gaan|kan|kunnen|wil|willen|zou|zouden)\s+<NW>{0,6}?"
    r"(?:doorsturen|doorzetten|doorgeven|doorspelen|doorsluizen|doormailen|voorleggen|laten\s+zien|presenteren|meenemen|mee\s+terugnemen"
    r"|verspreiden|rondsturen|rondmailen|overhandigen|agenderen|aankaarten|onder\s+de\s+aandacht\s+brengen|terugkoppelen|intern\s+delen)\b",
    # "ik stuur het door naar mijn baas", "ik leg het voor", "ik geef het door"
    r"\b(?:ik|we|wij)\s+(?:stuur|stuurt|sturen|geef|geeft|geven|speel|speelt|spelen|leg|legt|leggen|zet|zetten|mail|mailt|mailen)\s+<NW>{0,4}?(?:door|voor|rond)\b",
    # inverted and verb-final: "dan stuur ik het door", "dat ik het doorstuur"
    r"\b(?:stuur|geef|speel|leg|zet|mail)\s+ik\s+<NW>{0,4}?(?:door|voor|rond)\b",
    r"\b(?:neem|nemen|neemt)\s+(?:ik|we|wij)\s+<NW>{0,3}?mee\b",
    r"\b(?:ik|we|wij)\s+(?:neem|nemen|neemt)\s+<NW>{0,3}?mee\s+(?:naar|in|terug)\b",
    r"\bmee\s*(?:nemen|neem|neemt|genomen)\s+(?:naar|in)\s+(?:<BOSS>|het\s+(?:mt|managementteam|overleg|directieoverleg|bestuursoverleg)|de\s+(?:directievergadering|board))\b",
    r"\b(?:ik|we|wij)\s+<NW>{0,5}?(?:doorstuur|doorstuurt|doorsturen|doorgeef|doorgeeft|doorgeven|doorspeel|doorspelen|voorleg|voorlegt|meeneem|meeneemt|rondstuur|rondstuurt)\b",
    # "stuur me de presentatie, dan stuur ik hem door"
    r"\b(?:stuur|mail|stuurt|mailt)\b<G50>\b(?:dan|zodat|en)\s+(?:ik|we|wij)\b<G25>\b(?:door|voor|rond|doorsturen|voorleggen|laten\s+zien|delen|meenemen)\b",
    # "ik laat het aan de directie zien", "ik presenteer het in het mt"
    r"\b(?:laten\s+zien|laat\s+\w+\s+zien|presenteren|presenteer|pitchen|pitch|tonen|toon|verkopen|delen|deel)\s+<NW>{0,3}?(?:aan|bij|in|op|met)\s+"
    r"(?:<BOSS>|het\s+(?:mt|managementteam|overleg|directieoverleg|bestuursoverleg|werkoverleg)|de\s+(?:vergadering|directievergadering|board|boardmeeting))\b",
    r"\b(?:laat|laten)\s+<BOSS>\s+(?:\w+\s+){0,3}?zien\b",
    r"\b(?:laat|laten)\s+<NW>{0,3}?(?:aan|bij)\s+(?:<BOSS>|het\s+(?:mt|managementteam))\s+zien\b",
    r"\b(?:zet|zetten)\b[^.?!]{0,20}?\bintern\s+uit\b",
    # "intern delen", "binnen de organisatie verspreiden"
    r"\b(?:intern|binnen\s+(?:het\s+bedrijf|de\s+organisatie|de\s+afdeling))\s+(?:\w+\s+)?(?:delen|verspreiden|rondsturen|presenteren|verkopen|pitchen|rondmailen|laten\s+zien|uitzetten|onder\s+de\s+aandacht\s+brengen)\b",
    # "ik kan er een goed woordje voor doen bij de directeur", "een balletje opgooien"
    r"\b(?:goed\s+woordje\s+(?:\w+\s+){0,2}?doen|lans\s+breken|balletje\s+(?:op\s*gooien|opgooien|op\s+te\s+gooien|opgooi))\b",
    # "ik breng het ter sprake in het mt", "ik zet het op de agenda"
    r"\b(?:breng|brengen|brengt)\s+<NW>{0,3}?ter\s+sprake\b",
    r"\b(?:zet|zetten)\s+<NW>{0,3}?op\s+de\s+agenda\s+(?:van|voor|bij)\b",
)

_MANDATE_NONE = _x(
    # "dat is niet aan mij", "het is niet mijn beslissing", "dat ligt niet bij mij"
    r"\b(?:is|ligt)\s+(?:\w+\s+){0,2}?(?:helemaal\s+|echt\s+|absoluut\s+)?niet\s+(?:echt\s+|helemaal\s+)?(?:aan\s+mij|bij\s+mij|mijn\s+(?:beslissing|keuze|besluit|budget|afdeling|terrein|pakkie[-\s]?an|bevoegdheid|verantwoordelijkheid|call|afweging|ding|zaak))\b",
    r"\bniet\s+(?:aan\s+mij\s+om|mijn\s+(?:beslissing|keuze|besluit|budget|call|pakkie[-\s]?an|terrein|bevoegdheid|verantwoordelijkheid))\b",
    # "dat is mijn beslissing niet", "dat is mijn pakkie-an niet"
    r"\bmijn\s+(?:beslissing|keuze|besluit|budget|call|pakkie[-\s]?an|terrein|afdeling|bevoegdheid|verantwoordelijkheid|ding|afweging)\s+niet\b",
    # "ik kan dat niet beslissen", "ik mag niks toezeggen", "ik is niet bevoegd" (notes)
    r"\bik\s+(?:kan|mag|ga|kon|mocht|zal|ben|is|heb|heeft)\s+(?:\w+\s+){0,3}?(?:niet|nooit|niks|niets)\s+(?:(?:echt|zelf|zomaar|alleen|even|in\s+mijn\s+eentje|zelfstandig|eenzijdig|over)\s+)*"
    r"(?:beslissen|besluiten|bepalen|tekenen|ondertekenen|goedkeuren|goed\s+keuren|toezeggen|beloven|kiezen|akkoord\s+geven|fiatteren|over\s+zeggen|te\s+zeggen"
    r"|bevoegd|gemachtigd|beslissingsbevoegd|tekenbevoegd|over\s+te\s+zeggen|beslist|besloten|over\s+beslissen)\b",
    # inverted: "dat kan ik niet beslissen", "dat mag ik niet tekenen", "daar ben ik niet bevoegd voor"
    r"\b(?:kan|mag|kon|mocht|ben|is|zal)\s+ik\s+(?:\w+\s+){0,3}?(?:niet|nooit|niks|niets)\s+(?:(?:echt|zelf|zomaar|alleen|even|in\s+mijn\s+eentje|zelfstandig|over)\s+)*"
    r"(?:beslissen|besluiten|bepalen|tekenen|ondertekenen|goedkeuren|toezeggen|beloven|kiezen|akkoord\s+geven|bevoegd|gemachtigd|over\s+zeggen|over\s+beslissen)\b",
    # "dat beslis ik niet", "ik beslis dat niet"
    r"\b(?:beslis|beslist|bepaal|bepaalt|kies|kiest|teken|tekent)\s+ik\s+(?:\w+\s+){0,2}?(?:niet|nooit)\b",
    r"\bik\s+(?:beslis|beslist|bepaal|bepaalt|kies|kiest|teken|tekent)\s+(?:\w+\s+){0,2}?(?:niet|nooit)\b",
    # "daar ga ik niet over", "ik ga daar niet over"
    r"\b(?:ik\s+(?:ga|gaat)|(?:ga|gaat)\s+ik)\s+(?:\w+\s+){0,2}?(?:niet|helemaal\s+niet|niet\s+echt)\s+(?:\w+\s+)?over\b",
    # "ik heb geen mandaat", "ik heb daar geen zeggenschap over", "daar heb ik niks over te zeggen"
    r"\bik\s+(?:heb|heeft|had)\s+(?:\w+\s+){0,2}?(?:geen|weinig|niks|niets)\s+(?:(?:eigen|echte?|formele?)\s+)?"
    r"(?:zeggenschap|mandaat|budget|beslissingsbevoegdheid|bevoegdheid|tekenbevoegdheid|stem|invloed|inspraak|beslissingsmacht|autoriteit|over\s+te\s+zeggen|te\s+zeggen|in\s+te\s+brengen)\b",
    r"\b(?:heb|heeft)\s+ik\s+(?:\w+\s+){0,2}?(?:geen|weinig|niks|niets)\s+(?:\w+\s+){0,2}?"
    r"(?:zeggenschap|mandaat|budget|bevoegdheid|tekenbevoegdheid|stem|invloed|inspraak|te\s+zeggen|in\s+te\s+brengen)\b",
    r"\bik\s+(?:\w+\s+){0,2}?(?:geen|weinig|niks|niets)\s+(?:eigen\s+)?(?:budget|mandaat|zeggenschap|bevoegdheid|tekenbevoegdheid|beslissingsbevoegdheid|stem|inspraak)\s+(?:\w+\s+){0,2}?(?:heb|heeft|had)\b",
    r"\bik\s+(?:heb|heeft|beheer|beheert)\s+(?:het|de|dat|dit)\s+(?:budget|geld|centen|portemonnee|knip)\s+niet\b",
    r"\bik\s+(?:heb|heeft|krijg|kreeg)\s+(?:\w+\s+){0,2}?geen\s+(?:toestemming|goedkeuring|fiat|akkoord|groen\s+licht)\b(?!\s+(?:\w+\s+){0,4}?nodig\b)",
    # "ik ben maar een doorgeefluik", "ik verzamel alleen informatie"
    r"\bik\s+(?:ben|is)\s+(?:hier\s+)?(?:maar|alleen(?:\s+maar)?|slechts|gewoon|ook\s+maar)\s+(?:de|een)\s+(?:boodschapper|doorgeefluik|uitvoerder|tussenpersoon|assistent|secretaresse|radertje|pion|postbode|loopjongen|inkoper|medewerker|uitvoerende\s+partij|contactpersoon)\b",
    r"\bik\s+(?:verzamel|verzamelt|inventariseer|inventariseert)\s+(?:hier\s+)?(?:alleen|maar|slechts|gewoon)\s+(?:\w+\s+)?(?:informatie|offertes|prijzen|gegevens)\b",
    # "dat gaat boven mijn pet", "buiten mijn bevoegdheid", "niet in mijn macht"
    r"\b(?:boven|buiten)\s+mijn\s+(?:pet|macht|bevoegdheid|bevoegdheden|mandaat|salarisschaal|niveau|competentie|boekje)\b",
    r"\bniet\s+in\s+mijn\s+(?:handen|macht|mandaat)\b", r"\buit\s+mijn\s+handen\b",
    # "ik ben niet degene die beslist", "ik ben geen beslisser"
    r"\bniet\s+(?:degene|diegene|de\s+persoon|de\s+man|de\s+vrouw)\s+die\s+(?:\w+\s+){0,3}?(?:beslis\w*|bepaal\w*|teken\w*|kiest|kiezen|besluit|goedkeur\w*|het\s+laatste\s+woord)",
    r"\b(?:niet|geen)\s+(?:de\s+)?(?:beslisser|eindbeslisser|beslissingsnemer|besluitvormer|eindverantwoordelijke|budgethouder|tekenbevoegde|beslissingsbevoegde)\b",
)

_TASK_ASSIGNED = _x(
    # "ik ben gevraagd om", "ik heb de opdracht gekregen", "we zijn gestuurd om"
    r"\b(?:ik|we|wij)\s+(?:heb|heeft|hebben|ben|is|zijn|mijn|werd|werden|kreeg|kregen)\s+<NW>{0,3}?(?:gevraagd|opgedragen|verzocht|aangewezen|ingeschakeld|toegewezen|belast\s+met|op\s+pad\s+gestuurd|gestuurd\s+om)\b",
    r"\b(?:ik|we|wij)\s+(?:heb|heeft|hebben|kreeg|kregen|kregen)\s+<NW>{0,2}?(?:de|een|als)\s+(?:opdracht|taak|klus)\s+(?:gekregen|om|van|meegekregen)\b",
    r"\b(?:mij|me|ons)\s+(?:is|werd|wordt)\s+<NW>{0,2}?(?:gevraagd|opgedragen|verzocht)\b",
    r"\b(?:ben|werd|heb|kreeg)\s+ik\s+<NW>{0,2}?(?:gevraagd|opgedragen|verzocht|aangewezen|de\s+opdracht|de\s+taak)\b",
    # "mijn baas heeft me gevraagd", "de directeur wil dat ik", "mijn baas vroeg me om"
    r"<BOSS>\s+(?:heeft|had|wil|wilde|vroeg|vraagt|verzocht|verzoekt|droeg|stuurde|stuurt|liet|laat|gaf|verwacht)\s+<NW>{0,2}?(?:mij|me|ons)\b",
    r"<BOSS>\s+(?:wil|wilde|vraagt|vroeg|verwacht|eist)\s+(?:\w+\s+)?dat\s+(?:ik|we|wij)\b",
    r"<BOSS>\s+(?:wil|wilt|wilde|vraagt|vroeg|eist)\s+(?:\w+\s+)?(?:een\s+)?(?:vergelijking|overzicht|offertes|benchmark|second\s+opinion|marktverkenning)\b",
    r"<BOSS>\s+(?:zegt|zei|heeft\s+gezegd)\s+dat\s+(?:ik|we|wij)\s+(?:\w+\s+){0,3}?(?:moet|moeten|moest|moesten)\b",
    # "ik moet van mijn baas ...", "van de directie moeten we drie offertes hebben"
    r"\b(?:moet|moeten|moest|moesten)\s+(?:ik|we|wij)\s+<NW>{0,2}?van\s+(?:<BOSS>|boven|hogerop)\b",
    r"\bik\s+(?:moet|moest)\s+<NW>{0,2}?van\s+(?:<BOSS>|boven|hogerop)\b",
    r"\bvan\s+(?:<BOSS>|boven|hogerop)\s+(?:moet|moeten|moest|moesten)\s+(?:ik|we|wij)\b",
    r"\bin\s+opdracht\s+van\s+<BOSS>\b", r"\bop\s+verzoek\s+van\s+<BOSS>\b", r"\bnamens\s+<BOSS>\b",
    # "drie offertes opvragen", "ik moet een paar leveranciers vergelijken"
    r"\b(?:verzamel\w*|opvragen|vraag|vragen|heb|hebben|nodig|vergelijk\w*|krijgen|moet|moeten|binnenhalen|halen|aanvragen)\b[^.?!]{0,25}?"
    r"\b(?:drie|3|twee|2|vier|4|een\s+paar|meerdere|enkele|verschillende|minimaal\s+\w+|minstens\s+\w+)\s+(?:offertes?|aanbiedingen|voorstellen|prijsopgaven|leveranciers|partijen|aanbieders|offerte-aanvragen)\b",
    r"\b(?:drie|3|twee|2|vier|4|een\s+paar|meerdere|enkele|minimaal\s+\w+|minstens\s+\w+)\s+(?:offertes?|aanbiedingen|prijsopgaven|voorstellen)\s+(?:\w+\s+){0,2}?(?:op\s+(?:te\s+)?vragen|opvragen|aanvragen|verzamelen|vergelijken|nodig|hebben|binnenhalen|binnen\s+halen)\b",
    # "voor het dossier", "pro forma", "ter vergelijking voor mijn baas"
    r"\bvoor\s+(?:het\s+dossier|de\s+dossiervorming|de\s+administratie|de\s+aanbesteding|de\s+vergelijking)\b",
    # "mijn taak is alleen om informatie te verzamelen"
    r"\bmijn\s+(?:taak|opdracht|rol|klus|werk|job)\s+(?:hier\s+|nu\s+)?(?:is|was)\s+(?:(?:alleen|gewoon|slechts|puur|vooral|eigenlijk|maar)\s+)*(?:om\s+)?(?:\w+\s+){0,3}?(?:te\s+)?"
    r"(?:verzamelen|inventariseren|vergelijken|uitzoeken|opvragen|in\s+kaart\s+(?:te\s+)?brengen|op\s+een\s+rij\s+(?:te\s+)?zetten)\b",
    # "ik maak een overzicht voor mijn directeur"
    r"\b(?:overzicht|vergelijking|shortlist|samenvatting|memo|notitie|rapport|rapportage|advies|lijstje|longlist|voorstel)\b<G40>\bvoor\s+<BOSS>\b",
)

_CHOICE_MADE = _x(
    # "de directeur heeft al een leverancier gekozen", "ze hebben eigenlijk al besloten"
    r"\b(?:{SUP}|ze|zij|hij|het\s+hoofdkantoor|hogerop|boven)\s+(?:heeft|hebben|had|hadden|is|zijn)\s+<NW>{0,5}?"
    r"(?:gekozen|besloten|beslist|geselecteerd|uitgekozen|een\s+voorkeur|een\s+favoriet|(?:zijn|haar|hun|de|een)\s+keuze\s+(?:al\s+)?gemaakt|de\s+knoop\s+(?:al\s+)?doorgehakt|zijn\s+zinnen\s+gezet|haar\s+zinnen\s+gezet)\b",
    # "dat is al besloten door de directie", "het is hogerop al besloten"
    r"\b(?:is|zijn|werd|was)\s+<NW>{0,3}?(?:al|reeds|allang|eigenlijk\s+al)\s+<NW>{0,4}?(?:besloten|beslist|gekozen|bepaald|vastgesteld|vastgelegd|geregeld|beklonken|gegund|ingekocht)\b",
    r"\b(?:hogerop|boven|bovenaf|centraal|op\s+het\s+hoofdkantoor|aan\s+de\s+top|door\s+<BOSS>)\s+(?:al\s+|reeds\s+|allang\s+)(?:\w+\s+)?(?:besloten|beslist|gekozen|bepaald|vastgesteld|vastgelegd|geregeld)\b",
    r"\b(?:besloten|beslist|gekozen|bepaald|vastgesteld)\s+(?:door\s+<BOSS>|hogerop|op\s+het\s+hoofdkantoor|aan\s+de\s+top|van\s+bovenaf)\b",
    # "de keuze is eigenlijk al gemaakt", "de knoop is al doorgehakt"
    r"\b(?:beslissing|keuze|besluit|knoop)\s+(?:is|werd|was)\s+<NW>{0,3}?(?:al\s+|reeds\s+)?(?:genomen|gemaakt|gevallen|doorgehakt)\b",
    r"\b(?:is|werd|was)\s+de\s+(?:beslissing|keuze|knoop)\s+(?:(?:eigenlijk|toch|dus|gewoon)\s+)?(?:al|allang|reeds)\s+(?:genomen|gemaakt|gevallen|doorgehakt)\b",
    # "het ligt eigenlijk al vast", "het is al in kannen en kruiken"
    r"\b(?:ligt|staat|zit|is)\s+(?:eigenlijk\s+|grotendeels\s+|allemaal\s+|toch\s+)?(?:al|allang|reeds)\s+(?:\w+\s+)?(?:vast|rond|in\s+kannen\s+en\s+kruiken|beklonken)\b",
    # "we zijn hier eigenlijk alleen om te vergelijken", "voor de vorm"
    r"\b(?:voor\s+de\s+vorm|pro\s+forma)\b",
    r"\b(?:alleen|enkel|puur|gewoon|maar)\s+(?:om\s+)?(?:\w+\s+)?(?:te\s+)?(?:vergelijken|benchmarken|checken)\b",
    r"\b(?:ter|als)\s+(?:vergelijking|referentie|benchmark)\b",
    # "hij wil eigenlijk liever die andere leverancier", "de directeur heeft een voorkeur voor X"
    r"\b(?:{SUP}|ze|zij|hij)\s+(?:wil|wilt|willen|heeft|hebben|prefereert|prefereren|verkiest|kiest)\s+(?:\w+\s+){0,2}?(?:liever\s+)?(?:de|die|een|onze)?\s*(?:andere|huidige|bestaande)\s+(?:leverancier|partij|aanbieder|oplossing|merk)\b",
    r"\b(?:heeft|hebben)\s+(?:al\s+|eigenlijk\s+)*een\s+(?:duidelijke\s+|sterke\s+)?voorkeur\s+voor\b",
    r"\bvoorkeurs(?:leverancier|partij|aanbieder|kandidaat)\b",
    r"\b(?:we|wij)\s+(?:hebben|zitten\s+met)\s+(?:(?:eigenlijk|toch|gewoon|nu)\s+)*al\s+(?:(?:een|vaste|onze|eigen)\s+)*(?:leverancier|partij|aanbieder|partner|contract)\b",
    r"\ber\s+(?:ligt|is)\s+(?:eigenlijk\s+|al\s+)+een\s+(?:contract|deal|afspraak|leverancier|partij)\b",
)

_ACCESS_NONE = _x(
    # "hij is moeilijk bereikbaar", "lastig te pakken te krijgen"
    r"\b(?:moeilijk|lastig|slecht|zwaar|onmogelijk|nauwelijks|amper|bijna\s+niet|niet|nooit)\s+(?:te\s+)?(?:bereikbaar|bereiken|te\s+pakken\s+(?:te\s+)?krijgen|te\s+spreken|aan\s+de\s+lijn\s+(?:te\s+)?krijgen|in\s+te\s+plannen|te\s+strikken)\b",
    r"\b(?:moeilijk|lastig|onmogelijk|lastiger|moeilijker|niet\s+makkelijk)\s+om\s+(?:hem|haar|hen|ze|die|mij|<BOSS>)\s+(?:\w+\s+){0,3}?"
    r"(?:te\s+(?:bereiken|spreken|pakken|krijgen|strikken|storen)|aan\s+tafel\s+te\s+krijgen|erbij\s+te\s+(?:halen|krijgen|betrekken))\b",
    r"\bonbereikbaar\b",
    # "mijn directeur zit altijd in vergaderingen", "hij is constant op reis"
    r"\b(?:hij|zij|ze|die|<BOSS>)\s+(?:is|zijn|zit|zitten)\s+(?:(?:erg|heel|enorm|altijd|vaak|veel|continu|constant|nogal|bijna\s+altijd|echt|super|zo)\s+)*"
    r"(?:druk|bezet|op\s+reis|weg|afwezig|onderweg|in\s+het\s+buitenland|nooit\s+(?:aanwezig|op\s+kantoor|beschikbaar|bereikbaar)|niet\s+(?:beschikbaar|bereikbaar|aanwezig|op\s+kantoor)|volgeboekt|in\s+vergadering\w*|in\s+overleg)\b",
    # "ik krijg hem niet aan tafel", "dat lukt me nooit om hem erbij te krijgen"
    r"\b(?:krijg|krijgen|kreeg|kan|kunnen|kon|lukt|lukte)\s+(?:\w+\s+){0,3}?(?:hem|haar|hen|ze|die|<BOSS>)\s+(?:\w+\s+){0,2}?(?:niet|nooit|nauwelijks|moeilijk|lastig)\s+(?:\w+\s+){0,2}?"
    r"(?:aan\s+tafel|erbij|bij\s+(?:het|een|dit|zo'n)\s+(?:gesprek|overleg)|in\s+(?:een|het|dit)\s+(?:gesprek|overleg|meeting)|te\s+pakken|te\s+spreken|bereiken|strikken|uitnodigen|betrekken|meekrijgen|mee)\b",
    # "ik kan mijn baas niet zomaar bellen"
    r"\b(?:kan|mag|kunnen|mogen|durf)\s+(?:ik\s+|we\s+)?(?:hem|haar|hen|<BOSS>)\s+(?:(?:echt|zomaar|gewoon|daar|hiervoor|daarvoor)\s+)*(?:niet|nooit)\s+(?:(?:zomaar|zo|maar|even|echt|mee)\s+)*"
    r"(?:bellen|storen|benaderen|lastigvallen|lastig\s+vallen|uitnodigen|mailen|bereiken|betrekken|erbij\s+(?:halen|roepen|betrekken))\b",
    # "hij doet geen gesprekken met leveranciers", "mijn directeur spreekt nooit met verkopers"
    r"\b(?:hij|zij|ze|die|<BOSS>)\s+(?:\w+\s+){0,2}?(?:doet|doen|neemt|nemen|spreekt|spreken|ontvangt|ontvangen|zit|zitten|komt|komen|wil|willen)\s+(?:\w+\s+){0,2}?(?:nooit|niet|zelden|geen)\s+(?:\w+\s+){0,2}?"
    r"(?:gesprekken|afspraken|meetings|vergaderingen|verkopers|leveranciers|vertegenwoordigers|verkoopgesprekken|aan\s+tafel|bij\s+(?:dit\s+soort|zulke|zo'n)\s+(?:gesprekken|afspraken|gesprek))\b",
    # "alles loopt via mij"
    r"\b(?:alles|het\s+contact|al\s+het\s+contact|alle\s+contact|de\s+communicatie)\s+(?:loopt|gaat|moet|verloopt)\s+(?:\w+\s+)?(?:via|door|over)\s+mij\b",
    # "bel hem maar liever niet", "u kunt hem beter niet storen"
    r"\b(?:liever|beter|maar\s+beter)\s+niet\s+(?:\w+\s+)?(?:bellen|storen|benaderen|mailen|lastigvallen|rechtstreeks\s+benaderen|direct\s+benaderen)\b",
    r"\b(?:bel|mail|benader|stoor)\s+(?:hem|haar|hen|ze|<BOSS>)\s+(?:(?:maar|liever|beter|alsjeblieft|vooral)\s+)*niet\b",
    # "ik heb nauwelijks contact met de directeur", "ik zie hem bijna nooit"
    r"\bik\s+(?:heb|heeft)\s+(?:\w+\s+){0,2}?(?:geen|weinig|nauwelijks|zelden|amper)\s+(?:\w+\s+)?(?:contact|toegang|lijntje|lijn)\s+(?:met|tot)\s+(?:hem|haar|hen|<BOSS>)\b",
    r"\bik\s+(?:zie|ziet|spreek|spreekt)\s+(?:hem|haar|hen|<BOSS>)\s+(?:(?:eigenlijk|ook)\s+)*(?:bijna\s+nooit|nooit|zelden|nauwelijks|amper)\b",
    # "hij heeft geen tijd voor dit soort gesprekken"
    r"\b(?:hij|zij|ze|<BOSS>)\s+(?:heeft|hebben)\s+(?:\w+\s+){0,2}?geen\s+tijd\b",
)

_VAGUE_ANSWER = _x(
    # "ik weet eigenlijk niet wat het budget is", "ik heb geen idee wanneer"
    r"\bik\s+(?:weet|weten|wist|wisten|heb|heeft|had|ken)\s+(?:het\s+|dat\s+)?(?:(?:echt|eigenlijk|nog|ook|helemaal|zo|eerlijk\s+gezegd)\s+)*(?:niet|geen\s+(?:flauw\s+)?idee)\b<G40>"
    r"\b(?:budget|wanneer|hoeveel|wie|proces|planning|termijn|bedrag|kosten|prijs|cijfers|getallen|tijdlijn|timing|geld|deadline|procedure|hoe\s+(?:het|dat)\s+(?:\w+\s+){0,3}?(?:gaat|loopt|werkt))",
    r"\b(?:dat|het|wat|hoeveel|wanneer|wie|budget)\b<G40>\bweet\s+ik\s+(?:(?:echt|eigenlijk|nog|ook|zo|eerlijk\s+gezegd)\s+)*niet\b",
    r"^\s*(?:(?:nou|tja|eh|ehm|ja|hmm),?\s+)*(?:dat\s+)?weet\s+ik\s+(?:(?:eigenlijk|echt|ook|nog|zo)\s+)?niet\s*[.!…]*\s*$",
    r"\bgeen\s+(?:flauw\s+)?(?:idee|benul)\b", r"\bgeen\s+(?:zicht|inzicht)\s+(?:op|in)\b", r"\bweet\s+ik\s+veel\b",
    # "nou, ik weet het niet...", "tja ik weet het niet"
    r"\bik\s+weet\s+(?:het\s+)?(?:(?:eigenlijk|echt|ook|zo)\s+)*niet\s*(?:\.\.\.|…)",
    r"\b(?:nou|tja|pff|hmm|ja)\W+(?:ik\s+)?weet\s+(?:ik\s+)?(?:het\s+)?(?:(?:eigenlijk|echt|ook|zo)\s+)*niet\b",
    # "moeilijk te zeggen", "dat kan ik nu nog niet zeggen"
    r"\b(?:moeilijk|lastig|niet)\s+te\s+zeggen\b",
    r"\b(?:kan|kon)\s+ik\s+(?:(?:nu|nog|echt|op\s+dit\s+moment|zo|zo\s+nog|eigenlijk)\s+)*(?:niet|niks|niets|moeilijk|lastig)\s+(?:\w+\s+)?(?:zeggen|vertellen|aangeven|inschatten)\b",
    r"\bik\s+kan\s+(?:\w+\s+){0,3}?(?:niet|niks|niets|moeilijk)\s+(?:over\s+)?(?:zeggen|vertellen|aangeven|inschatten)\b",
    # "we zien wel", "we zullen zien", "dat zien we dan wel", "afwachten"
    r"\b(?:we|wij)\s+(?:zien|zullen|gaan)\s+(?:het\s+)?(?:dan\s+)?(?:wel|zien|het\s+zien)\b",
    r"\bzien\s+we\s+(?:(?:dan|nog|later|straks)\s+)*wel\b",
    r"\b(?:is|maar|eens|even|het)\s+afwachten\b",
    # "ooit", "te zijner tijd", "op een gegeven moment"
    r"\b(?:ooit|op\s+een\s+gegeven\s+moment|te\s+zijner\s+tijd|tzt|vroeg\s+of\s+laat|op\s+termijn|ergens\s+(?:volgend\s+jaar|dit\s+jaar|in\s+het\s+(?:voorjaar|najaar))|in\s+de\s+loop\s+van\s+de\s+tijd)\b",
    r"\bt\.z\.t\.",
    # "ik ben niet de juiste persoon", "daar ben ik niet van op de hoogte"
    r"\bik\s+(?:ben|is|zit)\s+(?:\w+\s+)?niet\s+(?:de\s+juiste\s+(?:persoon|man|vrouw)|(?:helemaal\s+|echt\s+)?op\s+de\s+hoogte|(?:zo\s+)?(?:goed\s+)?ingevoerd|betrokken|bovenop|in\s+beeld)\b",
    r"\b(?:ben|is)\s+ik\s+(?:\w+\s+){0,2}?niet\s+(?:van\s+)?(?:\w+\s+)?(?:op\s+de\s+hoogte|betrokken|de\s+juiste)\b",
    # "het budget is nog niet bekend"
    r"\b(?:budget|bedrag|planning|tijdlijn|timing|termijn|proces|besluitvorming|procedure)\s+(?:is|staat|ligt)\s+(?:\w+\s+){0,2}?"
    r"(?:niet\s+(?:duidelijk|bekend|vastgesteld|vast|rond|helder|bepaald|zeker)|onduidelijk|onbekend|nog\s+open)\b",
    # "goede vraag"
    r"\b(?:goede|lastige|moeilijke|interessante)\s+vraag\b",
)

_STALL_SOFT = _x(
    # "laten we contact houden", "we blijven in contact"
    r"\b(?:laten\s+we|we\s+(?:houden|blijven)|blijf|blijven|houd|hou|houden)\s+(?:\w+\s+){0,2}?(?:contact|in\s+contact|in\s+verbinding)\b",
    r"\b(?:houden|hou|houd|houdt)\s+(?:elkaar|jullie|je|jou|u|mij|me|ons)\s+(?:\w+\s+)?(?:op\s+de\s+hoogte|geïnformeerd|ge[iï]nformeerd)\b",
    # "stuur me wat informatie", "mail maar een brochure", "als u wat materiaal kunt opsturen"
    r"\b(?:stuur|mail|stuurt|mailt|sturen|mailen)\s+(?:\w+\s+){0,3}?(?:informatie|info|materiaal|brochures?|presentatie|deck|documentatie|folder|overzicht|whitepaper|cases|casussen|referenties|onepager|one-pager|productsheet|specificaties|specs|prijslijst|iets\s+op\s+papier|wat\s+op\s+papier)\b",
    r"\b(?:informatie|info|materiaal|brochures?|presentatie|documentatie|folder|cases|referenties)\s+(?:\w+\s+){0,3}?(?:toesturen|opsturen|sturen|mailen|doormailen|toemailen|ontvangen)\b",
    # "misschien volgend jaar", "wellicht na de zomer"
    r"\b(?:misschien|wellicht|mogelijk|eventueel|waarschijnlijk)\s+(?:pas\s+)?(?:volgend|volgende|komend|komende|na\s+de|in\s+het\s+(?:nieuwe\s+jaar|voorjaar|najaar)|later|na\s+(?:de\s+)?(?:zomer|vakantie|jaarwisseling|reorganisatie|budgetronde))"
    r"(?:\s+(?:jaar|kwartaal|maand|halfjaar|seizoen|zomer|vakantie|budgetronde|boekjaar|dit\s+jaar))?\b",
    # "het is niet het juiste moment", "het komt nu even niet uit"
    r"\bniet\s+(?:het\s+)?(?:juiste|goede|ideale|beste|geschikte|goed)\s+(?:moment|tijdstip|tijd)\b",
    r"\bgeen\s+(?:goed|geschikt|ideaal)\s+moment\b",
    r"\b(?:komt|kwam)\s+(?:\w+\s+){0,2}?(?:nu\s+)?(?:even\s+)?niet\s+(?:zo\s+)?(?:goed\s+)?uit\b",
    r"\bnu\s+(?:even|eventjes)\s+niet\b",
    # "laten we er later op terugkomen", "laten we het even parkeren"
    r"\b(?:laten\s+we|we\s+(?:kunnen|moeten|zullen|gaan))\s+(?:\w+\s+){0,4}?(?:op\s+terugkomen|later\s+(?:nog\s+eens\s+)?(?:bellen|spreken|oppakken|bekijken)|parkeren|laten\s+rusten"
    r"|(?:even\s+)?laten\s+liggen|in\s+de\s+ijskast\s+zetten|nog\s+eens\s+(?:bellen|spreken|oppakken|bekijken)|opnieuw\s+(?:bekijken|oppakken))\b",
    # "ik kom er nog op terug", "ik laat het u weten", "u hoort nog van ons"
    r"\b(?:ik|we|wij)\s+(?:kom|komen|komt)\s+(?:\w+\s+){0,4}?(?:op\s+terug|bij\s+(?:u|je|jou|jullie)\s+terug|terug\s+bij\s+(?:u|je|jou|jullie))\b",
    r"\b(?:kom|komen)\s+(?:ik|we|wij)\s+(?:\w+\s+){0,4}?op\s+terug\b",
    r"\b(?:ik|we|wij)\s+(?:laat|laten|late)\s+(?:het\s+)?(?:u|je|jou|jullie)\s+(?:\w+\s+){0,2}?weten\b",
    r"\b(?:laat|laten)\s+(?:ik|we|wij)\s+(?:het\s+)?(?:u|je|jou|jullie)\s+(?:\w+\s+){0,2}?weten\b",
    r"\b(?:u|je|jij|jullie)\s+(?:hoort|hoor)\s+(?:\w+\s+){0,2}?van\s+(?:ons|mij|me)\b",
    r"\blaat\s+(?:\w+\s+){0,2}?van\s+(?:me|mij|ons)\s+horen\b",
    r"\b(?:ik|we|wij)\s+(?:bel|bellen|mail|mailen)\s+(?:u|je|jou|jullie)\s+(?:nog\s+wel|wel\s+(?:een\s+keer|terug)|later|nog\s+een\s+keer|binnenkort)\b",
    # "geen haast", "het heeft geen prioriteit"
    r"\bgeen\s+(?:haast|spoed|urgentie|prioriteit)\b", r"\bniet\s+(?:urgent|dringend)\b",
    # "we zijn nog aan het oriënteren", "we kijken nog even rond"
    r"\b(?:we|wij|ik)\s+(?:zijn|ben|is|mijn|zitten|zit)\s+(?:\w+\s+){0,2}?(?:aan\s+het\s+)?(?:ori[eë]nteren|rondkijken|rond\s+te\s+kijken|verkennen|aftasten)\b",
    r"\b(?:ori[eë]ntatiefase|ori[eë]nterende\s+fase|verkennende\s+fase|verkenningsfase|ori[eë]nterend\s+gesprek|kennismakingsfase)\b",
    r"\bkijk\w*\s+(?:\w+\s+){0,2}?rond\b",
)

_AVOIDANCE = _x(
    # "hij ontweek mijn blik" (voiced: "ik ontweek jouw blik"), "meed oogcontact"
    r"\b(?:ontw(?:eek|eken|ijkt|ijken|eken)|ontweken|vermeed|vermeden|vermijdt|meed|meden|mijdt)\s+(?:\w+\s+)?(?:blik|blikken|oogcontact|ogen)\b",
    r"\b(?:geen|nauwelijks|weinig|amper|zelden)\s+oogcontact\b",
    # "hij keek me niet aan", "kijkt je niet in de ogen"
    r"\b(?:keek|kijkt|kijken|keken)\s+(?:\w+\s+){0,3}?(?:niet|nooit|nauwelijks|amper|zelden)\s+(?:\w+\s+){0,2}?(?:in\s+(?:de|jouw|je|mijn)\s+ogen|aan)\b",
    # "keek weg", "keek steeds naar de deur", "keek op zijn horloge"
    r"\b(?:keek|kijkt|keken|kijken|staarde|staart|blikte)\s+(?:\w+\s+){0,2}?(?:weg|naar\s+beneden|omlaag|naar\s+de\s+(?:grond|vloer|deur|tafel|klok|gang)|naar\s+(?:buiten|het\s+raam)|uit\s+het\s+raam)\b",
    r"\b(?:keek|kijkt|keken|kijken|gluurde)\s+(?:\w+\s+){0,3}?(?:op|naar)\s+(?:mijn|zijn|haar|z'n|de|het)\s+(?:telefoon|mobiel|horloge|klok|scherm|laptop|schoenen)\b",
    r"\b(?:op|naar)\s+(?:mijn|zijn|haar|z'n|de|het)\s+(?:telefoon|mobiel|horloge|klok|laptop|scherm|deur)\s+(?:te\s+)?(?:kijken|turen|checken|gluren|loeren)\b",
    r"\bzat\s+(?:\w+\s+){0,2}?op\s+(?:mijn|zijn|haar|z'n)\s+(?:telefoon|mobiel|laptop)\b",
    # nervous body language
    r"\b(?:nerveus|nerveuze|zenuwachtig|zenuwachtige|ongemakkelijk|ongemakkelijke|onrustig|ontwijkend|ontwijkende|schichtig|friemel\w*|frummel\w*|wiebel\w*|schuifel\w*|zweette|bloosde|stamelde|hakkelde)\b",
    r"\b(?:draaide|schoof)\s+(?:\w+\s+)?(?:heen\s+en\s+weer|op\s+(?:zijn|mijn|haar|z'n)\s+stoel)\b",
)

_OWN_BUDGET = _x(
    # "het is mijn budget", "het komt uit mijn budget"
    r"\b(?:mijn|m'n)\s+(?:eigen\s+)?budget\b(?!\s+niet\b)",
    r"\b(?:mijn|m'n)\s+(?:eigen\s+)?(?:afdelingsbudget|kostenplaats|begroting|p&l|potje|investeringsbudget|projectbudget)\b(?!\s+niet\b)",
    r"\buit\s+(?:mijn|m'n)\s+(?:eigen\s+)?(?:potje|pot|zak|kostenplaats)\b",
    # "ik beheer het budget", "ik ga over de centen"
    r"\bik\s+(?:heb|heeft|beheer|beheert|hou|houd|houdt|ga\s+over|gaat\s+over|bepaal|bepaalt|stel|stelt|controleer|controleert|zit\s+op|beschik\s+over|beschikt\s+over)\s+<NW>?"
    r"(?:het|de|een|dat|dit|mijn|ons|eigen)\s+<NW>?(?:budget|potje|geld|centen|portemonnee|knip|begroting|middelen)\b(?!\s+(?:\w+\s+)?(?:niet|nodig)\b)",
    r"\b(?:budget|geld|potje|ruimte|centen)\s+(?:heb|beheer|hou|houd|bepaal)\s+ik\b(?!\s+(?:\w+\s+)?niet\b)",
    r"\b(?:heb|beheer)\s+ik\s+<NW>?(?:het\s+|een\s+|eigen\s+)?(?:budget|geld|potje|ruimte)\s+voor\b",
    # "ik heb er 200k voor gereserveerd"
    r"\b(?:ik\s+(?:heb|heeft)|(?:heb|heeft)\s+ik)\s+<NW>{0,5}?(?:gereserveerd|vrijgemaakt|vrij\s+gemaakt|begroot|opzij\s+gezet|opzijgezet|gealloceerd|geoormerkt|apart\s+gezet|apartgezet|ingeboekt)\b",
    # "het budget ligt bij mij"
    r"\b(?:het|dat|dit|de)\s+budget\s+(?:is|ligt|zit)\s+<NW>?(?:van\s+mij|bij\s+mij|mijn\s+(?:verantwoordelijkheid|zaak)|in\s+mijn\s+handen|onder\s+mij)\b",
    # "ik teken de facturen", "ik keur de inkooporders goed"
    r"\bik\s+(?:teken|tekent|accordeer|accordeert|fiatteer|fiatteert|keur|keurt)\s+(?:\w+\s+)?(?:de|het|alle|die)?\s*(?:facturen|inkooporders|bestellingen|uitgaven|contracten|budget|begroting|inkopen|investeringen)\b",
    r"\bverantwoordelijk\s+voor\s+(?:\w+\s+){0,4}?(?:het|dit|de|ons|dat)\s+budget\b",
    r"\b(?:ik\s+(?:ben|is)|ben\s+ik)\s+(?:hier\s+)?(?:de\s+)?(?:budgethouder|budgetverantwoordelijke|budgeteigenaar|budgetbeheerder|tekenbevoegd\w*)\b",
    # "ik kan zelf tot 50.000 euro tekenen"
    r"\bik\s+(?:kan|mag)\s+<NW>{0,4}?(?:tot\s+\S+\s+<NW>?)?(?:uitgeven|besteden|tekenen|goedkeuren|fiatteren|accorderen)\b",
    r"\btot\s+\S+\s+<NW>?(?:kan|mag)\s+ik\s+<NW>{0,2}?(?:uitgeven|besteden|tekenen|goedkeuren|fiatteren|zelf)\b",
    # "ik betaal"
    r"\b(?:ik\s+(?:betaal|betaalt)|betaal\s+ik)\b(?!\s+(?:\w+\s+)?niet\b)",
)

_OWN_DECISION = _x(
    # "dit is mijn beslissing", "het is mijn keuze"
    r"\b(?:het|dat|dit)\s+(?:is|blijft)\s+<NW>{0,2}?(?:mijn|m'n)\s+(?:eigen\s+)?(?:beslissing|keuze|besluit|call|project|verantwoordelijkheid|afdeling|pakkie[-\s]?an|terrein|afweging)\b(?!\s+niet\b)",
    r"\b(?:mijn|m'n)\s+(?:eigen\s+)?(?:beslissing|keuze|besluit|call)\b(?!\s+niet\b)",
    # "de beslissing ligt bij mij", "het is aan mij", "het laatste woord is aan mij"
    r"\b(?:beslissing|keuze|besluit|eindbeslissing|laatste\s+woord|eindverantwoordelijkheid|handtekening)\s+(?:is|ligt|zit)\s+<NW>?(?:bij\s+mij|aan\s+mij|van\s+mij)\b",
    r"\b(?:het|dat|dit)\s+(?:is\s+(?:(?:uiteindelijk|gewoon|helemaal|echt)\s+)?aan\s+mij|(?:is|ligt)\s+(?:(?:uiteindelijk|gewoon|helemaal|echt)\s+)?bij\s+mij)\b",
    # "ik beslis", "ik bepaal dat", "ik teken"
    r"\bik\s+(?:beslis|beslist|bepaal|bepaalt|besluit|kies|kiest|teken|tekent)\b(?!\s+(?:\w+\s+){0,2}?(?:niet|nooit|pas|samen|mee)\b)",
    r"\bik\s+(?:neem|neemt|maak|maakt|heb|heeft|hak|hakt|geef|geeft)\s+(?:(?:hier|daar|uiteindelijk|zelf|altijd|gewoon)\s+)*(?:de|het)\s+"
    r"(?:eind)?(?:beslissing|besluit|keuze|laatste\s+woord|knoop|doorslag|groen\s+licht|fiat|akkoord)\b(?!\s+(?:\w+\s+)?niet\b)",
    # inversion: "dat beslis ik zelf", "de keuze maak ik", "daar ga ik over"
    r"\b(?:dat|dit|het|daar|daarover|uiteindelijk|zelf|de\s+beslissing|de\s+keuze|het\s+besluit|de\s+knoop)\s+(?:beslis|beslist|bepaal|bepaalt|besluit|kies|kiest|neem|neemt|maak|maakt|hak|hakt)\s+ik\b(?!\s+(?:\w+\s+){0,2}?(?:niet|nooit|samen|pas)\b)",
    r"\b(?:beslis|beslist|bepaal|bepaalt|besluit)\s+ik\b(?!\s+(?:\w+\s+){0,2}?(?:niet|nooit|samen|pas|mee)\b)",
    r"\bik\s+<NW>{0,3}?zelf\s+(?:beslis|beslist|bepaal|bepaalt|kies|kiest|teken|tekent|besluit)\b",
    r"\bdaar\s+(?:ga|gaat)\s+ik\s+(?:(?:zelf|gewoon|helemaal|echt|uiteindelijk)\s+)?over\b",
    r"\bik\s+(?:ga|gaat)\s+(?:daar|er|hier)\s*over\b",
    # "ik ben degene die beslist", "ik ben de eigenaar"
    r"\bik\s+(?:ben|is)\s+(?:(?:hier|uiteindelijk|gewoon|ook)\s+)*(?:degene|diegene|de\s+persoon|de\s+enige)\s+die\s+<NW>{0,3}?(?:beslis\w*|teken\w*|bepaal\w*|kiest|kiezen|besluit|goedkeur\w*|het\s+laatste\s+woord|de\s+knoop)",
    r"\b(?:ik\s+(?:ben|is)|ben\s+ik)\s+(?:(?:hier|uiteindelijk|gewoon|zelf)\s+)*(?:de\s+)?(?:beslisser|eindbeslisser|beslissingsnemer|besluitvormer|eindverantwoordelijke|eigenaar|directeur|dga|ceo|baas|opdrachtgever|projecteigenaar|tekenbevoegde|beslissingsbevoegd|eindverantwoordelijk)\b",
    # "ik hoef niemand iets te vragen", "ik heb geen toestemming nodig"
    r"\b(?:ik\s+(?:hoef|hoeft)|(?:hoef|hoeft)\s+ik)\s+(?:\w+\s+){0,3}?(?:niemand|niemands|geen\s+(?:toestemming|goedkeuring|akkoord|fiat|handtekening|overleg|ruggespraak|rugspraak)"
    r"|niet\s+(?:eerst\s+)?(?:(?:te\s+)?vragen|(?:te\s+)?overleggen|(?:te\s+)?checken|af\s+te\s+stemmen|voor\s+te\s+leggen|naar\s+boven))\b",
    r"\b(?:ik\s+(?:heb|heeft)|(?:heb|heeft)\s+ik)\s+(?:\w+\s+){0,3}?(?:niemand|geen\s+(?:toestemming|goedkeuring|akkoord|fiat|handtekening|overleg))\s+(?:\w+\s+){0,3}?nodig\b",
    # "ik kan dat vandaag nog beslissen", "dat kan ik zelf beslissen"
    r"\b(?:ik|we|wij)\s+(?:kan|kunnen|mag)\s+<NW>{0,3}?(?:vandaag|nu|meteen|direct|zelf|ter\s+plekke|hier|deze\s+week|snel)\s+<NW>?(?:beslissen|besluiten|tekenen|bepalen|kiezen|de\s+knoop\s+doorhakken)\b",
    r"\b(?:kan|mag)\s+ik\s+<NW>{0,2}?(?:zelf|vandaag|nu|meteen|direct|ter\s+plekke|gewoon|prima|zelfstandig)\s+<NW>?(?:beslissen|besluiten|tekenen|bepalen|kiezen)\b",
    r"\b(?:dat|dit|daar|het)\s+(?:beslissen|bepalen|besluiten)\s+(?:we|wij)\s+(?:hier\s+)?zelf\b",
    r"\b(?:we|wij)\s+(?:beslissen|bepalen)\s+(?:dat|dit|het)\s+zelf\b",
    # "als ik het goed vind, doen we het"
    r"\bals\s+ik\s+(?:het|dit|dat)\s+<NW>?(?:goed\s+vind|wil|zie\s+zitten|goedkeur|goed\s+keur)\b",
    # "ik heb besloten", "ik heb gekozen voor"
    r"\bik\s+(?:heb|heeft)\s+<NW>{0,3}?(?:besloten|beslist|gekozen|de\s+keuze\s+gemaakt)\b(?!\s+(?:om\s+)?(?:het\s+|dit\s+|dat\s+)?(?:niet|geen|af\s+te\s+zien)\b)",
    r"\b(?:heb|heeft)\s+ik\s+<NW>{0,3}?(?:besloten|beslist|gekozen)\b(?!\s+(?:om\s+)?(?:het\s+|dit\s+|dat\s+)?(?:niet|geen|af\s+te\s+zien)\b)",
    # "mijn team gaat het gebruiken"
    r"\bmijn\s+(?:team|mensen|afdeling|bedrijf|fabriek|organisatie|medewerkers|personeel)\s+(?:gaat|gaan|zal|zullen)\s+<NW>{0,3}?(?:gebruiken|implementeren|uitrollen|invoeren|werken\s+met|draaien)\b",
    # "mijn baas hoeft dat niet goed te keuren", "de directie komt er niet aan te pas"
    r"<BOSS>\s+(?:hoeft|hoeven)\s+(?:\w+\s+){0,3}?(?:niet|niks|niets)\s+(?:\w+\s+){0,2}?(?:goed\s+te\s+keuren|te\s+tekenen|te\s+beslissen|naar\s+te\s+kijken|mee\s+te\s+kijken|over\s+te\s+beslissen|bij\s+te\s+zijn)\b",
    r"<BOSS>\s+(?:komt|komen)\s+(?:er|daar|hier)\s+(?:\w+\s+)?niet\s+(?:\w+\s+)?aan\s+te\s+pas\b",
)

_SET_TERMS = _x(
    # "we willen het uiterlijk maart live hebben", "het moet voor 1 juni draaien"
    r"\b(?:moet|moeten|wil|willen|verwacht|verwachten|eis|eisen|wens|wensen)\b<G40>\b(?:live|operationeel|klaar|ge[iï]nstalleerd|in\s+gebruik|werkend|draaien|draaiend|geleverd|opgeleverd|ingevoerd|ge[iï]mplementeerd|getekend|rond|in\s+productie)\b<G25>"
    r"\b(?:uiterlijk|v[oó][oó]r|voor|per|in|op|begin|eind|medio|binnen)\s+(?:<DAY>|\w+\s+(?:dagen|weken|maanden))",
    r"\b(?:moet|moeten|wil|willen)\b<G40>\b(?:uiterlijk|v[oó][oó]r|voor|per|in|op|begin|eind|medio|binnen)\s+(?:<DAY>|\w+\s+(?:dagen|weken|maanden))<G25>"
    r"\b(?:live|operationeel|klaar|ge[iï]nstalleerd|in\s+gebruik|werkend|draaien|draaiend|geleverd|opgeleverd|ingevoerd|ge[iï]mplementeerd|getekend|rond|in\s+productie)\b",
    r"\buiterlijk\s+<DAY>\s+(?:\w+\s+){0,4}?(?:live|operationeel|klaar|ge[iï]nstalleerd|in\s+gebruik|werkend|draaien|geleverd|opgeleverd|rond)\b",
    # "de deadline is 1 maart", "de go-live is in mei"
    r"\b(?:deadline|go-?live(?:datum)?|livegang|startdatum|opleverdatum|einddatum|ingangsdatum|streefdatum|harde\s+datum|uiterste\s+datum)\s+(?:is|ligt|staat\s+op|wordt)\b",
    # "wat ik van jullie nodig heb is ...", "mijn voorwaarden zijn"
    r"\bwat\s+(?:ik|wij|we)\s+(?:\w+\s+){0,2}?(?:nodig\s+heb(?:ben)?|wil|willen|verwacht|verwachten|eis|eisen)\s*,?\s+(?:is|zijn)\b",
    r"\b(?:mijn|onze)\s+(?:voorwaarden|eisen|criteria|randvoorwaarden|uitgangspunten|harde\s+eisen|knock-?outcriteria)\s+(?:zijn|is|luiden)\b",
    r"\b(?:ik|we|wij)\s+(?:heb|hebben|stel|stellen|wil|willen)\s+(?:\w+\s+)?(?:drie|twee|vier|vijf|een\s+paar|enkele)\s+(?:harde\s+|duidelijke\s+)?(?:eisen|voorwaarden|punten|dingen|criteria|randvoorwaarden)\b",
    r"\b(?:drie|twee|vier|een\s+paar)\s+(?:dingen|punten|eisen)\s+(?:die\s+ik|die\s+we|wil\s+ik|willen\s+we|heb\s+ik|van\s+jullie|van\s+u)\b",
    # "als jullie in april kunnen leveren, hebben we een deal"
    r"\b(?:als|wanneer|mits|zodra|indien)\s+(?:jullie|u|je|jij)\b<G90>\b(?:hebben\s+we\s+een\s+deal|is\s+het\s+(?:een\s+)?deal|is\s+het\s+rond|tekenen\s+we|teken\s+ik|gaan\s+we\s+(?:in\s+zee|ervoor|door|akkoord|verder)"
    r"|doen\s+we\s+(?:het|zaken)|zijn\s+we\s+eruit|krijgen\s+jullie\s+de\s+opdracht|krijgt\s+u\s+de\s+opdracht|heb\s+je\s+een\s+deal|hebben\s+jullie\s+een\s+deal|kopen\s+we|bestellen\s+we|deal)\b",
    # "ik wil uw offerte uiterlijk vrijdag", "stuur me het voorstel voor 12 mei"
    r"\b(?:ik|we|wij)\s+(?:wil|willen|verwacht|verwachten|moet|moeten)\s+(?:\w+\s+)?(?:de|het|een|jullie|uw|je)\s+(?:\w+\s+)?(?:offerte|voorstel|pilot|proef|contract|prijsopgave|aanbieding|laatste\s+bod|beste\s+prijs|planning|demo)\b<G30>"
    r"\b(?:uiterlijk|v[oó][oó]r|voor|per|op|binnen)\s+<DAY>",
    r"\b(?:stuur|mail|lever)\s+(?:\w+\s+){0,3}?(?:offerte|voorstel|contract|prijsopgave|planning)\s+(?:\w+\s+)?(?:uiterlijk|v[oó][oó]r|voor|per|binnen)\s+<DAY>",
    # "dat is mijn maximum", "meer dan 50k gaan we niet uitgeven", "maximaal 40.000 euro"
    r"\b(?:dat|dit)\s+is\s+(?:mijn|ons|onze|het)\s+(?:absolute\s+)?(?:maximum|plafond|grens|limiet|budgetplafond|bovengrens|max)\b",
    r"\bmeer\s+dan\s+\S+\s+(?:\w+\s+)?(?:ga|gaan|wil|willen|kan|kunnen|betaal|betalen)\s+(?:ik|we|wij)\s+(?:echt\s+)?niet\b",
    r"\b(?:maximaal|hooguit|niet\s+meer\s+dan)\s+(?:€\s?)?\d[\d.,]*\s*(?:k|euro|duizend|mille|ton)\b",
    # "ik teken pas als", "we gaan alleen akkoord als"
    r"\b(?:ik|we|wij)\s+(?:ga|gaan|teken|tekenen|koop|kopen|bestel|bestellen|stap|stappen)\s+(?:(?:alleen|pas|enkel|uitsluitend)\s+)?(?:(?:akkoord|in|over|door|mee)\s+)?(?:(?:alleen|pas|enkel|uitsluitend)\s+)?(?:als|wanneer|zodra|mits|op\s+voorwaarde)\b",
    # "het moet aan drie eisen voldoen", "voorwaarde is dat", "voor mij een harde eis"
    r"\b(?:moet|moeten)\s+(?:\w+\s+){0,2}?(?:aan\s+)?(?:drie|twee|vier|een\s+paar|de\s+volgende)\s+(?:\w+\s+)?(?:eisen|voorwaarden|criteria|dingen|punten)\s+(?:voldoen|hebben)\b",
    r"\b(?:voorwaarde|harde\s+eis|eis|must|absolute\s+must|randvoorwaarde)\s+(?:is|blijft)\s+(?:wel\s+)?(?:dat|een)\b",
    r"\bvoor\s+(?:mij|ons)\s+(?:\w+\s+){0,3}?(?:een\s+)?(?:harde\s+eis|voorwaarde|must|dealbreaker|breekpunt|knock-?out|randvoorwaarde|vereiste)\b",
)

_COMMIT_DATED = _x(
    # "laten we vrijdag tekenen", "ik boek de pilot voor 12 mei", "we starten volgende week"
    r"\b(?:laten\s+we|we\s+(?:gaan|zullen|kunnen)|ik\s+(?:ga|zal|wil)|we|wij|ik)\s+<NW>{0,4}?"
    r"(?:tekenen|ondertekenen|starten|beginnen|aftrappen|inplannen|plannen|boeken|bestellen|de\s+order\s+plaatsen|doorgaan|van\s+start\s+gaan|live\s+gaan|uitrollen|vastleggen"
    r"|teken|tekent|start|begin|bestel|plan|boek|trappen)\b<G40>\b<DAY>",
    r"\b(?:laten\s+we|we|wij|ik)\s+<NW>{0,2}?<DAY>\s+<NW>{0,3}?(?:tekenen|ondertekenen|starten|beginnen|aftrappen|inplannen|boeken|bestellen|de\s+order\s+plaatsen|van\s+start\s+gaan|live\s+gaan|uitrollen)\b",
    r"\b<DAY>\s+<NW>{0,2}?(?:tekenen|teken|starten|start|beginnen|begin|bestellen|bestel|boeken|boek|plannen|gaan|trappen)\s+(?:we|wij|ik)\b(?!\s+(?:\w+\s+)?niet\b)",
    # "hij heeft toegezegd om vrijdag te tekenen"
    r"\b<DAY>\s+<NW>{0,3}?te\s+(?:tekenen|ondertekenen|starten|beginnen|bestellen|boeken|beginnen|trappen)\b",
    r"\b(?:tekenen|starten|beginnen|plannen|boeken|bestellen|teken|start|begin|plan|boek|bestel)\s+(?:we|wij|ik)\s+<NW>{0,4}?<DAY>",
    # "stuur me het contract", "mail de orderbevestiging maar"
    r"\b(?:stuur|mail|stuurt|mailt)\s+(?:\w+\s+){0,2}?(?:het\s+contract|de\s+(?:order|opdracht|orderbevestiging|opdrachtbevestiging|overeenkomst|inkooporder|papieren|contracten)|het\s+orderformulier)\b",
    # "we doen het", "deal", "dan tekenen we"
    r"\b(?:we\s+doen\s+het|laten\s+we\s+het\s+doen|we\s+gaan\s+ervoor|ik\s+ga\s+ervoor|we\s+gaan\s+(?:met\s+(?:jullie|u)\s+)?in\s+zee|u\s+heeft\s+een\s+deal|je\s+hebt\s+een\s+deal"
    r"|jullie\s+hebben\s+een\s+deal|we\s+hebben\s+een\s+deal|het\s+is\s+(?:een\s+)?deal|deal\s+is\s+deal|dan\s+teken\s+ik|dan\s+tekenen\s+we|ik\s+teken\s+(?:vandaag|morgen|direct|meteen|nu)"
    r"|we\s+gaan\s+akkoord|ik\s+ga\s+akkoord|ga\s+maar\s+boeken|zet\s+het\s+maar\s+in\s+gang|laten\s+we\s+(?:het\s+)?(?:doorzetten|doorpakken|vastleggen|starten|beginnen))\b"
    r"(?!\s+(?:(?:nog|echt|dus|toch)\s+)?(?:niet|nooit)\b)(?!\s+(?:als|mits|wanneer|zodra)\b)",
    # "plan het maar in voor 12 mei", "prik maar een datum"
    r"\b(?:zet|plan|boek|prik|zetten|plannen|boeken|prikken)\s+(?:[\w'-]+\s+){0,3}?(?:maar\s+)?(?:in\s+(?:de\s+agenda\s+)?voor|in\s+voor|vast\s+(?:voor|op)|op)\s+<DAY>",
    r"\bprik\s+(?:\w+\s+)?(?:maar\s+)?een\s+datum\b",
    r"^\s*(?:(?:oké|ok|prima|goed|top|nou|dan),?\s+)?(?:deal|akkoord)\s*[.!]*\s*$",
)

_REFUSE_CLEAR = _x(
    # "nee, we gaan dit niet doen", "nee, dat doen we niet"
    r"\bnee\b[,.!]?\s+(?:(?:we|wij|ik)\s+(?:gaan|ga|doen|doe|willen|wil|kopen|koop|tekenen|teken|beginnen|stappen)\s+(?:\w+\s+){0,3}?(?:niet|geen|nooit)\b"
    r"|(?:dat|dit|daar|het)\s+(?:doen|gaan|kopen|tekenen|willen|beginnen)\s+(?:we|wij|ik)\s+(?:\w+\s+)?(?:niet|nooit)\b)",
    # "we gaan het niet doen", "ik ga dit niet tekenen"
    r"\b(?:we|wij|ik)\s+(?:gaan|ga|zullen|zal)\s+(?:(?:dit|dat|het|er|daar|hier)\s+)?(?:\w+\s+)?(?:niet|nooit)\s+(?:mee\s+)?"
    r"(?:doen|kopen|tekenen|ondertekenen|bestellen|in\s+zee|in\s+stappen|instappen|mee\s+verder|afnemen|aanschaffen|akkoord|mee\s+akkoord)\b",
    # "dat doen we niet", "daar gaan we niet in mee"
    r"\b(?:dit|dat|het|daar|hier)\s+(?:gaan|doen|kopen|tekenen|nemen|willen)\s+(?:we|wij|ik)\s+(?:\w+\s+)?(?:niet|nooit)\b(?!\s+(?:nu|meteen|direct|dit\s+jaar|alleen|zomaar)\b)",
    # "we zijn niet geïnteresseerd"
    r"\b(?:we|wij|ik)\s+(?:zijn|ben|is|mijn)\s+(?:\w+\s+)?(?:niet|helemaal\s+niet|absoluut\s+niet)\s+(?:ge[iï]nteresseerd|van\s+plan)\b",
    # "ik heb besloten het niet te doen", "we zien ervan af"
    r"\bik\s+(?:heb|heeft)\s+(?:\w+\s+){0,2}?(?:besloten|beslist|gekozen)\s+(?:om\s+)?(?:(?:het|dit|dat|er)\s+)?(?:niet|geen|af\s+te\s+zien|ervan\s+af\s+te\s+zien|voor\s+een\s+ander\w*|voor\s+de\s+concurrent)\b",
    r"\b(?:we|wij|ik)\s+(?:zien|zie|ziet)\s+(?:er|daar|hier|ervan|daarvan|hiervan)\s*(?:(?:dus|toch|maar)\s+)?(?:van\s+)?af\b",
    # "het antwoord is nee", "dat is een duidelijke nee", "geen interesse", "niks voor ons"
    r"\bhet\s+antwoord\s+is\s+nee\b",
    r"\b(?:dat|het)\s+(?:is|wordt)\s+(?:een\s+)?(?:duidelijke\s+|harde\s+|definitieve\s+|klare\s+)?nee\b",
    r"\bik\s+zeg\s+(?:\w+\s+)?nee\b", r"^\s*nee,?\s+(?:dank\s+(?:je|u)(?:\s+wel)?|bedankt)\s*[.!]*\s*$",
    r"\bgeen\s+(?:interesse|behoefte)\b", r"\b(?:niet|niks|niets)\s+voor\s+ons\b",
    r"\bwe\s+(?:passen|bedanken)\s+(?:ervoor|daarvoor|hiervoor)\b", r"\bwe\s+haken\s+af\b", r"\bgeen\s+deal\b",
    r"\bwe\s+stoppen\s+(?:ermee|hiermee|met\s+dit\s+traject|het\s+traject)\b",
    r"\bwe\s+kiezen\s+(?:niet\s+voor\s+(?:jullie|u)|voor\s+een\s+andere?)\b",
    r"\bik\s+(?:teken|tekent|koop|koopt|bestel|bestelt)\s+(?:(?:dit|dat|het|hier)\s+)?(?:niet|nooit)\b",
)

_BUSINESS_PAIN = _x(
    # "stilstand kost ons 40k per maand", "we lopen omzet mis"
    r"\b(?:kost|kosten|kostte|kostten)\s+(?:ons|mij|me|het\s+bedrijf|de\s+zaak|de\s+organisatie)\b",
    r"\b(?:we|wij|ik)\s+(?:verliezen|verlies|verloren|lopen|liepen|missen)\s+(?:\w+\s+){0,4}?(?:omzet|klanten|geld|orders|marge|uren|productie|mis)\b",
    r"\b(?:stilstand|uitval|downtime|verloop|personeelsverloop|ziekteverzuim|verzuim|afval|uitschot|afkeur|vertraging|vertragingen|klachten|fouten|overuren|overwerk|knelpunt|no-?shows|retouren|storingen|faalkosten|wachttijden|doorlooptijd)\b"
    r"[^.?!]{0,40}?\b(?:kost\w*|per\s+(?:maand|week|jaar|dag|dienst|shift)|elke\s+(?:maand|week|dag)|iedere\s+(?:maand|week|dag)|vreet|vreten|nekt|sloopt|slopen|hakt\s+erin|loopt\s+op|duizenden)\b",
    # "wat betekent dit voor onze marge?", "wat levert het ons op?"
    r"\bwat\s+(?:betekent|doet|levert|oplevert)\s+(?:dit|dat|het)\s+(?:\w+\s+)?(?:voor|met|aan)\s+(?:onze|ons|mijn)\s+(?:marge|marges|omzet|business|kosten|klanten|resultaat|winst|bedrijf|organisatie|mensen|team|cijfers|productie|bottom\s*line|p&l)\b",
    r"\bwat\s+(?:dit|dat|het)\s+(?:\w+\s+)?(?:betekent|oplevert|doet|scheelt)\s+(?:voor|met|aan)\s+(?:onze|ons|mijn)\s+(?:marge|marges|omzet|business|kosten|klanten|resultaat|winst|bedrijf|organisatie|mensen|team|cijfers|productie)\b",
    r"\bwat\s+(?:dit|dat|het)\s+(?:ons|mij|me)\s+(?:\w+\s+)?(?:oplevert|kost|scheelt|bespaart)\b",
    r"\bwat\s+levert\s+(?:dit|dat|het)\s+(?:ons|mij|me)\s+(?:\w+\s+){0,3}?op\b", r"\bwat\s+(?:schieten|schiet)\s+(?:we|ik)\s+(?:er|daar)\s*mee\s+op\b",
    # "roi", "terugverdientijd"
    r"\b(?:roi|terugverdientijd|terugverdien\w*|terug\s+te\s+verdienen|rendement|return\s+on\s+investment|tco|total\s+cost\s+of\s+ownership)\b",
    r"\b(?:verdien|verdient|verdienen|betaal|betaalt|betalen)\s+(?:\w+\s+){0,3}?(?:zich(?:zelf)?\s+)?(?:\w+\s+)?terug\b",
    # "ons grootste probleem is", "we hebben veel last van uitval"
    r"\b(?:ons|onze|mijn)\s+(?:grootste\s+|echte\s+|belangrijkste\s+)?(?:probleem|pijnpunt|knelpunt|uitdaging|zorg|hoofdpijn|issue|bottleneck)\s+(?:is|zijn|was|ligt|zit)\b",
    r"\b(?:we|wij|ik)\s+(?:hebben|heb)\s+(?:\w+\s+){0,2}?(?:last|problemen|moeite|gedoe|hoofdpijn)\s+(?:van|met)\b",
    # "mijn mensen zijn elke dag twee uur kwijt aan ..."
    r"\b(?:mijn|onze)\s+(?:mensen|team|medewerkers|personeel|monteurs|chauffeurs|verpleegkundigen|engineers|technici|operators|planners|collega'?s)\s+(?:\w+\s+)?(?:verliezen|verspillen|besteden|zijn\s+(?:\w+\s+){0,4}?kwijt|zitten\s+(?:\w+\s+){0,3}?te)\b",
    r"\bscheelt\s+(?:ons|mij|me)\b",
)

_LEAD_MEETING = _x(
    r"\blaten\s+we\s+(?:\w+\s+)?(?:beginnen|starten|afronden|afsluiten|doorgaan|verdergaan|verder\s+gaan|overgaan|samenvatten|naar\s+het\s+volgende)\b",
    r"\b(?:dus\s+)?(?:we\s+hebben|hebben\s+we)\s+<NW>?(?:afgesproken|besloten|vastgesteld|geconcludeerd)\b",
    r"\b(?:samengevat|samenvattend|om\s+samen\s+te\s+vatten|kort\s+samengevat|ter\s+afsluiting|concluderend|afrondend)\b",
    r"\b(?:jij|jullie|u)\s+(?:pakt|pakken|neemt|nemen|regelt|regelen|zorgt\s+voor|zorgen\s+voor|zoekt|zoeken|bereidt|bereiden|trekt|trekken|co[oö]rdineert)\b",
    r"\bactiepunt(?:en)?\b",
    r"\b(?:volgend|volgende|eerste|laatste)\s+(?:agenda)?punt\b", r"\bagenda\b",
    r"\b(?:oké|ok|okay|prima|goed|akkoord|afgesproken|top),?\s+(?:dan\s+)?(?:laten\s+we|doen\s+we|gaan\s+we|ga\s+je\s+gang|gaan\s+jullie\s+gang|zo\s+doen\s+we\s+het)\b",
    r"\b(?:voor|uiterlijk|v[oó][oó]r)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|volgende\s+week|eind\s+van\s+de\s+week)\s*,?\s+(?:graag|wil\s+ik|verwacht\s+ik)\b",
    r"\b(?:dan\s+)?(?:sluit|open)\s+ik\s+(?:\w+\s+)?(?:af|de\s+vergadering|het\s+overleg|de\s+meeting)\b",
    r"\bik\s+stel\s+voor\s+(?:dat\s+we|om)\b",
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
SUPERIORS: tuple[str, ...] = tuple(rf"\b(?:{word})\b" for word in _SUPERIORS_RAW)
DECIDE_VERBS: tuple[str, ...] = tuple(rf"\b(?:{verb})\b" for verb in _DECIDE_RAW)
NEGATIONS: tuple[str, ...] = (
    # "niet", except "ik weet het niet / denk niet dat ..." (negates the knowing, not the deferral)
    # and a "niet" right before a new subject (an unpunctuated clause break: "ik weet het niet ik moet ...")
    r"(?<!\bweet )(?<!\bweet het )(?<!\bdenk )(?<!\bdenk het )(?<!\bgeloof )(?<!\bgeloof het )(?<!\bverwacht )"
    r"\bniet\b(?!\s+(?:ik|we|wij|je|jij|u|hij|zij|ze|alleen|zomaar)\b)",
    r"\bgeen\b(?!\s+(?:probleem|punt|idee|zorgen|dank)\b)", r"\bnooit\b", r"\bniemand\b", r"\bniets\b", r"\bniks\b",
    r"\bnergens\b", r"\bzonder\b", r"\bgeenszins\b", r"\ballerminst\b",
)
FILLERS: tuple[str, ...] = (
    r"\b(?:e+h+m*|u+h+m*|e+u+h+|h+m+|mhm|ehm)\b", r"\bnou\b", r"\btja\b", r"\bzeg\s+maar\b", r"\bweet\s+je\b",
    r"\bik\s+bedoel\b", r"\bhoe\s+zeg\s+je\s+(?:dat|het)\b", r"\b(?:en|of)\s+zo\b", r"\.\.\.|…",
    r"\b(?!(?:dat|die|had|heel|ja|nee|zo)\s)(\w+) \1\b",
)
FIRST_PERSON: tuple[str, ...] = (r"\b(?:ik|me|mij|mijn|m'n|mezelf|mijzelf|ikzelf)\b",)
SELLER_MARKERS: tuple[str, ...] = (
    r"\bons\s+(?:product|platform|systeem|pakket|aanbod|bedrijf|team\s+kan|portfolio|abonnement)\b",
    r"\bonze\s+(?:oplossing|software|klanten|prijzen|prijsstelling|licenties?|tool|app|dienstverlening|service|diensten|producten|implementatie)\b",
    r"\b(?:wij|we)\s+(?:bieden|leveren|specialiseren|verkopen|installeren|bouwen|integreren|ontwikkelen|ontzorgen)\b",
    r"\b(?:demo|proefperiode|gratis\s+proef|prijsstelling|korting|onboarding|implementatietraject|per\s+gebruiker|per\s+licentie|licentie\w*)\b",
    r"\bmijn\s+naam\s+is\b[^.?!]{0,40}\bvan\b", r"\bik\s+ben\s+\w+(?:\s+\w+)?\s+van\b",
    r"\b(?:bedankt|dank\s+u|dank\s+je|dank)\s+(?:wel\s+)?voor\s+(?:uw|je|jullie)\s+(?:tijd|komst|gastvrijheid)\b",
    r"\bdank\s+(?:u|je)\s+wel\s+voor\s+het\s+gesprek\b",
    r"\bwie\s+(?:(?:is|zijn)\s+er\s+(?:nog\s+)?(?:meer\s+)?betrokken|beslist|tekent|neemt\s+de\s+beslissing|heeft\s+het\s+laatste\s+woord)\b",
    r"\bwat\s+is\s+(?:uw|jullie|je)\s+(?:budget|tijdlijn|planning|proces|grootste\s+uitdaging)\b",
    r"\bmag\s+ik\s+(?:u|je|jullie)\s+(?:iets\s+)?vragen\b", r"\bmag\s+ik\s+(?:u|je|jullie)\s+(?:\w+\s+)?laten\s+zien\b",
    r"\blaat\s+me\s+(?:u|je|jullie)\s+(?:even\s+)?(?:\w+\s+)?(?:laten\s+)?zien\b",
)
QUESTION_STARTS: tuple[str, ...] = (
    # question words, unless a subject follows (then it is a clause: "wat ik nodig heb is ...")
    r"^(?:wie|wat|wanneer|waar|waarom|hoe|welke?|hoeveel|hoelang|waarmee|waarover|waarvoor|waarop|wiens)\b"
    r"(?!\s+(?:ik|we|wij|jullie|u|je|jij|het|dat|de|die|mijn|onze?|hij|zij|ze|men|mij|ons|er|dan\s+ook|eerder)\b)",
    # verb first with a second-person subject: "moet u dat met uw directeur bespreken"
    r"^(?!(?:weet|zie|snap)\s+je\b)(?:moet|moeten|kun|kunt|kan|kunnen|wil|wilt|willen|heb|hebt|heeft|hebben|ben|bent|zijn|gaat|ga|gaan|doe|doet|doen|zou|zoudt|zouden"
    r"|zult|mag|mogen|hoef|hoeft|hoeven|weet|denk|denkt|vind|vindt|zie|ziet|beslis|beslist|bepaalt|bepaal|neem|neemt|werk|werkt|gebruik|gebruikt|teken|tekent"
    r"|ken|kent|verwacht|snap|begrijp|begrijpt)\s+(?:u|je|jij|jullie)\b(?!\s*,)",
    r"^(?:is|zijn)\s+(?:er|het|dat|dit|uw|jullie|je)\b", r"^klopt\s+(?:dat|het)\b",
)
# Notes: the rep's "ik/mij/mijn/we" become "jij/jou/jouw/jullie"; the contact's "hij/zij/zijn/haar/hem"
# become "ik/mijn/mij". "zijn" (his) is also the verb "to be", and "ze" is also "they": both are read
# as the contact, because "zijn baas" and "ze moet het vragen" are what notes are about.
NOTES_VOICE: tuple[tuple[str, str], ...] = (
    (r"ik", "jij"), (r"mij|me", "jou"), (r"mijn|m'n", "jouw"), (r"mezelf|mijzelf", "jezelf"),
    (r"we|wij", "jullie"), (r"ons|onze", "jullie"),
    (r"hij|zij|ze|ie", "ik"), (r"zijn|z'n|haar|d'r", "mijn"), (r"hem", "mij"),
    (r"zichzelf|hemzelf|haarzelf", "mezelf"), (r"hijzelf|zijzelf", "ikzelf"),
)
STOPWORDS: frozenset[str] = frozenset(
    "de het een en van dat die niet is op te met voor zijn er maar om aan ook als dan bij nog wel geen of naar "
    "heb heeft hebben wordt kan moet wil dit wat ik je jij u we wij mijn ons onze hij zij ze hem haar "
    "wie iedereen niemand iemand men deze daar hier nu ja nee dus want omdat echt eigenlijk gewoon misschien "
    "natuurlijk uiteindelijk volgens nou oké helaas eerlijk zoals toen hoe waarom welke "
    # sentence-initial adverbs, so that a capitalised "Meestal" or "Gelukkig" is not taken for a name
    "meestal gelukkig normaal normaliter vaak soms altijd eerst daarna vervolgens tenslotte inmiddels uiteraard "
    "zeker inderdaad trouwens overigens bovendien echter toch alleen zelf samen verder tja kijk goed prima".split()
)
