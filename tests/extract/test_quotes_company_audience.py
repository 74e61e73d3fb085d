"""Quotes and claims: "the firm", "the company" is never an organisation named only as whom someone told or spoke
to ("told the BBC", "spoke to the BBC"), nor a news organisation that reported the story ("..., Reuters reported",
"according to Reuters"): the outlet heard or reported the words; the company is another, or none."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


def _source(parsed, text: str, claim: str) -> list[str | None]:
    return [c.source for c in claims_of(parsed, text) if c.text == claim]


# Probe s28 Q-P1 (HIGH): the BBC, spoken to, became "the firm".
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "A former employee told the BBC that she had been bullied for years. The firm told The Guardian it took "
            "all complaints seriously.",
            "it took all complaints seriously",
            None,
        ),
        (
            "A former employee spoke to the BBC. The firm told The Guardian it took all complaints seriously.",
            "it took all complaints seriously",
            None,
        ),
        (
            "Acme Corp fired 30 staff last month. A former employee told the BBC that she had been bullied. The firm "
            "said it took all complaints seriously.",
            "it took all complaints seriously",
            "Acme Corp",
        ),
        # the teller is the company; whom it told is not
        (
            "Google told Apple it would end the deal in March. The company said the talks had failed.",
            "the talks had failed",
            "Google",
        ),
        # a company named otherwise than as a hearer still is the nearest
        (
            "Acme Corp fired 30 staff last month. The firm told The Guardian it took all complaints seriously.",
            "it took all complaints seriously",
            "Acme Corp",
        ),
    ],
)
def test_company_is_no_hearer(parsed, text, claim, source) -> None:
    assert _source(parsed, text, claim) == [source]


# Probe s28 Q-P1, batches 7 and 10: the outlet that reported or was cited became "the company".
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "According to Reuters, the deal is worth $2 billion. The company said it would not comment.",
            "it would not comment",
            None,
        ),
        (
            "The Financial Times reported the deal on Monday. The company told the newspaper it had no comment.",
            "it had no comment",
            None,
        ),
        ("Bloomberg reported the deal on Monday. The firm said it would not comment.", "it would not comment", None),
        (
            "Shares of Acme Corp fell 5 percent after Bloomberg reported the deal. The company said it would not "
            "comment.",
            "it would not comment",
            "Acme Corp",
        ),
        # not in a reporting role, or a sector word that fits it: the outlet is the company
        (
            "The Washington Post said it would cut 300 jobs. The company said the cuts were painful.",
            "the cuts were painful",
            "Washington Post",
        ),
        (
            "Bloomberg News reported the talks. The media company said its subscriptions had grown 8 percent.",
            "its subscriptions had grown 8 percent",
            "Bloomberg News",
        ),
        # no news organisation: the company cited is the company
        (
            "According to Acme Corp, the workers were paid in full. The company said it had followed the law.",
            "it had followed the law",
            "Acme Corp",
        ),
    ],
)
def test_company_is_no_reporting_outlet(parsed, text, claim, source) -> None:
    assert _source(parsed, text, claim) == [source]
