"""Figures: whose record level "a record high of N" is. A change on the way to the record ("gained 300 points to a
record high") is a measure of its own, not a thing sent to the record (review r2 HIGH-1); a verb that goes "to" a
record alone gives it to its subject even when the first pass found nothing, and a currency may hold one
("Bitcoin soared to a record high", review r2 MED-3); a bare "22-year high of 5.5%" is a record like
"a record high" (review r2 LOW-2)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

HOLDERS = [
    # review r2 HIGH-1: the change (points, cents, percent) is no holder; the subject is
    ("The Dow gained 300 points to a record high of 36,000.", 36000.0, "Dow"),
    ("The Dow Jones Industrial Average added 500 points to an all-time high of 40,000 on Wednesday.", 40000.0,
     "Dow Jones Industrial Average"),
    ("The Nasdaq added 150 points to a record high of 16,000.", 16000.0, "Nasdaq"),
    ("The Sensex gained 400 points to a fresh high of 72,000.", 72000.0, "Sensex"),
    ("The index shed 900 points to a two-year low of 28,000.", 28000.0, "index"),
    ("Gas prices gained 12 cents to a record high of $5.02 a gallon.", 5.02, "Gas prices"),
    ("The index gained 2.1 percent to a record high of 41,000.", 41000.0, "index"),
    # review r2 MED-3: no first-pass about, and a currency as the holder
    ("Bitcoin soared to a record high of $69,000 in November.", 69000.0, "Bitcoin"),
    ("Bitcoin jumped to a record high of $73,000.", 73000.0, "Bitcoin"),
    # review r2 LOW-2: a bare "N-year high of" a percent or a price is a record too, the object's
    ("The Fed raised interest rates to a 22-year high of 5.5%.", 5.5, "interest rates"),
    ("The Fed lifted rates to a 16-year high of 5.25%.", 5.25, "rates"),
    # guards: with no object, the subject ("fell to a 50-year low of 3.5%": unemployment)
    ("Unemployment fell to a 50-year low of 3.5%.", 3.5, "Unemployment"),
    ("The stock rose to a 52-week high of $150.", 150.0, "stock"),
    # guards: an object that is a thing, not a measure, is sent to the record (review r1 HIGH-5)
    ("The company raised its dividend to a record high of $1.50 a share.", 1.5, "dividend"),
    ("Investors pushed Tesla shares to a record high of $400.", 400.0, "Tesla shares"),
    ("Gold rose to a record high of $2,400.", 2400.0, "Gold"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "about"), HOLDERS)
def test_record_holder(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


def test_a_restated_currency_is_still_no_about(parsed) -> None:
    # guard: the currency-name rule keeps "3.2 billion pounds ($4.1 billion)" from being about pounds
    figs = figures_of(parsed, "The club paid 3.2 billion pounds ($4.1 billion) for the stadium.")
    assert one_of(figs, 4.1e9).about != "pounds"
