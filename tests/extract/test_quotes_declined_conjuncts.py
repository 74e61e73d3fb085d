"""Quotes and claims: a bare verb joined to a declined infinitive is declined too; advising someone is a job."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# polnear_dev: 'the president declined to threaten Moscow or even directly declare it responsible' gave 'declare: it
# responsible' (the parser joined "declare" to "declined"); '... yet refuses to release his tax records or explain how
# his wife became a citizen' gave 'explain: how his wife became a citizen'; 'a newly created role as state counselor,
# in which she advises President Htin Kyaw' gave her the claim 'President Htin Kyaw'.
@pytest.mark.parametrize(
    "text",
    [
        "This week, the president declined to threaten Moscow or even directly declare it responsible.",
        "The senator refused to endorse Trump or say whether he would vote.",
        "She has assumed a newly created role as state counselor, in which she advises President Htin Kyaw.",
    ],
)
def test_nothing_said(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# Near misses: a finite verb after a declined infinitive says something; advising someone to act or that something
# is so is advice given.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor declined to comment and said the city would respond later.",
            ("The mayor", "the city would respond later"),
        ),
        ("He declined to comment but says the plan is sound.", ("He", "the plan is sound")),
        ("Doctors advised patients to stay indoors.", ("Doctors", "patients to stay indoors")),
        ("He advised the president that the plan would fail.", ("He", "that the plan would fail")),
    ],
)
def test_said_after_all(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
