"""Quotes and claims: a participle after a subordinate clause with its own subject speaks for that subject; a
statement's issuer stays who issued it."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of, rows_of

_SWIFT = (
    "On Monday, Big Machine Records issued a statement that appeared to make it possible for Swift to perform after"
    " Swift publicly scolded her former label, accusing the company of preventing her from performing her earlier"
    " hits. The statement, which was obtained by Variety, claimed that the two companies had come to terms."
)


# 160 articles: the participle hung on "scolded" inside the statement's relative clause went to the sentence's
# subject (Big Machine Records); the clause opened by "after" has a subject of its own, Swift, who accuses.
def test_participle_speaks_for_the_subordinate_subject(parsed) -> None:
    rows = rows_of(parsed, _SWIFT)
    assert ("Swift", "the company of preventing her from performing her earlier hits") in rows
    _, claims = quotes_and_claims_of(parsed, _SWIFT)
    accusing = [c.source for c in claims if c.cue == "accusing"]
    assert accusing and accusing[0] != "Big Machine Records"


# ... while the statement the label issued stays the label's, though Swift now speaks in the same sentence.
def test_statement_stays_its_issuers(parsed) -> None:
    _, claims = quotes_and_claims_of(parsed, _SWIFT)
    assert [c.source for c in claims if c.cue == "claimed"] == ["Big Machine Records"]


# Near misses: a participle at the end of a relative clause whose subject is the relative pronoun speaks for the
# main clause, as before; a speaker who spoke "in a statement" owns "the statement" after it.
def test_participle_after_relative_clause_speaks_for_main_clause(parsed) -> None:
    quotes, _ = quotes_and_claims_of(
        parsed, "Critics defended not paying an architect who said the plan was flawed, saying “it was a waste.”"
    )
    assert [q.speaker_text for q in quotes] == ["Critics"]


def test_statement_of_the_one_who_spoke_in_it(parsed) -> None:
    text = (
        "The council issued a statement on Monday. Mayor John Smith said in a statement on Tuesday that the plan"
        " would pass. The statement added that taxes would rise."
    )
    _, claims = quotes_and_claims_of(parsed, text)
    assert [c.source for c in claims if c.cue == "added"] == ["John Smith"]
