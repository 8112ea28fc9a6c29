"""English."""
from popcheck.lang.base import assemble
from popcheck.lang.en import playbook, signals, titles

PACK = assemble("en", "English", signals, playbook, titles)
