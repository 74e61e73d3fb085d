"""Quotes: words in marks that name a thing (after "so-called", or a noun phrase modifying the noun after it) are no
one's quote, inside a reported clause too."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


# Probe s26 (04): 'Critics say the so-called "consultation" lasted only two weeks' and 'Residents ... say the new
# "traffic calming" scheme has made the roads more dangerous' gave quotes by Critics and Residents.
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            'Critics say the so-called "consultation" lasted only two weeks.',
            'the so-called "consultation" lasted only two weeks',
        ),
        ("The minister said the so-called “reform” would cut costs.", "the so-called “reform” would cut costs"),
        (
            'Residents say the new "traffic calming" scheme has made congestion worse.',
            'the new "traffic calming" scheme has made congestion worse',
        ),
        ("The mayor said the “zero tolerance” approach had worked.", "the “zero tolerance” approach had worked"),
        # review s26 rev3q MED 5: a coined term of two words may open with an adjective
        ('Officials said the "social distancing" rules would end.', 'the "social distancing" rules would end'),
        (
            'The report said "fast fashion" brands were polluting rivers.',
            '"fast fashion" brands were polluting rivers',
        ),
    ],
)
def test_a_term_in_marks_is_no_quote(parsed, text: str, claim: str) -> None:
    quotes, claims = quotes_and_claims_of(parsed, text)
    assert quotes == []
    assert [c.text for c in claims] == [claim]


# Kept as the speaker's words: a judgement, a phrase with its own article, one quoted word, a quote of its own.
@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Trump called it a "very bad" deal.', "very bad"),
        ("Aides called it “an articulated lorry crash” performance.", "an articulated lorry crash"),
        ("The agency said the “short-term” stays made vaccination hard.", "short-term"),
        ("He said the plan was a “disaster” and would be scrapped.", "disaster"),
        ("“We will fight this,” she said.", "We will fight this,"),
        # review s26 rev2q MED 5: a judgement in marks before a noun opens with an adjective
        ('The minister warned of "serious national security" risks.', "serious national security"),
        ('Doctors described "severe supply chain" problems.', "severe supply chain"),
        ('The governor blamed "reckless Washington spending" habits.', "reckless Washington spending"),
        ('Critics called it a "deeply flawed" plan.', "deeply flawed"),
    ],
)
def test_the_speakers_words_stay_quotes(parsed, text: str, quoted: str) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.text for q in quotes] == [quoted]
