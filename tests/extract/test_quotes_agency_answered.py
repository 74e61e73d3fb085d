"""Quotes and claims: "the agency" after an agency acted and an organisation answered it is the agency ("The FAA
grounded the jets. Boeing said it supported the decision. The agency said ..."), and an agency spelled out before
its acronym is one agency ("the Metropolitan Transportation Authority (MTA) ... the MTA"). An organisation we may not
know for no agency (an acronym: "GM", "ACLU"), one the text calls an agency, or one that reported news still
stops the look-back."""

from __future__ import annotations

import pytest

from tests.extract.test_quotes_agency_acronyms import agency_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The FAA grounded the jets after the crash. Boeing said it supported the decision. The agency said the "
            "budget was tight.",
            "FAA",
        ),
        (
            "The EPA proposed new limits on soot on Friday. The Sierra Club, an environmental group, praised the "
            "agency. The agency said the budget was tight.",
            "EPA",
        ),
        (
            "The Securities and Exchange Commission charged the founder with fraud. Goldman Sachs said it was "
            "cooperating. The agency said the budget was tight.",
            "Securities and Exchange Commission",
        ),
        (
            "The Transportation Security Administration hired 2,000 screeners. Covenant Aviation Security, a "
            "contractor for the agency, said it would add 500 more. The agency said the budget was tight.",
            "Transportation Security Administration",
        ),
        # A company reporting its results answers as any other (the news-agency test asks the name).
        (
            "The FAA grounded the jets after the crash. Boeing reported a loss on Monday. The agency said the budget "
            "was tight.",
            "FAA",
        ),
        # A newspaper, a broadcaster or a postal service is no agency (review s20 r1a MED).
        (
            "The FAA grounded the jets after the crash. The Boston Globe said it had obtained the memo. The agency "
            "said the budget was tight.",
            "FAA",
        ),
        (
            "The FAA grounded the jets after the crash. The New York Times said it had obtained the memo. The agency "
            "said the budget was tight.",
            "FAA",
        ),
        (
            "The FAA grounded the jets after the crash. Deutsche Post said it would stop shipping parts. The agency "
            "said the budget was tight.",
            "FAA",
        ),
        (
            "The Metropolitan Transportation Authority (MTA) raised subway fares by 25 cents on Sunday. The agency "
            "said the budget was tight.",
            "MTA",
        ),
    ],
)
def test_agency_after_an_answer(parsed, text: str, source: str) -> None:
    assert agency_of(parsed, text) == [source]


# Near misses: the organisation in between may be an agency (an acronym), is called one, or reported the news.
@pytest.mark.parametrize(
    "text",
    [
        "The FAA grounded the jets after the crash. GM said it supported the decision. The agency said the budget "
        "was tight.",
        "The FAA grounded the jets after the crash. Robert Half, the staffing agency, said it supported the decision. "
        "The agency said the budget was tight.",
        "The CDC recommends flu shots for everyone. Reuters reported the figures on Monday. The agency said the "
        "budget was tight.",
        # A news agency that said something, whatever its verb, may be "the agency" (extract.actors.names'
        # is_news_agency).
        "The CDC recommends flu shots for everyone. The Associated Press said the figures were new. The agency said "
        "the budget was tight.",
    ],
)
def test_no_skip(parsed, text: str) -> None:
    assert agency_of(parsed, text) != ["FAA"] and agency_of(parsed, text) != ["CDC"]
