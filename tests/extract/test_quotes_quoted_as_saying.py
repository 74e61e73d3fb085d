"""Quotes and claims: "X quoted Y as saying ..." and "Y was quoted by X as saying ...": Y speaks, X only relays."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, sources_of


# Probe s26 (43, q2): 'The interior minister, Nancy Faeser, was quoted by Der Spiegel as saying the border checks would
# be extended' gave a second claim sourced to Der Spiegel whose text was the whole sentence.
@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The interior minister, Nancy Faeser, was quoted by Der Spiegel as saying the border checks would be"
            " extended.",
            "the border checks would be extended",
        ),
        ("The general was quoted by state media as saying troops would withdraw.", "troops would withdraw"),
        ("State media cited the general as saying troops would withdraw.", "troops would withdraw"),
        ("The minister was quoted by the BBC as warning that prices would rise.", "that prices would rise"),
    ],
)
def test_the_relaying_outlet_has_no_claim_of_its_own(parsed, text: str, said: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == [said]


# The active form gave the outlet as the source: 'Reuters quoted a company spokesman as saying ...' -> Reuters.
@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        ("Reuters quoted a company spokesman as saying the plant would reopen on Monday.", "a company spokesman"),
        ("Der Spiegel quoted Nancy Faeser as saying the border checks would be extended.", "Nancy Faeser"),
        ("State media cited the general as saying troops would withdraw.", "the general"),
    ],
)
def test_whom_the_outlet_quotes_speaks(parsed, text: str, source_text: str) -> None:
    assert [c.source_text for c in claims_of(parsed, text)] == [source_text]


def test_quoted_pronoun_resolves(parsed) -> None:
    text = "Plant manager Ji-ho Lee spoke on Monday. Reuters quoted him as saying the plant would reopen."
    assert sources_of(parsed, text) == {"the plant would reopen": "Ji-ho Lee"}


# Kept: a citing agent with a judgement of its own, and an outlet that says something itself.
@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        ("The study was cited by the minister as proof that the policy works.", "the minister"),
        (
            "The Wall Street Journal, quoting people familiar with the matter, said the deal could be announced.",
            "The Wall Street Journal",
        ),
    ],
)
def test_other_citing_is_unchanged(parsed, text: str, source_text: str) -> None:
    assert [c.source_text for c in claims_of(parsed, text)] == [source_text]


# Review s26 rev2q LOW 6: the headline path (a document's first line) skipped the relaying rule.
@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        ("Xinhua cited the ministry as saying exports rose in May.\n", "the ministry"),
        ("Reuters quoted Tom Hale as saying the plant would reopen\n\nThe plant closed in May.\n", "Tom Hale"),
    ],
)
def test_a_headline_relays_too(parsed, text: str, source_text: str) -> None:
    assert [c.source_text for c in claims_of(parsed, text)] == [source_text]
