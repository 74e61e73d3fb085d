"""Figures: an infinitive after 'it' and its figure makes 'it' a dummy only after a verb that takes one (cost, take,
need, require, be: "It cost $20,000 to rebuild"); after another verb it says what the money is for and 'it' keeps its
antecedent ("It provides $40 billion to help farmers": the bill, review r2 MED-1 of 33df087)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

PURPOSES = [
    ("The package passed the House on Friday. It includes $61 billion to support Ukraine.", 6.1e10, "package"),
    ("The Senate approved the bill. It provides $40 billion to help farmers hurt by the drought.", 4e10, "bill"),
    ("The governor signed the budget. It spends $300 billion, enough to cover schools for a decade.", 3e11,
     "budget"),
    # guards: a dummy 'it' of cost/take/require (review r1 MED-1) stands for nothing
    ("The storm destroyed their home. It cost $20,000 to rebuild.", 20000.0, None),
    ('The storm destroyed their home. "It cost us $20,000 to rebuild," Smith said.', 20000.0, None),
    ("The bridge collapsed in May. It will require $40 million to rebuild.", 4e7, None),
    ("The bridge collapsed in May. It would take $40 million to rebuild it.", 4e7, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "about"), PURPOSES)
def test_an_infinitive_after_it(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
