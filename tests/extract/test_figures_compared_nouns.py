"""Figures: a share or rate measures the noun it describes or moves, not the clause's subject (lead s25 probe
review, class 5). "a 30% greater risk of stroke" is about the risk; "could raise growth by half a percentage point"
about growth, which moves, though "growth" is also a word of change; a clause a report follows ("..., the tribunal
heard") gives its pronoun no reporter. And "will reduce growth by 1%" goes down with its verb."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

ABOUT = [
    ("Smokers face a 30% greater risk of stroke.", "30%", "risk"),
    ("The new battery offers 25 percent more storage.", "25 percent", "storage"),
    ("The firm reported a 12% higher profit.", "12%", "profit"),
    ("Vaccinated adults had a 40% to 60% lower risk of infection.", "40% to 60%", "risk"),
    ("The reforms could raise growth by half a percentage point.", "half a percentage point", "growth"),
    ("She was earning $90,000 a year, the tribunal heard.", "$90,000 a year", None),
    ("She had borrowed $5,000 from him, the jury heard.", "$5,000", None),
    # kept: a change noun after the figure, a noun subject before the report, predicative comparison
    ("Sales rose to 1.2 million units, a 15 percent increase.", "15 percent", "Sales"),
    ("The car was travelling at 70 mph, police said.", "70 mph", "car"),
    ("Profits were 12% higher.", "12%", "Profits"),
]


@pytest.mark.parametrize(("text", "figure", "about"), ABOUT)
def test_what_a_share_or_rate_measures(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert figure in got and got[figure] == about, got


DIRECTIONS = [
    ("The cuts will reduce growth by 1%.", "down"),
    ("The reforms could raise growth by half a percentage point.", "up"),
    ("Exports grew by 4%.", "up"),
]


@pytest.mark.parametrize(("text", "direction"), DIRECTIONS)
def test_a_verb_moves_its_object_by_the_figure(parsed, text, direction):
    assert [f.direction for f in figures_of(parsed, text)] == [direction]
