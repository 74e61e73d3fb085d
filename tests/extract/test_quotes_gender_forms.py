"""Quotes: the gender a story gives a person is counted also where the tagger took the surname alone for an
organisation ("Ford" beside "Mike Ford", "Assange" beside "Julian Assange"), so that a "she" does not go to him."""

from __future__ import annotations

from dataclasses import replace

from extract.actors import extract_mentions
from extract.quotes import extract_quotes

FORD = (
    "Mike Ford wrote eleven novels. Ford was born in Michigan. He never married. Ford worked at Tor for years. "
    "He wrote poems for friends.\n\nWhen I got word that a deal had been struck, I immediately thought of Elise "
    "Matthesen. Lacking the rights to Mike Ford\u2019s work, how would {p} feel about all of this?\n\n"
    "\u201cI don\u2019t even have words,\u201d {p} replied in an email.\n"
)

ASSANGE = (
    "Sweden has dropped its investigation into a 2010 rape allegation against WikiLeaks co-founder Julian Assange.\n\n"
    "\u201cThe evidence is not strong enough to form the basis for filing an indictment,\u201d Sweden\u2019s deputy "
    "director of public prosecutions, Eva-Marie Persson, said on Tuesday.\n\n"
    "Persson explained that the evidence had weakened because a long time had passed.\n\n"
    "She added that an appeal could be made to the office of Sweden\u2019s attorney general.\n\n"
    "Assange is battling extradition to the United States. He had been facing the rape charge in Sweden since 2010.\n\n"
    "Assange has denied both allegations. He said they were politically motivated.\n"
)


def speakers(parsed, text: str, as_org: set[str]) -> dict[str, str | None]:
    """The speakers of the claims of ``text``, with the mentions named in ``as_org`` tagged as organisations (as
    the tagger does with surnames that are also companies' names)."""
    doc, rep = parsed(text)
    mentions = [replace(m, kind="organization") if m.name in as_org else m for m in extract_mentions(doc, rep, "t")]
    _, claims, _ = extract_quotes(doc, rep, "t", mentions)
    return {c.text: c.source for c in claims}


def test_she_is_not_the_man_whose_surname_was_tagged_a_company(parsed):
    assert list(speakers(parsed, FORD.format(p="she"), {"Ford"}).values()) == ["Elise Matthesen"]


def test_she_is_not_the_man_named_before(parsed):
    found = speakers(parsed, ASSANGE, {"Assange", "Eva-Marie Persson", "Persson"})
    assert found["that an appeal could be made to the office of Sweden\u2019s attorney general"] != "Julian Assange"
    # near miss: what he said stays his
    assert found["they were politically motivated"] in ("Assange", "Julian Assange")
