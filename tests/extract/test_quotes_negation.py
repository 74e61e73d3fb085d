"""Quotes and claims: words not given are no claim ("neither ... nor", "has yet to", "little explanation"), and a
discourse "Yet," is no negation."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# F8: words not given are no claim: "neither ... nor", "little explanation" and "has yet to" negate as "no"
# does ("has yet to say whether ..." for any cue).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith offered neither an apology nor an explanation.", []),
        ("The ministry has yet to offer an explanation for the delay.", []),
        ("The bank gave little explanation for the closures.", []),
        ("The company has yet to say whether it will appeal.", []),
        # near misses: words given, and "yet" that negates nothing
        ("Smith offered an apology and an explanation.", [("Smith", "an apology and an explanation")]),
        ("The minister said yet again that the plan would work.", [("The minister", "that the plan would work")]),
    ],
)
def test_words_not_given(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    assert rows_of(parsed, text) == expected


# R3: a discourse "Yet," opening the sentence does not make "continued to argue" into "has yet to argue".
def test_discourse_yet_keeps_the_claim(parsed) -> None:
    text = "Yet, critics have continued to argue that the plan will fail."
    assert ("critics", "that the plan will fail") in rows_of(parsed, text)


@pytest.mark.parametrize(
    "text", ["The minister has yet to say whether the plan failed.", "The company is yet to offer an explanation."]
)
def test_has_yet_to_says_nothing(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# "but" opposes a verb to the negated one before it: "didn't give a date, but said ..." reports what was said,
# where "didn't suggest ... or declare ..." negates both.
def test_but_said_after_a_negated_verb_reports(parsed) -> None:
    text = (
        "Gwynne Shotwell spoke on Monday. She didn't give a date for crewed missions, but said SpaceX would fly"
        " Starship many times before flying any missions with people on board."
    )
    assert any(t.startswith("SpaceX would fly Starship") for _, t in rows_of(parsed, text))


def test_or_declare_after_a_negated_verb_says_nothing(parsed) -> None:
    assert rows_of(parsed, "He didn't suggest retaliation or declare that the talks were over.") == []
