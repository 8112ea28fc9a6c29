"""German job titles: who usually decides, who usually executes."""
from __future__ import annotations

TITLES_SENIOR: tuple[str, ...] = (
    r"\b(?:ceo|cfo|coo|cto|cio|inhaber\w*|mitinhaber\w*|eigentümer\w*|gründer\w*|mitgründer\w*|geschäftsführer\w*|gf|"
    r"geschäftsleitung|vorstand\w*|vorständin|prokurist\w*|gesellschafter\w*|präsident\w*|partner\w*|managing director)\b",
    r"\b(?:\w*direktor\w*|\w*leiter(?:in)?|\w*leitung|head of|vp|vice president|chief \w+ officer|kaufmännische[rn]? "
    r"leit\w*|technische[rn]? leit\w*)\b",
)
TITLES_EXECUTOR: tuple[str, ...] = (
    r"\b(?:assistent\w*|assistenz|sachbearbeit\w*|referent\w*|koordinator\w*|spezialist\w*|einkäufer\w*|disponent\w*|"
    r"analyst\w*|administrator\w*|sekretär\w*|praktikant\w*|werkstudent\w*|trainee|junior\w*|fachkraft|"
    r"sachbearbeitung|kaufm\w* angestellte\w*|mitarbeiter\w*)\b",
    r"\b(?:office manager\w*|projektassisten\w*|teamleit\w*|team lead|einkauf(?:s)?(?:sachbearbeit\w*|referent\w*))\b",
)
