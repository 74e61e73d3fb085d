"""Quotes and claims: fixes from review r1 of the cognition, offering, text and painting cues. The claims panel
is what a reporter copies from, so a wrong speaker or a non-claim is worse than a missing claim."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from extract.quotes import extract_quotes


def rows(parsed, text: str) -> list[tuple[str, str]]:
    doc, rep = parsed(text)
    mentions = extract_mentions(doc, rep, "t.txt")
    _, claims, _ = extract_quotes(doc, rep, "t.txt", mentions)
    for c in claims:
        assert text[c.start : c.end] == c.text
    return [(c.source_text, c.text) for c in claims]


# F11, F12, F13: a text's participle speaks for whoever made or put out the text ("made a statement saying",
# "drafted a letter urging"); a recipient (also the subject of a passive "was sent"), or someone who only shares
# or carries a text, did not write it, so the text speaks.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin made a statement saying the talks had failed.", ("The Kremlin", "the talks had failed")),
        ("The senator drafted a letter urging the agency to act.", ("The senator", "the agency to act")),
        ("The mayor delivered a statement saying the road would reopen.", ("The mayor", "the road would reopen")),
        (
            "Residents were sent letters saying their homes would be demolished.",
            ("letters", "their homes would be demolished"),
        ),
        (
            "Residents were sent letters by the city saying their homes would be demolished.",
            ("the city", "their homes would be demolished"),
        ),
        ("The mayor was sent a letter saying the plant was unsafe.", ("a letter", "the plant was unsafe")),
        ("Smith shared an article claiming that the vote was rigged.", ("an article", "that the vote was rigged")),
        (
            "The postman delivered letters saying the election had been moved.",
            ("letters", "the election had been moved"),
        ),
    ],
)
def test_text_speaks_for_its_maker_only(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows(parsed, text)


# Near misses that must not change: an issuer of the text, and a receiver, keep their reading.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry issued a statement condemning the attack.", ("The ministry", "the attack")),
        ("Trump posted a tweet saying the election was rigged.", ("Trump", "the election was rigged")),
        ("Trump received a letter saying the election was rigged.", ("a letter", "the election was rigged")),
    ],
)
def test_text_issuers_and_receivers_unchanged(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows(parsed, text)


# F7: offering, giving or providing words needs someone to hand them over, a person or an organisation: data,
# results and studies provide reassurance or insight as evidence, which is the writer's reading, not a claim.
@pytest.mark.parametrize(
    "text",
    [
        "The data provided little reassurance to investors.",
        "Apple's results gave investors reassurance.",
        "The study provides insight into how dinosaurs flew.",
    ],
)
def test_things_hand_over_no_words(parsed, text: str) -> None:
    assert rows(parsed, text) == []


# Near misses: people and groups of people still offer their words.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experts offered their assessments of the plan.", ("Experts", "their assessments of the plan")),
        (
            "Bernie Sanders offered some pointed advice to Hillary Clinton.",
            ("Bernie Sanders", "some pointed advice to Hillary Clinton"),
        ),
    ],
)
def test_people_still_offer_words(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows(parsed, text)


# F6: an utterance noun with another common sense is words only when someone's or about something ("a savings
# account" is a product); F10: plurals of the utterance nouns count as the singulars do ("criticisms").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chase offered a savings account paying 4 percent interest.", []),
        ("The bank offered customers a checking account with no fees.", []),
        ("Smith offered criticisms of the plan.", [("Smith", "criticisms of the plan")]),
        # near misses: someone's account or views, and views on something, are words
        ("The senator gave her views on the deal.", [("The senator", "her views on the deal")]),
        ("The senator gave his assessment of the talks.", [("The senator", "his assessment of the talks")]),
    ],
)
def test_utterance_noun_senses(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(parsed, text) == expected


# F8: words not given are no claim: "neither ... nor", "little explanation" and "has yet to" negate as "no"
# does ("has yet to say whether ..." for any cue).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith offered neither an apology nor an explanation.", []),
        ("The ministry has yet to offer an explanation for the delay.", []),
        ("The bank gave little explanation for the closures.", []),
        ("The company has yet to say whether it will appeal.", []),
        # near misses: words given, and "yet" that negates nothing
        ("Smith offered an apology and an explanation.", [("Smith", "an apology and an explanation")]),
        ("The minister said yet again that the plan would work.", [("The minister", "that the plan would work")]),
    ],
)
def test_words_not_given(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(parsed, text) == expected


# F1, F2, F3 (and F5 for 3e6747f's guards): a verb of coming to know reports a belief only with a declarative
# clause its subject holds: not an open question, not a to-infinitive, not an effort, an obligation, a condition
# or "few people".
@pytest.mark.parametrize(
    "text",
    [
        "Investigators are still trying to understand what happened.",
        "Police are trying to discover who fired the shots.",
        "Officials are working to understand why the bridge collapsed.",
        "Investigators discovered how the fire started.",
        "Investigators are still trying to learn what happened.",
        "He remembered to lock the door.",
        "Voters need to understand that the deadline is Friday.",
        "Americans must remember that freedom is not free.",
        "If the company discovers that its data was stolen, it must tell customers.",
        "Few people understand that the tax will rise.",
    ],
)
def test_coming_to_know_without_a_held_belief(parsed, text: str) -> None:
    assert rows(parsed, text) == []


# Near misses: a that-clause its subject came to hold stays a claim.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Howitt realized that the worm was not an accidental infection.",
            ("Howitt", "that the worm was not an accidental infection"),
        ),
        ("The senator understands that the vote will be close.", ("The senator", "that the vote will be close")),
        (
            "Investigators learned that the fire started in the kitchen.",
            ("Investigators", "that the fire started in the kitchen"),
        ),
    ],
)
def test_coming_to_know_a_held_belief(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows(parsed, text)


# F4: "decided to" is a deed or the writer's narrative, whoever decided; only a named person's or organisation's
# decision that something is so (a ruling or a judgement) reports.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company decided to close the plant in March.", []),
        ("Voters decided to re-elect the mayor.", []),
        ("The team decided to rest its starters on Sunday.", []),
        ("After the Dems decided to wage a long campaign, the party lost.", []),
        # near misses: a named body's ruling
        (
            "The Federal Reserve decided that rates would stay on hold.",
            [("The Federal Reserve", "that rates would stay on hold")],
        ),
    ],
)
def test_decided(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(parsed, text) == expected


# F9: what is handed over is the words and whom they went to, not the receiver before them or the occasion.
@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("The coach gave his players advice before the game.", "his players"),
        ("Dr. Lee gave testimony before the committee for three hours.", "three hours"),
    ],
)
def test_handed_words_leave_out_receiver_and_occasion(parsed, text: str, dropped: str) -> None:
    claims = rows(parsed, text)
    assert claims and all(dropped not in claim for _, claim in claims)


# Near miss: "to" whom the words went stays ("advice to Hillary Clinton").
def test_handed_words_keep_their_addressee(parsed) -> None:
    text = "Senator Smith offered condolences to the families of the victims."
    assert rows(parsed, text) == [("Senator Smith", "condolences to the families of the victims")]


# F14: "published a report saying ..." is one claim, by the participle for the publisher, not two nested rows.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Times published a report saying the mayor had lied.", [("The Times", "the mayor had lied")]),
        ("The ministry published a statement saying the dam was safe.", [("The ministry", "the dam was safe")]),
        # near misses: no participle, or one the publisher does not speak through
        ("The ministry published a report on the dam.", [("The ministry", "a report on the dam")]),
        (
            "The senator detailed a plan saying taxes would fall.",
            [("The senator", "a plan saying taxes would fall"), ("a plan", "taxes would fall")],
        ),
    ],
)
def test_published_text_is_one_claim(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(parsed, text) == expected


# Remembering someone doing something, or doing it, is a memory of what happened, so it reports as a that-clause
# does (a real row: Cook on Jobs); remembering to act stays a deed (above).
def test_remembering_what_happened(parsed) -> None:
    text = "Tim Cook remembered Jobs rehearsing there for one event."
    assert rows(parsed, text) == [("Tim Cook", "Jobs rehearsing there for one event")]


# A country or capital that hands over words is its government (a real row: "Beijing offering new guidance to end
# the violence"); a place's views are still no words ("views of the river": F6).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing offered new guidance to end the violence.", [("Beijing", "new guidance to end the violence")]),
        ("London offers views of the river.", []),
    ],
)
def test_governments_offer_words(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(parsed, text) == expected


# A that-clause the parser split in two (a noun and a finite verb, both ccomp) still reports (a dev row).
def test_learned_split_clause(parsed) -> None:
    text = (
        "Republicans learned again during the first presidential debate that no matter the setting, no matter the"
        " stakes, Donald Trump will insist on being Donald Trump."
    )
    assert [s for s, _ in rows(parsed, text)] == ["Republicans"]
