"""Money (brief s29): "Rs" is India's rupee only when the story names no other country with a rupee: "Pakistan set
aside Rs 500 billion" is PKR, read by the rule every bare currency name follows (the country that frames the
sentence, the dateline, the story's tally)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

RUPEES = [
    ("Pakistan set aside Rs 500 billion for the dams.", "Rs 500 billion", "PKR"),
    ("Pakistan set aside Rs500 billion for the dams.", "Rs500 billion", "PKR"),
    ("Pakistan set aside Rs. 500 billion for the dams.", "Rs. 500 billion", "PKR"),
    ("In Sri Lanka, the government will spend Rs 20 billion on fuel.", "Rs 20 billion", "LKR"),
    ("The government of Sri Lanka will spend Rs 20 billion on fuel.", "Rs 20 billion", "LKR"),
    ("ISLAMABAD (Reuters) - The government will spend Rs 20 billion on fuel.", "Rs 20 billion", "PKR"),
    # kept: India's, or no country at all
    ("India set aside Rs 500 crore for the dams.", "Rs 500 crore", "INR"),
    ("The ministry set aside Rs 500 crore for the dams.", "Rs 500 crore", "INR"),
    ("The fare is Rs 50.", "Rs 50", "INR"),
    ("India's budget set aside Rs 500 crore for the fence on the border with Pakistan.", "Rs 500 crore", "INR"),
    ("Pakistan set aside ₹500 billion for the dams.", "₹500 billion", "INR"),  # the sign is India's alone
]


@pytest.mark.parametrize(("text", "figure", "unit"), RUPEES)
def test_rs_is_the_rupee_of_the_story(parsed, text, figure, unit):
    got = {f.text: f.unit for f in figures_of(parsed, text)}
    assert got.get(figure) == unit, got
