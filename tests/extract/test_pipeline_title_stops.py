"""An abbreviated title's full stop ends no sentence: the name after it stays in the sentence (UX probe s30: detail
views ended sentences at "Rt." and "Mr.", and the quotes engine read the name as a sentence of its own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Lawan moved a motion on the deaths of former Speaker of the House of Representatives Rt. Hon. B. U. "
            "Nzeribe and Hon. Funke Adedoyin and asked that all business be suspended.",
            1,
        ),
        ("The vote was delayed, Gov. Greg Abbott said on Monday.", 1),
        ("He met Sen. Paul. Then he left.", 2),  # the sentence after the name still starts
        ("They live on Baker St. The next day they moved.", 2),  # a street's abbreviation ends a sentence
        ('"Get out!" he shouted at the crowd.', 1),  # the quoted stops as before
    ],
)
def test_a_title_abbreviation_keeps_its_name_in_the_sentence(nlp, text: str, sentences: int) -> None:
    assert len(list(nlp(text).sents)) == sentences
