"""Quotes: a conjunct the parser hung on the cue that cannot be a second act of the speaker (a noun, or a gerund after a
finite or past cue) is more of what was said: "has mentioned refinancing student loans and forcing universities to
spend more", "emphasized economic fairness, and a need to raise the minimum wage"."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Hillary Clinton has mentioned refinancing student loans and forcing universities to spend more from their"
            " endowments.",
            "refinancing student loans and forcing universities to spend more from their endowments",
        ),
        (
            "Clinton emphasized economic fairness, and a need to raise the minimum wage.",
            "economic fairness, and a need to raise the minimum wage",
        ),
    ],
)
def test_an_object_conjunct_is_said(parsed, text: str, content: str) -> None:
    assert [c for _, c in rows_of(parsed, text)] == [content]


# Near misses: a second act of the speaker (a finite verb, or one with its own subject) stays out.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator criticized the bill and voted against it.", "the bill"),
        ("She praised the plan, and then left the room.", "the plan"),
        ("Smith praised the plan, and Jones left the room.", "the plan"),
    ],
)
def test_a_second_act_stays_out(parsed, text: str, content: str) -> None:
    assert [c for _, c in rows_of(parsed, text)][:1] == [content]
