"""Every reader: forms, speakers, merging, times, encodings, and sniffing."""
import json

import pytest

from popcheck.errors import RecordError

from popcheck.readers import read, read_bytes, read_text
from popcheck.readers.notes import find_contact

TEAMS_VTT = """WEBVTT

00:00:01.000 --> 00:00:03.500
<v de Vries, Jan>Goedemorgen allemaal.</v>

00:00:03.600 --> 00:00:05.000
<v de Vries, Jan>Zullen we beginnen?</v>

00:00:06.000 --> 00:00:09.250
<v Anna Smit (Guest)>Ja, graag.</v>
"""

ZOOM_VTT = """WEBVTT

1
00:00:01.000 --> 00:00:03.000
Roman Petrov: Good morning.

2
00:01:02.500 --> 00:01:04.000
Mark Keller: Morning, Roman.
"""

SRT = """1
00:00:01,000 --> 00:00:02,000
Olga: Добрый день.

2
00:00:02,500 --> 00:00:04,000
Olga: Начнём?

3
00:00:05,000 --> 00:00:06,000
Ivan: Да.
"""


def test_teams_vtt_voices_and_merging() -> None:
    transcript = read_text(TEAMS_VTT, "call.vtt")
    assert transcript.form == "vtt"
    assert [t.speaker for t in transcript.turns] == ["de Vries, Jan", "Anna Smit (Guest)"]
    first = transcript.turns[0]
    assert first.text == "Goedemorgen allemaal. Zullen we beginnen?"
    assert (first.start, first.end) == (1.0, 5.0)


def test_zoom_vtt_name_prefix_and_times() -> None:
    transcript = read_text(ZOOM_VTT, "zoom.vtt")
    assert [t.speaker for t in transcript.turns] == ["Roman Petrov", "Mark Keller"]
    assert transcript.turns[1].start == 62.5


def test_srt_merges_consecutive_cues() -> None:
    transcript = read_text(SRT, "call.srt")
    assert transcript.form == "srt"
    assert [(t.speaker, t.text) for t in transcript.turns] == [("Olga", "Добрый день. Начнём?"), ("Ivan", "Да.")]


def test_plain_with_and_without_stamps() -> None:
    transcript = read_text("[00:01:05] Anna: Hallo.\nPiet: Dag Anna,\nhoe gaat het?\n[00:02:00] Anna: Goed.", "t.txt")
    assert transcript.form == "txt"
    assert [t.speaker for t in transcript.turns] == ["Anna", "Piet", "Anna"]
    assert transcript.turns[0].start == 65.0
    assert transcript.turns[1].text == "Dag Anna, hoe gaat het?"
    assert transcript.turns[1].start is None


def test_whisper_json_with_and_without_speakers() -> None:
    data = {"segments": [{"start": 0.0, "end": 1.5, "text": " Hello", "speaker": "SPEAKER_00"},
                         {"start": 1.6, "end": 3.0, "text": " there."}]}
    transcript = read_text(json.dumps(data), "w.json")
    assert transcript.form == "json"
    assert [t.speaker for t in transcript.turns] == ["SPEAKER_00", "Speaker"]


def test_notes_find_their_contact() -> None:
    text = "# Meeting notes\n\nMet Olga Petrova at the plant.\n\nOlga Petrova kept looking at the door."
    transcript = read_text(text, "notes.md")
    assert transcript.form == "notes"
    assert transcript.subject == "Olga Petrova"
    assert all(t.speaker == "Olga Petrova" for t in transcript.turns)


def test_notes_contact_line_wins() -> None:
    assert find_contact("Contact: Jan de Vries\n\nPieter Bos was there too. Pieter Bos talked a lot.") == "Jan de Vries"


def test_notes_contact_override() -> None:
    assert read_text("Kees hesitated a lot and said he must ask.", "n.md", form="notes", contact="Kees").subject == "Kees"
    with pytest.raises(RecordError, match="never mention"):
        read_text("He hesitated a lot.", "n.md", form="notes", contact="Kees")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251"])
def test_cyrillic_encodings(encoding: str) -> None:
    text = "Ольга: Добрый день, это решает директор.\nИван: Понятно.\n"
    transcript = read_bytes(text.encode(encoding), "r.txt")
    assert transcript.turns[0].text == "Добрый день, это решает директор."


def test_cp1252_and_utf16_without_bom() -> None:
    text = "Jürgen: Das müssen wir prüfen.\nAnna: Gut.\n"
    assert read_bytes(text.encode("cp1252"), "d.txt").turns[0].speaker == "Jürgen"
    assert read_bytes(text.encode("utf-16-le"), "d.txt").turns[0].text == "Das müssen wir prüfen."


def test_read_from_path(tmp_path) -> None:
    path = tmp_path / "call.vtt"
    path.write_text(ZOOM_VTT, encoding="utf-8")
    assert read(path).source == "call.vtt"


def test_form_override() -> None:
    assert read_text("Anna: hallo daar\nPiet: dag", "x", form="notes").form == "notes"


def test_cyrillic_utf16_without_bom() -> None:
    text = "Ольга: Это решает директор.\nИван: Понятно, спасибо.\n"
    assert read_bytes(text.encode("utf-16-le"), "r.txt").turns[0].speaker == "Ольга"
