"""Quotes: a person the text has just called "she" (a "she said" resolved to her in this sentence or the two before)
is not the "he" of the next attribution, even when the story casts her gender nowhere else."""

from __future__ import annotations

from tests.extract.helpers import speaker_of

TEXT = (
    "The novelist Jo Walton explained them to me. “You’re only seeing the tenth of the iceberg,” she said. "
    "“It makes it dense.” When {p} editors would ask {p} to explain more, {s}’d respond, “I have a horror of "
    "being obvious.”"
)


def test_he_is_not_the_woman_just_called_she(parsed) -> None:
    # (851498a2b9f4: "he'd respond" went to Jo Walton)
    text = TEXT.format(p="his", s="he").replace("ask his", "ask him")
    assert speaker_of(parsed, text, "horror") != "Jo Walton"


# Near miss: "she'd respond" goes on with her.
def test_she_goes_on_with_the_woman(parsed) -> None:
    text = TEXT.format(p="her", s="she")
    assert speaker_of(parsed, text, "horror") == "Jo Walton"
