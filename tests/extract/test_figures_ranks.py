"""Figures (brief s30 known errors): 'The song reached the top 10 in 12 countries' gave a share 10 in 12 (0.83) about
countries. A number after 'top'/'bottom' is a rank, not a share's numerator: 12 countries is a count of its own. A
share after other words is as before."""

from __future__ import annotations

from tests.extract.helpers import figures_of


def test_a_rank_is_no_share(parsed):
    got = {
        f.text: (f.value, f.kind, f.unit) for f in figures_of(parsed, "The song reached the top 10 in 12 countries.")
    }
    assert "10 in 12" not in got, got
    assert got.get("12") == (12.0, "count", "country"), got


def test_a_share_stays_a_share(parsed):
    got = {f.text: f.value for f in figures_of(parsed, "Researchers found one in four adults smoke.")}
    assert got.get("one in four") == 0.25, got
