"""Bad input: one clear error naming the file and what to do; any bytes give a Transcript or that error."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from popcheck.errors import RecordError
from popcheck.readers import read, read_bytes, read_text
from popcheck.readers.decoding import MAX_RECORD_BYTES
from popcheck.model import Transcript


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02\x03\xff\xfe\x00\x10" * 40, "binary"),
        (b"WEBVTT\n\nhello there\nno timing here\n", "no timing"),
        (b"ok", "cannot tell"),
        (b'{"segments": 5}', "no list of segments"),
        (b'{"segments": [', "JSON is broken"),
    ],
)
def test_clear_errors(data: bytes, problem: str) -> None:
    with pytest.raises(RecordError) as caught:
        read_bytes(data, "meeting.vtt")
    message = str(caught.value)
    assert message.startswith("meeting.vtt")
    assert problem in message


def test_too_large() -> None:
    with pytest.raises(RecordError, match="MB"):
        read_bytes(b"a" * (MAX_RECORD_BYTES + 1), "huge.txt")


def test_missing_file_and_folder(tmp_path) -> None:
    with pytest.raises(RecordError, match="no such file"):
        read(tmp_path / "nope.vtt")
    with pytest.raises(RecordError, match="folder"):
        read(tmp_path)


def test_vtt_error_names_the_line() -> None:
    data = b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>hi</v>\n\n<v B>no timing</v>\n"
    with pytest.raises(RecordError) as caught:
        read_bytes(data, "c.vtt")
    assert caught.value.line == 6


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_transcript_or_clear_error(data: bytes) -> None:
    try:
        transcript = read_bytes(data, "fuzz.bin")
    except RecordError as error:
        assert str(error).startswith("fuzz.bin")
    else:
        assert isinstance(transcript, Transcript) and transcript.turns


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=1500), st.sampled_from(["vtt", "srt", "txt", "notes", "json", None]))
def test_any_text_in_any_form(text: str, form) -> None:
    try:
        transcript = read_text(text, "fuzz.txt", form=form)
    except RecordError as error:
        assert str(error).startswith("fuzz.txt")
        return
    assert transcript.turns
