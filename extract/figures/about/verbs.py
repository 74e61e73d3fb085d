"""The verbs that move money or forecast it, by class, and what a figure they govern is about: one table.

A figure that is a verb's object ("approved $12 million for a new courthouse", "Analysts expect $2 a share") is
rarely about the verb's subject; which of the verb's other words it is about depends on the kind of verb:

| class        | examples                      | what the amount is about                                           |
|--------------|-------------------------------|--------------------------------------------------------------------|
| PRICED       | cost, fetch, total            | the subject ("Tickets cost $50 for adults")                         |
| EARNING      | earn, post, report, lose      | the subject ("Netflix earned $2 billion for the period")            |
| BUYING       | pay, offer, bid, spend        | "for X", even a company or a person ("pay $28 billion for Cerner")  |
| PAYING       | approve, donate, lend, award  | "for X" unless a party; a purpose clause; who gets it ("lent Kyiv") |
| RECEIVING    | receive, win, secure, seek    | a purpose clause ("received $5 million to repair roads")            |
| CLAIMING     | sue, fine, charge, bill       | "for X" unless a party; never who pays ("fined the bank $5 million")|
| PENALISING   | fine, penalise                | the penalty and who pays it ("fined Barclays £40m": Barclays fine)  |
| SPENDING     | spend, invest, pour, sink     | "on X"/"for X" ("spent $3 billion on X"); INVESTING also "in X"     |
| FUNDING      | fund, finance, buy, cover     | the object, when the amount is the subject ("$2bn will fund X")     |
| FORECASTING  | expect, forecast, predict     | not the people who forecast (antecedents._forecast_subject_about)   |
| CALL_TO_BUY  | get, buy, grab, snag          | a deal line's "Get it for $N": the price the deal heading gave      |

A verb may be in several classes ("pay" buys, pays and claims); ``money_reading`` turns a verb's classes into the
readings prices._paid_for asks, in its order. Forms come from verb_forms (the pipeline has no lemmatizer); the
stem classes match any form that starts with a stem ("financ", "purchas").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.quotes.lexicon import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Token


# Verbs whose subject is the thing priced ("Tickets cost $50 for adults"): the subject stays what the amount is of.
PRICED = frozenset(verb_forms("cost:cost fetch total"))
# Verbs whose subject earns, makes or reports the amount ("Netflix earned $2 billion for the period", "posted $1.2
# billion to beat expectations"): the subject is what the amount is of (review s25 rev2f 1, 2).
EARNING = frozenset(
    verb_forms(
        "earn make:made post report gross generate lose:lost book record net:netted,netting rake bring:brought"
        " collect haul"
    )
)
# Verbs whose "for X" is what is bought even when X is a company or a person ("pay $68.7 billion for Activision").
BUYING = frozenset(verb_forms("pay:paid offer bid:bid spend:spent"))
# Verbs that pay, spend, give or set aside an amount: a purpose clause after one says what the amount buys ("paid
# $12 million to buy the building"); after others it is an outcome ("made $5 million to beat analysts' estimates")
# or a need ("needs $40 million to keep its doors open") (review s25 rev2f 2).
PAYING = frozenset(
    verb_forms(
        "pay:paid spend:spent invest offer bid:bid allocate approve sanction earmark pledge commit:committed,committing"
        " budget donate give:gave,given grant lend:lent raise set:set contribute provide award borrow charge"
    )
)
# Verbs of who receives an amount for a purpose: "The county received $5 million to repair roads" (rev3f 8).
RECEIVING = frozenset(verb_forms("receive win:won,winning secure get:got,gotten,getting obtain seek:sought request"))
# Verbs whose object is who pays or is paid, not what an amount "for $N" buys ("sued the city for $5 million").
CLAIMING = frozenset(verb_forms("sue fine charge bill tax penalize penalise pay:paid"))
# Verbs of a penalty, each with its noun: the amount is that penalty, whoever imposes it ("The regulator fined
# Barclays £40 million": a fine on Barclays, not the regulator's; "for misconduct" is why, not what it buys).
PENALISING = {**dict.fromkeys(verb_forms("fine"), "fine"), **dict.fromkeys(verb_forms("penalize penalise"), "penalty")}
# Verbs (as stems) whose "on X" / "for X" names what an amount buys ("spent $3 billion on X").
SPENDING = (
    *("spend", "spent", "invest", "sav", "pay", "paid", "wast"),
    *("splurg", "charg", "pour", "bet", "sink", "sank", "sunk"),
)
# Spending verbs (as stems) whose "in X" / "into X" names what the amount buys too ("investing $129 in a service").
INVESTING = ("invest", "pour", "sink", "sank", "sunk")
# Verbs (as stems) that spend their money subject on their object ("$2 billion will fund the new bridge").
FUNDING = ("fund", "financ", "buy", "bought", "purchas", "cover")
# Verbs of a forecast whose subject (analysts, economists) says what a figure will be, and is not what it measures.
FORECASTING = frozenset(verb_forms("expect forecast:forecast predict estimate project anticipate"))
# Verbs of a deal's call to buy: "Get it at Walmart for $238.99", "Buy it on Amazon for $139".
CALL_TO_BUY = frozenset(("get", "buy", "grab", "order", "snag", "score", "pick", "shop"))


def spends(v: Token) -> bool:
    """Whether v is a SPENDING verb (by stem)."""
    return v.lower_.startswith(SPENDING)


def invests(v: Token) -> bool:
    """Whether v is an INVESTING verb (by stem), whose "in X"/"into X" is what the amount buys."""
    return v.lower_.startswith(INVESTING)


def funds(v: Token) -> bool:
    """Whether v is a verb that spends its money subject on its object (FUNDING, by stem)."""
    return v.pos_ == "VERB" and v.lower_.startswith(FUNDING)


@dataclass(frozen=True, slots=True)
class MoneyReading:
    """Which of a money verb's words can say what the amount it moves is about, from the verb's classes."""

    subject: bool
    """The subject is what the amount is of (PRICED, EARNING): no other reading is tried."""
    for_party: bool
    """A "for" phrase may name a company or a person as what is bought (BUYING)."""
    purpose: bool
    """A purpose clause's object is what the amount is for (PAYING, RECEIVING)."""
    recipient: bool
    """Who gets the amount (dative or "to X") is what it is about (all but CLAIMING verbs that do not buy)."""
    penalty: str | None
    """The noun of the penalty the amount is (PENALISING: "fine", "penalty"), else None."""


def money_reading(v: Token) -> MoneyReading:
    """The readings of verb ``v``'s classes (see the table above)."""
    w = v.lower_
    return MoneyReading(
        subject=w in PRICED or w in EARNING,
        for_party=w in BUYING,
        purpose=w in PAYING or w in RECEIVING,
        recipient=w not in CLAIMING or w in BUYING,
        penalty=PENALISING.get(w),
    )
