"""Quotes and claims: a text's participle ("a tweet saying ...", "a letter calling ...") and who speaks through it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, rows_of, sources_of


# Who puts out a text (issues, releases, posts, sends, unleashes it) speaks through its participle, for any text
# noun ("a report saying", "a tweet saying", "a series of tweets saying"), not only a statement or a letter.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency released a report saying that emissions rose by 3 percent.",
            ("The agency", "that emissions rose by 3 percent"),
        ),
        ("Trump posted a tweet saying the election was rigged.", ("Trump", "the election was rigged")),
        (
            "Donald Trump unleashed a series of tweets saying that Clinton had shown bad judgment.",
            ("Donald Trump", "that Clinton had shown bad judgment"),
        ),
    ],
)
def test_issuer_speaks_through_the_text(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c.source_text, c.text) for c in claims_of(parsed, text)]


# Who receives or cites a text does not say what it says: the text does ("Trump received a letter saying ..." gave
# Trump as the speaker).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump received a letter saying the election was rigged.", ("a letter", "the election was rigged")),
        ("Officials cited a letter saying the plant was unsafe.", ("a letter", "the plant was unsafe")),
    ],
)
def test_received_text_speaks_itself(parsed, text: str, expected: tuple[str, str]) -> None:
    claims = claims_of(parsed, text)
    assert expected in [(c.source_text, c.text) for c in claims]
    assert all(c.source != "Trump" for c in claims)


# Near misses: issuing and reading out a statement keep their speaker, as before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The White House issued a statement condemning the attack on the embassy.",
            ("The White House", "the attack on the embassy"),
        ),
        ("The mayor read a statement saying the curfew would end.", ("The mayor", "the curfew would end")),
    ],
)
def test_issued_statement_keeps_its_speaker(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c.source_text, c.text) for c in claims_of(parsed, text)]


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
    assert expected in rows_of(parsed, text)


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
    assert expected in rows_of(parsed, text)


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
    assert rows_of(parsed, text) == expected


# R1: only a verb of issuing makes its subject the author of a text; one who dismisses, criticizes, refutes or
# ignores a statement does not say what it says.
@pytest.mark.parametrize(
    ("text", "speaker", "claim"),
    [
        (
            "The Kremlin dismissed a statement saying its troops had crossed the border.",
            "a statement",
            "its troops had crossed the border",
        ),
        ("The senator criticized a statement saying the war was over.", "a statement", "the war was over"),
        ("The minister ignored a letter saying the school was unsafe.", "a letter", "the school was unsafe"),
    ],
)
def test_reacting_to_a_text_is_not_saying_it(parsed, text: str, speaker: str, claim: str) -> None:
    got = rows_of(parsed, text)
    assert (speaker, claim) in got
    assert all(c != claim for s, c in got if s != speaker)


# Near misses: a text's maker still speaks through it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry issued a statement saying the border was closed.", ("The ministry", "the border was closed")),
        ("The governor signed an order saying schools would close.", ("The governor", "schools would close")),
        ("The Kremlin made a statement saying the talks had failed.", ("The Kremlin", "the talks had failed")),
    ],
)
def test_text_makers_still_speak(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# R2: the parser may hang the participle on the verb instead of the text ("were sent an email saying"): the
# recipient of a passive never speaks, and a text someone denies speaks for itself.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customers were sent an email saying their data had been stolen.",
            ("an email", "their data had been stolen"),
        ),
        ("Lawmakers were handed a memo saying the program would end.", ("a memo", "the program would end")),
        ("Smith denied a report saying he had resigned.", ("a report", "he had resigned")),
    ],
)
def test_participle_on_the_verb_speaks_for_the_text(parsed, text: str, expected: tuple[str, str]) -> None:
    got = rows_of(parsed, text)
    assert expected in got
    assert all(s == expected[0] for s, c in got if c == expected[1])


# Near misses: ", saying" after the object is the subject's own word, and a recipient's text (acl) is unchanged.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company denied the report, saying it was false.", ("The company", "it was false")),
        ("Parents were sent a letter saying the school would close.", ("a letter", "the school would close")),
    ],
)
def test_participle_after_comma_is_the_subjects(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# R1 (resolution): a text one reacted to or received is not resolved to the sentence's organisation; a text its
# issuer named before still is.
def test_dismissed_text_has_no_author(parsed) -> None:
    text = "The Kremlin dismissed a statement saying its troops had crossed the border."
    assert sources_of(parsed, text)["its troops had crossed the border"] is None


def test_issued_text_keeps_its_issuer(parsed) -> None:
    text = "The Pentagon issued a statement on Monday. The statement said the strike had hit its target."
    assert sources_of(parsed, text)["the strike had hit its target"] == "Pentagon"


# R7: a text put out by someone who did not write it speaks for its author ("a letter from the governor") or for
# itself ("leaked emails"), not for the publisher.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator released a letter from the governor saying the plant would close.",
            ("the governor", "the plant would close"),
        ),
        ("The newspaper published leaked emails saying the deal was off.", ("leaked emails", "the deal was off")),
    ],
)
def test_others_text_speaks_for_its_author(parsed, text: str, expected: tuple[str, str]) -> None:
    got = rows_of(parsed, text)
    assert expected in got
    assert all(s == expected[0] for s, c in got if c == expected[1])


def test_own_text_speaks_for_its_publisher(parsed) -> None:
    text = "The senator released a letter saying the plant would close."
    assert ("The senator", "the plant would close") in rows_of(parsed, text)
