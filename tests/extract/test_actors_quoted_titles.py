"""Actors: a name that is a part of a title in quote marks, all of whose words are capitalised but articles,
conjunctions and short prepositions, is a song's, a film's or a poem's, no actor there ("their single “Takin’ It to
the Streets”", "the “Melvin and Howard” star"); the same name elsewhere in the document stays, as does a name between
one quotation's end and the next one's start."""

from __future__ import annotations

import pytest

from tests.extract.helpers import names_of


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "The band performed a surprise version of their single “Takin’ It to the Streets,” the title track.",
            ("Takin", "Streets"),
        ),
        ('After hitting "Takin\' It To the Streets," the singer thanked the crowd.', ("Takin", "Streets")),
        ("Years ago, when the “Melvin and Howard” star woke up after a minor surgery, she was changed.", ("Howard",)),
        ('His poem "Winter Solstice, Camelot Station," went on to win the World Fantasy Award.', ("Camelot",)),
    ],
)
def test_a_name_inside_a_quoted_title_is_no_actor(parsed, text: str, gone: tuple[str, ...]) -> None:
    names = names_of(parsed, text)
    assert not any(g in n for g in gone for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Speech, and the name between two quotations.
        ("“We will win,” Donald Trump said. “The Democrats are wrong.”", "Donald Trump"),
        # The same name outside the title.
        ("Reuters ran the story “Trump Signs Hong Kong Bill” on Friday. President Trump said he was pleased.", "Trump"),
    ],
)
def test_a_name_outside_a_title_stays(parsed, text: str, name: str) -> None:
    names = names_of(parsed, text)
    assert any(name in n for n in names), names
