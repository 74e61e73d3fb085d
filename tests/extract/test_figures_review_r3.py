"""Figures: review r3 HIGH findings (each repro plus a near miss that keeps its answer)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import conflicts_of, figures_of, one_of

# HIGH-1: only a person right after the term's own 'for' holds it; the crime's 'for' names no prisoner.
HOLDERS = [
    ("Robert Jones faces 10 years in prison for spying for Microsoft.", 10, "prison term for Robert Jones"),
    ("Robert Jones received 4 years in prison for lying for Trump.", 4, "prison term for Robert Jones"),
    ("Paul Whelan was sentenced to 16 years in prison for spying for Russia.", 16, "prison term for Paul Whelan"),
    # near miss: a person after the term's own 'for' still holds it
    ("Prosecutors are seeking 10 years in prison for Smith.", 10, "prison term for Smith"),
]


@pytest.mark.parametrize(("text", "value", "about"), HOLDERS)
def test_the_crimes_for_names_no_holder(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


@pytest.mark.parametrize(
    "text",
    [
        "Whelan was sentenced to 16 years in prison for spying for Russia.",
        "A Pennsylvania man was sentenced to 3 years in prison for casting a ballot for Trump.",
    ],
)
def test_the_crimes_for_is_not_the_holder(parsed, text) -> None:
    about = [f.about for f in figures_of(parsed, text) if f.kind == "duration"][0]
    assert not about.endswith(("Russia", "Trump")), about


def test_the_beneficiary_of_a_crime_is_no_holder(parsed) -> None:
    a = "A Gaza man was sentenced to 20 years in prison for working for Hamas."
    b = "Two students were sentenced to 15 years in prison for fighting for Hamas."
    assert conflicts_of(parsed, a, b) == []


# MED-2: a passive verb joined to an active one shares its subject.
@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Smith pleaded guilty and was sentenced to 3 years in prison.", "prison term for Smith"),
        # near miss: an active verb joined to another names no holder of its own
        ("A man pleaded guilty and was sentenced to 3 years in prison.", "prison term"),
    ],
)
def test_a_joined_passive_shares_the_subject(parsed, text, about) -> None:
    assert one_of(figures_of(parsed, text), 3).about == about


# HIGH-6: a capitalised common noun after 'a'/'the' is a description, not a name.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "A Marine was sentenced to 10 years in prison for the attack.",
            "A Marine was sentenced to 8 years in prison for selling guns.",
        ),
        ("The Briton was sentenced to 3 years in prison.", "The Briton was sentenced to 2 years in prison."),
    ],
)
def test_a_described_defendant_keys_nothing(parsed, a, b) -> None:
    assert conflicts_of(parsed, a, b) == []


def test_a_named_defendant_still_clashes(parsed) -> None:
    a = "Evan Gershkovich was sentenced to 16 years in prison."
    b = "Evan Gershkovich was sentenced to 18 years in prison."
    assert conflicts_of(parsed, a, b) == [[16.0, 18.0]]


# HIGH-2: an organisation subject alone does not make 'crossed N things' a level; 'streams' may be water.
@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("UPS crossed 10 states in one day.", 10, None),
        ("The hikers crossed 12 streams on the trail.", 12, None),
        # near misses: a total subject or an audience stays a level
        ("The death toll crossed 1,000 people on Monday.", 1000, "more than"),
        ("Netflix crossed 200 million subscribers.", 2e8, "more than"),
    ],
)
def test_things_crossed_keep_their_count(parsed, text, value, qualifier) -> None:
    assert one_of(figures_of(parsed, text), value).qualifier == qualifier


# HIGH-3: 'N of those X' is a part, and 'these X' in another story points at that story's own group.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "About 12,000 North Korean soldiers were sent to Russia in October.",
            "Ukraine said 9,000 of those soldiers had been killed or wounded.",
        ),
        (
            "About 40,000 Lahaina residents lost power.",
            "Maui has 160,000 residents. Officials said 30,000 of these residents live in Kihei.",
        ),
        (
            "About 12,000 North Korean soldiers were sent to Russia in October.",
            "Ukraine put the number of these soldiers at 15,000.",
        ),
    ],
)
def test_a_part_or_another_storys_group_is_no_clash(parsed, a, b) -> None:
    assert conflicts_of(parsed, a, b) == []


def test_a_part_of_the_group_is_no_clash(parsed) -> None:
    text = (
        "About 12,000 North Korean soldiers were sent to Russia in October. "
        "Ukraine said 9,000 of those soldiers had been killed or wounded."
    )
    assert conflicts_of(parsed, text) == []


def test_these_takes_up_its_own_storys_group(parsed) -> None:
    text = (
        "About 12,000 North Korean soldiers were sent to Russia in October. "
        "Ukraine put the number of these soldiers at 15,000."
    )
    assert conflicts_of(parsed, text) == [[12000.0, 15000.0]]


# HIGH-4: any '<modifier> trading' after a price is a session, so the price stays the stock's or commodity's.
@pytest.mark.parametrize(
    ("text", "value", "about"),
    [
        ("Nvidia stock rose to $130 in regular trading.", 130, "Nvidia stock"),
        ("Shares of Boeing hit $180 in intraday trading.", 180, "Boeing"),
        # near miss: an amount of money made in trading keeps its content
        ("JPMorgan earned $5 billion in bond trading.", 5e9, "bond trading"),
    ],
)
def test_trading_after_a_price_is_a_session(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Nvidia stock rose to $130 in regular trading.", "Apple stock closed at $190 in regular trading."),
        ("Bitcoin fell to $60,000 in weekend trading.", "Ether slid to $2,900 in weekend trading."),
    ],
)
def test_two_prices_in_one_session_are_no_clash(parsed, a, b) -> None:
    assert conflicts_of(parsed, a, b) == []


# HIGH-5: trade without its parties ('bilateral trade', 'two-way trade') keys no conflict.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "China and the United States exchanged $650 billion in bilateral trade last year.",
            "Canada and the United States exchanged $900 billion in bilateral trade last year.",
        ),
        (
            "Mexico became the top U.S. partner with $800 billion in two-way trade.",
            "China fell to third with $575 billion in two-way trade.",
        ),
    ],
)
def test_trade_without_its_parties_is_no_clash(parsed, a, b) -> None:
    assert conflicts_of(parsed, a, b) == []


def test_revenue_still_clashes(parsed) -> None:
    a = "Apple reported $90 billion in revenue last quarter."
    b = "Apple reported $120 billion in revenue last quarter."
    assert conflicts_of(parsed, a, b) == [[9e10, 1.2e11]]
