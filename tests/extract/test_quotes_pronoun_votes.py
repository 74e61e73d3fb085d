"""Quotes and claims: one pronoun does not recast a person whose given name tells the gender. A sentence opening with
"She" after a sentence whose only person is a man would vote him a woman and then resolve to him; the given name's
usual gender holds unless two more pronouns take the person up one way than the other."""

from __future__ import annotations

import pytest

from tests.extract.helpers import first_source_of


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # probe_q 03 (s25 review, HIGH 2): the claim went to Daniel Reyes.
        (
            "Mayor Linda Okafor met police chief Daniel Reyes on Monday. Reyes warned that costs were rising. She said"
            " the city would find the money elsewhere.",
            "find the money",
            "Linda Okafor",
        ),
        (
            "Governor Susan Miller toured the plant with engineer Robert Hale on Friday. Hale said the repairs would"
            " take a month. She said the state would pay for them.",
            "the state would pay",
            "Susan Miller",
        ),
        (
            "Police chief Tom Brady met Mayor Laura Diaz at city hall. Diaz said the budget was tight. He said the"
            " force would cope.",
            "the force would cope",
            "Tom Brady",
        ),
    ],
)
def test_one_pronoun_does_not_recast_a_given_name(parsed, text: str, words: str, expected: str) -> None:
    assert first_source_of(parsed, text, words) == expected


# review s25 rev2q MED 3: a second such pair voted him a woman again (the margin of two was only a count).
def test_a_second_pronoun_pair_does_not_recast_him(parsed) -> None:
    text = (
        "Mayor Linda Okafor met police chief Daniel Reyes on Monday. Reyes warned that costs were rising. She said the"
        " city would find the money elsewhere. Reyes added that overtime had doubled. She said the budget would hold."
    )
    assert first_source_of(parsed, text, "find the money") == "Linda Okafor"
    assert first_source_of(parsed, text, "the budget would hold") == "Linda Okafor"


# Kept: a pronoun still tells the gender of a name whose given name does not ("Dana"), and of the story's only
# person against the given name's usual gender ("Evelyn Waugh": review s25 rev2q MED 3, None after bc82868).
@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Officials met Dana Wells on Monday. Wells toured the site. She said the work was done.",
            "the work was done",
            "Dana Wells",
        ),
        (
            "The novelist Evelyn Waugh wrote the book in 1945. Waugh was living in Sussex. He said the war had changed"
            " him.",
            "the war had changed",
            "Evelyn Waugh",
        ),
        (
            "The singer Jean Dupont opened the show. Dupont thanked the crowd. He said the tour would end in May.",
            "the tour would end",
            "Jean Dupont",
        ),
    ],
)
def test_a_pronoun_still_casts_an_open_given_name(parsed, text: str, words: str, expected: str) -> None:
    assert first_source_of(parsed, text, words) == expected
