"""Figures: a value keeps up to 15 significant digits, all a float holds: the national debt to the dollar
("$22,719,401,753,433") kept its last digits only to the twelfth before; float noise is still dropped."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The national debt stood at $22,719,401,753,433 on Friday.", 22719401753433.0),
        ("The counter read 123456789101231 on Monday.", 123456789101231.0),
        # near misses: float noise and plain values
        ("Sales grew by 16.4 million units.", 16400000.0),
        ("Two thirds of voters agreed.", 0.666666666666667),
        ("It rose 0.3 percent.", 0.3),
    ],
)
def test_a_value_keeps_its_digits(parsed, text, value) -> None:
    assert [f.value for f in figures_of(parsed, text)] == [value]
