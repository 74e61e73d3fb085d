"""Quotes: 'posted', 'texted' and 'messaged' with a that-clause report words ('Senator Ted Cruz posted on X that the
bill was "a disaster"', 'Thompson had texted his friend that he would "finish" the victim'). Before, the quoted word
went to the outer reporter ('Prosecutors') or had no row. A post or a text with no clause reports nothing."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


# Probe s29 Q-P4, Q-P34 (MED)
@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('Senator Ted Cruz posted on X that the bill was "a disaster".', "Ted Cruz", "posted"),
        ('Prosecutors said Thompson had texted his friend that he would "finish" the victim.', "Thompson", "texted"),
        ('Prosecutors said Thompson messaged his friend that he would "finish" the victim.', "Thompson", "messaged"),
    ],
)
def test_a_post_with_a_clause_reports(parsed, text, speaker, cue) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [(q.speaker, q.cue) for q in quotes] == [(speaker, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "The company posted a loss of $2 billion.",
        "She posted a video of the flood on Instagram.",
        "He texted a photo to his mother.",
        "He was posted to Kabul in 2010.",
    ],
)
def test_a_post_without_a_clause_reports_nothing(parsed, text) -> None:
    assert quotes_and_claims_of(parsed, text) == ([], [])
