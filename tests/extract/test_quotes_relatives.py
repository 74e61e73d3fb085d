"""“...,” the widow of X said: a relative named only through another person speaks unnamed, not the person."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from extract.quotes import extract_quotes

QUOTE = "“He gave everything to the agency,”"


def speaker_of(parsed, text: str) -> tuple[str | None, str]:
    doc, rep = parsed(text)
    quotes, _, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    (q,) = quotes
    return q.speaker, q.speaker_text


@pytest.mark.parametrize(
    "who",
    [
        "the widow of NASA's chief scientist, Jim Green,",
        "the widow of NASA chief scientist Jim Green",
        "the daughter of the late senator, John Smith,",
    ],
)
def test_relative_speaks_unnamed(parsed, who):
    speaker, said = speaker_of(parsed, f"{QUOTE} {who} said in a statement.")
    assert speaker is None
    assert said.split()[:2] == who.split()[:2]


@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        ("NASA's chief scientist, Jim Green,", "Jim Green"),
        ("the chief scientist of NASA, Jim Green,", "Jim Green"),
        ("the head of the agency, Jim Green,", "Jim Green"),
        ("the lawyer of the family, Jim Green,", "Jim Green"),
        # a name set beside the husband's name renames the wife, as in the parsed-subject case below
        ("the wife of Senator John McCain, Cindy McCain,", "Cindy McCain"),
    ],
)
def test_named_speaker_after_of_phrase(parsed, who, speaker):
    assert speaker_of(parsed, f"{QUOTE} {who} said in a statement.")[0] == speaker


def pronoun_speakers(parsed, text: str) -> tuple[str, ...]:
    doc, rep = parsed(text)
    quotes, _, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    (q,) = quotes
    return q.speakers


# "she" goes on with the unnamed relative who spoke in the sentence before, not the person she is kin to
@pytest.mark.parametrize(
    "first",
    [
        "The widow of NASA's chief scientist, Jim Green, said the agency had ignored his warnings.",
        "The widow of Jim Green said the agency had ignored his warnings.",
        "Jim Green's widow said the agency had ignored his warnings.",
    ],
)
def test_pronoun_after_unnamed_relative(parsed, first):
    assert pronoun_speakers(parsed, f"NASA news\n\n{first} “They never listened,” she said.") == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The wife of Senator John McCain, Cindy McCain, said the agency had ignored his warnings. “They never "
            "listened,” she said.",
            "Cindy McCain",
        ),
        (
            "Mary Green, the widow of NASA's chief scientist, said the agency had ignored his warnings. “They never "
            "listened,” she said.",
            "Mary Green",
        ),
        ("John Smith was arrested on Monday. His wife was at home. “I did nothing wrong,” he said.", "John Smith"),
    ],
)
def test_pronoun_after_named_relative(parsed, text, speaker):
    assert pronoun_speakers(parsed, f"NASA news\n\n{text}") == (speaker,)


def claim_sources(parsed, text: str) -> dict[str, str | None]:
    doc, rep = parsed(text)
    _, claims, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    return {c.text: c.source for c in claims}


# A pronoun inside what the relative reports is the person the relative is named through ("The widow of X said he
# had been ill"): only a later speaker's pronoun goes on with the unnamed relative.
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # (whom it was told is no part of what was said: review s19 r2c MED-16, PolNeAR's content leaves it out)
        ("The lawyer of Jim Green said on Monday that he told police he was innocent.", "he was innocent"),
        (
            "The lawyer of Jim Green said he told police he was at home that night.",
            "he was at home that night",
        ),
    ],
)
def test_pronoun_in_relatives_report(parsed, text, claim):
    assert claim_sources(parsed, f"Court news\n\n{text}")[claim] == "Jim Green"


def test_pronoun_after_relatives_report_stays_unnamed(parsed):
    text = "The lawyer of Jim Green said on Monday that the case was weak. “He is innocent,” he said."
    assert pronoun_speakers(parsed, f"Court news\n\n{text}") == ()


# "The company that runs the AMAs, Dick Clark Productions, denies ..." (a real article): the name closing the
# subject's phrase after its relative clause is the company, not the latest organisation the story named.
@pytest.mark.parametrize(
    "subject",
    [
        "The company that runs the AMAs, Dick Clark Productions,",
        "The company that runs the show, Dick Clark Productions,",
        "The company, Dick Clark Productions,",
    ],
)
def test_name_after_relative_clause_speaks(parsed, subject):
    text = f"Netflix said the special would air in May. {subject} denies that anything has been sorted."
    assert claim_sources(parsed, text)["that anything has been sorted"] == "Dick Clark Productions"


# near misses: a bare "the company", or a place closing its phrase, leaves the story's latest organisation
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Netflix said the special would air in May. The company denies that anything has been sorted.", "Netflix"),
        (
            "Netflix said the special would air in May. The company that runs the show in Los Angeles, California, "
            "denies that anything has been sorted.",
            "Netflix",
        ),
    ],
)
def test_name_after_relative_clause_near_misses(parsed, text, source):
    assert claim_sources(parsed, text)["that anything has been sorted"] == source


# "Jr." marks the son named after his father: set beside the father's title, it names the son who speaks
@pytest.mark.parametrize("quote", [QUOTE, "“We will appeal,”"])
def test_junior_names_the_son(parsed, quote):
    assert speaker_of(parsed, f"{quote} the son of the late senator, Robert Byrd Jr., said on Monday.")[0] == (
        "Robert Byrd Jr."
    )


# near misses: another relative, no suffix, or the suffixed name right in the "of" phrase stay unnamed
@pytest.mark.parametrize(
    "who",
    [
        "the widow of the late senator, Robert Byrd Jr.,",
        "the son of the late senator, Robert Byrd,",
        "the son of Robert Byrd Jr.",
    ],
)
def test_junior_near_misses(parsed, who):
    assert speaker_of(parsed, f"{QUOTE} {who} said on Monday.")[0] is None


# A name the relative clause sets beside a noun for a person or a body restates that noun (review r3 H1):
# "The woman who accused the former senator, Al Franken, said" is the woman's word, not Franken's.
@pytest.mark.parametrize(
    "subject",
    [
        "The woman who accused the former senator, Al Franken,",
        "The woman who sued the former president, Donald Trump,",
        "The company that bought the newspaper, the Chicago Tribune,",
    ],
)
def test_name_beside_a_common_noun_in_relative_clause_is_that_nouns(parsed, subject):
    sources = claim_sources(parsed, f"{subject} said on Monday that the deal would go ahead.")
    assert sources["that the deal would go ahead"] is None
