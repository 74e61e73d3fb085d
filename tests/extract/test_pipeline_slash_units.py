"""A one-letter unit after a slash keeps no full stop: "110 km/h." ends its sentence (figures probe s28 F14).

spaCy splits "km/h." at the slash and then reads "h." as an abbreviation from its exceptions, so the sentence ran on
into the next one: its first figure was about 'h. Temperatures'.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

ENDS = [
    ("Gusts reached 110 km/h. Temperatures will drop to minus 15 degrees.", "Temperatures will drop"),
    ("The probe moved at 3 m/s. Then it stopped for an hour.", "Then it stopped"),
    ("The plant burned 5 kg/h. Engineers said the rate was too high.", "Engineers said"),
]


@pytest.mark.parametrize(("text", "second"), ENDS)
def test_a_slash_unit_closing_a_sentence_ends_it(nlp, text: str, second: str) -> None:
    sents = [s.text for s in nlp(text).sents]
    assert len(sents) == 2
    assert sents[1].startswith(second)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. J. Smith said the road was closed.",
        "The limit is 50 km/h on the ring road.",
        "The shop is open 24/7. Staff said so.",
        "He wrote and/or. Then he left.",
        # an initial after a slash (review s28 rev1 R3)
        "Senator Chuck Schumer speaks to reporters. (AP Photo/J. Scott Applewhite)",
        "Protesters gather in the capital. (Reuters/J. Smith) Police said 40 people were held.",
        "The firm, run by Smith/J. Doe Partners, declined to comment.",
    ],
)
def test_other_tokens_are_as_spacy_makes_them(nlp, text: str) -> None:
    from extract.pipeline import SLASH_UNIT_STOPS

    with nlp.select_pipes(disable=[SLASH_UNIT_STOPS]):
        stock = [t.text for t in nlp(text)]
    assert [t.text for t in nlp(text)] == stock


def test_the_next_sentences_figure_is_about_its_own_words(parsed) -> None:
    figs = figures_of(parsed, "Gusts reached 110 km/h. Temperatures will drop to minus 15 degrees.")
    assert one_of(figs, -15).about == "Temperatures"
