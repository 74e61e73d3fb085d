"""Actors: a name closed by the noun of a version of a product ("Platinum Edition", "Eevee Edition") names that
version, no actor."""

from __future__ import annotations

import pytest

from tests.extract.helpers import names_of


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Buyers of the Founder's Edition or the identical Platinum Edition will receive a controller.",
            "Platinum Edition",
        ),
        ("Save $20 if you want the Pikachu and Eevee Edition, which comes with a case.", "Eevee Edition"),
    ],
)
def test_an_edition_is_no_actor(parsed, text: str, absent: str) -> None:
    assert absent not in names_of(parsed, text)
