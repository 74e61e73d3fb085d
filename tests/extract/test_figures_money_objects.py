"""Figures (lead s26 inbox, probe class 1a): an amount a verb moves is not about whoever imposes or orders it.
"The regulator fined Barclays £40 million" is a fine on Barclays, not the regulator's; "regulators ordered it to pay
£1.2bn": who pays is the ordered one, not the regulators; "will spend 5 billion zloty on tanks" buys tanks even
when the tagger makes the currency word an adverb."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    # a penalty: who pays it, never who imposes it nor why
    ("The watchdog fined Lloyds £30 million.", "£30 million", "Lloyds fine"),
    ("The commission fined the carmaker 500 million euros for cartel breaches.", "500 million euros", "carmaker fine"),
    ("The club was fined $250,000 by the league.", "$250,000", "club fine"),
    ("The agency penalized it $4 million.", "$4 million", "penalty"),
    # review s26 rev2f 4: the penalty wins over a reason, a total, a second pair and an apposition
    ("The commission fined Google a record €2.4 billion for abusing its dominance.", "€2.4 billion", "Google fine"),
    ("Regulators fined seven lenders a total of $2 billion.", "$2 billion", "lenders fine"),
    ("The league fined the club $40,000 and the manager $15,000.", "$15,000", "manager fine"),
    ("The watchdog fined Lloyds, the high-street lender, £30 million.", "£30 million", "Lloyds fine"),
    # review s26 rev3f 2, 7: an earlier amount with no "and" between is another figure; the object whatever its tag
    ("The regulator fined the firm $10 million.", "$10 million", "firm fine"),
    ("The judge fined Brown and Green $50,000 each.", "$50,000", "Brown and Green fine"),
    # object control: the object of "ordered" is who pays
    ("The tribunal ordered the airline to pay $2 million.", "$2 million", "airline"),
    ("After a long hearing, the judges ordered him to pay £80,000.", "£80,000", None),
    # a currency word the tagger made an adverb
    ("Hungary will spend 40 billion forint on roads.", "40 billion forint", "roads"),
    ("The ministry will spend 8 billion zloty on new trains.", "8 billion zloty", "trains"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_an_amount_is_not_about_who_imposes_it(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert figure in got and got[figure] == about, got


KEPT = [
    ("A judge ordered the company to pay $725 million to settle the case.", "$725 million", "case"),
    ("The city sued the developer for $5 million.", "$5 million", "developer"),
    ("The company wants to raise $40 million.", "$40 million", "company"),
    ("The county board approved $12 million for a new courthouse.", "$12 million", "courthouse"),
]


@pytest.mark.parametrize(("text", "figure", "about"), KEPT)
def test_other_amounts_keep_their_about(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got


def test_an_earlier_amount_with_no_and_between_is_another_figure(parsed):
    # review s26 rev3f 2: the second amount is what was levied on another company, no fine on the first
    text = "The EU fined Intel €1 billion, more than the €500 million it levied on Qualcomm."
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get("€1 billion") == "Intel fine", got
    assert "fine" not in (got.get("€500 million") or ""), got
