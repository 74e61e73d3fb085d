"""Quotes and claims: a counted plural ("the two companies", "both leaders") takes up the speakers of the joint
attribution right before it, when the count and the kind fit."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


def _sources_of(parsed, text: str, words: str) -> tuple[str, ...]:
    hits = [c for c in claims_of(parsed, text) if words in c.text]
    assert hits, [c.text for c in claims_of(parsed, text)]
    return hits[0].sources


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # probe_q 10 (s25 review, MED 8): None.
        (
            "Apple and Google said in a joint statement that they would work together on tracking alerts. The two"
            " companies said the standard would be available to other phone makers by the end of the year.",
            "the standard would be available",
            ("Apple", "Google"),
        ),
        (
            "Chancellor Olaf Scholz and President Emmanuel Macron said on Monday that the deal was dead. The two"
            " leaders said talks would resume in May.",
            "talks would resume",
            ("Olaf Scholz", "Emmanuel Macron"),
        ),
    ],
)
def test_a_counted_plural_takes_up_the_joint_speakers(parsed, text: str, words: str, expected: tuple) -> None:
    assert _sources_of(parsed, text, words) == expected


# Kept: another count, another kind, or no joint attribution before leave the plural unresolved.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Apple and Google said in a joint statement that they would work together. The three companies said the"
            " plan was final.",
            "the plan was final",
        ),
        (
            "Chancellor Olaf Scholz and President Emmanuel Macron said the deal was dead. The two companies said the"
            " plan was final.",
            "the plan was final",
        ),
        ("Apple said it would cut prices. The two companies said the plan was final.", "the plan was final"),
    ],
)
def test_an_unfit_counted_plural_stays_unresolved(parsed, text: str, words: str) -> None:
    assert _sources_of(parsed, text, words) == ()
