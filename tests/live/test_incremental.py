"""The live analyser equals `analyze` after the last turn, on every labelled record."""
import pytest

from popcheck.analyzer import Analyzer
from popcheck.learn.corpus import load_cases
from popcheck.live.incremental import IncrementalAnalyzer
from popcheck.readers import read
from tests.conftest import CORPUS

ANALYZER = Analyzer()
CASES = load_cases([CORPUS]) if CORPUS.exists() else []


def _replay(transcript, sellers, language):
    live = IncrementalAnalyzer(ANALYZER, sellers=sellers, language=language, form=transcript.form,
                               source=transcript.source)
    for turn in transcript.turns:
        live.add(turn.speaker, turn.text, turn.start, turn.end)
    return live.analysis()


def _summary(analysis):
    return [(v.name, v.side, v.verdict, None if v.p_decider is None else round(v.p_decider, 9))
            for v in analysis.participants]


@pytest.mark.skipif(not CASES, reason="no labelled corpus")
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_live_equals_whole_record(case) -> None:
    transcript = read(case.record)
    whole = ANALYZER.analyze_transcript(transcript, sellers=list(case.sellers), language=case.language)
    live = _replay(transcript, list(case.sellers), case.language)
    assert _summary(live) == _summary(whole)


def test_inferred_sides_converge(examples) -> None:
    transcript = read(examples / "en-plant-director.txt")
    whole = ANALYZER.analyze_transcript(transcript, language="en")
    assert _summary(_replay(transcript, None, "en")) == _summary(whole)


def test_cues_of_one_speaker_extend_the_turn() -> None:
    live = IncrementalAnalyzer(ANALYZER, sellers=["Sam"], language="en")
    live.add("Sam", "We offer our platform. Who decides on this?", 0.0, 3.0)
    live.add("Bo", "Well, I", 4.0, 5.0)
    update = live.add("Bo", "have to ask my boss first.", 5.0, 7.0)
    assert update.turn.index == 1 and update.turn.text == "Well, I have to ask my boss first."
    assert any(e.signal == "defer.boss" for e in update.new_evidence)
    assert len(live.turns) == 2
