"""popcheck: who decides in a sales meeting, and who is a pop without a mandate."""
from popcheck.analyzer import Analyzer, analyze
from popcheck.errors import PopcheckError, RecordError
from popcheck.model import Advice, Analysis, Evidence, Transcript, Turn, Verdict
from popcheck.readers import read, read_text

__all__ = [
    "Advice", "Analysis", "Analyzer", "Evidence", "PopcheckError", "RecordError", "Transcript", "Turn",
    "Verdict", "analyze", "read", "read_text",
]
__version__ = "0.1.0"
