"""A speaker given by title alone ("the president said") is the person of the story with that very title, not a rank
below it ("Vice President Biden"), and of two such people the one named last before the title."""

from __future__ import annotations

import pytest

from tests.extract.helpers import source_of_claim as _source
from tests.extract.helpers import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "WASHINGTON -- President Obama dedicated the museum on Saturday. Bill Clinton watched from the front row, "
            "sitting alongside Vice President Joseph R. Biden Jr. and Colin Powell.\n\nIt was, the president said, "
            "''a stone where men and women were torn from their spouse.''",
            "a stone",
            "President Obama",
        ),
        (
            "Gov. Eric Holcomb spoke on Monday. Lt. Gov. Suzanne Crouch met teachers on Tuesday. The governor said "
            "the raise would come in 2020.",
            "the raise",
            "Eric Holcomb",
        ),
        (
            "Lt. Gov. Suzanne Crouch met teachers on Tuesday. The lieutenant governor said the raise would come in "
            "2020.",
            "the raise",
            "Suzanne Crouch",
        ),
        (
            "Republican Gov. Eric Holcomb and leaders of the Legislature have avoided criticism of teachers. Kentucky "
            "GOP Gov. Matt Bevin lashed out at teachers who used sick days to rally.\n\nTeachers didn't see Holcomb "
            "at the Statehouse on Tuesday.\n\nThe governor said he was waiting for a teacher pay commission.",
            "teacher pay",
            "Eric Holcomb",
        ),
        # (review s20 r1a HIGH) "SEC" is no "Sec." (secretary); (MED) a deputy of a graded title is another office
        (
            "Treasury Secretary Janet Yellen met SEC Chairman Gary Gensler on Monday. Gensler said the rules were "
            "ready. The secretary said the talks were useful.",
            "talks",
            "Janet Yellen",
        ),
        (
            "Attorney General Jeff Sessions recused himself. Deputy Attorney General Rod Rosenstein appointed a "
            "special counsel. The attorney general said the inquiry was legitimate.",
            "inquiry",
            "Jeff Sessions",
        ),
        (
            "Commander Lisa Franchetti spoke. Deputy Commander John Aquilino met troops. The commander said the fleet "
            "was ready.",
            "fleet",
            "Lisa Franchetti",
        ),
        # A deputy minister is no minister: no one.
        ("Deputy Foreign Minister Sergei Ryabkov spoke on Monday. The minister said talks would go on.", "talks", None),
    ],
)
def test_title_speaker(parsed, text: str, words: str, source: str | None) -> None:
    assert _source(parsed, text, words) == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # near misses: the rank the title says, the titled person named last
        # (review s20 r1a HIGH) a person named in the titled one's own sentence is only acted on
        (
            "Sen. Mitch McConnell blocked the bill last week. On Tuesday, Sen. Chuck Schumer attacked McConnell for "
            "the delay. The senator said the delay would cost jobs.",
            "cost jobs",
            "Chuck Schumer",
        ),
        (
            "Kentucky Gov. Matt Bevin spoke on Monday. Indiana Gov. Eric Holcomb criticized Bevin's plan. The "
            "governor said it would hurt teachers.",
            "hurt teachers",
            "Eric Holcomb",
        ),
        # (review s20 r1a HIGH) a second-rank word elsewhere, or one that grades the same title, keeps the title
        (
            "Jane Smith, an associate professor of economics at Yale, studied the data. The professor said the "
            "results were clear.",
            "results",
            "Jane Smith",
        ),
        (
            "John Brown, an assistant professor at Harvard, studied the data. The professor said the results were "
            "clear.",
            "results",
            "John Brown",
        ),
        (
            "Lt. Gen. Mark Milley met reporters at the base on Monday. The general said the troops were ready.",
            "troops",
            "Mark Milley",
        ),
        (
            "Nancy Dubuc, the president of Vice Media, spoke on Monday. The president said the company would grow.",
            "would grow",
            "Nancy Dubuc",
        ),
        (
            "Vice President Mike Pence met the troops on Monday. The vice president said the visit was overdue.",
            "overdue",
            "Mike Pence",
        ),
        (
            "Gov. Eric Holcomb met teachers. Kentucky Gov. Matt Bevin lashed out at teachers. The governor said the "
            "raise would come in 2020.",
            "the raise",
            "Matt Bevin",
        ),
    ],
)
def test_title_near_misses(parsed, text: str, words: str, source: str | None) -> None:
    assert _source(parsed, text, words) == source


# Session 21 (left from s20): British style writes ranks without their dot ("Det Supt", "Sgt", "Det Insp"): the
# title the text gives the person as much as "Supt." or "Sgt." would be.
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Det Supt John Smith led the inquiry. \u201cWe are appealing for witnesses,\u201d the superintendent said.",
            "appealing",
            "John Smith",
        ),
        (
            "Sgt Mary Jones attended the scene. \u201cIt was a tragic accident,\u201d the sergeant said.",
            "tragic",
            "Mary Jones",
        ),
    ],
)
def test_a_rank_without_its_dot(parsed, text, words, speaker):
    assert speaker_of(parsed, text, words) == speaker


# Near miss: a person named without the rank is not the one the rank speaks for.
def test_no_rank_no_holder(parsed):
    text = "John Smith led the inquiry. \u201cWe are appealing for witnesses,\u201d the superintendent said."
    assert speaker_of(parsed, text, "appealing") is None


# Session 21 audit: the holder the text went on about is found by whom its mentions name, past the titles and
# honorifics they carry ("President Trump" ... "Mr. Trump"), not by the mention's words as written.
def test_the_holder_named_again_with_another_honorific(parsed):
    text = (
        "When President Trump's advisers met, Mr. Trump wasn't satisfied.\n\n"
        "\u201cGrowth is slowing,\u201d John Williams, the president of the Federal Reserve Bank of New York, "
        "said in a "
        "speech last week.\n\n"
        "Mr. Trump's theatrical embrace is not limited to China.\n\n"
        "The president says his approach has created leverage."
    )
    assert _source(parsed, text, "his approach") in ("Mr. Trump", "President Trump")


# Near miss: with nobody named since, the holder named last before the title is still the one.
def test_the_last_holder_when_no_one_is_named_since(parsed):
    text = (
        "When President Trump's advisers met, Mr. Trump wasn't satisfied.\n\n"
        "John Williams, the president of the Federal Reserve Bank of New York, spoke last week.\n\n"
        "The president says growth is slowing."
    )
    assert _source(parsed, text, "growth is slowing") == "John Williams"


# review s21 r1a LOW-4: the British police's initialisms are the rank they stand for (the actors give the rank since
# b655259; these keep the quotes' side of it).
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "DCI Sarah Jones led the inquiry. \u201cWe are appealing for witnesses,\u201d the detective chief "
            "inspector said.",
            "appealing",
            "Sarah Jones",
        ),
        ("PC Tom Reed was injured. \u201cIt was terrifying,\u201d the constable said.", "terrifying", "Tom Reed"),
        # near miss: "DC" names Washington before an office
        (
            "DC Mayor Muriel Bowser spoke on Monday. \u201cWe will recover,\u201d the mayor said.",
            "recover",
            "Muriel Bowser",
        ),
    ],
)
def test_police_initialisms(parsed, text, words, speaker):
    assert speaker_of(parsed, text, words) == speaker
