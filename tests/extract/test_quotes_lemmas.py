"""Quotes and claims read the lemmas the pipeline has: it runs no lemmatizer, so ``Token.lemma_`` is empty for verbs
("demanded") and the attribute ruler gives "be" only for the inflected forms ("is", "was", "been"), not for "be"
itself. A mandative cue is known by the cue tables' lemma; "be" by its form."""

from __future__ import annotations

import pytest

from extract.quotes.lexicon import _is_be
from tests.extract.helpers import claims_of


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # content._subject_as_object read ``cue.lemma_ in _MANDATIVE``, always false: the bare clause's subject,
        # which the parser made the cue's object, was left out ("sign the deal by Friday").
        (
            "The group demands each member sign the deal by Friday.",
            "sign the deal",
            "each member sign the deal by Friday",
        ),
        (
            "The panel recommended his staff sign the contract by June.",
            "sign the contract",
            "his staff sign the contract by June",
        ),
    ],
)
def test_a_mandative_clause_keeps_its_subject(parsed, text: str, words: str, expected: str) -> None:
    assert [c.text for c in claims_of(parsed, text) if words in c.text] == [expected]


def test_a_relative_after_will_be_speaks_for_the_subject(parsed) -> None:
    # relatives._predicated read ``lemma_ != "be"``: "will be a candidate who has pledged" gave "a candidate".
    rows = [(c.source, c.text) for c in claims_of(parsed, "Smith will be a candidate who has pledged to cut taxes.")]
    assert rows == [("Smith", "to cut taxes")]


def test_forms_of_be(nlp) -> None:
    # (review s25 rev2q LOW 9: "Jones's a lawyer" tags the 's POS, so the old check could not fail)
    doc = nlp("He is here, was there, will be back and has been away. It's a lawyer's job.")
    assert [(t.text, t.tag_) for t in doc if _is_be(t)] == [
        ("is", "VBZ"),
        ("was", "VBD"),
        ("be", "VB"),
        ("been", "VBN"),
        ("'s", "VBZ"),
    ]
