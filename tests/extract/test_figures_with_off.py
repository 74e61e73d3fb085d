"""Figures: "with the Nasdaq off 0.8%" measures the Nasdaq even when the parse hangs "off" on the main verb:
'Asian markets were mixed, with the Nasdaq off 0.8%' gave 'Asian markets' ('with the Nikkei down 0.3%', which the
parse hangs on the name, already gave Nikkei)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

MOVES = [
    ("Asian markets were mixed, with the Nasdaq off 0.8%.", "0.8%", "Nasdaq"),
    ("Asian markets were mixed, with the Nikkei down 0.3%.", "0.3%", "Nikkei"),
    ("Stocks fell, with the S&P 500 down 1.2% and the Nasdaq off 0.8%.", "0.8%", "Nasdaq"),
    ("The firm closed the year with revenue up 5%.", "5%", "revenue"),
    # review s24 round 3, finding E: gapped market copy without 'with'
    ("The Dow fell 1.2%, the Nasdaq off 0.8%.", "0.8%", "Nasdaq"),
    ("The Dow fell 1.2%, the S&P 500 down 0.9% and the Nasdaq off 0.8%.", "0.9%", "S&P 500"),
    ("The Dow fell 1.2%, the S&P 500 down 0.9% and the Nasdaq off 0.8%.", "0.8%", "Nasdaq"),
    ("The Dow fell 1.2%, the S&P 500 down 0.9% and the Nasdaq off 0.8%.", "1.2%", "Dow"),
    (
        "China's Shanghai Composite slumped 0.2%, but recovered those losses and was last trading up 0.4%.",
        "0.4%",
        "Shanghai Composite",
    ),
]


@pytest.mark.parametrize(("text", "figure", "about"), MOVES)
def test_the_with_phrase_names_what_moved(parsed, text, figure, about):
    assert [f.about for f in figures_of(parsed, text) if f.text == figure] == [about]
