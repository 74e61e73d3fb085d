"""Quotes and claims: painting someone as something is a judgement in words, like seeing or viewing them as it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, rows_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Barack Obama effectively painted Romney as an out-of-touch rich guy.",
            ("President Barack Obama", "Romney as an out-of-touch rich guy"),
        ),
        (
            "On Monday night, Clinton leaned in heavy and often, painting Trump as a Romney caricature.",
            ("Clinton", "Trump as a Romney caricature"),
        ),
    ],
)
def test_painting_someone_as_is_a_judgement(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c.source_text, c.text) for c in claims_of(parsed, text)]


# Near misses: a brush, not words: "as part of" a drive, a surface or a place ("on a wall in Bristol"), a self-
# portrait, a place painted.
@pytest.mark.parametrize(
    "text",
    [
        "The volunteers painted the school as part of a charity drive.",
        "Banksy painted Trump as a clown on a wall in Bristol.",
        "Rembrandt painted himself as the prodigal son.",
        "The children painted London as a city of rainbows.",
    ],
)
def test_painting_things_is_no_claim(parsed, text: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == []


# R6: a place or an occasion after "painted X as Y" is no brush; a surface on the verb or its "as" phrase is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Republicans painted Clinton as a liar in Ohio.", ("Republicans", "Clinton as a liar in Ohio")),
        (
            "The senator painted his rival as a tool of Wall Street in a speech in Iowa.",
            ("The senator", "his rival as a tool of Wall Street in a speech in Iowa"),
        ),
        ("Students painted the dean as a tyrant.", ("Students", "the dean as a tyrant")),
    ],
)
def test_painted_in_words_despite_place(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


@pytest.mark.parametrize(
    "text",
    ["Protesters painted Putin as a devil on a banner.", "Banksy painted Trump as a clown on a wall in Bristol."],
)
def test_painted_with_a_brush(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []
