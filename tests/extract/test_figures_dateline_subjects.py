"""Figures: no word of a dateline is the subject a figure is about. The parse often makes the town the subject of the
story's first verb ("LONDON, Nov 1 (Reuters) - Oil prices rose 2%": 'London' and 'prices' both subjects of 'rose')."""

from __future__ import annotations

import pytest

from extract.figures import extract_figures

ABOUT = [
    ("LONDON, Nov 1 (Reuters) - Oil prices rose 2% on Friday.", "2%", "Oil prices"),
    ("WASHINGTON, Sept. 28 (AP) — The Senate passed the bill on Nov. 5.", "Nov. 5", "Senate passed bill"),
    (
        "New York, NY – The range of native ad units now available have powered native ad spending past all other "
        "forms of display in 2017.",
        "2017",
        "range powered native ad spending",
    ),
    # near misses: a subject in the story itself stays, a town's name too
    ("LONDON (Reuters) - Sterling fell 0.5% against the dollar.", "0.5%", "Sterling"),
    ("London house prices fell 2% last year.", "2%", "London house prices"),
    ("LONDON (Reuters) - London house prices fell 2% last year.", "2%", "London house prices"),
]


@pytest.mark.parametrize(("text", "figure", "about"), ABOUT)
def test_a_datelines_town_is_no_subject(parsed, text, figure, about) -> None:
    doc, rep = parsed(text)
    found = [f.about for f in extract_figures(doc, rep, "a.txt") if f.text == figure]
    assert found == [about]
