"""Quotes: whom "the company", "the group" and "the <sector> company" stand for, each case with its near miss."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of

_BIG_MACHINE = (
    "A row involving Taylor Swift and her former record label looks like it is coming to an end.\n\n"
    "The group that owns most of her music, Big Machine, says she will be allowed to play her old tracks at the"
    " American Music Awards on Sunday.\n\n"
    "Swift got high profile support last week, after accusing them of trying to stop her performing.\n\n"
    "But {noun} says she didn't need their permission in the first place.\n\n"
    "Taylor Swift's first six albums were released through Big Machine, which was bought out this year."
)


@pytest.mark.parametrize(
    ("noun", "source"),
    [
        # "The company" is the label that spoke as "the group", not the awards show named after it.
        ("the company", "Big Machine"),
        # Near miss: a noun in the show's own name still takes it.
        ("the awards", None),
    ],
)
def test_the_company_is_not_an_event(parsed, noun: str, source: str | None) -> None:
    _, claims = quotes_and_claims_of(parsed, _BIG_MACHINE.format(noun=noun))
    hits = [c for c in claims if "permission" in c.text]
    assert hits and hits[0].source == source


_WEWORK = (
    "The group, WeWorkers Coalition, formed in recent weeks and sent a letter to management.\n\n"
    "The group announced over the weekend that WeWork had reached an agreement with JLL to accept close to 1,000"
    " workers.\n\n"
    "However, {noun} raised alarm at the terms of the deal, and said that employees were told to sign by Monday."
)


@pytest.mark.parametrize(
    ("noun", "source"),
    [
        # "The group" again is the group that spoke as "the group", not the company named in what it said.
        ("the group", "WeWorkers Coalition"),
        # Near miss: "the company" is not the coalition.
        ("the company", None),
    ],
)
def test_the_group_goes_on(parsed, noun: str, source: str | None) -> None:
    _, claims = quotes_and_claims_of(parsed, _WEWORK.format(noun=noun))
    hits = [c for c in claims if "employees were told" in c.text]
    assert hits
    if source is None:
        assert hits[0].source != "WeWorkers Coalition"
    else:
        assert hits[0].source == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # A second company named and speaking since: "the company" is the second one (review r1 HIGH-1).
        (
            "Volkswagen said on Tuesday it would recall 100,000 cars in the United States. The company said a faulty"
            " airbag sensor could fail in a crash.\n\nToyota, the world's largest carmaker, also announced a recall"
            " on Tuesday, of 50,000 Prius hybrids. The company said no injuries had been reported.",
            "no injuries",
            "Toyota",
        ),
        (
            "Goldman Sachs agreed on Monday to pay $2.9 billion to settle the case. The firm said it accepted"
            " responsibility.\n\nMorgan Stanley, which was not involved, reported higher profit. The firm said"
            " trading revenue rose 20%.",
            "trading revenue",
            "Morgan Stanley",
        ),
        # A company whose name has a word of other organisations in it (review r1 HIGH-2).
        (
            "FedEx said last week it would hire fewer seasonal workers this year.\n\nUnited Parcel Service will hire"
            " 100,000 seasonal workers for the holidays. The company said most of the jobs would be in its package"
            " centers.",
            "package centers",
            "United Parcel Service",
        ),
        # A company names itself in its own statement (review r1 HIGH-3).
        (
            "Regulators said Meta had broken privacy law, fining it $1.3 billion. The ruling follows a complaint by"
            ' Microsoft.\n\n"At Meta, we take privacy seriously and will appeal," the company said.',
            "privacy seriously",
            "Meta",
        ),
        # "The production company" is one whose name says so, else nobody: not the label its quote names (MED-1).
        (
            "The statement claimed that Big Machine and the American Music Awards had come to terms.\n\n"
            "\u201cAt no time did we agree to a statement in partnership with Big Machine Label Group,\u201d the"
            " production company said.",
            "At no time",
            None,
        ),
    ],
)
def test_the_company_of_business_copy(parsed, text: str, words: str, source: str | None) -> None:
    _, claims = quotes_and_claims_of(parsed, text)
    hits = [c for c in claims if words in c.text]
    assert hits and hits[0].source == source


def test_modified_company_names_itself(parsed) -> None:
    # Review r1 MED-2: a company naming itself in its own statement is the speaker, also for "the X company"
    # (only a name after a negation, the other side of a denial, is not).
    _, claims = quotes_and_claims_of(
        parsed,
        "Regulators fined Meta $1.3 billion on Monday after a complaint by Microsoft.\n\n"
        '"Meta will appeal this unjustified decision," the social media company said.',
    )
    hits = [c for c in claims if "appeal" in c.text]
    assert hits and hits[0].source == "Meta"


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # Review r2: a sector word is no name match with an agency's name; the company named in the lead speaks.
        (
            "The Department of Energy released new rules for gas export terminals last month. On Tuesday, Chevron"
            ' reported a 40% drop in quarterly profit.\n\n"Lower natural gas prices weighed on our results," the'
            " energy company said.",
            "Lower natural gas",
            "Chevron",
        ),
        # Review r2: a company's denial names itself as the subject after the negation.
        (
            "Regulators fined Meta $1.3 billion on Monday after a complaint by Microsoft.\n\n"
            '"At no time did Meta share user data without consent," the social media company said.',
            "At no time",
            "Meta",
        ),
        # Review r2 MED-3: the other side named as the subject of a denied belief, or as the owner of what the
        # quote denies, is not the speaker.
        (
            "Regulators fined Meta $1.3 billion on Monday after a complaint by Microsoft.\n\n"
            '"We do not believe Microsoft has any standing to complain," the social media company said.',
            "any standing",
            None,
        ),
        (
            "Regulators fined Meta $1.3 billion on Monday after a complaint by Microsoft.\n\n"
            '"We have not seen Microsoft\'s complaint and will appeal the fine," the social media company said.',
            "not seen",
            None,
        ),
        # Near miss (review r2 MED-1): the owner of the subject of the denied belief is the company itself.
        (
            "Regulators fined Meta $1.3 billion on Monday after a complaint by Microsoft.\n\n"
            '"We do not believe Meta\'s practices violate any law, and we will appeal," the social media company'
            " said.",
            "practices violate",
            "Meta",
        ),
    ],
)
def test_the_sector_company(parsed, text: str, words: str, source: str | None) -> None:
    _, claims = quotes_and_claims_of(parsed, text)
    hits = [c for c in claims if words in c.text]
    assert hits and hits[0].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Review r2 HIGH-2/HIGH-3: a sector word before "company" is no clue to the name: agencies, schools and
        # watchdogs carry sector words too, and the company that spoke is the nearest one.
        (
            "Researchers at Georgia Tech found a flaw in millions of computer chips last month. Intel said on Tuesday"
            ' it was working on a fix.\n\n"We take the security of our customers very seriously,"'
            " the tech company said.",
            "Intel",
        ),
        (
            "The Internal Revenue Service said on Monday it had found errors in 2 million tax returns. Wells Fargo said"
            ' the errors came from a vendor.\n\n"We are reviewing the findings with our vendor," the financial'
            " services company said.",
            "Wells Fargo",
        ),
        (
            "The Department of Energy released new rules for gas export terminals last month. On Tuesday, Chevron"
            ' reported a 40% drop in quarterly profit.\n\n"Lower natural gas prices weighed on our results," the'
            " energy company said.",
            "Chevron",
        ),
        (
            "Media Matters, a liberal watchdog, had complained about the posts. Regulators fined Meta $1.3 billion on"
            ' Monday.\n\n"We will appeal this decision," the social media company said.',
            "Meta",
        ),
    ],
)
def test_sector_word_is_no_clue_to_the_name(parsed, text: str, source: str) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.speaker for q in quotes] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Review r2 PRE-6: a commission, authority or administration of a state is never "the company": the
        # business it sued or fined replies.
        (
            "The Federal Trade Commission sued Amazon on Tuesday, accusing it of tricking millions of people into"
            ' signing up for Prime.\n\n"The FTC\'s claims are false on the facts and the law," the online retail'
            " company said.",
            "Amazon",
        ),
        (
            "Lloyds Banking Group was fined 40 million pounds on Thursday by the Financial Conduct Authority.\n\n"
            '"We accept the findings and have apologised to customers," the financial services company said.',
            "Lloyds Banking Group",
        ),
        (
            "American Airlines said on Monday it would delay two new routes. The Federal Aviation Administration has"
            ' capped production of the planes.\n\n"We will keep working with our partners," the company said.',
            "American Airlines",
        ),
        # Near miss: a business whose name ends in a plain word is still the nearest company.
        (
            "The Federal Trade Commission sued Amazon on Tuesday. Microsoft welcomed the case.\n\n"
            '"We support fair competition," the company said.',
            "Microsoft",
        ),
    ],
)
def test_a_public_body_is_no_company(parsed, text: str, source: str) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.speaker for q in quotes] == [source]


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # Review r2 PRE-8: "the group" goes on with the group that spoke, not the company named in what it said.
        (
            "The Teamsters said on Friday that 340,000 workers at United Parcel Service could strike next month."
            " The group said the company had refused to raise pay for part-time workers.",
            "refused",
            "Teamsters",
        ),
        (
            "Greenpeace said on Monday that its activists had boarded a Shell oil platform in the North Sea. The group"
            " said the company must stop drilling in the Arctic.",
            "stop drilling",
            "Greenpeace",
        ),
        (
            "Amazon workers at a warehouse in New York voted to join the Amazon Labor Union in April. The group said"
            " the company had illegally fired organizers.\n\nThe company said it disagreed with the result.",
            "illegally fired",
            "Amazon Labor Union",
        ),
        # "The company" after the group spoke of the company is that company, not the group.
        (
            "Amazon workers at a warehouse in New York voted to join the Amazon Labor Union in April. The group said"
            " the company had illegally fired organizers.\n\nThe company said it disagreed with the result.",
            "disagreed",
            "Amazon",
        ),
        # Near miss: "the company" after the group spoke is still the company named.
        (
            "The Teamsters union said on Friday that 340,000 workers at United Parcel Service could strike next month."
            " The company said it had offered the best contract in the industry.",
            "best contract",
            "United Parcel Service",
        ),
    ],
)
def test_the_group_is_the_group_that_spoke(parsed, text: str, words: str, source: str) -> None:
    _, claims = quotes_and_claims_of(parsed, text)
    hits = [c for c in claims if words in c.text]
    assert hits and hits[0].source == source
