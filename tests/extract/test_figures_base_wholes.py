"""Figures (engine probe s30 P170, P200 MED): a share 'of GDP' was about 'GDP'. 'The fiscal deficit target ... was
3.9% of gross domestic product' now measures the target, as 'of GDP' already did (the whole written in full);
'Spain spent 1.28% of GDP on defence', 'a target of spending 5% of GDP on defence': what is spent on."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("The fiscal deficit target for 2025-26 was 3.9% of gross domestic product.", "3.9%", "fiscal deficit target"),
    ("Spain spent 1.28% of GDP on defence last year.", "1.28%", "defence"),
    ("NATO's new target of spending 5% of GDP on defence was agreed.", "5%", "defence"),
    # as before
    ("Debt stood at 98.5% of GDP.", "98.5%", "Debt"),
    ("Women make up 52% of the workforce.", "52%", "Women"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_a_share_of_a_whole_measures_its_subject_or_object(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got
