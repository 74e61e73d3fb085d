"""Quotes and claims: rows the parser's misreadings made up or gave to the wrong speaker on real news."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from extract.quotes import extract_quotes
from tests.extract.helpers import rows_of

_SONDLAND = (
    "Ambassador Gordon Sondland is likely to be unpredictable when he faces questions about a phone call with "
    "President Donald Trump.\n\nSondland, a hotelier Trump tapped as his ambassador to the European Union, is more "
    "directly entangled than any witness yet. {}\n"
)


def speakers_of(parsed, text: str) -> dict[str, str | None]:
    doc, rep = parsed(text)
    quotes, _, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    return {q.text: q.speaker for q in quotes}


# "X did Y — “...,” he said": the quote after the dash bears out X's clause, so "he" is X, though the parser made
# X's clause part of what "he said" and an earlier main-clause subject (Trump) looked likelier.
@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "Yet Sondland has already amended his testimony once — “I now do recall,” he said, talking to Ukraine.",
            "I now do recall,",
            "Sondland",
        ),
        # near miss: a quote that is no sentence of its own names what the subject is, not what he said
        ("Yet Biden is weak — “a total disgrace,” he said.", "a total disgrace,", "Donald Trump"),
    ],
)
def test_dash_quote_is_the_subjects(parsed, sentence, quote, speaker):
    assert speakers_of(parsed, _SONDLAND.format(sentence)).get(quote) == speaker


# "..., a prospect Vindman denied": the parser made the name the subject of "denied" and the sentence before it
# what he denied; the relative clause only says he denied the prospect.
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Morrison did reference his earlier testimony, in which he said others had raised concerns about "
            "Vindman potentially leaking information, a prospect Vindman denied earlier in the day.",
            None,
        ),
        # what follows the misread cue has the idea noun's gap in it: no claim either
        ("The company will close three plants next year, a possibility analyst John Smith said was likely.", None),
        (
            "The company will close three plants next year, a possibility analyst John Smith said the board would "
            "discuss.",
            None,
        ),
        # near misses: a noun for a person before the name is who speaks; a cue set apart by commas still speaks
        (
            "The plant will close in May, a company spokesman Bob Smith said.",
            ("a company spokesman Bob Smith", "The plant will close in May"),
        ),
        (
            "The company will close three plants next year, analyst John Smith said, a possibility that was likely.",
            ("analyst John Smith", "The company will close three plants next year"),
        ),
    ],
)
def test_reduced_relative(parsed, text, row):
    rows = [r for r in rows_of(parsed, text) if "Vindman" in r[0] or "Smith" in r[0]]
    assert rows == ([row] if row else [])


# "he was told by Bolton — Morrison's supervisor — to go": the dash made the parser run the passive agent's
# phrase on to the end and the content back over the cue itself; Bolton said nothing the text gives.
@pytest.mark.parametrize(
    ("text", "source", "present"),
    [
        (
            "Vindman said he was told by former National Security Adviser John Bolton — Morrison's supervisor — to "
            "go straight to the NSC legal counsel with his concerns.",
            "Bolton",
            False,
        ),
        # near misses: what the governor told him is a clause after the agent; a report the parser ran on over
        # its own cue ("..., the commission said, according to Reuters") still has its speaker
        ("Smith said he was told by the governor that the plant would close.", "the governor", True),
        (
            "Smith said he was sick. As yet, there is no evidence linking the third case to the earlier two, "
            "the Inner Mongolia health commission said, according to Reuters.",
            "the Inner Mongolia health commission",
            True,
        ),
    ],
)
def test_content_holding_its_cue(parsed, text, source, present):
    assert any(source in s for s, _ in rows_of(parsed, text)) is present
    assert any(s in ("Vindman", "Smith") for s, _ in rows_of(parsed, text))


def quote_rows(parsed, text: str) -> list[tuple[str | None, str]]:
    doc, rep = parsed(text)
    quotes, _, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    return [(q.speaker_text, q.text) for q in quotes]


_TUFT = "“Once some of those metabolic products go out of whack … bam! Tuft cells can recognize it.”"


# A quote standing as a sentence of its own right after a sentence that reports one speaker by name is that
# speaker's, and the reported clause keeps its own row; two speakers in that sentence leave the quote open.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The cells are common in the gut. The tuft cell, Herbert said, is constantly sensing the metabolic "
            "products present in the body. " + _TUFT,
            "Herbert",
        ),
        # near miss: the sentence before reports two people
        ("Smith said Jones claimed the plan failed. " + _TUFT, None),
    ],
)
def test_quote_after_named_report(parsed, text, speaker):
    assert [s for s, _ in quote_rows(parsed, text)] == ([speaker] if speaker else [])
    if speaker:
        rows = rows_of(parsed, text)
        assert any(t.startswith("The tuft cell") for _, t in rows)
        assert any(t.lstrip("“").startswith("Once some") for _, t in rows)


# A quote given its speaker only by the report before it ("At current rates, Bridenstine said, ... “...”") is no
# cue for the next paragraph's quote to go on from ("Aderholt returned to the issue. “What ...?”" is Aderholt's);
# a quote with a cue of its own still is, as before (the lead-in tests of test_quotes.py).
@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        (
            "At current rates, Bridenstine said, there will be three rockets by 2024. "
            "“Adding an additional rocket into the mix could happen, but I am not confident.”",
            None,
        ),
        (
            "“Adding an additional rocket into the mix could happen, but I am not confident,” Bridenstine said.",
            "Bridenstine",
        ),
    ],
)
def test_previous_paragraph_speaker(parsed, first, speaker):
    text = (
        "Bridenstine spoke on Tuesday. " + first + "\n\nAderholt returned to the issue later in the hearing. "
        "“What commercial launch vehicles exist today that can launch the lander?”"
    )
    rows = dict((t, s) for s, t in quote_rows(parsed, text))
    assert rows.get("Adding an additional rocket into the mix could happen, but I am not confident.", "Bridenstine")
    assert rows.get("What commercial launch vehicles exist today that can launch the lander?") == speaker
