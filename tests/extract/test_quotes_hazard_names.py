"""Quotes: a storm or a variant the story names ("Storm Milton", "Typhoon Haiyan", "the Omicron variant") is a
thing, even where the actors took the name for a person: it is never the "he" of a quote. A person whose given name
is a storm word ("Storm Reid") still is, in a story with no weather in it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


# Brief s30 known error: a storm or variant name ('Milton', 'Omicron') taking 'he' as a pronoun speaker
@pytest.mark.parametrize(
    "text",
    [
        "Storm Milton slams Florida\n\nMilton made landfall near Siesta Key on Wednesday night. The storm knocked "
        "out power to millions.\n\n\u201cWe have never seen anything like this,\u201d he said.",
        "Typhoon Haiyan hit the Philippines. Haiyan killed thousands. \u201cIt was terrible,\u201d he said.",
        "The Omicron variant spread fast. Omicron reached every state. \u201cWe are worried,\u201d he said.",
    ],
)
def test_a_storm_or_a_variant_is_never_he(parsed, text: str) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [(q.speaker, q.speaker_text) for q in quotes] == [(None, "he")]


def test_a_person_named_storm_still_speaks(parsed) -> None:
    quotes, _ = quotes_and_claims_of(
        parsed, "Storm Reid stars in the new film. \u201cI loved every minute,\u201d she said."
    )
    assert [q.speaker for q in quotes] == ["Storm Reid"]
