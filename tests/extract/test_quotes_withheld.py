"""Quotes: a speech verb after a noun that withholds it ("His refusal to say which side he would be on", "her
failure to explain the payments") reports nothing said; the refusal is nobody's claim of 'say'."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


@pytest.mark.parametrize(
    "text",
    [
        "Corbyn is a stolid socialist. His refusal to say which side he would be on in a Brexit referendum was met"
        " with hoots of laughter.",
        "The mayor faced questions on Monday. Her failure to explain where the money went angered the council.",
        "His reluctance to say whether he would run again puzzled his allies.",
        # review s19 r1 LOW-6: plurals too
        "Their failures to say where the money went angered the council.",
    ],
)
def test_a_withheld_report_says_nothing(parsed, text: str) -> None:
    cues = [c.cue for c in claims_of(parsed, text)]
    assert not any(c in ("say", "explain") for c in cues), cues


# Near misses: the speech verb with a speaker of its own, and a report beside the refusal.
def test_what_is_said_beside_a_refusal_stays(parsed) -> None:
    text = "John Smith spoke on Monday. His refusal angered voters, Smith said."
    assert [(c.source, c.cue, c.text) for c in claims_of(parsed, text)] == [
        ("John Smith", "said", "His refusal angered voters")
    ]
    rows = [(c.cue, c.text) for c in claims_of(parsed, "Smith said his refusal was a matter of principle.")]
    assert rows == [("said", "his refusal was a matter of principle")]
    # A refusal by a verb keeps the row it had: a stance PolNeAR annotates ("refused to say which side he backed").
    rows = [(c.cue, c.text) for c in claims_of(parsed, "Smith refused to say which side he backed.")]
    assert rows == [("refused", "to say which side he backed")]
