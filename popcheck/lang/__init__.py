"""Language packs: one folder per language; the registry finds them and detects languages."""
from popcheck.lang.base import PLAYBOOK_KEYS, LanguagePack
from popcheck.lang.registry import LANGUAGES, detect, detect_turn, get_pack

__all__ = ["LANGUAGES", "PLAYBOOK_KEYS", "LanguagePack", "detect", "detect_turn", "get_pack"]
