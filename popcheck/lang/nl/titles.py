"""Dutch job titles: who usually decides, who usually executes."""
from __future__ import annotations

TITLES_SENIOR: tuple[str, ...] = (
    r"\b(?:ceo|cfo|coo|cto|cio|dga|eigenaar|mede-?eigenaar|oprichter|mede-?oprichter|directeur-eigenaar|directeur-grootaandeelhouder|partner|vennoot)\b",
    r"\b(?:algemeen|financieel|commercieel|technisch|operationeel|statutair)\s+directeur\b",
    r"\b(?:\w*directeur|directielid|bestuurder|bestuursvoorzitter|voorzitter|managing director|general manager|president)\b",
    r"\b(?:vp|vice president|chief \w+ officer|hoofd \w+|head of)\b",
)
TITLES_EXECUTOR: tuple[str, ...] = (
    r"\b(?:\w*assistent\w*|\w*medewerker\w*|co[oö]rdinator|\w*specialist|\w*inkoper|analist|\w*administrat\w*|\w*secretar\w*|stagiair\w*|junior|trainee)\b",
    r"\b(?:office ?manager|officemanager|management ?assistent|projectassistent|teamleider|teamlead|\w*adviseur|\w*consulent|\w*ondersteuning)\b",
)
