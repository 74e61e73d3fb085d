"""Rates: per-unit rates ("90 miles per gallon", "$3.49/gal", "two hours a day"), exchange rates ("The yen weakened
to 108.55 per dollar") and accelerations ("0-60 mph in 5.8 seconds")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.figures.about import _about
from extract.figures.core import _COLLECTIVES, _Fig, _singular, _span_root
from extract.figures.money import _SUBUNITS, _currency_after
from extract.figures.units import _DURATION_IN_SECONDS, _DURATION_UNITS, _UNIT_SYMBOLS, _per_unit, _per_width

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Time symbols that only mean a time in a rate's denominator ("km/s", "m/ms", "L/h"); alone they are words.
_SLASH_TIMES = {
    "s": "second",
    "ms": "millisecond",
    "h": "hour",
    "d": "day",
    "s2": "square second",
    "s²": "square second",
}


# Unit symbols that are no rate's denominator after a slash: a letter that also names a weighting, grade or class
# ("90 dB/A", "Class B/C"), a temperature, an angle, or an inch or foot mark ("5'/6'").
_NO_DENOMINATOR = frozenset(
    ("A", "V", "K", "J", '"', "'", "″", "′", "in", "°", "°C", "ºC", "°F", "ºF", "rad", "dB", "dBA", "dBa", "MP", "PS")
)


def _slash_unit(doc: Doc, k: int) -> str | None:
    """The unit of a rate's denominator written after a slash at token k, for money and measures alike ("$3.49/gal",
    "$4.99/lb", "$9.99/mo", "50 mg/L", "50 km/s", "9.8 m/s2"), or None ("90 dB/A", "Tickets are $10/person")."""
    if k >= len(doc):
        return None
    # a sentence's full stop the tokenizer left on the symbol ("50 km/s.", "50 mg/L.") is no part of it
    symbol = doc[k].text.rstrip(".") or doc[k].text
    if symbol in _NO_DENOMINATOR:
        return None
    return (
        _per_unit(doc, k)
        or _DURATION_UNITS.get(symbol.lower())
        or _SLASH_TIMES.get(symbol)
        or _UNIT_SYMBOLS.get(symbol)
    )


# Words of a time that "from" measures a span to ("6% a year from now"), not the start of a rate ("from 2010").
_DEICTIC_TIMES = frozenset(("now", "today", "then", "tomorrow", "here"))


# Words after "from now/then" that make it the start of a span the rate runs over ("from then until 2019").
_SPAN_ONWARD = frozenset(("until", "till", "til", "to", "through", "thru", "onward", "onwards", "forward", "forwards"))


def _a_year(text: str) -> bool:
    return len(text) == 4 and text.isdecimal() and text[:2] in ("19", "20")


def _span_goes_on(doc: Doc, k: int) -> bool:
    """Whether the word at k carries a span on from "from then": "until 2019", "onwards", "on" closing its phrase
    ("from now on,"); not "6% a year from now, up from 5%" nor "from today on the bond"."""
    if k >= len(doc):
        return False
    w = doc[k].lower_
    if w == "on":
        return k + 1 >= len(doc) or doc[k + 1].is_punct
    if w in ("to", "through", "thru"):
        # only before a date: "from then to 2019", "through the end of 2027"; not "3.5% a year from now to 3% two
        # years out", "to the relief of borrowers" (review s28 rev1 R1F-9)
        j = k + 1
        while j < len(doc) and doc[j].lower_ in ("the", "end", "start", "close", "middle", "of", "early", "late"):
            j += 1
        return j < len(doc) and doc[j].ent_type_ == "DATE" and not doc[j].like_num or _a_year(doc[j].text)
    return w in _SPAN_ONWARD


def _a_time_after(doc: Doc, k: int) -> bool:
    """Whether the word at k after "N% a year" makes the year a time, not a rate's denominator: "hence"; "from" before
    now/today/then ("6% a year from now"; not "3% a year from 2010 to 2020", nor "from then until 2019"); "on" before
    punctuation or the end ("A year on, ..."; not "5% a year on average"); "into" before no date ("10% a year into
    the scheme"; not "4% a year into the late 1990s")."""
    w = doc[k].lower_
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if w == "hence":
        return True
    if w == "from":
        return nxt is not None and nxt.lower_ in _DEICTIC_TIMES and not _span_goes_on(doc, k + 2)
    if w == "on":
        return nxt is None or nxt.is_punct
    if w == "into":
        return not any(c.ent_type_ == "DATE" for c in doc[k].subtree if c.i > k)
    return False


def _per_rate(doc: Doc, f: _Fig) -> None:
    """ "90 miles per gallon", "four times per week", "two hours a day", "grew 3% a year": the unit becomes a rate (a
    percent only over a time: "3% a year", not "5% per share")."""
    if f.kind not in ("quantity", "duration", "count", "percent") or not f.unit or " per " in f.unit:
        return
    if f.unit.endswith(" of age") or (f.kind == "percent" and f.unit != "%"):
        return  # "15 percentage points" is no rate of growth
    at = f.end if f.kind != "count" else (f.counted + 1 if f.counted == f.end else -1)
    if at < 0 or at + 1 >= len(doc):
        return
    word = doc[at].lower_
    if word not in ("per", "/", "a", "an", "each", "every"):
        return
    per = _slash_unit(doc, at + 1) if word == "/" else _per_unit(doc, at + 1)  # "W/min", "50 km/s", "50 mg/L"
    if per is None and word == "per":
        per = _per_noun(doc, at + 1)  # "11.1 assists per game", "300 miles per charge"
    timed = word in ("a", "an", "each", "every") or f.kind == "percent"
    if per is None or (timed and per not in _DURATION_IN_SECONDS):
        return  # "a" only makes a rate with a time ("two hours a day"), not "5 km a mile away"
    if at + 2 < len(doc) and doc[at + 2].lower_ in ("ago", "earlier", "later", "before", "after"):
        return  # "used 5 tonnes of coal an hour ago": when, not a rate
    if f.kind == "percent" and at + 2 < len(doc) and _a_time_after(doc, at + 2):
        return  # "about 6% a year from now", "10% a year into the scheme", "A year on,": when, not a rate
    f.unit = f"{f.unit} per {per}"
    if f.kind == "duration":
        f.kind = "quantity"  # "7 days a week" is a frequency, not a length of time
    if f.kind != "count":
        f.end = at + 1 + _per_width(doc, at + 1)
        if f.about is None or f.about == doc[at + 1].text:
            f.about, _ = _about(doc, f)  # "120 g/km of CO2": what follows the whole rate


def _rate_base(doc: Doc, k: int) -> tuple[str, int] | None:
    """The currency an exchange rate is quoted in at token k ("per dollar", "to the dollar", "against the euro"):
    its code and the token after it. "to the dollar fund" names no rate. "against the" says only which pair is
    quoted, not which way (see _market_quote)."""
    n = len(doc)
    if k >= n:
        return None
    w = doc[k].lower_
    if w == "per":
        j = k + 1
    elif w in ("to", "against") and k + 1 < n and doc[k + 1].lower_ == "the":
        j = k + 2
    else:
        return None
    hit = _currency_after(doc, j)
    if hit is None and w == "against" and j < n and doc[j].lower_ in ("pound", "sterling"):
        hit = ("GBP", 1)  # "The euro fell to 0.86 against the pound" ("to the pound" may price a weight)
    if hit is None or "*" in hit[0]:
        return None
    end = j + hit[1]
    if end < n and doc[end].pos_ in ("NOUN", "PROPN"):
        return None
    return hit[0], end


def _priced_currency(doc: Doc, f: _Fig) -> tuple[str, str] | None:
    """The currency a money level prices when it is the subject of the verb that the level hangs on by "at"/"to":
    "The pound fell to $1.21", "Sterling was last trading at $1.2925", "The euro rose to 1.12 dollars" (code and
    the subject's text). "The yen's weakness cost Toyota $2 billion" prices no currency."""
    root = _span_root(doc, f.num.start, f.end)
    if root.dep_ != "pobj" or root.head.lower_ not in ("at", "to"):
        return None
    v = root.head.head
    if v.pos_ not in ("VERB", "AUX") and v.dep_ in ("attr", "xcomp", "acomp"):
        v = v.head  # "was last trading at": the copula holds the subject
    # a passive's subject too: "The euro was little changed at $1.1050" (wire copy's steady quote)
    subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return None  # "A pound of ground beef rose to 99 cents": a weight of something, priced like any good
    # the subject's own words: "Sterling GBP=" (a compound before a wire service's code), "The Japanese yen"
    words = [t for t in subject.lefts if t.dep_ in ("compound", "amod")] + [subject]
    for t in words:
        if t.lower_ in ("sterling", "pound"):
            return "GBP", subject.text if t.i == subject.i else doc[t.i : subject.i + 1].text
    hit = _currency_after(doc, subject.i - 1) if subject.i > 0 else None
    if hit is None or hit[1] != 2:
        hit = _currency_after(doc, subject.i)
    if hit is None or "*" in hit[0] or hit[0] in ("BTC", "ETH") or hit[0].startswith("X"):
        return None  # "Bitcoin tumbled to below $20,000": a crypto coin or metal is priced like any asset
    return hit[0], doc[subject.i - hit[1] + 1 : subject.i + 1].text


# The market's order of currencies in a quoted pair (the ISO pair convention: EUR/USD, GBP/USD, USD/JPY): the
# one earlier in this order is the pair's base, and a pair's quote is the other's price of one unit of it. Crypto
# coins come before every fiat currency, and any other currency after all of these ("USD/TRY", "EUR/CNY").
_QUOTE_ORDER = ("BTC", "ETH", "EUR", "GBP", "AUD", "NZD", "USD", "CAD", "CHF", "JPY")


# Currencies a story quotes at their own price in the other currency even where the market pair is quoted the
# other way: a dollar or a pound is worth near one euro or Australian dollar, so "the dollar slipped to 0.92
# against the euro" prices the dollar; only a currency worth little (yen, yuan, rupee) is quoted per the other.
_PRICED_SUBJECTS = frozenset(("USD", "GBP"))


def _market_quote(a: str, b: str, value: float | None = None) -> str | None:
    """The unit of a bare quote of the pair of currencies a and b ("1.08 against the dollar" after "the euro"),
    which the market writes as the price of its base in the other whichever of the two the sentence is about:
    "The euro fell to 1.08 against the dollar" is USD per EUR, "The yen fell to 160 against the dollar" JPY per USD.
    None for two currencies neither of which is in the order (no convention to go by)."""
    ra = _QUOTE_ORDER.index(a) if a in _QUOTE_ORDER else len(_QUOTE_ORDER)
    rb = _QUOTE_ORDER.index(b) if b in _QUOTE_ORDER else len(_QUOTE_ORDER)
    if ra == rb:
        return None
    if a in _PRICED_SUBJECTS and rb < ra:
        # "The dollar slipped to 0.92 against the euro": the dollar's price in euros, when the size fits it (a dollar
        # is worth less than a euro or a pound and more than an Australian dollar): "The dollar fell to 1.27 against
        # the pound" is the market's quote of the pound in dollars
        dearer = a == "USD" and b in ("EUR", "GBP")
        if value is None or (value < 1) == dearer:
            return f"{b} per {a}"
    return f"{b} per {a}" if ra < rb else f"{a} per {b}"


# The subunits a money unit may name after its code ("GBP pence", "USD cent").
_SUBUNIT_NAMES = frozenset(_SUBUNITS.values())


def _in_other_clause(t: Token, k: int) -> bool:
    """Whether token t sits in a relative or participle clause that does not hold token k ("The euro, which rose
    against the yen, was little changed at 1.08 per dollar": the yen is no part of the rate's clause)."""
    a = t
    for _ in range(12):
        if a.dep_ in ("relcl", "acl") and not a.left_edge.i <= k <= a.right_edge.i:
            return True
        if a.head.i == a.i:
            return False
        a = a.head
    return False


def _exchange_rate(doc: Doc, f: _Fig) -> None:
    """A currency's price in another: "The yen weakened to 108.55 per dollar", "The yuan was at 7.1 to the
    dollar" (the currency named before the bare number, per the one after it: JPY per USD, CNY per USD), and
    "108.55 yen to the dollar"; a money level of a currency that is the subject ("The pound fell to $1.21 against
    the dollar": USD per GBP, see _priced_currency)."""
    parts = f.unit.split(" ") if f.kind == "money" and f.unit else []
    if len(parts) == 1 or (len(parts) == 2 and parts[1] in _SUBUNIT_NAMES):  # "USD", "GBP pence" ("85 pence")
        code = parts[0]
        base = _rate_base(doc, f.end)
        if base is not None and doc[f.end].lower_ != "per" and base[0] != code:
            f.unit = f"{f.unit} per {base[0]}"
            f.end = base[1]
        elif base is None or base[0] == code:  # "The pound fell to $1.21 against the dollar"
            priced = _priced_currency(doc, f)
            if priced is not None and priced[0] != code:
                f.unit = f"{f.unit} per {priced[0]}"  # "The pound fell to $1.21": USD per GBP
                f.about = priced[1]  # the currency priced, not "trading" or "Asian trade" after the level
        return
    if f.kind != "number" or f.unit is not None or f.counted is not None or f.num.fraction:
        return
    base = _rate_base(doc, f.end)
    if base is None:
        return
    sent = doc[f.start].sent
    for t in reversed(doc[sent.start : f.start]):
        if t.pos_ not in ("NOUN", "PROPN") or _in_other_clause(t, f.start):
            continue
        hit = _currency_after(doc, t.i - 1) if t.i - 1 >= sent.start else None
        if hit is None or hit[1] != 2:
            hit = _currency_after(doc, t.i)  # "the Japanese yen", else "the yen"
        weighed = t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of"
        if hit is None and t.lower_ in ("pound", "sterling") and not weighed:
            hit = ("GBP", 1)  # "The pound rose to 1.18 against the euro" (a pound of something is no quote)
        if hit is None or "*" in hit[0]:
            continue
        if hit[0] != base[0]:
            unit = f"{hit[0]} per {base[0]}"
            if doc[f.end].lower_ == "against":
                unit = _market_quote(hit[0], base[0], f.value)  # "The euro fell to 1.08 against the dollar"
                if unit is None:
                    return
            f.kind, f.unit, f.end = "money", unit, base[1]
            if f.about is None:
                f.about = doc[t.i - hit[1] + 1 : t.i + 1].text  # "The Japanese yen ... at 108.55 per dollar"
        return


def _plural_after_per(t: Token) -> bool:
    """A plural after "per", which makes it "according to" ("per sources", "per reports", "per police"): a word
    with a different singular, or a collective tagged plural. "per species", "per series" are one of something."""
    return _singular(t.lower_) != t.lower_ or (t.tag_ in ("NNS", "NNPS") and t.lower_ in _COLLECTIVES)


def _per_noun(doc: Doc, k: int) -> str | None:
    """The singular of a common noun that is a whole rate's denominator after "per" ("per game", "per charge",
    "per night"), or None: not a name, a number ("per 100,000 people"), "cent", the first noun of a compound, or a
    plural: a denominator is one of something, and "per" before a plural ("5,000 acres per officials", "12 people
    per police", "four weeks per sources") is the news shorthand for "according to"."""
    t = doc[k]
    if t.pos_ != "NOUN" or not t.is_alpha or not t.is_lower or t.lower_ in ("cent", "cents"):
        return None
    if _plural_after_per(t):
        return None
    if k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN", "NUM"):
        return None
    return _singular(t.lower_)


# Speed units: a range of them from zero followed by "in" and a time is an acceleration ("0-60 mph in 5.8 seconds").
_SPEED_UNITS = {"mile per hour", "kilometre per hour", "metre per second", "knot"}


def _acceleration(doc: Doc, f: _Fig) -> None:
    """ "0-60 mph in 5.8 seconds", "could arrive in 5.0 seconds", "cut the 0-62 mph time to 5.7 seconds": a speed
    from zero timed in seconds is an acceleration, whose value is the speed it reaches, not the range's midpoint
    (every other range keeps its midpoint: "0 to 10 degrees" is 5, "gusts of 0-60 mph" is 30). The time is the
    object of "in" or "to", at most past a bound ("in just 2.9 seconds", "in less than 4 seconds"): "ranged from 0
    to 70 mph in the 30 seconds before the crash" is a span of speeds over a period."""
    if f.low != 0 or f.high is None or f.unit not in _SPEED_UNITS:
        return
    stop = min(doc[f.start].sent.end, f.end + 8)
    for k in range(f.end, stop - 1):
        if doc[k].like_num and _DURATION_UNITS.get(_singular(doc[k + 1].lower_)) == "second" and _timed(doc, f, k):
            f.value = f.high
            return


def _acceleration_time(doc: Doc, figs: list[_Fig]) -> None:
    """The time of an acceleration is about the sprint it times, "0-60 mph": "0-60 mph could arrive in 5.0 seconds",
    "will take the car from zero to 60 mph in 5.8 seconds", "cut the 0-62 mph time to 5.7 seconds" (the verb's
    subject, "mph arrive", "system take car", was no thing the seconds measure). Only seconds timed by the "in"/"to"
    after the speed, as _acceleration reads them; "a top speed of 60 mph, reached in 10 seconds" is no sprint."""
    for i, f in enumerate(figs):
        if f.unit not in _SPEED_UNITS or f.value is None:
            continue
        from_zero = f.start >= 2 and doc[f.start - 1].lower_ == "to" and doc[f.start - 2].lower_ in ("zero", "0")
        if not from_zero and (f.low != 0 or f.high is None or f.value != f.high):
            continue  # a sprint is "0-60 mph" or "from zero to 60 mph"
        stop = min(doc[f.start].sent.end, f.end + 8)
        for g in figs[i + 1 :]:
            if g.start >= stop:
                break
            if g.kind == "duration" and g.unit == "second" and _timed(doc, f, g.num.start):
                k = f.end - 1
                while k > f.start and not doc[k - 1].like_num:
                    k -= 1  # the unit's words, "mph" or "km/h" (review s17 MED-4)
                g.about = f"0-{f.value:g} {doc[k : f.end].text}"
                break


def _timed(doc: Doc, f: _Fig, k: int) -> bool:
    """The number at k is the object of an "in" or "to" after figure f, with only bound words between."""
    for j in range(k - 1, max(f.end, k - 4) - 1, -1):
        if doc[j].lower_ in ("in", "to"):
            return True
        if doc[j].pos_ not in ("ADV", "ADP", "ADJ", "SCONJ") or doc[j].like_num:
            return False  # "in the 30 seconds", "in its first 10 seconds"
    return False


def _per_counted(doc: Doc, figs: list[_Fig]) -> None:
    """ "300 cases per 100,000 people", "5.2 deaths per 1,000 live births", "$3 per 1,000 gallons": a number after
    "per" is a rate's denominator, one unit with the figure before it (unit "case per 100,000 people"), not a count of
    its own (100,000 people are no people the story counts). Not "per" before a date ("300 cases, per 2019 figures"),
    nor a bound or range after it ("per 10 to 20 people"), nor after a figure that has its rate already."""
    drop: list[_Fig] = []
    for f, g in zip(figs, figs[1:], strict=False):
        if f.kind not in ("count", "quantity", "money") or not f.unit or " per " in f.unit or f.low is not None:
            continue
        if g.kind not in ("count", "number", "quantity") or g.qualifier or g.low is not None or g.start != g.num.start:
            continue
        at = f.end
        if f.kind == "count":
            if f.counted is None or f.counted < f.end:
                continue
            at = f.counted + 1  # "300 cases per", "5.2 deaths per"
        if at >= len(doc) or doc[at].lower_ != "per" or g.start != at + 1:
            continue
        last = g.counted if g.kind == "count" and g.counted is not None and g.counted >= g.end else g.end - 1
        if g.kind == "number" and last + 1 < len(doc) and doc[last + 1].pos_ in ("NOUN", "PROPN"):
            continue  # a number before a noun the parse did not count: read no unit into it
        f.unit = f"{f.unit} per {doc[g.start : last + 1].text}"
        if f.kind != "count":
            f.end = last + 1
        drop.append(g)
    if drop:
        figs[:] = [f for f in figs if all(f is not d for d in drop)]
