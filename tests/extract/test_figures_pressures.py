"""Figures: upper-case PSI after a number is a tyre's pressure, pounds per square inch, as lower-case psi is ("Keep
the tires at 35 PSI"), unless its sentence reads an index (Singapore's haze index, the Pollutant Standards Index, is
the PSI: "hit 120 PSI", "readings of 150 PSI" in haze news)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

PRESSURES = [
    ("Keep the tires at 35 PSI.", 35, "pound per square inch"),
    ("The recommended tire pressure is 32 PSI for the front tires.", 32, "pound per square inch"),
    ("The tire pressure reading was 35 PSI.", 35, "pound per square inch"),  # review s17 LOW-2
    # near misses: an index's reading
    ("The Pollutant Standards Index hit 120 PSI on Tuesday, an unhealthy level.", 120, "not pressure"),
    ("The haze worsened, with readings of 150 PSI in the west.", 150, "not pressure"),
]


@pytest.mark.parametrize(("text", "value", "unit"), PRESSURES)
def test_upper_case_psi(parsed, text, value, unit) -> None:
    got = one_of(figures_of(parsed, text), value).unit
    assert got == unit if unit != "not pressure" else got != "pound per square inch"
