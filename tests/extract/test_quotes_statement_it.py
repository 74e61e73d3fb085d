"""Quotes: '“...,” it says.' after "they've put out another statement" is the statement, which speaks for whoever
the text last called "they" when they spoke ("“...,” they said in a statement on their website"): the quote and
its unmarked continuation paragraph are theirs, not left without a row."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of

STORY = (
    "Acme Records has denied doing anything wrong.\n\n"
    "“At no point did we block her tour,” they said in a statement on their website last Friday.\n\n"
    "{middle}\n\n"
    "“We have agreed to grant all licenses of our artists' performances to stream after the show,” it says.\n\n"
    "“It should be noted that artists do not need label approval for live performances on television.”"
)


def speakers(parsed, text: str) -> dict[str, str | None]:
    quotes, _ = quotes_and_claims_of(parsed, text)
    return {q.text.split()[0] + " " + q.text.split()[1]: q.speaker for q in quotes}


def test_it_says_after_they_put_out_a_statement(parsed) -> None:
    text = STORY.format(middle="Now they've put out another statement, directly to the organisers of the awards.")
    found = speakers(parsed, text)
    assert found.get("We have") == "Acme Records"
    assert found.get("It should") == "Acme Records"


# Near miss: "they" did something else than issue a text; "it" is not their statement and names nobody.
def test_it_says_after_they_did_something_else(parsed) -> None:
    text = STORY.format(middle="Now they've hired another lawyer, a veteran of the music business in Nashville.")
    found = speakers(parsed, text)
    assert found.get("We have") is None


# Near misses (review s18 HIGH-1): a letter they received or read is someone else's; "it" is not theirs.
def test_it_says_after_they_received_or_read_a_letter(parsed) -> None:
    for middle in (
        "On Monday they received a letter from the singer's lawyers.",
        "On Monday they read the singer's open letter to her fans.",
    ):
        found = speakers(parsed, STORY.format(middle=middle))
        assert found.get("We have") is None


# Review s18 HIGH-2: a text they publish or share that is someone else's is not theirs.
def test_it_says_after_they_published_anothers_letter(parsed) -> None:
    for middle in (
        "On Monday they published the singer's open letter on their website.",
        "On Monday they shared a letter written by the singer's lawyers.",
        "On Monday they released a statement by the singer's lawyers.",
    ):
        found = speakers(parsed, STORY.format(middle=middle))
        assert found.get("We have") is None, middle


# Review s18 MED-5: any verb of issuing their own text keeps the rows.
def test_it_says_after_they_emailed_or_filed_their_statement(parsed) -> None:
    for middle in (
        "On Monday they emailed a statement to reporters.",
        "On Monday they filed a statement with the court.",
        "On Monday they issued a second statement from their chief executive.",
    ):
        found = speakers(parsed, STORY.format(middle=middle))
        assert found.get("We have") == "Acme Records", middle


# Review s18 HIGH-4: a text they react to or pass on, or one from someone else's people, is not theirs.
def test_it_says_after_they_reacted_to_a_text(parsed) -> None:
    for middle in (
        "On Monday they disputed the letter.",
        "On Monday they welcomed the statement.",
        "On Monday they quoted a letter.",
        "On Monday they shared a letter from her lawyers.",
    ):
        found = speakers(parsed, STORY.format(middle=middle))
        assert found.get("We have") is None, middle
