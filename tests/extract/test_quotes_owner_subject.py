"""Quotes: a name that owns the subject of the sentence before ("Mr. Trump's theatrical embrace is not limited to
China. He has ...") is what that sentence is about, and "he" goes on with him, not with a speaker further back."""

from __future__ import annotations

import pytest

from tests.extract.helpers import sources_of

SPEECH = (
    "“It’s striking that geopolitical tensions are threatening growth,” John Williams, the president of the Federal"
    " Reserve Bank of New York, said in a speech last week.\n\n"
)


def test_he_goes_on_with_the_owner_of_the_subject(parsed) -> None:
    text = SPEECH + (
        "Mr. Trump’s theatrical embrace is not limited to China. He has injected similar drama into trade talks,"
        " suggesting he might leave some trading partners behind."
    )
    assert sources_of(parsed, text)["he might leave some trading partners behind"] == "Mr. Trump"


# Near misses: a person the name owns is who the sentence is about; an owner of no subject is no topic.
def test_an_owned_person_or_an_object_owner_is_not_taken(parsed) -> None:
    text = SPEECH + (
        "Mr. Trump’s lawyer is not worried. He has said the charges would fail, saying he might leave some partners"
        " behind."
    )
    # "He" is the lawyer, whom the story does not name (review s19 r1 MED-3): neither the owner nor the speaker before.
    assert sources_of(parsed, text)["he might leave some partners behind"] is None
    assert sources_of(parsed, text)["the charges would fail"] is None
    text = SPEECH + "The tariffs hit Mr. Trump’s voters. He said on Monday that the outlook was improving."
    assert sources_of(parsed, text)["that the outlook was improving"] == "John Williams"


def test_a_nearer_subject_beats_the_owner(parsed) -> None:
    # review s19 r1 LOW-4: "Mr. Williams" is the subject of a clause between the owner and the pronoun.
    text = SPEECH + (
        "Mr. Trump’s embrace of tariffs is not new, and Mr. Williams disagreed. He said the economy was booming."
    )
    assert sources_of(parsed, text)["the economy was booming"] == "John Williams"


def test_a_person_of_the_other_gender_leaves_the_name(parsed) -> None:
    text = "John Smith was arrested on Monday. Mr. Smith's wife was at home. He said the charges were false."
    assert sources_of(parsed, text)["the charges were false"] in ("John Smith", "Mr. Smith")


# review s19 r1a HIGH-5: a head named by its country's or company's title is the person named before.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Emmanuel Macron met Olaf Scholz on Monday in Berlin.\n\nFrance's president was in a good mood. He said the"
            " talks had gone well.",
            "Emmanuel Macron",
        ),
        (
            "Tim Cook spoke at the launch on Tuesday.\n\nApple's chief executive was upbeat. He said demand was"
            " strong.",
            "Tim Cook",
        ),
        (
            "Jeff Bezos spoke on Monday.\n\nAmazon's founder was not worried. He said the company would grow.",
            "Jeff Bezos",
        ),
    ],
)
def test_a_title_owned_by_a_body_is_the_named_head(parsed, text: str, speaker: str) -> None:
    assert list(sources_of(parsed, text).values())[-1] == speaker


# review s19 r2c HIGH-1: a person's attorney, spokesman or adviser is another person, whom the story does not name.
@pytest.mark.parametrize("noun", ["attorney", "spokesman", "adviser", "lawyer"])
def test_a_persons_aide_is_not_the_person(parsed, noun: str) -> None:
    text = (
        f"John Smith was arrested on Monday. Mr. Smith's {noun} was not worried. He said the charges would be dropped."
    )
    assert sources_of(parsed, text)["the charges would be dropped"] is None
