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


# A charge, blame or warning aimed at a pronoun, or a second object, is what was said.
@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Democrats accused him of obstruction of justice.", ("Democrats", "him of obstruction of justice")),
        ("Smith criticized her for her handling of the crisis.", ("Smith", "her for her handling of the crisis")),
        ("The report blamed them for the crash.", ("The report", "them for the crash")),
        ("He promised them a raise.", ("He", "them a raise")),
    ],
)
def test_charge_aimed_at_a_pronoun_stays(parsed, text: str, row: tuple[str, str]) -> None:
    assert row in rows_of(parsed, text)


# Near miss: where or how the words were given is still no claim.
@pytest.mark.parametrize("text", ["Smith denied it in a statement.", "Smith explained them in detail."])
def test_pronoun_with_where_or_how_is_no_claim(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# A speech act the speaker reports, with its object, is what was said ("he wrote it", an admission).
@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Asked who wrote the memo, Smith said he wrote it.", ("Smith", "he wrote it")),
        ("Did the CEO inform the regulators? Smith said she told them.", ("Smith", "she told them")),
        ("Smith testified he said it.", ("Smith", "he said it")),
    ],
)
def test_reported_speech_act_with_object_stays(parsed, text: str, row: tuple[str, str]) -> None:
    assert row in rows_of(parsed, text)
