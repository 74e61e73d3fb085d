"""Quotes: "X said" between dashes inside the sentence it sources ("A 43-year-old man - police said - was arrested") is
the dash twin of "A man, police said, was arrested": the speaker is the name after the first dash and the claim is the
whole sentence (review s19 r2c MED-14)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        ("A 43-year-old man - police said - was arrested.", "police"),
        ("A 43-year-old man — police said — was arrested on Monday.", "police"),
        ("The deal - officials said - would be signed in May.", "officials"),
        ("The plan — the minister said on Tuesday — is dead.", "the minister"),
    ],
)
def test_a_cue_between_dashes_sources_its_sentence(parsed, text: str, source_text: str) -> None:
    assert [(c.source_text, c.text) for c in claims_of(parsed, text)] == [(source_text, text[:-1])]


# Near misses: an aside that says something of its own, a relative aside, and a dash after the report.
def test_asides_of_their_own_stay(parsed) -> None:
    text = "Climate change played to his ideals - critics would call them messianic impulses - but exposed his flaws."
    assert [c.text for c in claims_of(parsed, text)] == ["them messianic impulses"]
    text = "Police said a man was arrested - the third this week."
    assert [c.text for c in claims_of(parsed, text)] == ["a man was arrested - the third this week"]


def test_a_judgement_inside_the_dashes_is_no_aside_of_the_sentence(parsed) -> None:
    text = (
        "To his successor, Mr. Obama leaves an ambitious legacy: a raft of new emissions rules, and an aggressive -"
        " some say unrealistic - pledge made in Paris to reduce emissions."
    )
    rows = [(c.source_text, c.text) for c in claims_of(parsed, text)]
    assert all(not t.startswith("To his successor") for _, t in rows) and [s for s, _ in rows] == ["some"]


# review s19 r2c MED-21: a cue set off by dashes reports up to the closing dash.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The bill — Democrats said it was a giveaway — passed on Friday.", "it was a giveaway"),
        ("Police - who said the man was armed - opened fire.", "the man was armed"),
        ("Democrats said the bill - a giveaway - passed on Friday.", "the bill - a giveaway - passed on Friday"),
    ],
)
def test_a_report_between_dashes_ends_at_the_dash(parsed, text: str, content: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == [content]


def test_the_subject_before_a_hyphen_aside_speaks(parsed) -> None:
    # review s19 r2c LOW-22: hyphens for dashes made the senator the participle's, leaving 'said' without a subject.
    text = "The senator - speaking to reporters - said the bill would pass."
    assert [(c.source_text, c.text) for c in claims_of(parsed, text)] == [("The senator", "the bill would pass")]


# review s19 r3e HIGH-1, MED-2: a time the tagger calls a date ("last week", "late Tuesday") and whom it was told may
# stand between the cue and the closing dash.
@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        ("The deal — officials said last week — would be signed in May.", "officials"),
        ("The plan — the minister said late Tuesday — is dead.", "the minister"),
        ("A 43-year-old man - police told reporters - was arrested.", "police"),
    ],
)
def test_times_and_addressees_inside_the_dashes(parsed, text: str, source_text: str) -> None:
    assert [(c.source_text, c.text) for c in claims_of(parsed, text)] == [(source_text, text[:-1])]


# review s19 r3e HIGH-4, HIGH-5, MED-3: a dateline's dash is no aside's, and an en dash joining a pair is no dash.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "WASHINGTON — The White House said the bill — passed by the House last week — would be signed on Friday.",
            "the bill — passed by the House last week — would be signed on Friday",
        ),
        (
            "KYIV, Ukraine (AP) — Ukrainian officials said the bridge - hit twice this week - would reopen.",
            "the bridge - hit twice this week - would reopen",
        ),
        (
            "WASHINGTON (AP) — Senate leaders said the bill - a giveaway - would pass.",
            "the bill - a giveaway - would pass",
        ),
        (
            "The deal — officials said the Paris–Berlin rail link was ready — would be signed.",
            "the Paris–Berlin rail link was ready",
        ),
    ],
)
def test_a_dateline_dash_opens_no_aside(parsed, text: str, content: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == [content]


# review s19 r3e MED-6: the writer's sentence before a dash or colon is no part of the report after it.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "It was the second such case this year — police said the suspect was known to them.",
            "the suspect was known to them",
        ),
        ("Then came the twist: the minister said the report was flawed.", "the report was flawed"),
        ("The bridge was unsafe, officials said.", "The bridge was unsafe"),
    ],
)
def test_a_sentence_before_a_dash_or_colon_is_apart(parsed, text: str, content: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == [content]


def test_a_dash_closing_an_earlier_aside_opens_none(parsed) -> None:
    # review s19 r3e MED-9: the dash before the speaker closes "— a day after the vote —".
    text = "On Tuesday — a day after the vote — officials said the plan — a compromise — would pass."
    assert [c.text for c in claims_of(parsed, text)] == ["the plan — a compromise — would pass"]


# review s19 r3e HIGH-13: a pair of dashes inside the report is the report's own aside, not the closing dash.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "It was the second such case this year — police said the suspect — a 43-year-old man — was known to them.",
            "the suspect — a 43-year-old man — was known to them",
        ),
        (
            "In a statement — released late on Monday — the company said the recall — its second this year — would cost"
            " $2 billion.",
            "the recall — its second this year — would cost $2 billion",
        ),
    ],
)
def test_a_pair_inside_the_report_stays(parsed, text: str, content: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == [content]
