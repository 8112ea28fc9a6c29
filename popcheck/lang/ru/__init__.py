"""Russian."""
from popcheck.lang.base import assemble
from popcheck.lang.ru import playbook, signals, titles

PACK = assemble("ru", "Русский", signals, playbook, titles)
