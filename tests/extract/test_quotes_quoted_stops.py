"""Sentences and quotes: a quote that ends in "!" or "?" followed by a lower-case word does not end its sentence
('"Get out!" he shouted at the crowd.'): the parser is kept from starting one there (extract.pipeline)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


@pytest.mark.parametrize(
    "text",
    [
        '"Get out!" he shouted at the crowd.',
        '"Why now?" she asked.',
        "\u201cWhy now?\u201d she asked reporters on Monday.",
        '"What a day!" exclaimed Smith, who said he was delighted.',
        "'Who pays?' the mayor asked.",
    ],
)
def test_one_sentence(parsed, text) -> None:
    doc, _ = parsed(text)
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ('"Why now?" Smith asked.', 2),  # a capital may start a sentence: left to the parser
        ('"Stop!" The officer fired a warning shot.', 2),
        ("He asked why. she left.", 2),  # no quote
    ],
)
def test_other_boundaries_untouched(parsed, text, sentences) -> None:
    doc, _ = parsed(text)
    assert len(list(doc.sents)) == sentences


# The cue split off its quote lost the quote ("exclaimed Smith") or the pronoun's speaker from the sentence before.
@pytest.mark.parametrize(
    ("text", "speaker_text", "quote"),
    [
        ('"What a day!" exclaimed Smith, who said he was delighted.', "Smith", "What a day!"),
        (
            'The mayor spoke first. "Who pays?" she asked, before saying the council would decide.',
            "The mayor",
            "Who pays?",
        ),
    ],
)
def test_quote_keeps_its_cue(parsed, text, speaker_text, quote) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [(q.speaker_text, q.text) for q in quotes] == [(speaker_text, quote)]


# Review s27 rev4q LOW-MED 2 and LOW 3: a word with a capital inside (a brand) may start a sentence; a no-break space
# after the mark is a space.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ('Musk replied with a single word: "Wow!" eBay shares rose 3% on the news.', 2),
        ('Fans held signs reading "We want Messi!" iPhones were raised across the stadium.', 2),
        ('"Sold!"\u00a0he shouted as the hammer fell.', 1),
    ],
)
def test_brands_and_spaces(parsed, text, sentences) -> None:
    doc, _ = parsed(text)
    assert len(list(doc.sents)) == sentences


# Review s27 rev4q MED 1: a show or a work named in passing is no quote, however it ends.
@pytest.mark.parametrize(
    "text",
    [
        'The contestant appeared on "Jeopardy!" in 2019 and won three games, her lawyer said.',
        'The actor starred in "Oklahoma!" on Broadway in 1998, his agent said.',
    ],
)
def test_title_ending_in_a_stop_is_no_quote(parsed, text) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert quotes == []
