"""Quotes: a participle set off by commas right after a noun, with a to-infinitive ("X, thought to represent Y, ...",
"The governor, asked to comment, said ...") is a reduced passive: what others hold of X or asked of him, no view or
words of X, even when the tagger took the participle for a past tense."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Hilly and mountainous areas, thought to represent exposed portions of the crust, cover 14 percent of the "
            "surface.",
            [],
        ),
        ("The governor, asked to comment, said the plan would pass.", [("The governor", "the plan would pass")]),
    ],
)
def test_reduced_passive_is_no_claim(parsed, text, rows):
    assert rows_of(parsed, text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The governor, however, wanted to comment, and said the plan would pass.",
            [("The governor", "to comment"), ("The governor", "the plan would pass")],
        ),
        ("Smith, known to be cautious, warned that prices would rise.", [("Smith", "that prices would rise")]),
        ("The senator, 65, decided to retire, aides said.", [("aides", "The senator, 65, decided to retire")]),
    ],
)
def test_near_misses_keep_their_rows(parsed, text, rows):
    assert rows_of(parsed, text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The company's chief executive, Tim Cook, pledged to keep prices low, said people familiar with the "
            "matter.",
            [
                ("The company's chief executive, Tim Cook", "to keep prices low"),
                (
                    "people familiar with the matter",
                    "The company's chief executive, Tim Cook, pledged to keep prices low",
                ),
            ],
        ),
        (
            "The agency's director, Jane Doe, promised to review the case, said a spokesman.",
            [
                ("The agency's director, Jane Doe", "to review the case"),
                ("a spokesman", "The agency's director, Jane Doe, promised to review the case"),
            ],
        ),
    ],
)
def test_predicate_before_an_inverted_cue_is_kept(parsed, text, rows):
    # review s22 r1 MED-1: ', said X' after the infinitive is an inverted closing cue, not the sentence's own verb
    assert rows_of(parsed, text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Residents, told to leave, said they would stay.", [("Residents", "they would stay")]),
        (
            "Experts, asked to assess the damage, said it would take years to repair.",
            [("Experts", "it would take years to repair")],
        ),
    ],
)
def test_subject_taken_by_the_aside_speaks(parsed, text, rows):
    # review s22 r1 LOW-2: the parser made the noun the aside's subject and left the cue without one
    assert rows_of(parsed, text) == rows
