"""Figures: pixel and dot densities ("226ppi", "1200 dpi"), pressures in psi, display brightness in nits and water
volumes in acre-feet are units of their own, not bare numbers or a cut-short "acre". The index abbreviations PPI
(producer prices) and PSI (Singapore's pollution index) before a number stay names."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

UNITS = [
    ("The updated design has an elevated pixel density going from 220 to 226ppi.", 226, "pixel per inch"),
    ("The updated design has an elevated pixel density going from 220 to 226ppi.", 220, "pixel per inch"),
    ("The printer prints at 1200 dpi.", 1200, "dot per inch"),
    ("Inflate the tires to 35 psi.", 35, "pound per square inch"),
    ("The screen reaches 500 nits of brightness.", 500, "nit"),
    ("The reservoir holds 4.5 million acre-feet of water.", 4.5e6, "acre-foot"),
    # near misses: index names before a number
    ("The producer price index (PPI) rose 0.3% in October.", 0.3, "%"),
    ("Singapore's PSI reading reached 120 on Tuesday.", 120, None),
]


@pytest.mark.parametrize(("text", "value", "unit"), UNITS)
def test_density_units(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit == unit


def test_upper_case_psi_is_no_pressure(parsed) -> None:
    """Review r1 LOW-3: upper-case PSI after a number is the Pollutant Standards Index, in haze news."""
    f = one_of(figures_of(parsed, "The Pollutant Standards Index hit 120 PSI on Tuesday, an unhealthy level."), 120)
    assert f.unit != "pound per square inch"
