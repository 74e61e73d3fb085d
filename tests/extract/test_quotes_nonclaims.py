"""Quotes and claims: a cue whose object is only a pronoun ("explained them to me") reports no claim."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# The pronoun stands for words said elsewhere or for a person; the row would show the reader nothing claimed.
@pytest.mark.parametrize(
    "text",
    [
        "These are the passages I came to call icebergs, after the novelist Jo Walton explained them to me.",
        "The Klingon Empire had decided it, which was how John Ford described it to friends.",
    ],
)
def test_pronoun_object_is_no_claim(parsed, text: str) -> None:
    assert [row for row in rows_of(parsed, text) if row[1].split()[0] in ("them", "it")] == []


# Near misses: a clause after the pronoun, a characterisation of it, or a name for it is what was said.
@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Jo Walton explained it was too hard for readers.", ("Jo Walton", "it was too hard for readers")),
        ("The minister described it as a disaster.", ("The minister", "it as a disaster")),
        ("Critics would call them messianic impulses.", ("Critics", "them messianic impulses")),
    ],
)
def test_pronoun_with_what_was_said_stays(parsed, text: str, row: tuple[str, str]) -> None:
    assert row in rows_of(parsed, text)


# A pronoun and "said" with nothing reported ("He said, she said", a heading) is no claim.
def test_bare_cue_is_no_claim(parsed) -> None:
    text = "He said, she said\n\nThe singer took to Twitter to air her grievances with the label."
    assert [row for row in rows_of(parsed, text) if row[1] in ("He said", "she said")] == []


# Near miss: a pronoun and a verb that is itself what was said ("she agreed") is a claim.
def test_reported_agreement_stays(parsed) -> None:
    assert ("Smith", "she agreed") in rows_of(parsed, "Smith said she agreed.")
