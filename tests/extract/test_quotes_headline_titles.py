"""Quotes and claims: a headline quote after a title label ("Mayor: 'We will not close a single library'") is the
quote of the one person the story gives that title."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


# Probe s27 class 9: UK sentence-case headlines label a quote with the speaker's title; only a name worked.
@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Mayor: 'We will not close a single library'\n\nMayor Lucinda Pryce has promised that none of the city's "
            "14 libraries will close despite a funding gap.\n",
            "Lucinda Pryce",
            "We will not close a single library",
        ),
        (
            "Minister: 'We will not back down'\n\nHealth Minister Ana Reyes said on Monday that the reform would "
            "go ahead.\n",
            "Ana Reyes",
            "We will not back down",
        ),
    ],
)
def test_title_label_quote(parsed, text, speaker, quote) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [(q.speaker, q.text) for q in quotes] == [(speaker, quote)]


def test_two_people_with_the_title_give_no_speaker(parsed) -> None:
    text = (
        "Minister: 'We will not back down'\n\nHealth Minister Ana Reyes and Finance Minister Tom Hill met unions on "
        "Monday.\n"
    )
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert all(q.speaker is None for q in quotes)


# Review s27 rev5q MED 5: every holder of the title counts, also under a longer role ("Secretary of State").
def test_title_in_a_longer_role_counts(parsed) -> None:
    text = (
        "Secretary: 'We are ready'\n\nPress Secretary Karine Jean-Pierre told reporters the talks would go on. "
        "Secretary of State Antony Blinken arrived in Cairo on Monday.\n"
    )
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert all(q.speaker is None for q in quotes if q.text == "We are ready")
