"""Figures: a reported clause the parse split from its subject ("Prosecutors alleged that Noel and Thomas browsed
the Internet, lingered ... and appeared to sleep for two hours") takes the subject an earlier part of it has, never
the reporter's (about/subjects.py _clause_subject)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ('Federal prosecutors alleged that Tova Noel and Michael Thomas, assigned to Epstein\'s special housing unit, '
     '"browsed the Internet," lingered in an office common area and appeared to sleep for two hours when they '
     'should have been conducting inmate checks.', "Noel", "prosecutors"),
    # near misses: a reported clause with its own subject keeps it
    ("Prosecutors alleged that the guards slept for two hours.", "guards", "Prosecutors"),
    ("Federal prosecutors said the two guards appeared to sleep for two hours during their shift.", "guards",
     "prosecutors"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "has", "lacks"), CASES)
def test_a_split_reported_clause_keeps_its_own_subject(parsed, text, has, lacks) -> None:
    (f,) = [f for f in figures_of(parsed, text) if f.kind == "duration"]
    assert f.about is not None and has in f.about and lacks not in f.about
