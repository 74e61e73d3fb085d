"""Figures: which stories' "pounds of" millions are sterling. Pounds converted into dollars in any usual form ("(about
$5 billion)", ", or about $5 billion") make a sterling story; a weight's value beside it ("worth about $389 million")
does not, and words US copy is full of ("Pence", "a penny", "quid pro quo", "Sterling Heights") are no sign of
sterling. Elsewhere "pounds of" a thing weigh it, billions too ("2.5 billion pounds of almonds")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

STERLING_STORIES = [
    (
        "Britain will spend 4 billion pounds (about $5 billion) on defence."
        " It also ordered 200 million pounds of steel.",
        2e8,
        "money",
        "GBP",
    ),
    (
        "Britain will spend 4 billion pounds, or about $5 billion, on defence."
        " It also ordered 200 million pounds of steel.",
        2e8,
        "money",
        "GBP",
    ),
    ("The Bank of England will buy 65 billion pounds of gilts.", 65e9, "money", "GBP"),
    ("The chancellor unveiled 30 billion pounds of tax rises.", 30e9, "money", "GBP"),
    (
        "Vice President Mike Pence visited the border. Agents seized 20,000 pounds of marijuana.",
        2e4,
        "quantity",
        "pound",
    ),
    ("The company recalled 2 million pounds of beef. Shares rose a penny.", 2e6, "quantity", "pound"),
    (
        "The company recalled 2 million pounds of beef. Democrats said the call was a quid pro quo.",
        2e6,
        "quantity",
        "pound",
    ),
    ("Agents seized 20,000 pounds of marijuana near Sterling Heights, Michigan.", 2e4, "quantity", "pound"),
    ("California grew 2.5 billion pounds of almonds last year.", 2.5e9, "quantity", "pound"),
    (
        "Fishermen landed 97 million pounds, worth about $389 million. One boat brought in 20,000 pounds of scallops.",
        2e4,
        "quantity",
        "pound",
    ),
    # near misses: a weight's value beside it, a mass in billions, real sterling cues
    ("The US produced 13 billion pounds of cheese, worth $20 billion.", 13e9, "quantity", "pound"),
    ("The company recalled 2 million pounds of beef. A stamp costs 60 pence.", 2e6, "money", "GBP"),
    ("Sterling fell to 1.21 against the dollar. The firm sold 3 million pounds of steel.", 3e6, "money", "GBP"),
    ("The firm sold 3 million pounds of steel, up from £2 million.", 3e6, "money", "GBP"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), STERLING_STORIES)
def test_large_pounds_of_follow_the_story_s_sterling(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)
