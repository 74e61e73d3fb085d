"""Actors: a sentence-opening surname of a person named in full, the subject of a verb ("Trump thanked God"), is
that person, though the word is an everyday one."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def people(parsed, text: str) -> dict[str, int]:
    doc, rep = parsed(text)
    found, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name: a.mentions for a in found if a.kind == "person"}


@pytest.mark.parametrize(
    "text",
    [
        "President Donald Trump spoke on Monday. Trump thanked God after the verdict.",
        "President Donald Trump spoke on Monday. Trump signed the order.",
    ],
)
def test_a_surname_opening_a_sentence_as_a_subject_counts(parsed, text: str) -> None:
    assert people(parsed, text)["Donald Trump"] == 2


def test_a_surname_word_modifying_a_noun_does_not(parsed) -> None:
    assert people(parsed, "Taylor Swift announced an album. Swift action followed from the label.") == {
        "Taylor Swift": 1
    }


def test_a_pronoun_that_is_a_surname_too_is_no_mention(parsed) -> None:
    found = people(
        parsed,
        "The president announced the deal during a meeting in the Oval Office with Liu He, China's top trade "
        "negotiator. He thanked the president for his time.",
    )
    assert found.get("Liu He", 1) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Review s29 rev1 RA1: weather and markets, whose verbs things do.
        (
            "Former Channel 4 presenter Jon Snow was among the guests at the launch. Snow fell across northern England "
            "overnight, closing roads.",
            "Jon Snow",
        ),
        (
            "Economist Nate Silver said the polls were too close to call. Silver fell 2 percent on Friday as the "
            "dollar rose.",
            "Nate Silver",
        ),
    ],
)
def test_a_surname_word_as_the_subject_of_a_verb_things_do_does_not(parsed, text: str, name: str) -> None:
    assert people(parsed, text)[name] == 1
