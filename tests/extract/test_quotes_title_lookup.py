"""Quotes: the look-up of a speaker by title ("the minister said") reads only the mentions of the office-holders'
names, not every mention since the titled one: with one office-holder among many people, each look-up walked all
the people named since (quadratic in the text: 1.40 s of a 160 KB text, review s20)."""

from __future__ import annotations

import random

import extract.quotes.resolve.resolver as resolver_mod
from tests.extract.helpers import quotes_and_claims_of

_FIRST = ["Anna", "Ben", "Carla", "David", "Elena", "Frank", "Grace", "Hugo", "Ines", "Jakob", "Kate", "Liam"]
_LAST = ["Novak", "Ortiz", "Petrov", "Quinn", "Rossi", "Silva", "Tanaka", "Ulrich", "Varga", "Weber", "Young", "Zhou"]


def _many_people(n: int) -> str:
    rnd = random.Random(1)
    parts = ["Finance Minister Maria Keller presented the budget on Monday."]
    for _ in range(n):
        parts.append(
            f"{rnd.choice(_FIRST)} {rnd.choice(_LAST)} of the chamber of commerce met {rnd.choice(_FIRST)} "
            f"{rnd.choice(_LAST)} on Tuesday."
        )
        parts.append("\u201cThe budget will help growth,\u201d the minister said.")
    return "\n\n".join(parts)


def test_one_office_holder_among_many_people_is_linear(parsed, monkeypatch):
    calls = [0]
    real = resolver_mod._Resolver.full_name

    def counted(self, m):
        calls[0] += 1
        return real(self, m)

    monkeypatch.setattr(resolver_mod._Resolver, "full_name", counted)
    n = 100
    quotes, _ = quotes_and_claims_of(parsed, _many_people(n))
    assert len(quotes) == n
    assert {q.speaker for q in quotes} == {"Maria Keller"}
    assert calls[0] < 6 * n  # was 8,436 for n = 100 (every look-up named each person since the minister)


# Near miss (the rule the look-up keeps): of two holders, the one the text went on about since the nearest titled one.
def test_the_holder_the_text_went_on_about(parsed):
    text = (
        "Gov. Eric Holcomb spoke on Monday. Kentucky Gov. Matt Bevin spoke on Tuesday.\n\n"
        "Teachers didn't see Holcomb at the Statehouse.\n\n"
        "\u201cWe will raise pay,\u201d the governor said."
    )
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.speaker for q in quotes] == ["Eric Holcomb"]
