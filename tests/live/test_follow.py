"""Follow mode: a file that grows, partial lines, VTT cue blocks."""
import threading
import time

from popcheck.live.follow import CueParser, follow_lines


def test_vtt_cues_complete_on_blank_line() -> None:
    parser = CueParser()
    lines = ["WEBVTT", "", "00:00:01.000 --> 00:00:02.000", "<v Anna>Hallo</v>"]
    assert [c for line in lines for c in parser.feed(line + "\n")] == []
    cues = parser.feed("\n")
    assert [(c.speaker, c.text, c.start) for c in cues] == [("Anna", "Hallo", 1.0)]


def test_plain_lines_with_stamps() -> None:
    parser = CueParser()
    cues = parser.feed("[00:01:02] Bo: hi there\n")
    assert [(c.speaker, c.text, c.start) for c in cues] == [("Bo", "hi there", 62.0)]


def test_follow_waits_for_partial_lines(tmp_path) -> None:
    path = tmp_path / "captions.txt"
    path.write_text("Sam: hello\nBo: par", encoding="utf-8")

    def finish() -> None:
        time.sleep(0.3)
        with path.open("a", encoding="utf-8") as handle:
            handle.write("tial line\n")

    writer = threading.Thread(target=finish)
    writer.start()
    lines = list(follow_lines(path, poll=0.05, stop_after_idle=0.8))
    writer.join()
    assert lines[:2] == ["Sam: hello\n", "Bo: partial line\n"]
