"""Property tests: no extractor raises on any text, and every record's offsets point at its own text.

Runs the whole engine (repair, parse, actors, figures, quotes) on generated text, from plain noise to
news-like sentences with glued words, odd quote marks, numbers at their extremes and control characters.
"""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract.engine import Engine
from extract.records import DocFacts

# STORYWATCH_PROPERTY_EXAMPLES=2000 runs a longer search (bench, before a release).
EXAMPLES = int(os.environ.get("STORYWATCH_PROPERTY_EXAMPLES", "60"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# fmt: off
QUOTE_MARKS = ['"', "'", "\u201c", "\u201d", "\u201e", "\u201f", "\u2018", "\u2019", "\u00ab", "\u00bb", "``", "''"]
NUMBERS = [
    "0", "-0", "1e308", "1e309", "-1e308", "2.5e-324", "999999999999999999999 billion", "9" * 400,
    "13,000", "1,2,3,4", "10 %", "10%", "-5%", "$", "$0.00", "USD 50 bn", "\u20ac5bn", "\u00a3 3.2 trillion",
    "2.5 trillion dollars", "\u00be", "\u216b", "\u0661\u0662\u0663", "0x1F", "NaN", "inf", "1/0", "twenty-one",
    "a million", "millions", "1st", "2022", "February 2022", "two years and eight months", "up to 12,000",
    "at least 3", "rose by 7 percent", "12,000 to 13,000", "1.000.000,5", "\u2212 4", "10\u00a0000",
]
WORDS = [
    "Jane Smith", "Lloyd Austinhe", "NATOless", "South Koreawhich", "donald trump", "SErgei Lavrov", "Kyiv",
    "the minister", "he", "they", "said", "told reporters", "according to", "warned", "soldiers", "troops",
    "North Korean", "Pyongyang", "of", "and", "the", "in", "Mr.", "Dr", "U.S.", "e.g.", "#hashtag", "https://x.y/z",
]
ODD = [
    "\x00", "\x07", "\x1b[31m", "\x1b]0;title\x07", "\x1b]52;c;ZXZpbA==\x07", "\x9b", "\x85", "\x7f", "\u202e",
    "\u2066", "\u200b", "\u200d", "\ufeff", "\u00a0", "\u2028", "\t", "\r\n", "\n\n", "\x0c", "\ufffd",
    "[bold red]", "[/]", "\U0001f600", "e\u0301", "\ud7ff", "...", "\u2026", "--", "\u2014", "(", ")", ";", ".",
]

# fmt: on
_MARK_CLASS = "[" + re.escape("".join(sorted({m[0] for m in QUOTE_MARKS}))) + "]"
_EMPTY_QUOTE = re.compile(_MARK_CLASS + r"\s+" + _MARK_CLASS)

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(NUMBERS),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(ODD),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=6),
)
separator = st.sampled_from(["", " ", " ", " ", ", ", ". ", "\n", " \u201c", "\u201d ", '"', " '"])
newsy = st.lists(st.tuples(token, separator), max_size=40).map(lambda parts: "".join(t + s for t, s in parts))
noise = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300)


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


def check(facts: DocFacts, text: str) -> None:
    assert facts.document.error is None, facts.document.error
    for kind, records in (
        ("mention", facts.mentions),
        ("figure", facts.figures),
        ("quote", facts.quotes),
        ("claim", facts.claims),
    ):
        for r in records:
            assert 0 <= r.start <= r.end <= len(text), (kind, r)
            assert text[r.start : r.end] == r.text, (kind, r.text, text[r.start : r.end])


@SETTINGS
@given(text=newsy)
@example(text="\u201cWe will fight,\u201d said Jane Smith. \u201cNever\u201c he said \u201d")
@example(text="The loan was 999999999999999999999 billion dollars, or 1e308 %, up to 1e-309 soldiers.")
@example(text="Lloyd Austinhe said NATOless troops, 13,000 of them, \u201cserious threat\u201cfor Kyiv.")
@example(text="\x1b]52;c;ZXZpbA==\x07Jane\u202eSmith said \x9b31m 5 soldiers\x00died.\r\n")
def test_newsy_text_never_raises_and_offsets_hold(engine, text):
    check(engine.extract_text(text), text)


@SETTINGS
@given(text=noise)
@example(text="")
@example(text="\n\n\n")
@example(text='""""""')
@example(text="\u201d\u201c\u201d\u201c")
def test_any_text_never_raises_and_offsets_hold(engine, text):
    check(engine.extract_text(text), text)


@SETTINGS
@given(marks=st.lists(st.sampled_from(QUOTE_MARKS), max_size=12), words=st.lists(st.sampled_from(WORDS), max_size=12))
def test_random_quote_marks_pair_within_the_text(engine, marks, words):
    # Interleave quote marks with words so pairing meets every unbalanced combination.
    parts = [w for pair in zip(words, marks, strict=False) for w in pair] + words[len(marks) :] + marks[len(words) :]
    text = " ".join(parts) + "."
    facts = engine.extract_text(text)
    check(facts, text)
    if not _EMPTY_QUOTE.search(text):
        for q in facts.quotes:
            assert q.text.strip(), q  # a quote is never only whitespace


@SETTINGS
@given(
    number=st.sampled_from(NUMBERS), unit=st.sampled_from(["", " soldiers", " dollars", " percent", " km", " years"])
)
def test_numbers_at_extremes_are_finite_or_none(engine, number, unit):
    text = f"Officials said {number}{unit} were sent to Kursk."
    facts = engine.extract_text(text)
    check(facts, text)
    for f in facts.figures:
        if f.value is not None:
            assert f.value == f.value and abs(f.value) != float("inf"), f  # no NaN or infinity reaches the JSON


# Inputs that once broke an extractor (found by the properties above).
REGRESSIONS = [
    pytest.param("Officials said 1e309 soldiers were sent.", id="figures-exponent-overflow"),
    pytest.param("It cost " + "9" * 310 + " dollars.", id="figures-310-digit-number"),
    pytest.param('according to " ".', id="quotes-whitespace-only-quote"),
    pytest.param("0\u00b2 and 4\u00b2 K", id="figures-superscript-digits"),
]


@pytest.mark.parametrize("text", REGRESSIONS)
def test_regressions(engine, text):
    facts = engine.extract_text(text)
    check(facts, text)
    for q in facts.quotes:
        assert q.text.strip() and q.speaker_text not in QUOTE_MARKS, q
