"""Quotes: '“...,” the statement said.' after '..., the US military said in a statement' is shown with what the
text called the statement's issuer ('the US military') when no actor stands for it, not as 'the statement'; a
pronoun ('He said in a statement') or a common noun ('The company ... in a statement') names no one and the row
keeps 'the statement'."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of

QUOTE = "“The cause of the crash is under investigation,” the statement said."


def said_of(parsed, text: str) -> str | None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    hits = [q for q in quotes if "cause of the crash" in q.text]
    assert len(hits) == 1, quotes
    return hits[0].speaker_text


def test_the_statement_is_shown_as_its_issuer(parsed) -> None:
    text = (
        "Two United States service members have been killed in a helicopter crash in Afghanistan, the US military "
        f"said in a statement on Wednesday.\n\n{QUOTE}"
    )
    assert said_of(parsed, text) == "the US military"


# Near misses: an issuer named by a pronoun or a common noun is no better than "the statement".
@pytest.mark.parametrize(
    "lead",
    [
        "He said in a statement on Wednesday that two service members had been killed.",
        "The company flatly denied the allegations in a statement shared on its website.",
    ],
)
def test_an_issuer_named_by_no_name_leaves_the_statement(parsed, lead: str) -> None:
    assert said_of(parsed, f"{lead}\n\n{QUOTE}") == "the statement"


# Near miss (review s18 MED-3): "memorial" is no memo; the memo's issuer is not named.
def test_a_word_inside_another_names_no_text(parsed) -> None:
    text = (
        "Two service members were honored on Wednesday, the US military said at a memorial service at Bagram Air "
        "Field.\n\n“Both soldiers had been warned twice about the route,” the memo said."
    )
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.speaker_text for q in quotes] == ["the memo"]
