"""Quotes and claims: a speaker's name is the one the story gives in full, so the story's actors cannot take a
surname for a namesake from another article."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from extract.quotes import extract_quotes
from extract.records import Quote
from tests.extract.helpers import claims_of, sources_of


def quotes_of(parsed, text: str) -> list[Quote]:
    doc, rep = parsed(text)
    quotes, _, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    for q in quotes:
        assert text[q.start : q.end] == q.text
    return quotes


# A surname alone ("Williams said") is the one person of the story with that surname; the story build otherwise
# mapped it to whichever "Williams" the other articles knew (a boxer for a Pence aide).
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "Lawmakers questioned Jennifer Williams, an aide to the vice president, on Tuesday. "
            "Williams said the phone call was unusual.",
            "the phone call was unusual",
            "Jennifer Williams",
        ),
        (
            "Martin Taylor, 43, fell ill last year. Taylor said the doctors had no idea what was wrong.",
            "the doctors had no idea what was wrong",
            "Martin Taylor",
        ),
        # near misses: two people of the story share the surname, and a name given in full stays as it is
        (
            "Jennifer Williams and Serena Williams attended the hearing. Williams said the call was unusual.",
            "the call was unusual",
            "Williams",
        ),
        (
            "Lawmakers questioned Jennifer Williams on Tuesday. Mark Williams said the call was unusual.",
            "the call was unusual",
            "Mark Williams",
        ),
    ],
)
def test_surname_is_the_storys_full_name(parsed, text: str, claim: str, source: str) -> None:
    assert sources_of(parsed, text)[claim] == source


# A quote before "X said" whose last words or comma the parser hung on the speaker's phrase is still next to the
# "X said" clause: the quote is the speaker's, as "“...,” X said" always is.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "\"While scientists have not yet detected liquid water directly, we've found the next best thing: water"
            ' in vapor form," lead researcher and NASA planetary scientist Lucas Paganini said in a NASA statement.',
            "Lucas Paganini",
        ),
        (
            '"Buying rides to the Moon to conduct science investigations and test new technology systems, instead'
            " of owning the delivery systems, enables NASA to do much more, sooner and for less cost, while being"
            " one of many customers on our commercial partners' landers,\" NASA's Steve Clarke, deputy associate"
            " administrator for exploration in the science directorate, said in the statement.",
            "Steve Clarke",
        ),
        (
            "Those involved with the show struggled with the decision.\n\n\u201cThis is not easy. First of all,"
            " this is not at all what I expected to see here,\u201d judge Inaba noted as she made her decision.",
            "Inaba",
        ),
    ],
)
def test_quote_before_the_speakers_phrase(parsed, text: str, speaker: str) -> None:
    quotes = quotes_of(parsed, text)
    assert [q.speaker for q in quotes] == [speaker]


# Near miss: a quote the writer puts in a sentence of their own before someone speaks of something else is not
# that person's.
def test_scare_quote_sentence_before_a_speaker_stays_unattributed(parsed) -> None:
    text = (
        "The ministry called the plan \u201ca serious threat.\u201d Lucas Paganini said in a statement that the"
        " probe would launch in 2024."
    )
    assert [q.speaker for q in quotes_of(parsed, text) if q.speaker] == []


# A quote before "told X" is what was told even when the parser made one of its words the object of "told";
# only a quote after the verb can be whom it addresses ("told “Morning Joe”").
def test_quote_before_told_is_what_was_told(parsed) -> None:
    text = (
        "Tim Cook said the admiration is mutual.\n\n\"I love the way you're constantly taking all the new things"
        ' and quickly incorporating those, whether its Siri shortcuts, or handoffs," he told Marc Benioff.'
    )
    assert [q.speaker for q in quotes_of(parsed, text)] == ["Tim Cook"]


def test_show_after_told_is_whom_he_told(parsed) -> None:
    text = "Tim Cook told \u201cMorning Joe\u201d on Monday that the company would grow."
    assert [q.speaker for q in quotes_of(parsed, text) if q.speaker] == []


# A quoted show or group name that opens the speaker's phrase names the speaker; it is not what they said, and the
# claim after the cue stays theirs.
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        ("\u201cShark Tank\u201d investor Mark Cuban said the deal was fair.", "the deal was fair", "Mark Cuban"),
        ('"Jeopardy!" host Alex Trebek said he was feeling better.', "he was feeling better", "Alex Trebek"),
        # near miss: the same title after another word was never taken for speech
        (
            "Former \u201cShark Tank\u201d investor Mark Cuban said the deal was fair.",
            "the deal was fair",
            "Mark Cuban",
        ),
    ],
)
def test_quoted_title_opening_the_speakers_phrase_is_no_quote(parsed, text: str, claim: str, source: str) -> None:
    assert [q.text for q in quotes_of(parsed, text)] == []
    assert sources_of(parsed, text) == {claim: source}


# A surname that is also a word of an organisation of the story may be the company speaking ("Dell said its
# revenue rose"), and one that is another person's given name may be that person ("Taylor" beside "Taylor
# Swift"): either stays as written.
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "Michael Dell took Dell Technologies private in 2013. Dell said its revenue rose 5 percent in the quarter.",
            "its revenue rose 5 percent in the quarter",
            "Dell",
        ),
        (
            "Tyson Foods Inc. cut its outlook. Chairman John Tyson said the company would recover. Tyson said on"
            " Monday that chicken prices fell.",
            "that chicken prices fell",
            "Tyson",
        ),
        (
            "James Taylor sang at the show. Taylor Swift released an album on Friday. Taylor said she was thrilled"
            " with the reaction.",
            "she was thrilled with the reaction",
            "Taylor",
        ),
        # near miss: no organisation nor given name shares the surname
        (
            "Michael Dell took the company private in 2013. Dell said he had no regrets.",
            "he had no regrets",
            "Michael Dell",
        ),
    ],
)
def test_surname_shared_with_a_company_or_a_given_name_stays(parsed, text: str, claim: str, source: str) -> None:
    assert sources_of(parsed, text)[claim] == source


# A speaker the sentence calls "it" is a company, not the person of the story with that surname.
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "Klaus Schwab founded the forum. Schwab said in its quarterly report that client assets rose.",
            "that client assets rose",
            "Schwab",
        ),
        # near miss: "his" keeps the person
        (
            "Klaus Schwab founded the forum. Schwab said in his speech that client assets rose.",
            "that client assets rose",
            "Klaus Schwab",
        ),
    ],
)
def test_surname_called_it_is_no_person(parsed, text: str, claim: str, source: str) -> None:
    assert sources_of(parsed, text)[claim] == source


# A quote before "X noted as ..." whose reported clause is not taken into the claim is a direct claim.
def test_quote_before_cue_with_a_clause_after_is_direct(parsed) -> None:
    text = (
        "\u201cThis is not easy. First of all, this is not at all what I expected to see here,\u201d judge Inaba"
        " noted as she made her decision."
    )
    assert [(c.source, c.kind) for c in claims_of(parsed, text)] == [("Inaba", "direct")]


# Near miss: a reported clause holding a partial quote stays indirect.
def test_reported_clause_with_partial_quote_stays_indirect(parsed) -> None:
    text = "Inaba said the decision was \u201cnot easy\u201d for the judges."
    assert [c.kind for c in claims_of(parsed, text)] == ["indirect"]


# "“...,” NASA's chief scientist, Jim Green, said": the person the appositive names speaks, not the owner.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We found the next best thing: water in vapor form," NASA\'s chief scientist, Jim Green, said in a blog'
            " post.",
            "Jim Green",
        ),
        # near miss: with no person named, the owner's phrase stays as it was
        ('"We will not back down," the Kremlin\'s spokesman said.', "Kremlin"),
    ],
)
def test_owners_title_and_name_before_said(parsed, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(parsed, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # A titled surname may be another person of that surname: the title is not the full name's.
        (
            "President Joe Biden spoke at the school on Monday. Dr. Biden said the teachers needed more help.",
            "Joe Biden",
        ),
        ("George W. Bush was in Texas. Gov. Bush said the state would recover.", "George W. Bush"),
    ],
)
def test_a_titled_surname_is_not_the_full_name_of_someone_else(parsed, text: str, wrong: str) -> None:
    (claim,) = claims_of(parsed, text)
    assert claim.source != wrong


def test_a_he_after_an_honorific_name_in_the_speakers_own_words_stays_the_speakers(parsed) -> None:
    # "Mr. Trump's tariffs ..., he said": the topic of the reported words is not who speaks.
    text = (
        "John Williams, the president of the Federal Reserve Bank of New York, spoke on Monday. Mr. Trump\u2019s"
        " tariffs have unsettled markets, he said. He added that growth would slow."
    )
    sources = sources_of(parsed, text)
    assert sources["that growth would slow"] == "John Williams"
