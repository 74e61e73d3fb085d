"""Quotes: a dash after a place or name that opens an aside in lower case ("Georgia – a former Soviet republic – said",
"Madison — who joined in 2019 — will lead") closes no dateline: the name is the speaker and stays in what is reported
(review s19 r1b MED-8, HIGH-13)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Georgia – a former Soviet republic – said on Monday it would apply to join the bloc.", "Georgia"),
        ("China - the world's second-largest economy - said its exports rose 5% in May.", "China"),
    ],
)
def test_the_name_before_an_aside_speaks(parsed, text: str, source: str) -> None:
    assert [c.source for c in claims_of(parsed, text)] == [source]


def test_the_name_before_an_aside_is_reported(parsed) -> None:
    text = "Madison — who joined in 2019 — will lead the unit, the firm said."
    assert [c.text for c in claims_of(parsed, text)] == ["Madison — who joined in 2019 — will lead the unit"]


# Near misses: real datelines, the story after the dash starting with a capital.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("VIENNA — The house was sold, officials said.", "The house was sold"),
        ("Indianapolis – Several thousand teachers rallied, organizers said.", "Several thousand teachers rallied"),
    ],
)
def test_datelines_stay_out(parsed, text: str, content: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == [content]
