"""A quote that names, in full, the person its "she said" was taken for is someone else's words about her."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from extract.quotes import extract_quotes


def rows_of(parsed, text: str) -> list[tuple[str, tuple[str, ...]]]:
    doc, rep = parsed(text)
    quotes, claims, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    return [(q.text.strip("“”, "), q.speakers) for q in quotes] + [(c.text.strip("“”, "), c.sources) for c in claims]


@pytest.mark.parametrize(
    "before",
    [
        "Mary Steenburgen wrote the song.",
        # the story's "Steenburgen" is whom the pronoun was taken for
        "That's when the producers learned who had written it: the Mary Steenburgen of it all. Steenburgen had "
        "spent the last few years in Nashville. “It was terrifying,” she said.",
    ],
)
def test_pronoun_speaker_named_in_own_quote(parsed, before):
    text = (
        f"Music news\n\n{before} McDowell still laughs at the memory of hearing his mom sing in the backseat of his "
        "car. “It could have been really easy for Mary Steenburgen to just put her name on something, but she "
        "didn't do that,” she said."
    )
    rows = [r for r in rows_of(parsed, text) if "really easy" in r[0]]
    assert rows and all(speakers == () for _, speakers in rows)


# near misses: another person named in the quote, or a speaker named at the cue, keeps the speaker
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Music news\n\nMary Steenburgen wrote the song in Nashville. “I was working on it with Jessie Buckley "
            "every day,” she said.",
            "Mary Steenburgen",
        ),
        (
            "Music news\n\nMary Steenburgen wrote the song. “It could have been really easy for Mary Steenburgen to "
            "coast,” said Jessie Buckley.",
            "Jessie Buckley",
        ),
    ],
)
def test_quote_naming_someone_else(parsed, text, speaker):
    rows = rows_of(parsed, text)
    assert rows and all(speakers == (speaker,) for _, speakers in rows)
