"""Figures: a figure's identity across two versions of a file (keys.figure_key), as the Changes log pairs them."""

from __future__ import annotations

import pytest

from extract.diff import _figure_changes
from extract.figures import extract_figures
from extract.records import Figure


def _figures(parsed, text: str) -> list[Figure]:
    doc, rep = parsed(text)
    return [f for f in extract_figures(doc, rep, "a.txt") if f.kind != "date"]


# A count's noun, written or left out, is no part of its identity: an update of a toll is one changed figure.
REWORDED_COUNTS = [
    (
        "At least 12 were killed in the attack on the market.",
        "At least 15 people were killed in the attack on the market.",
    ),
    ("Police said 40 had been arrested.", "Police said 45 people had been arrested."),
]


@pytest.mark.parametrize(("old", "new"), REWORDED_COUNTS)
def test_a_reworded_count_is_one_changed_figure(parsed, old, new) -> None:
    out, removed = _figure_changes(_figures(parsed, old), _figures(parsed, new))
    assert [c.op for c in out] == ["changed"] and not removed, (out, removed)


# guards: a measure in another unit and a rate against a total stay apart
OTHER_UNITS = [
    ("The runners covered 5 kilometres in the race.", "The runners covered 5 miles in the race."),
    ("The kitchen served 300 meals per day.", "The kitchen served 2,000 meals."),
]


@pytest.mark.parametrize(("old", "new"), OTHER_UNITS)
def test_another_unit_or_a_rate_is_another_figure(parsed, old, new) -> None:
    out, removed = _figure_changes(_figures(parsed, old), _figures(parsed, new))
    assert [c.op for c in out] == ["added"] and [c.op for c in removed] == ["removed"], (out, removed)
