"""Quoted words right after a noun for a work ("his book “Musicophilia”", "the song “Glasgow”") are its title, nobody's
words; a quote after such a noun that goes on with a clause ("the song “was about my mother”") stays a quote."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


def _quoted(parsed, text: str) -> set[str]:
    return {q.text for q in quotes_and_claims_of(parsed, text)[0]}


def test_work_title_is_no_quote(parsed):
    text = (
        "Fun as that might sound in an Oliver Sacks kind of way \u2014 the late neurologist wrote about similar, "
        "potentially stroke-inspired symptoms in his book \u201cMusicophilia\u201d \u2014 Steenburgen wasn't thrilled."
    )
    assert "Musicophilia" not in _quoted(parsed, text)
    text = "He said his book \u201cFear\u201d was \u201ca true story.\u201d"
    assert _quoted(parsed, text) == {"a true story."}


def test_clause_after_a_work_noun_stays(parsed):
    # near miss: the quoted words go on with the sentence, lower case
    assert _quoted(parsed, "The singer said the song \u201cwas about my mother.\u201d") == {"was about my mother."}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Of her new album, \u201cIt is the best thing I have done,\u201d Adele said.",
            "It is the best thing I have done,",
        ),
        (
            "Asked about the film, \u201cIt was a great honour to make it,\u201d she said.",
            "It was a great honour to make it,",
        ),
        (
            "Speaking about the series, \u201cWe wanted to show the truth,\u201d the director told reporters.",
            "We wanted to show the truth,",
        ),
        ("Court records show \u201cI will not pay you,\u201d the defendant wrote.", "I will not pay you,"),
        ("She answered with a single \u201cYes, I will,\u201d the judge said.", "Yes, I will,"),
    ],
)
def test_speakers_quote_after_a_work_noun_stays(parsed, text, words):
    # near misses (review s20 r2a HIGH of 7860480): a comma between, no article before the noun, or a cue after the
    # quote's own stop: someone's words
    assert words in _quoted(parsed, text)


# Session 21 (left from s20): a cue after the title that reports a clause or a topic of its own ("wrote that ...",
# "says that ...", "wrote about ...") is not the title's speaker: the title is a name, the clause what was written.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In her memoir \u201cBecoming,\u201d Michelle Obama wrote that she had never wanted to run for office.",
            "that she had never wanted to run for office",
        ),
        ("In the documentary \u201cFree Solo,\u201d Alex Honnold says that fear is a choice.", "that fear is a choice"),
        # review s21 r1a MED-7: every word that opens the cue's own content or topic
        (
            "In her memoir \u201cBecoming,\u201d Michelle Obama wrote about her childhood in Chicago.",
            "her childhood in Chicago",
        ),
        ("In his book \u201cFear,\u201d Bob Woodward wrote of the chaos inside the White House.", "the chaos inside"),
        (
            "In his book \u201cFear,\u201d Bob Woodward explained how the staff hid papers from the president.",
            "how the staff hid papers from the president",
        ),
        (
            "In the film \u201cJoker,\u201d Phoenix asked why the city had abandoned him.",
            "why the city had abandoned him",
        ),
        ("In his book \u201cFear,\u201d Bob Woodward asked whether the staff had hidden papers.", "whether the staff"),
        ("In her memoir \u201cBecoming,\u201d Michelle Obama explained what drove her.", "what drove her"),
    ],
)
def test_a_title_before_a_cue_with_its_own_clause(parsed, text, content):
    quotes, claims = quotes_and_claims_of(parsed, text)
    assert not quotes
    assert len(claims) == 1 and claims[0].text.startswith(content), [c.text for c in claims]


# Near misses: the cue's own words end the sentence or the cue's "that" is a time: the quote is the speaker's.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "He loved the film \u201cIt was the best night of my life,\u201d she said.",
            "It was the best night of my life,",
        ),
        ("He loved the film \u201cIt was the best night of my life,\u201d she said that night.", "It was the best"),
    ],
)
def test_a_quote_whose_cue_has_no_clause_stays(parsed, text, words):
    assert any(words in q for q in _quoted(parsed, text))


# Near miss of the title-as-clause rule (polnear_dev row lost at 0552483): a clause with a verb before the title tells
# more than a title, and the cue's row stays.
def test_a_clause_before_the_title_keeps_the_row(parsed):
    text = (
        "Ms. LaBelle got a huge roar from the crowd when, at the end of her emotional rendition of the civil rights "
        "anthem ''A Change Is Gonna Come,'' she added the words, ''Hillary Clinton.''"
    )
    _, claims = quotes_and_claims_of(parsed, text)
    assert any(c.cue == "added" for c in claims)
