"""Speakers: a bare "a spokesman" right after an organisation spoke speaks for it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import speaker_of


# Probe s26 (53, LOW 13): '... said it was reviewing its options. "No decisions have been made," a spokesman said'
# gave no speaker after the company had just spoken.
@pytest.mark.parametrize(
    "text",
    [
        'Acme Steel said it was reviewing its options. "No decisions have been made," a spokesman said.',
        'Acme Steel announced 300 job cuts on Monday. "This was a difficult decision," a spokeswoman said.',
    ],
)
def test_a_bare_spokesman_speaks_for_the_body_that_just_spoke(parsed, text: str) -> None:
    assert speaker_of(parsed, text, text.split('"')[1][:8]) == "Acme Steel"


# Nobody rather than a wrong body: another body's spokesman, another body named since, a person who spoke before.
@pytest.mark.parametrize(
    "text",
    [
        'Acme Steel said it was reviewing its options. "No decisions have been made," a police spokesman said.',
        'Acme Steel said it was reviewing its options. "Nothing is agreed," a spokesman for the union said.',
        'Acme Steel said it was reviewing its options. The union disagreed. "Nothing is agreed," a spokesman said.',
        'Tom Hale said he was reviewing his options. "No decisions have been made," a spokesman said.',
    ],
)
def test_no_body_for_the_spokesman(parsed, text: str) -> None:
    assert speaker_of(parsed, text, text.split('"')[1][:8]) is None
