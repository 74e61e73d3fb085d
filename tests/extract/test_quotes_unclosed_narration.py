"""Quotes and claims: a quote mark that is never closed (nor re-opened in the next paragraph) ends before a sentence
in its paragraph that is plainly the writer's narration: a speaker reported in the third person ("He added that ..."),
or the statement just quoted told of ("The statement was delivered ..."). Otherwise it keeps its paragraph."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of, rows_of


# Probe s27 class 2 (2 of 2, common in machine-translated copy): the open quote ran over the next sentence and took
# its claim with it.
@pytest.mark.parametrize(
    ("text", "quote", "claim"),
    [
        (
            'The spokesman said, "the government is ready to talk with all parties. He added that no date had been '
            "set.",
            "the government is ready to talk with all parties.",
            ("The spokesman", "that no date had been set"),
        ),
        (
            'The coach said, "we played well and we will be back. She said the team would train on Monday.',
            "we played well and we will be back.",
            ("The coach", "the team would train on Monday"),
        ),
    ],
)
def test_unclosed_quote_ends_before_a_reported_speaker(parsed, text, quote, claim) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.text for q in quotes] == [quote]
    assert claim in rows_of(parsed, text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            'The Foreign Minister of Malaysia said that the country will "firmly reject any interference to internal '
            "affairs. The statement was delivered in Putrajaya on Wednesday.",
            "firmly reject any interference to internal affairs.",
        ),
        (
            'The senator said the bill would "end the abuse once and for all. Her remarks drew applause from the '
            "gallery.",
            "end the abuse once and for all.",
        ),
    ],
)
def test_unclosed_quote_ends_before_its_statement_is_told_of(parsed, text, quote) -> None:
    quotes, claims = quotes_and_claims_of(parsed, text)
    assert [q.text for q in quotes] == [quote]
    assert all("Putrajaya" not in c.text and "gallery" not in c.text for c in claims)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the speaker's own words go on
        (
            'The spokesman said, "We are ready to talk. We will not give up.',
            "We are ready to talk. We will not give up.",
        ),
        # a third person inside the speaker's own first-person account
        (
            'The witness said, "My father told me to go. He said it twice, and I went.',
            "My father told me to go. He said it twice, and I went.",
        ),
        # no clause reported: "He said it twice" tells no claim
        (
            'The witness said, "Leave now, they told us. He said it twice.',
            "Leave now, they told us. He said it twice.",
        ),
    ],
)
def test_unclosed_quote_keeps_its_paragraph(parsed, text, quote) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.text for q in quotes] == [quote]


def test_quote_continued_in_the_next_paragraph_is_not_cut(parsed) -> None:
    text = 'The spokesman said, "We are ready to talk. He added nothing.\n"Nobody should doubt it," he said.'
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert quotes[0].text.startswith("We are ready to talk.")


# Review s27 rev2q MED 4 and 5: a speaker going on about the subject ("The answer is ...") or citing others in the third
# person ("The government says ...", "The company said ...") is still quoted.
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            'The governor said, "The problem is clear. The answer is more housing, built faster.',
            "The problem is clear. The answer is more housing, built faster.",
        ),
        (
            'The doctor told reporters, "The hospital is full. The government says help is coming, but nothing has '
            "arrived.",
            "The hospital is full. The government says help is coming, but nothing has arrived.",
        ),
        (
            'Activist Maria Lopez said, "The river is dying. The company said the spill was small, and that was a lie.',
            "The river is dying. The company said the spill was small, and that was a lie.",
        ),
        (
            'The farmer said, "The rain never came. The bank says the loan must be repaid by June, and the crops are '
            "gone.",
            "The rain never came. The bank says the loan must be repaid by June, and the crops are gone.",
        ),
        (
            'The governor said, "We will act. The message was clear to everyone.',
            "We will act. The message was clear to everyone.",
        ),
    ],
)
def test_speaker_citing_others_keeps_the_quote(parsed, text, quote) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.text for q in quotes] == [quote]


# Review s27 rev3q MED 4: a body reporting in a plain sentence is the writer's narration (23a0356 let no noun
# narrate); its coordinated comment ("..., and that was a lie", above) keeps a quoted speaker's sentence quoted.
def test_unclosed_quote_ends_before_a_body_reported(parsed) -> None:
    text = (
        'The spokesman said, "the government is ready to talk with all parties. The ministry said talks would begin '
        "next week."
    )
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.text for q in quotes] == ["the government is ready to talk with all parties."]
    assert ("The ministry", "talks would begin next week") in rows_of(parsed, text)


# Review s27 rev3q MED 5 and LOW 9: "they said" inside a quote cites others; a statement noun in a sentence that goes
# on is the speaker's own account.
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            'The mother said, "My son was a good boy. They said he was in a gang, but that is not true.',
            "My son was a good boy. They said he was in a gang, but that is not true.",
        ),
        (
            'The coach said, "The players gave everything. They said they wanted to win it for the fans.',
            "The players gave everything. They said they wanted to win it for the fans.",
        ),
        (
            'The farmer said, "We lost everything. His words were ignored by the council, and now it is too late.',
            "We lost everything. His words were ignored by the council, and now it is too late.",
        ),
        (
            'The union leader said, "Nobody listened to us. The statement was signed by every member, and nothing '
            "changed.",
            "Nobody listened to us. The statement was signed by every member, and nothing changed.",
        ),
    ],
)
def test_speakers_own_account_keeps_the_quote(parsed, text, quote) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.text for q in quotes] == [quote]
