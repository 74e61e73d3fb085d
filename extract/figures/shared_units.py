"""Units a figure takes from another figure of its document: a price's denominator from the subject of its verb
("A gallon of gas costs $3.50"), a bare number the unit of the next one ("eight or nine euros"), "a year or two"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.figures.core import _Fig, _singular, _span_root
from extract.figures.scales import _scale_of
from extract.figures.units import _DURATION_UNITS
from extract.quotes.lexicon import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Verbs (lemmas) that give a price to their subject: "A gallon of gas costs $3.50", "An acre of farmland sold for
# $10,000", "A barrel of Brent rose $2 to $85" (review s20 r1b MED: not any verb above the money, "spilled, costing").
_PRICING = dict(
    verb_forms(
        "cost:cost,costing sell:sold fetch trade go:went,gone rise:rose,risen fall:fell,fallen climb jump drop:dropped"
        " slip:slipped gain lose:lost hit:hitting reach average stand:stood be:is,are,was,were,been remain stay"
        " top:topped command run:ran,running retail list price"
    )
)


def _priced_by(doc: Doc, b: _Fig, verb: Token) -> bool:
    """Whether money figure ``b`` is the verb's own amount: its object, attribute or measure, or the object of its
    preposition ("sold for $10,000", "rose $2 to $85"), or a restatement after a comma under it ("costs $3.50, up from
    $3.10"); not money of a clause of its own under the verb ("spilled, costing the store $5")."""
    t = _span_root(doc, b.num.start, b.end)
    preps: list[str] = []
    for _ in range(3):
        if (t.pos_ in ("ADP", "SCONJ") or t.dep_ in ("prep", "mark")) and not (
            t.lower_ == "of" and t.head.lower_ in _LEVEL_NOUNS
        ):
            preps.append(t.lower_)  # "hit a record of $2,400": a level's "of" prices as the verb does
        if t.head.i == verb.i:
            if any(p not in _PRICE_PREPOSITIONS for p in preps):
                return False  # "went missing, along with $50,000 in cash", "went unpaved despite $5 million"
            if _PRICING.get(verb.lower_) == "go" and any(c.dep_ in ("acomp", "oprd", "xcomp") for c in verb.children):
                return False  # "went up to $4.10", "went for $50" price; "went missing", "went unpaved" do not
            return t.dep_ in ("dobj", "attr", "npadvmod", "prep", "advmod", "oprd", "acomp", "nummod", "pobj")
        if t.dep_ in ("advcl", "xcomp", "ccomp", "acl", "relcl", "conj") or t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
    return False


# Nouns of a level a price reaches ("hit a record of $2,400", "reached a high of $5.02", "rose to a peak of $90").
_LEVEL_NOUNS = frozenset(("record", "high", "low", "peak", "price", "average", "level", "rate", "close", "top"))
# Prepositions that put a price on what a verb prices ("sold for $10,000", "rose $2 to $85", "up from $3.10", "trades
# at $60", "rose by $2"); not "along with", "despite", "in" (review s20 r2b MED).
_PRICE_PREPOSITIONS = frozenset(
    ("for", "at", "to", "from", "by", "around", "about", "near", "above", "below", "over", "under", "between")
)


# Nouns of what one of a unit costs ("the price of a gallon of gas").
_PRICE_NOUNS = frozenset(("price", "prices", "cost", "costs"))


def _priced_unit(doc: Doc, figs: list[_Fig]) -> None:
    """ "A gallon of gas now costs $3.50, up from $3.10 a year ago", "A barrel of Brent crude rose $2 to $85": one of a
    unit that is the subject of a clause whose verb governs money is that money's denominator, as "$3.50 a gallon" is:
    the money is per gallon, about the stuff measured (gas), and "a gallon" is no figure of its own (review s20 r1b
    HIGH). "A gallon of milk spilled" keeps its gallon."""
    drop: list[_Fig] = []
    for a in figs:
        if not (
            a.kind == "quantity"
            and a.value == 1.0
            and a.unit
            and doc[a.num.start].lower_ in ("a", "an")
            and a.num.end == a.num.start + 1
        ):
            continue
        u = doc[a.num.start + 1]
        sent = doc[a.start].sent
        about = a.about
        acl = next((c for c in u.children if c.dep_ == "acl" and c.i > u.i and c.lower_ in _PRICING), None)
        price = u.head.head if u.dep_ == "pobj" and u.head.lower_ == "of" else None
        if price is not None and price.pos_ == "NOUN" and price.lower_ in _PRICE_NOUNS and price.i < u.i:
            # "The average price of a gallon of regular gasoline rose 5 cents to $2.65": the price is per gallon,
            # and the money said of the price (its about ends with the price's noun) is per gallon too
            for b in figs:
                if (
                    b.kind == "money"
                    and b.unit
                    and " per " not in b.unit
                    and sent.start <= b.start < sent.end
                    and b.start > u.i
                    and b.about
                    and b.about.split()[-1] == price.text
                ):
                    b.unit = f"{b.unit} per {a.unit}"
                    b.about = about or b.about
            drop.append(a)
            continue
        if acl is not None or (u.dep_ in ("nsubj", "nsubjpass") and u.head.lower_ in _PRICING):
            # "An acre of farmland sold for $10,000": the parse may make the verb a participle of the unit's noun
            verb = acl if acl is not None else u.head
            priced = [
                b
                for b in figs
                if b.kind == "money"
                and b.unit
                and " per " not in b.unit
                and verb.i < b.start < sent.end
                and _priced_by(doc, b, verb)
            ]
        else:
            # "A litre of petrol costs 1.50 euros": the tagger took "costs" for a noun of the subject's phrase; the
            # phrase opens the clause and the money comes right after the word
            opens = a.start == sent.start or doc[a.start - 1].is_punct
            cost = next((k for k in range(u.i + 1, min(u.i + 6, sent.end)) if doc[k].lower_ in ("cost", "costs")), None)
            priced = [
                b
                for b in figs
                if opens
                and cost is not None
                and b.kind == "money"
                and b.unit
                and " per " not in b.unit
                and b.start == cost + 1
            ]
            if about and about.split()[-1].lower() in ("cost", "costs"):
                about = " ".join(about.split()[:-1]) or None
        if not priced:
            continue
        for b in priced:
            b.unit = f"{b.unit} per {a.unit}"
            b.about = about or b.about
        drop.append(a)
    if drop:
        figs[:] = [f for f in figs if all(f is not d for d in drop)]


# "9.83 ± 0.01 cm": a value and its margin, written with the unit once.
_SHARED_UNIT_GAPS = frozenset({("±",), ("+", "/-"), ("+/-",), ("+", "/", "-")})


def _unit_or_n(doc: Doc, figs: list[_Fig]) -> None:
    """ "a year or two of international fury", "in a day or two": the small number after "a <time unit> or" is a
    number of that unit (two years), not a count of the noun its "of" names."""
    for f in figs:
        s = f.num.start
        if f.kind not in ("count", "number") or not f.num.word or f.value not in (2.0, 3.0) or s < 3:
            continue
        unit = _DURATION_UNITS.get(doc[s - 2].lower_)
        one = next((p for p in figs if p.end == s - 1 and p.num.start == s - 3 and p.value == 1.0), None)
        if one is not None and one.kind in ("quantity", "money") and doc[s - 1].lower_ == "or":
            # "an inch or two of rain", "a dollar or two": the second is as many of the first's unit, and both
            # measure what the last one is "of" (review s20 r1b LOW)
            after = doc[f.num.end].lower_ if f.num.end < len(doc) else ""
            f.kind, f.unit, f.counted = one.kind, one.unit, None
            if after == "of" and f.about:
                one.about = f.about
            else:
                f.about = one.about
            continue
        if doc[s - 1].lower_ != "or" or doc[s - 3].lower_ not in ("a", "an") or unit is None or unit == "quarter":
            continue
        counted_unit = f.unit
        f.kind, f.unit, f.counted = "duration", unit, None
        after = doc[f.num.end].lower_ if f.num.end < len(doc) else ""
        if f.about is not None and (
            f.end > f.num.end
            or (after != "of" and counted_unit and _singular(f.about.split()[-1].lower()) == counted_unit.lower())
        ):
            # the span had taken the noun as counted ("Within a year or two companies will ..."); what the time
            # is "of" stays ("a year or two of international fury")
            f.about = None


def _listed_before(doc: Doc, a: _Fig) -> bool:
    """Whether a number follows another over a comma, so that a serial comma before the last one goes on its list
    ("Growth was 2, 3, and 4 percent", review s28 rev1 R1F-6); "Students numbered 116,000, and 40 per cent" is no
    list."""
    k = a.num.start
    return k >= 2 and doc[k - 1].text == "," and doc[k - 2].like_num


def _shares_scale(doc: Doc, a: _Fig, b: _Fig) -> bool:
    """ "Two or three thousand people gathered": a small bare number right before "or" and a count with a scale word
    is as many of that scale (2,000 people, not 2), counting what the second counts; "two or three people", "2 or
    3,000 people" (no scale word), "Two of the three thousand" and "two, three thousand" keep theirs. Sets a and
    returns True when it does."""
    if a.kind not in ("number", "count") or b.kind != "count" or not b.num.scaled or a.num.scaled:
        return False
    if a.value is None or not 0 < a.value < 1000 or a.end != a.num.end or a.low is not None or a.qualifier:
        return False
    if b.num.start - a.end != 1 or doc[a.end].lower_ != "or" or b.start < b.num.start:
        return False  # "at least 2 or more than 3 thousand": a bound of its own before the second
    if a.unit not in (None, b.unit):
        return False
    a.value *= _scale_of(b.num)
    a.kind, a.unit, a.counted = b.kind, b.unit, b.counted
    a.about = b.about
    return True


def _share_units(doc: Doc, figs: list[_Fig]) -> None:
    """ "eight or nine euros", "45 and 50 mg", "5, 10 or 15 per cent": a bare number takes the unit of the next one;
    over a comma only from a number that took it so ("Students numbered 116,000, 40 per cent fewer" are no
    percent)."""
    shared: set[int] = set()
    pairs = list(zip(figs, figs[1:], strict=False))
    for a, b in reversed(pairs):  # the last of a list first: "5, 10 or 15 per cent"
        if _shares_scale(doc, a, b):
            continue
        if a.kind not in ("number", "count") or b.kind not in ("money", "percent", "quantity", "duration"):
            continue
        if any(unit == "fold" for _, unit in a.parts):
            continue  # "Revenue jumped threefold to 1.2 billion euros": a multiplier, then the new level
        if a.counted is not None and a.counted < b.num.start:
            continue
        if a.end != a.num.end:
            continue  # "aged 26 or above, 65 percent were white": a bound closes the first number, no unit is shared
        if not 0 < b.num.start - a.end <= 3:
            continue
        gap = tuple(t.text for t in doc[a.end : b.num.start])
        serial = gap in ((",", "and"), (",", "or")) and _listed_before(doc, a)  # "2, 3, and 4 percent"
        if (
            gap not in _SHARED_UNIT_GAPS
            and not serial
            and (len(gap) != 1 or gap[0].lower() not in ("and", "or", ",", "to", "-", "–"))
        ):
            continue
        if gap == (",",) and id(b) not in shared:
            continue  # a list goes on with "and"/"or" before its last number: "116,000, 40 per cent" is two figures
        if b.start < b.num.start:
            continue  # "$" or a qualifier before the second number: two separate amounts
        value = a.value
        if value is not None and b.num.scaled and not a.num.scaled and value < 1000:
            value *= _scale_of(b.num)  # "1 or 2 billion dollars"
        a.kind, a.unit, a.value, a.counted = b.kind, b.unit, value, None
        a.about = a.about if a.about and a.kind == "count" else b.about
        shared.add(id(a))
