"""German."""
from popcheck.lang.base import assemble
from popcheck.lang.de import playbook, signals, titles

PACK = assemble("de", "Deutsch", signals, playbook, titles, capitalises_nouns=True)
