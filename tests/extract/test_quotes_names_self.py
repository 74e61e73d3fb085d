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


# A speaker who gives her own name ("My name is ...", "I'm ...", "This is ...") names herself, not someone else.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dozens of residents spoke against the plan at Tuesday's council meeting. Maria Lopez, a retired teacher, "
            "was the first to speak. “My name is Maria Lopez, and I have lived on Elm Street for 30 years,” she said.",
            "Maria Lopez",
        ),
        (
            "Public comment ran past midnight. Tom Reyes, 67, was among the last to speak. “I'm Tom Reyes, and I've "
            "run the hardware store on Main Street for 40 years,” he said.",
            "Tom Reyes",
        ),
        (
            "Public comment ran past midnight. Tom Reyes, 67, was among the last to speak. “This is Tom Reyes calling "
            "from the hardware store,” he said.",
            "Tom Reyes",
        ),
    ],
)
def test_speaker_naming_herself(parsed, text, speaker):
    rows = rows_of(parsed, f"Local news\n\n{text}")
    assert rows and all(speakers == (speaker,) for _, speakers in rows)


# near miss: a quote about the person in the third person, with no self-naming words, still loses the speaker
def test_quote_about_the_speaker_still_unnamed(parsed):
    text = (
        "Local news\n\nCoach Andy Reid praised his quarterback after the game. Patrick Mahomes threw for 300 yards. "
        "“Patrick Mahomes is the best player in the league,” he said."
    )
    rows = [r for r in rows_of(parsed, text) if "best player" in r[0]]
    assert rows and all(speakers == () for _, speakers in rows)


# "This is <Name>'s X" is the stock attack line about someone, not the speaker giving her name (review r3 H2).
@pytest.mark.parametrize(
    "text",
    [
        "Democrats blamed Speaker Mike Johnson for the shutdown on Tuesday. “This is Mike Johnson’s shutdown,” he "
        "said. “He owns it.”",
        "Gov. Gretchen Whitmer said on Monday that the budget was balanced. Her predecessor criticized the plan. "
        "“This is Gretchen Whitmer's budget, not mine,” he said.",
    ],
)
def test_this_is_names_possessive_is_about_someone(parsed, text):
    rows = [r for r in rows_of(parsed, f"Local news\n\n{text}") if "This is" in r[0]]
    assert rows and all(speakers == () for _, speakers in rows)
