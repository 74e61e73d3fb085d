"""Quotes and claims: after a cue of promising or demanding, a clause of time set off by a comma is the condition of
what was promised or asked for, not the writer's circumstance."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Review s24, finding 8: 9106662 cut any set-off clause of time off an object, so 'The president promised new
# elections, once the fighting ends' gave only 'new elections'.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president promised new elections, once the fighting ends.",
            ("The president", "new elections, once the fighting ends"),
        ),
        (
            "The union demanded a pay freeze, until the company returns to profit.",
            ("The union", "a pay freeze, until the company returns to profit"),
        ),
        (
            "The company promised full refunds, after the investigation is complete.",
            ("The company", "full refunds, after the investigation is complete"),
        ),
    ],
)
def test_condition_of_a_promise_is_kept(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Aviation analysts called it the "end of an era," as the industry\'s symbol of excess was sidelined.',
            ("Aviation analysts", 'it the "end of an era,"'),
        ),
        ("The minister praised the deal, after the talks ended.", ("The minister", "the deal")),
    ],
)
def test_writers_circumstance_still_cut(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# Review s24 round 2, finding 6: a485c12 kept any clause of time after a promise, so 'The mayor promised a full
# inquiry, after the bridge collapsed last week' kept the writer's past circumstance. A condition is in the present.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor promised a full inquiry, after the bridge collapsed last week.", ("The mayor", "a full inquiry")),
        ("The union demanded higher wages, when it met management on Monday.", ("The union", "higher wages")),
        (
            "The union demanded higher wages, when the contract ends.",
            ("The union", "higher wages, when the contract ends"),
        ),
    ],
)
def test_past_circumstance_of_a_promise_is_cut(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
