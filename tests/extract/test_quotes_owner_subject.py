"""Quotes: a name that owns the subject of the sentence before ("Mr. Trump's theatrical embrace is not limited to
China. He has ...") is what that sentence is about, and "he" goes on with him, not with a speaker further back."""

from __future__ import annotations

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
    assert sources_of(parsed, text).get("he might leave some partners behind") != "Mr. Trump"
    text = SPEECH + "The tariffs hit Mr. Trump’s voters. He said on Monday that the outlook was improving."
    assert sources_of(parsed, text)["that the outlook was improving"] == "John Williams"
