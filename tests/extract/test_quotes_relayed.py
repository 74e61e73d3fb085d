"""Quotes: in "X said Y, according to Z" X's claim is Y, not Y with ", according to Z" (nor, in "Y, X said,
according to Z", Y with X's own name); Z's row of the whole report stays beside it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, rows_of


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The president said the talks were going well, according to two officials familiar with the call.",
            ("The president", "the talks were going well"),
        ),
        (
            "As yet, there is no evidence linking the third case to the earlier two, the health commission said, "
            "according to Reuters.",
            ("the health commission", "As yet, there is no evidence linking the third case to the earlier two"),
        ),
        (
            "The couple was quarantined, and the health commission said it had traced their contacts, according "
            "to Reuters.",
            ("the health commission", "it had traced their contacts"),
        ),
    ],
)
def test_relayed_report_ends_before_the_relay(parsed, text, row):
    rows = rows_of(parsed, text)
    assert row in rows, rows
    assert len(rows) == 2, rows  # the relay's row stays


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # near misses: the relay's own row keeps the whole report; a plain "according to" is unchanged
        (
            "According to Reuters, the health commission said it had traced their contacts.",
            [
                ("Reuters", "the health commission said it had traced their contacts"),
                ("the health commission", "it had traced their contacts"),
            ],
        ),
        ("The talks were going well, according to two officials.", [("two officials", "The talks were going well")]),
        # review r2 HIGH-2: "according to Z" inside X's claim leaves the claim whole
        (
            "Officials said Tuesday that the dam, according to engineers who inspected it, could fail within hours.",
            [
                ("Officials", "that the dam, according to engineers who inspected it, could fail within hours"),
                (
                    "engineers",
                    "Officials said Tuesday that the dam, according to engineers who inspected it, could fail "
                    "within hours",
                ),
            ],
        ),
    ],
)
def test_relay_rows_stay(parsed, text, rows):
    assert sorted(rows_of(parsed, text)) == sorted(rows)


# Session 21 (left from s20): "according to a statement" after "X said Y" names only the text X said it in: one
# statement, one row (X's), not a second row of the whole report sourced to "a statement".
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The Kremlin said the talks had been useful, according to a statement.",
            ("The Kremlin", "the talks had been useful"),
        ),
        (
            "The White House said the talks had been useful, according to a statement released by the White House.",
            ("The White House", "the talks had been useful"),
        ),
        (
            "\u201cThe talks were useful,\u201d the Kremlin said, according to its readout of the call.",
            ("the Kremlin", "The talks were useful,"),
        ),
    ],
)
def test_the_speakers_own_statement_is_one_row(parsed, text, row):
    assert rows_of(parsed, text) == [row]


# Near misses: a statement of another author, or a source that is no text, keeps the relay's row.
@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said the talks had been useful, according to a statement by the foreign ministry.",
        "The Kremlin said the talks had been useful, according to a Reuters statement.",
        "The Kremlin said the talks had been useful, according to the ministry's statement.",
        "The Kremlin said the talks had been useful, according to Reuters.",
        # review s21 r1a MED-3: the author as a participle's agent
        "The Kremlin said the talks had been useful, according to a statement issued by the Russian foreign ministry.",
        "Putin told Biden the talks had been useful, according to a statement released by the White House.",
        "The Kremlin said on Friday that the talks had been useful, according to a statement published by the news "
        "agency TASS.",
    ],
)
def test_another_authors_statement_keeps_its_row(parsed, text):
    assert len(rows_of(parsed, text)) == 2


# review s21 r2a MED-4: the relay row of a text that names its author speaks for that author, not for the speaker of
# the report it relays; a country the speaker's title shares is no common author (LOW).
@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Putin told Biden the talks had been useful, according to a statement released by the White House.",
            "the White House",
        ),
        (
            "The Kremlin said the talks had been useful, according to a statement issued by the Russian foreign "
            "ministry.",
            "the Russian foreign ministry",
        ),
        (
            "U.S. Secretary of State Antony Blinken told Wang the talks were candid, according to a statement released "
            "by the U.S. Embassy in Beijing.",
            "the U.S. Embassy in Beijing",
        ),
    ],
)
def test_the_relay_row_is_the_authors(parsed, text, author):
    relays = [c for c in claims_of(parsed, text) if c.kind == "according_to"]
    assert [c.source_text for c in relays] == [author]
    assert all(c.source not in ("Putin", "Kremlin", "Antony Blinken") for c in relays)


# review s21 r3a HIGH-5 (of b56624e): a day is no author, an "of" object that names no one leads to the agent of its
# participle, and a possessive author's phrase ends before its "'s".
@pytest.mark.parametrize(
    ("text", "source", "source_text"),
    [
        (
            "The economy grew 3 percent last year, according to a Monday statement from the White House.",
            "White House",
            "the White House",
        ),
        (
            "Starmer told Macron the deal was close, according to a readout of the call published by Downing Street.",
            "Downing Street",
            "Downing Street",
        ),
        (
            "The ministry said the talks had been useful. The economy grew, according to the ministry's statement.",
            None,
            "the ministry",
        ),
    ],
)
def test_the_author_a_text_names(parsed, text, source, source_text):
    relays = [c for c in claims_of(parsed, text) if c.kind == "according_to"]
    assert [(c.source, c.source_text) for c in relays] == [(source, source_text)]
