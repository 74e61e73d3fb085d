"""Quotes and claims: "boast" with a plain object is to have a feature, not to say something."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# "boasts a rooftop pool": a feature had (audit s23 row 29; 160 articles: 'Alden Capital, which boasts a
# reputation as a pitiless parer of payroll', 'the only other body besides Earth boasting stable liquids').
@pytest.mark.parametrize(
    "text",
    [
        "The hotel boasts a rooftop pool and three restaurants.",
        "While not ideal for a service that boasts such a high technical makeup, the frame rate is stable.",
        "Alden Capital, which owns the Denver Post and boasts a reputation as a pitiless parer of payroll, bid.",
        "Titan is the only Solar System object other than Earth boasting stable liquids on the surface.",
    ],
)
def test_boasting_a_feature_claims_nothing(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# Near misses: boasting that, about or of something, or a quote boasted, is what someone said.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor boasted that the city had never been safer.", ("The mayor", "that the city had never been safer")),
        ("The senator boasted about his wealth.", ("The senator", "his wealth")),
        (
            "The senator boasted his poll numbers were the best ever.",
            ("The senator", "his poll numbers were the best ever"),
        ),
        (
            "“We have the best economy ever,” the senator boasted.",
            ("the senator", "We have the best economy ever,"),
        ),
    ],
)
def test_boasting_words_is_a_claim(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
