"""Quotes: machine translation keeps the Russian or Spanish order of a sourcing "as" clause ("As noted the Kremlin
spokesman Dmitry Peskov, the talks will continue"; "Как отметил ...", "Como explicó ..."): the phrase after the verb
is the speaker and the rest of the sentence is what was said; the passive "As stated by X, ..." too. Before, the
speaker became the content and the content's subject the speaker."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


def _rows(parsed, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.source, c.source_text, c.text) for c in claims_of(parsed, text)]


# Probe s29 Q-P19 (HIGH)
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "As noted the Kremlin spokesman Dmitry Peskov, the talks will continue.",
            ("Dmitry Peskov", "the talks will continue"),
        ),
        (
            "As explained the minister of Economy Carlos Cuerpo, the reform will take effect in January.",
            ("Carlos Cuerpo", "the reform will take effect in January"),
        ),
        (
            "As stated by Deputy Foreign Minister Sergei Ryabkov, Moscow will not accept ultimatums.",
            ("Sergei Ryabkov", "Moscow will not accept ultimatums"),
        ),
        (
            "As reported by the TASS agency, the talks will continue.",
            ("TASS", "the talks will continue"),
        ),
        # English order, as before
        (
            "As Deputy Foreign Minister Sergei Ryabkov emphasized, Moscow will not accept ultimatums.",
            ("Sergei Ryabkov", "Moscow will not accept ultimatums"),
        ),
    ],
)
def test_inverted_as_clause_names_the_speaker(parsed, text, row) -> None:
    assert [(s, t) for s, _, t in _rows(parsed, text)] == [row]


def test_an_unnamed_body_is_the_speaker_text(parsed) -> None:
    rows = _rows(parsed, "As announced the ministry, the talks will continue on Monday.")
    assert [(st, t) for _, st, t in rows] == [("the ministry", "the talks will continue on Monday")]


# Look-alikes: no one after the verb ("As noted earlier", "As expected"), or a phrase that names no one
@pytest.mark.parametrize(
    "text",
    [
        "As noted earlier, the talks will continue.",
        "As noted in the report, the talks will continue.",
        "As expected, the talks will continue.",
        "As announced last week, the talks will continue on Monday.",
    ],
)
def test_no_speaker_no_row(parsed, text) -> None:
    assert _rows(parsed, text) == []


# Review s29 rev1 R1 (HIGH): a date or a document after the verb is no speaker
@pytest.mark.parametrize(
    "text",
    [
        "As announced on Monday, the base will close in 2027.",
        "As reported in January, the two sides remain far apart on prices.",
        "As noted at Tuesday's meeting, the budget is short by $2 million.",
        "As stated in Article 5 of the Constitution, the president serves one term.",
    ],
)
def test_a_time_or_a_place_names_no_speaker(parsed, text) -> None:
    assert _rows(parsed, text) == []


def test_the_agent_not_the_date_speaks(parsed) -> None:
    rows = _rows(parsed, "As announced by the Ministry of Defence on Monday, the base will close in 2027.")
    assert [(s, t) for s, _, t in rows] == [("Ministry of Defence", "the base will close in 2027")]
