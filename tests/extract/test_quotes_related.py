"""Quotes: "relate" reports speech with a clause or a quote ("As he related, “...”", "He related that ..."); with a
plain object it is a story told, with "to" a link, and neither is a claim."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of, speaker_of


def test_as_he_related_quote(parsed) -> None:
    text = (
        "Eventually everything turned to normal for John Smith. As he related, “the course of steroids continued "
        "for 12 months. I have thankfully been able to stop them completely.”"
    )
    assert speaker_of(parsed, text, "course of steroids") == "John Smith"


def test_related_that(parsed) -> None:
    _, claims = quotes_and_claims_of(parsed, "John Smith related that the soldiers had fired first.")
    assert [(c.source, c.text) for c in claims] == [("John Smith", "that the soldiers had fired first")]


# Near misses: a link ("related to"), a story told ("related the story of her escape") are no claims.
def test_related_to_and_a_story_are_no_claims(parsed) -> None:
    text = (
        "The questions related to the case were never answered. The issues relate to the budget. "
        "Jane Smith related the story of her escape to reporters."
    )
    quotes, claims = quotes_and_claims_of(parsed, text)
    assert quotes == [] and claims == []
