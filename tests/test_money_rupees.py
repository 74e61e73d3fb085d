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


# probe s29 F24 HIGH: Indian copy's "cr" is crore after money ("₹500 cr" was INR 500)
CRORES = [
    ("The company raised ₹500 cr in its IPO.", "₹500 cr", 5e9),
    ("The company raised Rs 500 cr in its IPO.", "Rs 500 cr", 5e9),
    ("Reliance posted a net profit of ₹19,323 cr for the quarter.", "₹19,323 cr", 1.9323e11),
    ("The state lost ₹2.5 lakh cr in revenue.", "₹2.5 lakh cr", 2.5e12),
    ("The company raised Rs.500cr in its IPO.", "Rs.500cr", 5e9),
    ("The company raised Rs 500 crore in its IPO.", "Rs 500 crore", 5e9),  # as before
]


@pytest.mark.parametrize(("text", "figure", "value"), CRORES)
def test_cr_after_money_is_crore(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get(figure) == pytest.approx(value), got


def test_cr_after_a_bare_number_is_no_scale(parsed):
    got = {f.text: f.value for f in figures_of(parsed, "He drove 500 cr to the shop.")}
    assert got.get("500") == 500.0, got


# review s29 rev1 RF5, RF6: title-case "Cr"; Pakistani and Sri Lankan copy in its common forms
MORE = [
    ("The company raised Rs 500 Cr in its IPO.", "Rs 500 Cr", 5e9, "INR"),
    ("KARACHI: The State Bank injected Rs 300 billion into the market on Friday.", "Rs 300 billion", 3e11, "PKR"),
    ("LAHORE: The Punjab government approved Rs 50 billion for roads.", "Rs 50 billion", 5e10, "PKR"),
    ("The Sri Lankan government will spend Rs 20 billion on fertiliser subsidies.", "Rs 20 billion", 2e10, "LKR"),
    ("The Pakistani government approved Rs 50 billion for flood relief.", "Rs 50 billion", 5e10, "PKR"),
    ("MUMBAI: The firm raised Rs 500 crore.", "Rs 500 crore", 5e9, "INR"),
]


@pytest.mark.parametrize(("text", "figure", "value", "unit"), MORE)
def test_more_rupee_evidence(parsed, text, figure, value, unit):
    got = {f.text: (f.value, f.unit) for f in figures_of(parsed, text)}
    assert got.get(figure) == (pytest.approx(value), unit), got
