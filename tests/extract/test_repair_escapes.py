"""Terminal escape sequences in an article are no prose: repair blanks them whole, one space per character.

Before, only the ESC character itself became a space, so what followed it was read as text: "ESC [ 2 J" gave a figure
of 2 joules, "ESC [ 31 m" 31 metres, and an OSC window title ("ESC ] 0 ; TITLE BEL") a quote's speaker (found by the
reliability probe of the twenty-seventh stop). A byte order mark read as a character (a file saved with two) is
blanked like the other zero-width characters.
"""

from __future__ import annotations

import pytest

from extract.engine import Engine
from extract.repair import normalise_same_length, repair

ESC = "\x1b"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Clear {ESC}[2J{ESC}[H screen", "Clear " + " " * 7 + " screen"),
        (f"a {ESC}[31mred{ESC}[0m b", "a " + " " * 5 + "red" + " " * 4 + " b"),
        (f"{ESC}]0;PWNED TITLE\x07Text", " " * 16 + "Text"),
        (f"{ESC}]52;c;aGVsbG8={ESC}\\Text", " " * 17 + "Text"),  # OSC ended by ST
        (f"x{ESC}(By", "x   y"),  # a character-set escape
        (f"a stray {ESC} in prose", "a stray   in prose"),  # ESC before a space is no sequence: only ESC goes
        ("\ufeffThe headline", " The headline"),
    ],
)
def test_escape_sequences_are_blanked_whole(text: str, expected: str) -> None:
    assert normalise_same_length(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "\u201cWe will rebuild,\u00e2\u20ac\x9d said Mayor Jane Roe, adding that the city would spend $5 million.",
            '"We will rebuild,\u00e2\u20ac  said Mayor Jane Roe, adding that the city would spend $5 million.',
        ),
        ("Praha je m\u00c4\x9bsto.", "Praha je m\u00c4 sto."),
        ("Note \x9b31m and \x9d0;title\x07 here", "Note  31m and  0;title  here"),
    ],
)
def test_one_character_c1_controls_blank_one_character(text: str, expected: str) -> None:
    # C1 characters in decoded text are mojibake ("\u00e2\u20ac\x9d" is a broken closing quote), not escapes: a
    # sequence read from them would blank the prose after them.
    assert normalise_same_length(text) == expected


def test_an_unterminated_title_sequence_ends_at_the_line() -> None:
    text = f"{ESC}]0;half a title\nThe minister said the plan would work."
    out = normalise_same_length(text)
    assert out.split("\n")[1] == "The minister said the plan would work."
    assert out.split("\n")[0].strip() == ""


def test_offsets_still_index_the_original() -> None:
    original = f'{ESC}[1m"We will win,"{ESC}[0m said Maria Lopez, the mayor.'
    fixed = repair(original)
    start = fixed.text.index("Maria Lopez")
    s, e = fixed.span(start, start + len("Maria Lopez"))
    assert original[s:e] == "Maria Lopez"


def test_escape_parameters_make_no_figures_or_speakers() -> None:
    text = (
        f"{ESC}]0;PWNED TITLE\x07The council approved 40 new homes on Tuesday.\n\n"
        f'"We {ESC}[2J{ESC}[H will fight {ESC}[31mon{ESC}[0m," said Maria Lopez, the mayor.\n'
    )
    engine = Engine(cache_bytes=0, recent_facts=0)
    try:
        facts = engine.extract_text(text, "escapes.txt")
    finally:
        engine.close()
    assert [(f.value, f.unit) for f in facts.figures if f.kind != "date"] == [(40, "home")]
    assert {q.speaker for q in facts.quotes} == {"Maria Lopez"}
