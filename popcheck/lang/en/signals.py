"""English signal phrases. `{SUP}` stands for a superior, `{DECIDE}` for a verb of deciding."""
from __future__ import annotations

_SUPERIORS = (
    r"boss", r"manager", r"line manager", r"(?:managing |general |finance |commercial |operations |plant |technical )?director",
    r"md", r"gm", r"ceo", r"cfo", r"coo", r"cto", r"owner", r"owners", r"founder", r"management", r"board",
    r"head office", r"headquarters", r"hq", r"higher-ups", r"leadership", r"supervisor", r"chief",
    r"vp", r"partners?", r"group", r"executive team", r"execs?", r"superiors?", r"principal",
)

_DECIDE = (
    r"decides?", r"will decide", r"(?:is|are) deciding", r"makes? the (?:call|decision|final decision)",
    r"(?:has|have) the (?:final|last) (?:say|word)", r"signs?(?: off)?", r"approves?", r"calls? the shots",
    r"(?:holds?|owns?|controls?) the (?:budget|purse strings|money)", r"(?:is|'s) the one who (?:decides|signs)",
    r"needs? to (?:approve|sign|okay|ok|sign off)", r"(?:gives?|has to give) the (?:green light|go-ahead|ok|okay)",
)

_DEFER_BOSS = (
    r"\b(?:run|check|discuss|clear|take|raise|bring|float|go over|talk (?:it |this )?over)\b[^.?!]{0,40}?\b(?:with|by|past|to|up with)\s+(?:my|our|the)\s+(?:{SUP})\b",
    r"\b(?:my|our|the)\s+(?:{SUP})\b[^.?!]{0,40}?\b(?:{DECIDE})",
    r"\b(?:management|upstairs|head office|hq|leadership|the owners?|the board)\b[^.?!]{0,30}?\b(?:{DECIDE})",
    r"\b(?:need|needs|get|require|requires|waiting for|wait for)\s+(?:the |an? |his |her |their |final )?(?:approval|sign-?off|green light|go-ahead|blessing|okay|ok)\b",
    r"\bup to (?:my|our|the) (?:{SUP})\b",
    r"\b(?:has|have|will have) to (?:go|be approved|be signed off) (?:up|through|upstairs|to)\b",
    r"\bnot without (?:my|our|the) (?:{SUP})\b",
    r"\b(?:ask|asking|check with|consult) (?:my|our|the) (?:{SUP})\b",
    r"\b(?:they|he|she|management|upstairs) (?:will|would|have to|has to|need to|needs to) (?:decide|approve|sign off|have a look|look at it)\b",
    r"\bupstairs\b",
)

_DEFER_RELAY = (
    r"\b(?:i'?ll|i will|let me|i can|i'?m going to|i could|i would|i'?d)\s+(?:pass|forward|send|show|present|take|bring|share|relay|hand|circulate|put)\b[^.?!]{0,40}?\b(?:on|along|to|up|around|upstairs|in front of)\b",
    r"\b(?:show|present|pitch|sell) (?:it|this|that|your (?:offer|proposal|product)) (?:internally|to (?:the|my|our) (?:{SUP}))",
    r"\bsend (?:me|us|over)\b[^.?!]{0,40}?\b(?:so (?:i|we) can|and i'?ll|i'?ll) (?:forward|pass|circulate|share|show|present)\b",
    r"\b(?:circulate|distribute|pass around) (?:it|this|that|the (?:deck|proposal|material))\b",
    r"\b(?:make|build) (?:a|the) case (?:internally|to (?:my|the|our) (?:{SUP}))",
    r"\b(?:put|bring) (?:it|this) (?:in front of|before|to) (?:the|my|our) (?:{SUP})\b",
)

_MANDATE_NONE = (
    r"\b(?:(?:it'?s|that'?s|this is|it is|that is)\s+not|this isn'?t|it isn'?t|that isn'?t)\s+(?:really\s+|quite\s+|entirely\s+)?(?:my (?:call|decision|choice|budget|department|area)|up to me|for me to (?:decide|say|approve))\b",
    r"\bi (?:don'?t|do not|can'?t|cannot|can not|won'?t|am not able to|'?m not able to|am not allowed to|'?m not allowed to) (?:really |actually |personally )?(?:decide|sign|approve|make (?:the|that|this|those|these) (?:call|calls|decisions?)|have (?:the )?(?:authority|mandate|budget|final (?:say|word)|a say|any say)|commit|promise anything|control the budget)",
    r"\b(?:not|never) (?:in|within) my (?:remit|authority|power|hands|gift)\b",
    r"\bi(?:'?m| am) (?:just|only|simply) (?:the )?(?:messenger|one collecting|gathering (?:info|information|quotes)|doing the legwork|an? (?:assistant|coordinator|go-between))\b",
    r"\b(?:above|beyond) my pay ?grade\b",
    r"\bout of my hands\b",
    r"\bi have no (?:say|budget|authority|mandate|influence)\b",
    r"\bno budget of my own\b",
    r"\bnot the (?:one|person) who (?:decides|signs|makes (?:the|that) (?:call|decision))\b",
    r"\bi don'?t get to (?:decide|choose|pick)\b",
)

_TASK_ASSIGNED = (
    r"\b(?:i was|i'?ve been|i have been|i got|we were|we'?ve been|we have been) (?:asked|told|tasked|instructed|assigned|given the task|charged|sent)\b",
    r"\b(?:my|our|the) (?:{SUP}) (?:asked|told|wants|wanted|tasked|instructed|needs|asked for|sent) (?:me|us)\b",
    r"\b(?:collect|gather|get|need|compare|bring back|have)\b[^.?!]{0,20}?\b(?:three|3|a few|several|some|two|2|multiple|four|4) (?:quotes|offers|proposals|bids|quotations|vendors|suppliers)\b",
    r"\bmy (?:job|task|role) (?:here )?is (?:just |only |simply )?to (?:collect|gather|compare|find|get|prepare)\b",
    r"\b(?:prepare|put together|compile|write up|draw up) (?:a|an|the) (?:overview|comparison|shortlist|summary|memo|report)\b[^.?!]{0,30}?\bfor (?:my|our|the) (?:{SUP})\b",
    r"\bfor the file\b",
)

_CHOICE_MADE = (
    r"\b(?:{SUP}|they|he|she|head office|hq|upstairs|group)\b[^.?!]{0,25}?\b(?:already )?(?:has |have |had )?(?:already )?(?:chosen|picked|decided|selected|settled on|made up (?:his|her|their) minds?|got (?:a|their) favou?rite)\b",
    r"\b(?:it'?s|it has been|it was|that'?s been|this has been|that was) (?:already )?(?:decided|settled|chosen|agreed)\b[^.?!]{0,20}?\b(?:upstairs|above|by (?:the|my|our)|at (?:head office|the top|hq|group level))\b",
    r"\b(?:decision|choice) (?:was|has been|is) (?:already )?(?:made|taken)\b[^.?!]{0,25}?\b(?:by|upstairs|above|at the top)\b",
    r"\bwe(?:'?re| are) (?:just|only) (?:here )?(?:to|for) (?:check|confirm|compare|benchmark)\b",
    r"\b(?:he|she|they) (?:already )?(?:wants?|prefers?|likes?) (?:the other|another|a different) (?:vendor|supplier|brand|offer)\b",
)

_ACCESS_NONE = (
    r"\b(?:hard|difficult|impossible|tricky|tough) to (?:reach|get hold of|get to|pin down|get time with|get a meeting with|get in front of)\b",
    r"\b(?:he|she|they)(?:'s| is|'re| are) (?:always |constantly |usually )?(?:very |really |super |extremely )?(?:busy|travell?ing|unavailable|never (?:in|around|available))\b",
    r"\b(?:can'?t|cannot|won'?t be able to) (?:really )?(?:get|bring|invite|reach|involve) (?:him|her|them|my (?:{SUP})|the (?:{SUP}))\b",
    r"\b(?:he|she|they) (?:doesn'?t|does not|won'?t|will not|rarely|never|don'?t|do not) (?:take|join|do|attend|come to|meet) (?:calls|meetings|vendor meetings|these meetings|vendors|salespeople|sales people)\b",
    r"\b(?:everything|it all|all of this) (?:goes|has to go) through me\b",
    r"\b(?:don'?t|do not|better not) (?:bother|contact|call|email) (?:him|her|them|my (?:{SUP}))\b",
)

_VAGUE_ANSWER = (
    r"\bi (?:don'?t|do not) (?:really |actually )?know\b[^.?!]{0,35}?\b(?:budget|when|timeline|how much|who|process|numbers|figures|timing|money)\b",
    r"\b(?:hard|difficult|tough|impossible) to say\b",
    r"\bwe'?ll (?:have to )?see\b",
    r"\bno idea\b",
    r"\bnot sure (?:about the|what|when|how|who|whether|if)\b",
    r"\b(?:at some point|sometime|some time|one day|down the road|in due course|sooner or later)\b",
    r"\bi(?:'?m| am) not (?:the right person|aware of|in the loop)\b",
    r"\bcan'?t (?:say|tell you|comment on|give you) (?:anything about )?(?:the )?(?:budget|timing|price|numbers|when|a date|a number|figures)\b",
    r"\bthe budget(?: question)? is(?:n'?t| not) (?:clear|known|set|defined|fixed)\b",
    r"\b(?:well, )?i don'?t know\.\.\.",
    r"\bthat'?s (?:a )?(?:good|difficult|tricky) question\b",
)

_STALL_SOFT = (
    r"\b(?:let'?s|we'?ll|we should|we can) (?:stay|keep) in touch\b",
    r"\b(?:send|email|mail|forward) (?:me|us|over) (?:some|the|a|more|your) (?:material|materials|info|information|deck|brochure|presentation|overview|one-pager|details|case studies|documentation|leaflet)\b",
    r"\b(?:maybe|perhaps|possibly|probably) (?:next|later|after|in the new) (?:quarter|year|month|summer|autumn|spring|the holidays|budget season|fiscal year)\b",
    r"\bnot (?:the right|a good) (?:time|moment)\b",
    r"\b(?:let'?s|we can|we could) (?:revisit|pick this up|talk again|reconnect|circle back)\b",
    r"\bkeep (?:us|me) (?:posted|updated|in the loop)\b",
    r"\b(?:i'?ll|we'?ll|let me) (?:get back|come back|circle back|revert) to you\b",
    r"\bno rush\b",
    r"\bwe'?re (?:still )?(?:just )?(?:looking around|exploring|in the early stages)\b",
)

_AVOIDANCE = (
    r"\b(?:avoid(?:ed|s|ing)?|dodg(?:ed|ing)) (?:my |our |your |any )?(?:eyes|gaze|eye contact|eye-contact|look)\b",
    r"\b(?:didn'?t|did not|wouldn'?t|would not|couldn'?t|could not|never) (?:meet|hold|look (?:me|you) in) (?:my|our|your|the)? ?(?:eyes?|gaze)\b",
    r"\bno eye contact\b",
    r"\blooked (?:away|down|at (?:the door|his phone|her phone|the floor|the table|the window|his watch|her watch))\b",
    r"\b(?:kept|keeps|kept on) (?:checking|looking at|glancing at) (?:his|her|the) (?:phone|watch|clock|door|laptop)\b",
    r"\b(?:nervous(?:ly)?|fidget(?:ed|ing|y)?|uneasy|evasive|shifty|squirm(?:ed|ing)?|flustered)\b",
    r"\b(?:glanced|looked) (?:nervously|anxiously|around)\b",
)

_OWN_BUDGET = (
    r"\bmy (?:own )?budget\b",
    r"\bi (?:have|hold|own|control|manage|set|run) (?:the|a|my|our|this) budget\b",
    r"\bi(?:'?ve| have) (?:got )?(?:set aside|allocated|earmarked|reserved|budgeted)\b",
    r"\bbudget is (?:mine|on me|with me|my responsibility|in my hands)\b",
    r"\bi (?:sign|approve) (?:the )?(?:invoices|purchase orders|pos|spend|contracts?|checks|cheques|budget)\b",
    r"\bcomes out of my (?:budget|p&l|pocket)\b",
    r"\bmy p&l\b",
    r"\bi can (?:spend|approve|sign(?: off)?(?: on)?)(?: up to| anything under)?\b",
    r"\b(?:i'?m|i am) (?:the one )?paying\b",
)

_OWN_DECISION = (
    r"\b(?:it'?s|that'?s|this is|it is|that is) (?:entirely |completely |ultimately )?my (?:call|decision|choice|project|responsibility|department)\b",
    r"\bi (?:decides?|makes? the (?:call|decision|final decision)|ha(?:ve|s) the final (?:say|word)|calls? the shots|signs? off|gets? to decide|chooses? the (?:vendor|supplier))\b",
    r"\bi(?:'?ll| will) (?:decide|make the (?:call|decision))\b",
    r"\bi(?:'?m| am) the one who (?:decides|signs|approves|makes)\b",
    r"\b(?:the )?(?:decision|call|choice) is mine\b",
    r"\bi (?:don'?t|do not) need (?:to ask |to check with |anyone'?s |anybody'?s )?(?:anyone|anybody|approval|permission|sign-?off|a sign-?off)\b",
    r"\b(?:i|we) can decide (?:that |this |it )?(?:today|now|here|right now|on the spot|quickly|this week)\b",
    r"\bif i (?:like|want) it,? (?:we|i)(?:'ll)? (?:buy|sign|go|do it|order)\b",
    r"\bmy (?:team|people|plant|company|business) (?:will|is going to) (?:use|implement|roll out|run)\b",
    r"\bi(?:'?ve| have) decided\b(?! (?:not|against))",
    r"\bi own (?:this|the) (?:project|decision|process|budget)\b",
)

_SET_TERMS = (
    r"\b(?:we|i) (?:need|want|must have|require|expect) (?:it|this|that|the system|everything|the (?:line|system|solution))? ?(?:live|running|installed|done|delivered|in place|ready|operational|signed) (?:by|before|until|in)\b",
    r"\b(?:deadline|go-?live|launch|start date) is\b",
    r"\bhere'?s what i (?:need|want|expect)\b",
    r"\bmy (?:conditions|criteria|requirements|terms) are\b",
    r"\b(?:three|two|a few|four) things? (?:i need|i want|from you|before we)\b",
    r"\bif you can\b[^.?!]{0,60}?\b(?:we have a deal|it'?s a deal|deal|we'?re in|you'?ve got (?:it|the (?:deal|order|contract))|we sign|i'?ll sign|we'?ll (?:buy|order|sign))\b",
    r"\b(?:i want|we want|i need|get me) (?:a|the|your) (?:pilot|trial|proposal|quote|contract|final offer|best price) (?:by|on|before|for|until)\b",
    r"\b(?:that'?s|this is) (?:my|our) (?:budget|price) (?:limit|ceiling|cap)\b",
    r"\b(?:i'?ll|we'?ll) (?:only )?(?:go ahead|sign|buy) (?:if|when|once)\b",
)

_COMMIT_DATED = (
    r"\b(?:let'?s|we'?ll|we will|i'?ll|i will|we can|we're going to|i'?m going to) (?:sign|start|kick off|book|schedule|order|go ahead|proceed|launch|begin|roll out|put in the order)\b[^.?!]{0,40}?\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week|this week|today|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)|end of (?:the )?(?:week|month)|q[1-4])\b",
    r"\b(?:send|get) me the (?:contract|order form|paperwork)\b",
    r"\b(?:let'?s do it|we'?re in|you have a deal|you'?ve got a deal|it'?s a deal|we have a deal|we'?ll take it|let'?s go ahead|let'?s move forward|go ahead and book)\b",
    r"\b(?:put|pencil|book) (?:it|us|the (?:pilot|kick-?off|installation)) in for\b",
)

_REFUSE_CLEAR = (
    r"\b(?:no|nope),? (?:we|i) (?:won'?t|will not|are not|'?re not|aren'?t|don'?t|do not|am not|'?m not) (?:buy|buying|do|doing|go|going|proceed|sign|take|move)\b",
    r"\bwe(?:'?re| are) not (?:going to (?:buy|do|go|sign)|buying|interested|moving forward|proceeding|switching|changing)\b",
    r"\bi(?:'?ve| have) decided (?:not|against)\b",
    r"\bthe answer is no\b",
    r"\bthat'?s a (?:no|hard no|clear no|firm no)\b",
    r"\bi'?m (?:saying|going to say) no\b",
    r"\bwe'?ll pass\b",
    r"\bnot for us\b",
    r"\bi'?m not (?:buying|signing)\b",
    r"\b(?:we|i) (?:won'?t|will not) (?:be )?(?:buying|signing|going ahead|moving forward|doing this)\b",
    r"\bno deal\b",
)

_BUSINESS_PAIN = (
    r"\b(?:costs?|costing|losing|lose|lost|burns?|burning) (?:us|me|the company|the business)\b",
    r"\b(?:downtime|churn|turnover|attrition|waste|scrap|delays?|complaints|errors|overtime|bottleneck|no-shows|returns|breakdowns)\b[^.?!]{0,40}?\b(?:costs?|every|per (?:month|week|year|day|shift)|killing|hurting|eating)\b",
    r"\bwhat (?:does|would|will) (?:this|it|that) (?:do|mean) (?:for|to) (?:our|my) (?:business|margin|margins|bottom line|revenue|costs|customers|p&l|team|numbers)\b",
    r"\b(?:roi|payback|return on (?:the )?investment)\b",
    r"\bour (?:problem|issue|pain|bottleneck|biggest (?:problem|issue|headache)|challenge) (?:is|are|was)\b",
    r"\bmy (?:people|team|staff|operators|drivers|nurses|engineers|technicians) (?:spend|waste|lose)\b",
    r"\bhow (?:fast|quickly|soon) (?:does|would|will) (?:it|this) pay (?:back|for itself)\b",
)

_LEAD_MEETING = (
    r"\blet'?s (?:start|begin|get started|kick off|wrap up|move on|close)\b",
    r"\b(?:so )?(?:we(?:'ve| have)?) (?:agreed|decided)\b",
    r"\b(?:to sum up|summing up|in summary|to summari[sz]e|to recap|so, to conclude)\b",
    r"\byou,? (?:take|handle|own|prepare|look into|will do|follow up on|draft|send)\b",
    r"\b(?:next|first|last) (?:item|point)\b",
    r"\bagenda\b",
    r"\b(?:okay|ok|fine|good|approved|agreed),? (?:let'?s|go ahead|do it)\b",
    r"\bby (?:monday|tuesday|wednesday|thursday|friday|next week|end of (?:the )?week),? (?:please|i want)\b",
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
    r"\bnot\b", r"\bno\b", r"\bnever\b", r"n'?t\b", r"\bcannot\b", r"\bno longer\b", r"\bnobody\b", r"\bno one\b",
    r"\bnothing\b", r"\bwithout\b",
)
FILLERS: tuple[str, ...] = (
    r"\b(?:u+h+|u+m+|e+r+m*|hmm+|ehm|mhm)\b", r"\bi mean\b", r"\byou know\b", r"\bsort of\b", r"\bkind of\b",
    r"\bwell,", r"\.\.\.", r"\b(\w+) \1\b",
)
FIRST_PERSON: tuple[str, ...] = (r"\b(?:i|me|my|mine|myself|i'm|i've|i'll|i'd)\b",)
SELLER_MARKERS: tuple[str, ...] = (
    r"\bour (?:product|platform|solution|software|system|service|offer|company|customers|clients|pricing|licen[cs]es?|team can|tool|app|package)\b",
    r"\bwe (?:offer|provide|deliver|specialise|specialize|sell|install|build|supply|integrate)\b",
    r"\b(?:demo|free trial|pilot|pricing|discount|onboarding|implementation|per seat|per user|licen[cs]e)\b",
    r"\bmy name is\b[^.?!]{0,40}\bfrom\b", r"\bi'?m \w+(?: \w+)? from\b",
    r"\b(?:thanks|thank you) for (?:your time|taking the time|having us|meeting|the meeting)\b",
    r"\bwho (?:else )?(?:is involved|decides|signs|makes the (?:call|decision))\b",
    r"\bwhat (?:is|'s) your (?:budget|timeline|process|biggest challenge)\b",
    r"\bcould i ask\b", r"\bcan i show you\b", r"\blet me show you\b",
)
QUESTION_STARTS: tuple[str, ...] = (
    r"^(?:who|what|when|where|why|how|which|do|does|did|is|are|can|could|would|will|should|shall|have|has)\b",
)
NOTES_VOICE: tuple[tuple[str, str], ...] = (
    (r"i", "you"), (r"me", "you"), (r"my", "your"), (r"i'm", "you're"), (r"i've", "you've"), (r"i'd", "you'd"),
    (r"myself", "yourself"), (r"we", "you"), (r"us", "you"), (r"our", "your"),
    (r"he|she", "I"), (r"his|her", "my"), (r"him", "me"), (r"he's|she's", "I'm"), (r"he'd|she'd", "I'd"),
    (r"he'll|she'll", "I'll"), (r"himself|herself", "myself"), (r"hers", "mine"),
)
STOPWORDS: frozenset[str] = frozenset(
    "the and is are was to of that this it you we i have with for not but what be will would can do don't "
    "there they so just our my about think he she it they who everyone nobody someone".split()
)
