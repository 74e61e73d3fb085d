"""Quotes: "the latter" / "the former" as a speaker is the last / the first of the two people named just before
(in its sentence or the two before it, outside quotes); with fewer than two named there it stays as written."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


# Brief s30 known error: 'The latter said'
def test_the_former_is_the_first_of_the_two(parsed) -> None:
    text = "Mayor Ann Smith and Governor Tom Jones met on Friday. The former said the talks went well."
    _, claims = quotes_and_claims_of(parsed, text)
    assert [(c.source, c.source_text) for c in claims] == [("Ann Smith", "The former")]


def test_the_latter_is_the_last_of_the_two(parsed) -> None:
    text = "Mayor Ann Smith and Governor Tom Jones met on Friday. \u201cIt went well,\u201d the latter said."
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [(q.speaker, q.speaker_text) for q in quotes] == [("Tom Jones", "the latter")]


def test_the_latter_after_an_object(parsed) -> None:
    text = "Coach Ange Postecoglou praised Son Heung-min. The latter said he was happy to stay."
    _, claims = quotes_and_claims_of(parsed, text)
    assert [(c.source, c.source_text) for c in claims if c.cue == "said"] == [("Son Heung-min", "The latter")]


def test_one_person_named_is_no_pair(parsed) -> None:
    _, claims = quotes_and_claims_of(parsed, "Mayor Ann Smith spoke on Friday. The former said the talks went well.")
    assert [(c.source, c.source_text) for c in claims] == [(None, "The former")]


@pytest.mark.parametrize(
    "text",
    [
        # review s30 revA-R18: a third person or a body named there leaves the pair unknown
        "Senators Ann Smith and Tom Jones criticised Google. The latter said it would appeal the ruling.",
        "Mayor Ann Smith and Governor Tom Jones met on Friday with aides to President Joe Biden. The former said the "
        "talks went well.",
        "Ann Smith, Tom Jones and Bob Lee met on Friday. The former said the talks went well.",
    ],
)
def test_a_third_name_leaves_the_pair_unknown(parsed, text: str) -> None:
    _, claims = quotes_and_claims_of(parsed, text)
    assert [c.source for c in claims if c.source_text in ("The former", "The latter")] == [None]
