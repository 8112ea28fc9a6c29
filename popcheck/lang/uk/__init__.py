"""Ukrainian."""
from popcheck.lang.base import assemble
from popcheck.lang.uk import playbook, signals, titles

PACK = assemble("uk", "Українська", signals, playbook, titles)
