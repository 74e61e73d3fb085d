"""Quotes and claims: a text that names its own author ("says the letter signed by seven physicians", "the statement
issued by the ministry") speaks for that author, named or not, never for whoever spoke last about such a text."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of, speaker_of

# 160 articles (abd9d6291b6b): '... Luz Contreras Arroyo, a member of the group and signatory to the letter, told NBC
# News. ... “In our professional medical opinion, ...,” says the letter signed by seven physicians.' gave the letter's
# words to Arroyo, one of its seven signers (the latest speaker whose sentence names a letter).
_SIGNERS = (
    "Luz Contreras Arroyo, a member of the group and signatory to the letter, told NBC News that the clinic was"
    " ready.\n\n“In our professional medical opinion, this mortality rate constitutes an emergency,” says the letter"
    " signed by seven physicians."
)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (_SIGNERS, "In our professional", None),
        (
            "Tom Jones said in a letter that the plant would close.\n\n“We owe the town an answer,” says the letter"
            " signed by Jane Roe.",
            "We owe the town",
            "Jane Roe",
        ),
        (
            "Jane Roe said in a statement that talks had stalled.\n\n“No deal is near,” says the statement issued by"
            " the mayor's office.",
            "No deal is near",
            None,
        ),
    ],
)
def test_a_text_speaks_for_its_own_author(parsed, text: str, words: str, expected: str | None) -> None:
    assert speaker_of(parsed, text, words) == expected


# Kept: a text with no author of its own is its issuer's or the latest statement's, as before.
@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Tom Jones said in a letter that the plant would close.\n\n“We owe the town an answer,” the letter said.",
            "We owe the town",
            "Tom Jones",
        ),
        (
            "The Kremlin issued a statement on Monday.\n\n“The budget is balanced,” the statement said.",
            "The budget is balanced",
            "Kremlin",
        ),
    ],
)
def test_a_text_without_its_author_keeps_the_issuer(parsed, text: str, words: str, expected: str) -> None:
    speaker = speaker_of(parsed, text, words)
    assert speaker is not None and expected.lower() in speaker.lower()


# review s25 rev2q MED 7: only a participle of making or putting out a text names its author; one of paying for,
# ordering or obtaining it does not. LOW: every author of a text signed by two.
@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("“The results are clear,” says the study funded by Pfizer.", "The results are clear", ()),
        ("“The bridge is unsafe,” says the report commissioned by Mayor Tom Hill.", "The bridge is unsafe", ()),
        ("“Prices will rise,” says the memo obtained by Reuters.", "Prices will rise", ()),
        (
            "“We need action,” says the letter signed by Dr. Mary Cole and Dr. Paul Shaw.",
            "We need action",
            ("Mary Cole", "Paul Shaw"),
        ),
        ("“The port stays shut,” says the statement released by Maria Lopez.", "The port stays shut", ("Maria Lopez",)),
    ],
)
def test_only_a_maker_of_the_text_is_its_author(parsed, text: str, words: str, expected: tuple[str, ...]) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    hits = [q for q in quotes if words in q.text]
    assert [q.speakers for q in hits] == [expected]
