"""Quotes: two titled people joined by "and" both speak when the parser hangs the second one's title on the first
name as its conjunct ("Brazilian President Luiz Inacio Lula da Silva and South African President Cyril Ramaphosa
said"): before, only the second one spoke."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of


# Review s29 rev1 R10 (MED)
def test_a_title_conjunct_keeps_the_first_speaker(parsed) -> None:
    text = (
        "Brazilian President Luiz Inacio Lula da Silva and South African President Cyril Ramaphosa said the two "
        "countries would expand trade."
    )
    _, claims = quotes_and_claims_of(parsed, text)
    assert [c.sources for c in claims] == [("Luiz Inacio Lula da Silva", "Cyril Ramaphosa")]


def test_a_client_in_a_preposition_does_not_speak(parsed) -> None:
    # (resolver._cut_conjuncts: the lawyer speaks for Walsh; neither name is the speaker, as before)
    text = "A lawyer for union leader Tom Walsh and federation chair Karen Lee said the deal was fair."
    _, claims = quotes_and_claims_of(parsed, text)
    assert [c.sources for c in claims] == [()]
