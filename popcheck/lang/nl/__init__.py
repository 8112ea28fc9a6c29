"""Dutch."""
from popcheck.lang.base import assemble
from popcheck.lang.nl import playbook, signals, titles

PACK = assemble("nl", "Nederlands", signals, playbook, titles)
