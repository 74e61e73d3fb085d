"""Figures: a product listing whose name the tagger calls a person's ("Amazon Echo Dot (3rd Gen, $49.99)": Echo Dot
tagged PERSON) is a product when a company's name opens it, so the price is about the product (was 'Gen', the
bracket's first item). A person's name with no company before it keeps its reading."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

LISTINGS = [
    ("Amazon Echo Dot (3rd Gen, $49.99)", 49.99, "Amazon Echo Dot"),
    ("Get the Amazon Echo Dot (3rd Gen, $49.99) today.", 49.99, "Amazon Echo Dot"),
]


@pytest.mark.parametrize(("text", "value", "about"), LISTINGS)
def test_a_branded_listing(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


def test_a_persons_bracket_is_no_listing(parsed) -> None:
    # near miss: a person, no company before the name
    f = one_of(figures_of(parsed, "Tom Hanks (Forrest Gump, $40 million) tops the list."), 4e7)
    assert f.about != "Tom Hanks"
