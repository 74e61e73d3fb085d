"""Figures: a prison term written as a noun says whose it is ("a 16-year prison term for Whelan", "handed Paul
Whelan a 16-year prison sentence"), and a lone surname after "for" names the prisoner as a full name does; a
common noun, a country or a term of office name no one."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

HOLDERS = [
    ("A judge handed down a 16-year prison term for Whelan.", 16.0, "prison term for Whelan"),
    ("Prosecutors are seeking 10 years in prison for Whelan.", 10.0, "prison term for Whelan"),
    ("Russia handed Paul Whelan a 16-year prison sentence.", 16.0, "prison sentence for Paul Whelan"),
    ("Whelan received a 16-year sentence.", 16.0, "sentence for Whelan"),
    ("Paul Whelan was handed a 16-year sentence.", 16.0, "sentence for Paul Whelan"),
    # review r1 LOW-3: the title before a prisoner's name stays out
    (
        "The judge handed down a two-year prison sentence for Trump Organization executive Allen Weisselberg.",
        2.0,
        "prison sentence for Allen Weisselberg",
    ),
    (
        "Prosecutors are seeking 10 years in prison for former Trump Organization executive Allen Weisselberg.",
        10.0,
        "prison term for Allen Weisselberg",
    ),
    # guards: a common noun, a country, a term of office, a crime after "for"
    ("A judge handed down a 16-year prison term for the Marine.", 16.0, "prison term"),
    ("The court gave the defendant a 10-year sentence.", 10.0, "sentence"),
    ("Prosecutors are seeking 10 years in prison for Russia.", 10.0, "prison term"),
    ("Biden won a four-year term.", 4.0, "term"),
    ("He is serving a 10-year sentence for fraud.", 10.0, "sentence"),
]


@pytest.mark.parametrize(("text", "value", "about"), HOLDERS)
def test_whose_sentence(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
