"""Quotes and claims: report verbs of Indian and South-East Asian English: opine, convey, term."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Probe s26 (48, d, n): 'conveyed that the state budget deficit ...', 'He also opined that ...' and 'The BJP termed the
# announcement "an eyewash"' gave no claim.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The finance ministry spokesman, Rudi Hartono, conveyed that the state budget deficit is within safe"
            " limits.",
            ("The finance ministry spokesman, Rudi Hartono", "that the state budget deficit is within safe limits"),
        ),
        ("Experts opined that the bridge was unsafe.", ("Experts", "that the bridge was unsafe")),
        (
            "Congress leader Priya Nair opined that the cuts would hurt farmers.",
            ("Congress leader Priya Nair", "that the cuts would hurt farmers"),
        ),
        ("The letter conveyed that the talks had failed.", ("The letter", "that the talks had failed")),
        # review s26 rev3q MED 6: the object's that-clause is what was conveyed
        (
            "The envoy conveyed assurances that the ceasefire would hold.",
            ("The envoy", "that the ceasefire would hold"),
        ),
        (
            'The Shiv Sena termed the budget "a cruel joke".',
            ("The Shiv Sena", 'the budget "a cruel joke"'),
        ),
    ],
)
def test_report_verbs(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# Things convey and terms are nouns: nothing said. 'convey' reports only with a clause (review s26 rev2q MED 3, LOW 9:
# vehicles carrying things, a message passed on with no content).
@pytest.mark.parametrize(
    "text",
    [
        "The pipeline conveys oil to the coast.",
        "Ambulances conveyed the injured to hospital.",
        "Helicopters conveyed aid to villages.",
        "Trucks conveyed food and medicine to the flooded region.",
        "Officials conveyed the message to Tehran through Swiss diplomats.",
        "Prices remained high in the short term.",
        "The terms of the deal were not disclosed.",
    ],
)
def test_no_report(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []
