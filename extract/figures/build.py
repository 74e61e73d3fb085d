"""Stage 2: one number with its unit, kind, qualifier, direction and what it counts; ranges and compounds."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

import pycountry

from extract.figures.about import _about, _about_noun, _clause_subject, _governing_subject, _np
from extract.figures.about.verbs import CALL_TO_BUY
from extract.figures.core import _Fig, _Num, _range_value, _singular, _span_root
from extract.figures.dates import _date_at
from extract.figures.kinds import _unit_at
from extract.figures.labels import (
    _SPEECH_VERBS,
    _counts_after_phrase,
    _house_number,
    _hyphen_odds,
    _in_one,
    _is_label,
    _odds_before,
    _street_number,
    _titled_compound,
    _to_after_change_verb,
    _year_in_name,
)
from extract.figures.money import _SUBUNITS, _SYMBOLS, _currency_after, _currency_before, _unread_currency_before
from extract.figures.numbers import _PEOPLE_VERBS, _RANGE_SUFFIX
from extract.figures.qualifiers import _AFTER_QUALIFIERS, _direction, _is_change_verb, _over_bounds, _qualifier_before
from extract.figures.scales import _MULTIPLICATIVE, _people_noun, _scale_of
from extract.figures.units import (
    _DURATION_IN_SECONDS,
    _DURATION_ORDER,
    _DURATION_UNITS,
    _MEASURING_ADJECTIVES,
    _UNIT_SYMBOLS,
    _per_unit,
    _per_width,
)
from extract.quotes.lexicon import SPEECH, verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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


def _restated_about(doc: Doc, figs: list[_Fig]) -> None:
    """A figure restating the one before ("1.85 points, or 0.06%", "90 mpg (38 km/l)") measures the same change."""
    alternatives: set[int] = set()  # figures in brackets of alternatives: "$17 million (or $12 million or $6 million)"
    for a, b in zip(figs, figs[1:], strict=False):
        if _restated_count_change(doc, a, b):
            b.direction = a.direction  # "grew by 1.3 million people, or 0.4%": the same rise, of the whole
            continue
        if a.kind == "count" and b.kind == "percent" and a.counted is not None and a.about and not b.direction:
            gap = [doc[k].text.lower() for k in range(a.counted + 1, b.start)]
            if gap == [",", "or"] and not (b.end < len(doc) and doc[b.end].lower_ == "of"):
                b.about = a.about  # "The company cut 4,000 jobs, or 10%": a bare share of what the count counts
                continue
        a_end = a.end
        if a_end + 1 < len(doc) and doc[a_end].text in ("-", "–") and doc[a_end + 1].lower_ in _MEASURING_ADJECTIVES:
            a_end += 2  # "the 1,900-mile-wide (3,100 kilometers) Europa": the restatement follows the adjective
        if b.start - a_end > 2 or b.start <= a_end:
            continue
        gap = [doc[k].text.lower() for k in range(a_end, b.start)]
        same = (a.kind, a.unit) == (b.kind, b.unit)
        if same and a.about and (gap == ["(", "or"] or (gap == ["or"] and id(a) in alternatives)):
            b.about = a.about  # an alternative amount given in brackets is of the same thing
            alternatives.add(id(b))
            continue
        shared = b.end < len(doc) and (doc[b.end].lower_ == "of" or doc[b.end].pos_ == "NOUN")
        b_root = _span_root(doc, b.num.start, b.end)
        if b_root.dep_ in ("nsubj", "nsubjpass") and b_root.head.i >= b.end:
            shared = False  # "Profit fell 4% and 10% of workers were laid off": the share opens a clause of its own
        if gap in (["and"], [",", "and"], ["or"]) and b.about and shared and (a.kind, a.unit) == (b.kind, b.unit):
            a.about = b.about  # "71 kWh and 95 kWh of battery capacity": what follows the last one counts for both
        if gap not in ([",", "or"], ["or"], ["("], [",", "("], ["(", "or"]):
            continue
        # a conversion: the same kind in another unit, alone in its brackets; not a part ("at least 20 (12 in
        # Texas)", "about 3,000 (1,200 of them in Paris)"), another figure of the same unit ("nearly 60% (58.7%)",
        # "More than 40% (38% a year ago)") or a share restated as money ("about 5% ($2)"): review s24 finding 3
        closed = b.end < len(doc) and doc[b.end].text == ")"
        restated = gap in (["("], [",", "("]) and a.kind == b.kind and a.unit != b.unit and closed
        if restated and a.qualifier and not b.qualifier:
            b.qualifier = a.qualifier  # "up to $12.9bn (£10bn)", "more than 10 inches (25 cm)": the same bound
        of_after = b.end + 1 < len(doc) and doc[b.end].text == ")" and doc[b.end + 1].lower_ == "of"
        # not "the equivalent of 90 mpg (38 km/l) of gasoline", where the noun before is what the first measures
        if "(" in gap and of_after and not (a.start and doc[a.start - 1].lower_ == "of"):
            obj = next((o for o in doc[b.end + 1].children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
            if obj is not None:  # "about 2 inches (50.8 millimeters) of rain": the rain, for both
                a.about = b.about = _about_noun(doc, obj, a.start, b.end)
                continue
        own_of = b.end < len(doc) and doc[b.end].lower_ == "of"  # "cut 2,000 jobs, or 10% of its workforce"
        same_move = a.direction is not None and b.direction in (None, a.direction) and "(" not in gap and not own_of
        if a.about and (not b.about or "(" in gap or same_move):
            # "60 mph (97 kph)": a bracketed restatement measures the same thing, whatever its parse; "would reduce
            # GDP by 0.25 percent or $63.1 billion": the same fall, in other units (the parse gave it 'tariffs')
            b.about = a.about
        if a.direction and not b.direction:
            b.direction = a.direction  # "down 190 points, or 0.7%": the restatement is the same fall


def _restated_count_change(doc: Doc, a: _Fig, b: _Fig) -> bool:
    """A change counted in a noun, restated as a share right after: "The population grew by 1.3 million people, or
    0.4%", "Sales increased by 500 units, or 5%". The share moves the same way as the count (the parse ties it to
    no change verb when "by" comes between); what it is a share of is the clause's subject, which it has already,
    not the counted noun."""
    if a.kind != "count" or not a.direction or b.direction or b.kind != "percent" or a.counted is None:
        return False
    if not a.end <= a.counted < b.start:
        return False
    gap = [doc[k].text.lower() for k in range(a.counted + 1, b.start)]
    return gap in ([",", "or"], ["or"], [",", "("], ["("]) and all(
        doc[k].pos_ in ("ADJ", "NOUN", "PROPN") for k in range(a.end, a.counted)
    )


# Verbs after which "up to" is a move to a new level ("went up to 45"), not a bound ("can give up to $500").
# ("The water came up to two metres": it reached them, lead s26 inbox probe class 9)
_MOTION_VERBS = frozenset(
    {"went", "go", "goes", "gone", "going", "moved", "shot", "bumped", "crept", "edged"}
    | {"came", "come", "comes", "coming"}
)


def _up_is_a_level(doc: Doc, up: int, floor: int, f: _Fig) -> bool:
    """Whether "up to N" at token ``up`` moves to a level rather than bounds N: after a motion verb ("went up to
    45"), a verb whose particle the "up" always is ("top up to 80 percent", "ramp up to 5,000 cars"), a verb with an
    object pronoun before the "up" ("brought that up to about 43 dBa"), a sum ("the costs add up to $5 billion"), or a
    "from" level ("rose from 10 up to 20 units"). A verb that takes a bounded object keeps the bound ("could add up to
    10,000 jobs", "will bring up to 5,000 refugees", "rounded up to 40 suspects")."""
    prev = doc[up - 1]
    if prev.lower_ in _MOTION_VERBS or prev.lower_ in _UP_PARTICLE_VERBS:
        return True
    if prev.pos_ == "PRON" and up - 2 >= floor and doc[up - 2].lower_ in _UP_PARTICLE_VERBS | _UP_OBJECT_VERBS:
        return True
    if prev.lower_ in _ADD_FORMS and _a_sum(doc, prev, f):
        return True
    k = up - 1
    while k > floor and k >= up - 4 and (doc[k].like_num or doc[k].pos_ in ("NOUN", "SYM") or doc[k].tag_ == "$"):
        k -= 1
    return k < up - 1 and doc[k].lower_ == "from" and any(doc[x].like_num for x in range(k + 1, up))


def _a_sum(doc: Doc, verb: Token, f: _Fig) -> bool:
    """Whether "add up to N" states what things sum to ("The costs add up to $5 billion, officials said", "The delays
    add up to 40 hours a year", "The savings will add up to $300 a year"), not a bounded amount added: none with a
    modal of possibility or condition ("could/would/should add up to 10,000 jobs"), with "will" after a singular
    subject ("The tax will add up to $500 a year": what it adds to a bill), with "to" or "in" what is added right after
    the amount ("add up to $1,000 to the price", "add up to $2 billion in revenue"), or a bare count of the plural noun
    after it ("added up to 10,000 jobs"); review s24 rounds 2 and 3."""
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if modals & {"could", "may", "might", "would", "should"}:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if modals and (subject is None or subject.tag_ not in ("NNS", "NNPS")):
        return False
    nxt = doc[f.end] if f.end < len(doc) else None
    if nxt is None:
        return True
    return not (nxt.lower_ in ("to", "in") or (f.kind in ("count", "number") and nxt.tag_ == "NNS"))


# Verbs whose particle "up" a following "to N" keeps: the level reached ("top up to 80 percent", "ramp up to 5,000
# cars a week"); none takes a bounded object (review s24 finding 1).
_UP_PARTICLE_VERBS = frozenset(
    verb_forms("top:topped,topping ramp sum:summed,summing tick jack ratchet crank tot:totted,totting")
)

# Verbs that take "up to N things" as a bounded object ("could add up to 10,000 jobs", "will bring up to 5,000
# refugees", "build up to 500 homes"), but whose particle the "up" is after an object pronoun ("brought that up to
# about 43 dBa").
_UP_OBJECT_VERBS = frozenset(verb_forms("fill scale step:stepped,stepping add build:built bring:brought round"))

# "add up to $5 billion": a sum when nothing bounds it (see _a_sum).
_ADD_FORMS = frozenset(verb_forms("add"))


# Verbs after which "from X to Y" spans values rather than moves between them ("tickets cost from $50 to $100").
_SPAN_VERBS = frozenset({"cost", "costs", "costing", "priced", "sell", "sells", "selling", "last", "lasts", "lasting"})

# A counted noun is a word: letters, with inner hyphens, apostrophes or dots ("mother-in-law", "Ph.D.s").
_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")

# A bare "sum" or "amount" that points back ("of this sum") names no thing of its own.
_ANAPHORIC_HEADS = frozenset({"sum", "amount", "total", "figure", "money"})
_POINTING = frozenset({"this", "that", "these", "those", "the", "such"})


def _anaphoric_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "a loan worth $50bn. Of this sum, $20bn are borne by Washington": the sum is the loan's, not a new thing."""
    for k, f in enumerate(figs):
        if f.kind != "money" or not f.about:
            continue
        word, _, rest = f.about.partition(" ")
        if word.lower() not in _ANAPHORIC_HEADS:
            continue
        sent = doc[f.start].sent
        if not any(
            t.lower_ == word.lower() and t.i > sent.start and doc[t.i - 1].lower_ in _POINTING
            for t in doc[max(sent.start, f.start - 12) : f.start]
        ):
            continue
        before = next((g for g in reversed(figs[:k]) if g.kind == "money" and g.about), None)
        if before is None or doc[f.start].sent.start - doc[before.start].sent.end > 60:
            continue
        # with no owner named, "part of" keeps the part apart from the whole (no conflict of 20 with 50)
        f.about = f"{before.about} {rest}" if rest else f"part of {before.about}"


def _breakdown_about(doc: Doc, figs: list[_Fig]) -> None:
    """The parts of a count set out after a colon or in brackets, which add up to it, count what it counts: "five 787
    Dreamliner sales earlier this week: two to Biman Bangladesh Airlines and three to the Ghanaian government" (two
    and three sales; bare spelled numbers otherwise read as references, "the two were", and left out); "5 of those hits
    were from two players (2 for Larry Ogunjobi, 3 for Myles Garrett)" (2 and 3 hits). Only numbers with no noun of
    their own, after a colon in the count's sentence or inside the first brackets after it, whose values sum to the
    count's."""
    for k, a in enumerate(figs):
        if a.kind != "count" or a.value is None or not a.unit or a.counted is None:
            continue
        for opener in (":", "("):
            parts = _parts_after(doc, figs[k + 1 :], a, opener)
            if parts is not None:
                break
        else:
            continue
        for b in parts:
            b.kind, b.unit, b.about = "count", a.unit, a.about


def _parts_after(doc: Doc, later: list[_Fig], a: _Fig, opener: str) -> list[_Fig] | None:
    """The parts of count ``a`` after the first ``opener`` (a colon or an opening bracket) in its sentence, when they
    add up to it (see _breakdown_about); None when there are none."""
    sent = doc[a.start].sent
    colon = next((t.i for t in doc[a.end : sent.end] if t.text == opener), None)
    if colon is None:
        return None
    bracket = opener == "("
    close = next((t.i for t in doc[colon : sent.end] if t.text == ")"), sent.end) if bracket else sent.end
    parts = [
        b
        for b in later
        if colon < b.start < close
        and b.kind == "number"
        and b.counted is None
        # digits after a colon are figures anyway, and a spelled small number would be left out; in brackets they
        # are how the count splits ("5 of those hits were from two players (2 for Ogunjobi, 3 for Garrett)")
        and (b.num.word or bracket)
        and b.value is not None
    ]
    if len(parts) < 2 or abs(sum(b.value or 0.0 for b in parts) - (a.value or 0.0)) > 1e-9:
        return None
    if any(b.end < len(doc) and doc[b.end].text in (",", ";", ":", ")", ".") for b in parts):
        return None  # list markers: "He gave three reasons: one, the cost; two, the delay" (review s21 r2b MED-4)
    return parts


def _pointed_back_about(doc: Doc, figs: list[_Fig]) -> None:
    """A count of "these"/"those" things is a count of the group the text named before it: "The deployment of up to
    13,000 North Korean soldiers ... South Korea has estimated the number of these combatants at 13,000" counts the
    North Korean soldiers, whatever noun the text takes them up with. Only when the document named one such group
    before, by whose things they are (capitalised words before the noun: "North Korean soldiers"), with a count near
    this one (within half again: a far value counts something else), and not for a part ("9,000 of these soldiers")."""
    named: list[_Fig] = []
    for f in figs:
        if f.kind != "count" or not f.about or f.value is None:
            continue
        words = f.about.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words[:-1]) and words[-1].islower():
            named.append(f)
            continue
        if len(words) != 1 or not named or f.num.end < len(doc) and doc[f.num.end].lower_ == "of":
            continue
        # the count's own counted noun is the demonstrative phrase, before the number ("the number of these
        # combatants at 13,000", "put those recruits at 14,000"), not a noun of its own after it ("about 2,500
        # protesters marched ..., and these protesters blocked the bridge": review s21 r1b HIGH-3)
        c = f.counted
        pointed = c is not None and 0 < c < f.num.start and doc[c - 1].lower_ in ("these", "those")
        groups = {g.about for g in named}
        if not pointed or len(groups) != 1:
            continue
        before = named[-1]
        lo, hi = sorted((abs(f.value), abs(before.value or 0.0)))
        if lo and hi <= 1.5 * lo:
            f.about = before.about


# "9.83 ± 0.01 cm": a value and its margin, written with the unit once.
_SHARED_UNIT_GAPS = frozenset({("±",), ("+", "/-"), ("+/-",), ("+", "/", "-")})


def _level_pair_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "raised its forecast from 5% to 7%", "up 0.05% to $1.1075": the two levels of one move, or a change and
    the level it reached, measure the same thing; with neither tied to it, the thing moved is the verb's object
    ("increasing protein intake from 15% to 30%")."""
    for a, b in zip(figs, figs[1:], strict=False):
        # "from around 20% now to 24%": a word of time may say when the first level was
        k = a.end + 1 if a.end < len(doc) and doc[a.end].lower_ in ("now", "currently", "today") else a.end
        if (
            b.start == k + 2
            and doc[k].lower_ in ("down", "up", "back")
            and doc[k + 1].lower_ == "to"
            and a.start > 0
            and doc[a.start - 1].lower_ == "from"
        ):
            k += 1  # "from an estimated 450 million down to 350 million": the adverb only says which way
        # "gained 12 cents, or 1.1%, to $10.95": a comma closes the restated change before its level
        comma = bool(a.direction) and b.start == k + 2 and doc[k].text == "," and doc[k + 1].lower_ in ("to", "at")
        if comma:
            k += 1
        if b.start != k + 1 or doc[k].lower_ not in ("to", "at") or a.kind == "date" or b.kind == "date":
            continue  # "up 0.1% at 97.9": "at" gives the level after a change as "to" does
        levels = (
            a.start > 0
            and doc[a.start - 1].lower_ == "from"
            and doc[k].lower_ == "to"
            and (a.kind, a.unit) == (b.kind, b.unit)
        )
        if k > a.end and not levels and not comma:
            continue
        # a multiplier, then the new level ("Revenue jumped 10-fold to 2 billion dollars", review s22 r1 LOW-2)
        fold = any(unit == "fold" for _, unit in a.parts) and doc[k].lower_ == "to"
        if not levels and not ((a.direction or fold) and not b.direction):
            continue  # "tumbled 15% to below $20,000": a bound on the level reached is still that level
        if k > a.end and a.about:
            b.about = a.about  # the parse hangs the second level elsewhere past the time word ("manufacturers")
        elif levels and a.about is None and b.about is None:
            head = doc[a.start - 1].head
            obj = head if head.pos_ in ("NOUN", "PROPN") else None  # "protein intake from 15% to 30%"
            if head.pos_ == "VERB":
                obj = next((c for c in head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if obj is not None and obj.i < a.start:
                a.about = b.about = _about_noun(doc, obj, a.start, b.end)
        elif b.about is None:
            b.about = a.about
        elif a.about is None and levels:
            a.about = b.about


def _shared_noun_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "on both a 512GB and 1TB model", "a 64GB or 256GB iPhone": measures joined by "and"/"or" before one noun
    both measure it; the parse hangs the noun on the second only, and the first had no about (s23 figures
    audit, row 47)."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind != "quantity" or b.kind != "quantity" or a.about is not None or not b.about:
            continue
        if b.start != a.end + 1 or doc[a.end].lower_ not in ("and", "or") or a.qualifier or b.qualifier:
            continue
        if a.direction or b.direction or a.start == 0 or doc[a.start - 1].pos_ not in ("DET", "ADP", "CCONJ"):
            continue  # "Capacity grew 5 GW and 10 GW projects were approved": the first is the verb's own
        words = b.about.split()
        if [t.text for t in doc[b.end : b.end + len(words)]] == words:
            a.about = b.about  # the noun right after the second measure, not one the parse found further on


def _coordinated_count_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "annual sales of $50 billion and 100,000 employees": the parse hangs the amount on the count's noun, which
    is the count's, not the amount's; the amount measures what the "of" before it hangs on (annual sales), or
    nothing found."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind not in ("money", "percent", "quantity") or b.kind != "count" or b.counted is None:
            continue
        if b.start != a.end + 1 or doc[a.end].lower_ not in ("and", "or") or not a.about or a.about != b.about:
            continue
        noun = doc[b.counted]
        if _span_root(doc, a.num.start, a.end).head.i != noun.i:
            continue  # the amount's own noun, shared with the count ("$5 and 10 dollars" is no such pair)
        of = doc[a.start - 1] if a.start > 0 else None
        held = of.head if of is not None and of.lower_ == "of" else None
        if held is not None and held.pos_ in ("NOUN", "PROPN") and held.i < of.i:
            a.about = _about_noun(doc, held, a.start, a.end)
        else:
            a.about = None


# Words between a figure and the one it is compared with ("70%, compared with 66% in 2015", "up from 900,000").
_COMPARED = frozenset(
    {
        ("compared", "with"),
        ("compared", "to"),
        ("versus",),
        ("vs",),
        ("vs.",),
        ("from",),
        ("up", "from"),
        ("down", "from"),
        ("against",),
    }
)


def _a_time_word(t: Token) -> bool:
    """A word of a date or time ("Tuesday", "last year"), or a preposition before one ("on", "in")."""
    if t.ent_type_ in ("DATE", "TIME"):
        return True
    return t.pos_ == "ADP" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in t.children)


def _compared_about(doc: Doc, figs: list[_Fig]) -> None:
    """A figure compared with another measures the same thing: "1.2 million customers, up from 900,000"."""
    for a, b in zip(figs, figs[1:], strict=False):
        after = a.counted + 1 if a.counted is not None and a.counted >= a.end else a.end  # past "customers"
        while after < b.start and after - a.end < 6 and _a_time_word(doc[after]):
            after += 1  # "rose to 58 on Tuesday, up from 41": the time the first figure is of
        if not 0 < b.start - after <= 4:
            continue  # no comparison word fits (and no scan over the text between far-apart figures)
        gap = tuple(doc[k].lower_ for k in range(after, b.start) if doc[k].text != ",")
        if gap not in _COMPARED or b.about is not None or a.about is None or a.kind == "date":
            continue
        if b.kind in ("number", "count") and a.kind == "count" and b.counted is None and b.end == b.num.end:
            b.kind, b.unit = "count", a.unit  # the bare number counts what the first one counts
        if (b.kind, b.unit) == (a.kind, a.unit):
            b.about = a.about


def _others_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "Three people died and 12 others were injured", "cut 300 jobs and moved 200 others", "The five companies
    join nine others": "N others" counts more of the noun an earlier count of its sentence counts, when that noun is
    the parallel argument (both subjects, or both objects) or the subject of the verb whose object the others are;
    not a count that modifies a noun ("a 12-storey block"), one in another sentence, or one in another role ("The
    driver was killed and 12 others were injured" after "2 cars": the driver, no count; review s26 rev4 HIGH)."""

    def role(t: Token) -> str | None:
        return "subject" if t.dep_ in ("nsubj", "nsubjpass") else "object" if t.dep_ == "dobj" else None

    for k, b in enumerate(figs):
        if b.kind not in ("count", "number") or b.unit or b.counted is None or doc[b.counted].lower_ != "others":
            continue
        others, sent = doc[b.counted], doc[b.start].sent
        for a in reversed(figs[:k]):
            if a.start < sent.start or a.kind != "count" or not a.unit or not a.about or a.counted is None:
                continue
            if a.num.end < len(doc) and doc[a.num.end].text in ("-", "–"):
                continue  # "a 12-storey block": a measure of a thing, no count of the others' kind
            noun = doc[a.counted]
            parallel = role(noun) is not None and role(noun) == role(others)
            joined = role(noun) == "subject" and role(others) == "object" and noun.head.i == others.head.i
            if parallel or joined:
                b.kind, b.unit, b.about = "count", a.unit, a.about
            break  # only the nearest count of the sentence is a candidate


def _elided_count_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "42 people were killed and more than 100 injured": a bare number in the next clause counts the same noun,
    left out, as long as no other noun comes between them."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind != "count" or a.counted is None or not a.unit or b.kind != "number" or b.counted is not None:
            continue
        if b.end != b.num.end or b.num.fraction or not 0 < b.start - a.counted <= 8:
            continue  # a bare number's own 'about' is its clause's subject ("The typhoon killed 12 people and
            # displaced 20,000"): the noun left out is the better reading when no other noun comes between
        if doc[b.start].sent.start != doc[a.start].sent.start or (b.end < len(doc) and doc[b.end].pos_ == "NOUN"):
            continue
        if (
            b.end < len(doc)
            and doc[b.end].tag_ in ("VB", "VBP")
            and doc[b.end].is_alpha
            and doc[b.num.start].dep_ not in ("nsubj", "nsubjpass")  # "12 remain hospitalized": the verb's subject
        ):
            # "1 QH, 1 pass defended", "6 tackles, 1 assist": a bare verb form after a number is its own noun,
            # mis-tagged, and the count's unit
            b.kind, b.unit, b.about = "count", _singular(doc[b.end].lower_), doc[b.end].text
            continue
        gap = doc[a.counted + 1 : b.start]
        if any(t.pos_ == "NOUN" for t in gap) or not any(t.lower_ in ("and", ",", "while", "but") for t in gap):
            continue
        b.kind, b.unit, b.about = "count", a.unit, a.about
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind != "count" or a.counted is None or not a.unit or b.kind != "number" or b.counted is not None:
            continue
        if b.end != b.num.end or b.num.fraction or doc[b.start].sent.start != doc[a.start].sent.start:
            continue
        if b.end < len(doc) and doc[b.end].pos_ in ("NOUN", "PROPN", "ADJ"):
            continue
        counted, root = doc[a.counted], _span_root(doc, b.num.start, b.end)
        verb = counted.head
        if counted.dep_ != "dobj" or root.dep_ != "dobj" or verb.pos_ != "VERB" or root.head.i <= verb.i:
            continue
        if root.head.lower_ == verb.lower_:
            # "GateHouse laid off more than 60 employees (...) and Gannett laid off several hundred", "X cut 60 jobs
            # last year, while Y cut 200": the same verb again counts the same noun, whatever comes between
            b.kind, b.unit, b.about = "count", a.unit, a.about


def _elided_share_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "About 45% of respondents said yes, while 30% said no", "52% of voters back the measure, with 41% opposed":
    a bare share that is the subject of a clause joined to a share "of X" is a share of X too, left out."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind != "percent" or b.kind != "percent" or not a.about or a.end >= len(doc) or doc[a.end].lower_ != "of":
            continue
        if b.end < len(doc) and (doc[b.end].lower_ == "of" or doc[b.end].pos_ in ("NOUN", "PROPN")):
            continue  # "30% of businesses", "30% growth": a share of its own
        if doc[b.start].sent.start != doc[a.start].sent.start or b.direction or a.direction:
            continue
        root = _span_root(doc, b.num.start, b.end)
        clause = root.head
        if root.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("advcl", "conj"):
            continue
        joins = {t.lower_ for t in doc[a.end : b.start]}
        if not joins & {"while", "with", "whereas"} and not (joins & {"and", "but"} and _same_verb(doc, a, clause)):
            continue  # "won 52% of the vote in the city, but 60% turned out": turnout, not the vote (review s24 #6)
        b.about = a.about


def _same_verb(doc: Doc, a: _Fig, verb: Token) -> bool:
    """Whether the share ``a`` is the subject of a verb written as ``verb`` is ("About 40% of the budget goes to
    defense, and 20% goes to Medicaid"): joined by "and"/"but" only the same verb leaves the same noun out."""
    head = _span_root(doc, a.num.start, a.end).head
    return head.i != verb.i and head.pos_ in ("VERB", "AUX") and head.lower_ == verb.lower_


# Determiners that point a bare number back to a count named before ("These 11 had until Nov. 1").
_BACK_DETERMINERS = frozenset(("the", "these", "those"))


def _repeated_count_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "the agency selected 11 companies. These 11 had until Nov. 1 to submit", "Police arrested 30 people. The 30
    were released": a bare number that a determiner points back ('these', 'those'; 'the' only for people, as 'the two'
    after two things counted is mostly two parties doing something: "Chelsea and Arsenal played two matches ... The
    two drew 1-1", review s18 r3 HIGH-1; no noun after it) counts what the count of the same number just before
    counts (within about 150 tokens). None when two counts of
    that number count different things (review s18 LOW-1), and none of things when that many people are named as a
    pair or a list in between: "President Trump and Kim Jong Un have held two summits. The two met again" are the
    two men, not summits (HIGH-2)."""
    for k, b in enumerate(figs):
        if b.kind != "number" or b.counted is not None or b.end != b.num.end or b.low is not None or not b.value:
            continue
        root = _span_root(doc, b.num.start, b.end)
        det = next((c.lower_ for c in root.children if c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS), None)
        if root.dep_ == "nummod" or det is None:
            continue
        if b.end < len(doc) and doc[b.end].pos_ in ("NOUN", "PROPN", "NUM"):
            continue  # "the 11 finalists": the noun is there
        same = []
        for a in reversed(figs[:k]):
            if b.start - a.start > 150:
                break  # only the last few sentences
            if a.kind == "count" and a.unit and a.value == b.value:
                same.append(a)
        if not same or len({a.unit for a in same}) > 1:
            continue
        a = same[0]
        people = _people_noun(a.unit.lower())
        if det == "the" and not people:
            continue  # "Chelsea and Arsenal played two matches ... The two drew 1-1": 'the two' are mostly parties
        if not people and _named_together(doc, a.start, b.start, int(b.value), _acts(root)):
            continue
        b.kind, b.unit, b.about = "count", a.unit, a.about


def _acts(t: Token) -> bool:
    """Whether a number standing for things is the subject of what parties do: speaks ("The two said", "agreed"),
    meets, or undergoes ("The two were charged with theft") - not what a thing does ("the two would take effect")."""
    v = t.head
    if t.dep_ == "nsubjpass":
        return True
    return t.dep_ == "nsubj" and (v.lower_ in SPEECH or v.lower_ in ("met", "meet", "meets", "meeting"))


def _named_together(doc: Doc, start: int, end: int, n: int, acts: bool) -> bool:
    """Whether ``n`` parties are named together from the sentence of token ``start`` to token ``end``: names joined
    by "and" of which one is tagged a person and none a place ("Trump and Kim Jong Un", "Smith and Jones"), or, when
    the number stands for them doing what parties do (``acts``), any names or nouns of people so joined ("Apple and
    Google ... The two said", "The United States and China ... The two agreed", "A man and a woman ... The two were
    charged": review s18 HIGH-8); "Mexico and Canada signed two trade deals ... the two would take effect": deals."""
    for t in doc[doc[start].sent.start : end]:
        if t.dep_ == "conj" or not (t.pos_ == "PROPN" or (acts and _people_noun(_singular(t.lower_)))):
            continue
        kinds = ("PROPN", "NOUN") if acts else ("PROPN",)
        names = [t, *(c for c in t.subtree if c.dep_ == "conj" and c.pos_ in kinds)]
        if len(names) != n:
            continue
        types = {x.ent_type_ for x in names}
        if acts or ("PERSON" in types and not types & {"GPE", "LOC", "NORP", "FAC"}):
            return True
    return False


# Nouns of a gathering of people, whose number counts people ("a crowd of several dozen", "12,000 in attendance").
# (A population's number is left a plain number: the recognizers' number set reads "China's population is
# 1 414 021 100" as no count.)
_GATHERINGS = frozenset(("crowd", "audience", "attendance", "turnout", "workforce", "congregation"))
# Words before a gathering's noun that keep it one of people ("the total workforce", "the local congregation").
_WHOLE_WORDS = frozenset(("world", "global", "total", "human", "national", "local", "state", "city", "country"))


def _gathered_people(doc: Doc, figs: list[_Fig]) -> None:
    """ "was warmly greeted by a crowd of several dozen", "the more than 12,000 in attendance", "a workforce of
    3,000": a bare number of a gathering of people counts people (a people noun before the gathering's noun names
    them: "the student audience of 300" counts students; "a robot workforce of 500" is no count of people)."""
    for f in figs:
        if f.kind != "number" or f.counted is not None or f.num.fraction or f.low is not None or (f.value or 0) < 2:
            continue
        if f.end != f.num.end or (f.end < len(doc) and doc[f.end].pos_ in ("NOUN", "PROPN")):
            continue
        if f.value != int(f.value):
            continue  # "The audience rated the show 8.5", "Voter turnout was 62.3": no head count (review s18 MED-3)
        attended = [t.lower_ for t in doc[f.end : f.end + 2]] == ["in", "attendance"]
        if f.about is None and attended:
            f.about = "attendance"  # "Neymar was among the more than 12,000 in attendance"
        words = (f.about or "").split()
        if not words or _singular(words[-1].lower()) not in _GATHERINGS:
            continue
        root = _span_root(doc, f.num.start, f.end)
        of = root.dep_ == "pobj" and root.head.lower_ == "of" and _singular(root.head.head.lower_) in _GATHERINGS
        if not (attended or of):
            continue  # the gathering's size only: "a crowd of several dozen", not "Attendance was down 3"
        unit = "people"
        before = words[-2] if len(words) > 1 else ""
        if before and not before[:1].isupper() and before.lower() not in _WHOLE_WORDS:
            if not _people_noun(_singular(before.lower())):
                continue  # "a robot workforce": no people
            unit = _singular(before.lower())  # "the student audience of 300": students
        f.kind, f.unit = "count", unit


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


def _out_of_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "seven victories out of eight", "won 40 games of 82": the bare number after "out of" / "of" that a count
    of a noun is taken from counts the same noun (the whole the part is out of), as "12 of 13 games" does."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.kind != "count" or a.counted is None or not a.unit or b.kind != "number" or b.counted is not None:
            continue
        if b.end != b.num.end or b.num.fraction or b.low is not None or b.qualifier or a.value is None:
            continue
        if [t.lower_ for t in doc[a.counted + 1 : b.start]] not in (["out", "of"], ["of"]):
            continue
        if b.value is None or b.value <= a.value or (b.end < len(doc) and doc[b.end].pos_ in ("NOUN", "PROPN")):
            continue  # "three members of 10 Downing Street": a name; "40 games of 12" is no part of a whole
        b.kind, b.unit, b.about = "count", a.unit, a.about


# Words that make "X to Y" a tally of votes ("voted 68 to 32", "passed by a vote of 68 to 32"): every inflection of
# the verbs, irregular forms listed after the lemma, and the nouns.
_VOTE_WORDS = frozenset(
    verb_forms("vote pass approve confirm reject adopt ratify acquit:acquitted,acquitting convict defeat")
) | {"ballot", "ballots", "tally", "margin", "votes"}
# Verbs of a contest after which "X to Y" gives the subject's and the object's shares ("Biden leads Trump 52% to 43%").
_CONTEST_VERBS = frozenset(verb_forms("lead:led beat:beaten top:topped,topping edge trail outpoll defeat outscore"))


def _contestant(t: Token) -> bool:
    """Whether a token names a side in a contest: a person, an organisation, a group or a place (or a proper noun
    the tagger left untyped, "the Conservatives"), not a common noun ("voters", "women")."""
    return t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (t.pos_ == "PROPN" and not t.ent_type_)


def _name_before(doc: Doc, i: int, floor: int) -> str | None:
    """The capitalised words right before token i (a name), or None."""
    k = i
    while k > floor and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and doc[k - 1].lower_ not in ("the",):
        k -= 1
    return doc[k:i].text or None


def _tally_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "voted 68 to 32", "Biden leads Trump 52% to 43%": two figures of one tally, each with what it counts
    (votes; the subject's and the object's share), not a range and not a move between two levels."""
    for a, b in zip(figs, figs[1:], strict=False):
        if b.start != a.end + 1 or doc[a.end].lower_ != "to" or a.kind != b.kind:
            continue
        if a.kind not in ("number", "count", "percent") or a.value is None or b.value is None:
            continue
        if a.low is not None or b.low is not None or a.qualifier or b.qualifier or a.direction or a.counted is not None:
            continue
        sent = doc[a.start].sent
        if a.start > sent.start and doc[a.start - 1].lower_ in ("from", "by"):
            continue  # "increased from 10% to 25%", "fell by 8,000 to 215,000": two levels, or a change and a level
        before = doc[max(sent.start, a.start - 8) : a.start]
        verb = next((t for t in reversed(before) if t.lower_ in _CONTEST_VERBS), None)
        if verb is not None:
            # The sides of a contest are named ("Biden leads Trump"); a common noun after the verb is whom the
            # lead is among ("Obama leads voters 18 to 29 by 30 points", "Clinton leads women 55% to 40%").
            subj = next(
                (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN")), None
            )
            obj = next(
                (c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.pos_ in ("PROPN", "NOUN")), None
            )
            if subj is not None and obj is not None and subj.i < verb.i < obj.i < a.start:
                if _contestant(obj):
                    a.about, b.about = _about_noun(doc, subj, a.start, b.end), _about_noun(doc, obj, a.start, b.end)
                    continue
            elif verb.i + 1 < a.start and verb.i > sent.start:
                # the parse lost the clause ("Trump trails Biden 43% to 52%"): the names on either side of the verb
                left, right = _name_before(doc, verb.i, sent.start), doc[verb.i + 1 : a.start]
                if left and all(t.text[:1].isupper() for t in right) and all(_contestant(t) for t in right):
                    a.about, b.about = left, right.text
                    continue
            if obj is None or _contestant(obj):
                continue
        if a.kind == "percent" or not any(t.lower_ in _VOTE_WORDS for t in before):
            continue
        for f in (a, b):
            if f.counted is None and f.end == f.num.end:
                f.kind, f.unit, f.about = "count", "vote", "votes"


def _share_units(doc: Doc, figs: list[_Fig]) -> None:
    """ "eight or nine euros", "45 and 50 mg": a bare number takes the unit of the next one."""
    for a, b in zip(figs, figs[1:], strict=False):
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
        if gap not in _SHARED_UNIT_GAPS and (len(gap) != 1 or gap[0].lower() not in ("and", "or", ",", "to", "-", "–")):
            continue
        if b.start < b.num.start:
            continue  # "$" or a qualifier before the second number: two separate amounts
        value = a.value
        if value is not None and b.num.scaled and not a.num.scaled and value < 1000:
            value *= _scale_of(b.num)  # "1 or 2 billion dollars"
        a.kind, a.unit, a.value, a.counted = b.kind, b.unit, value, None
        a.about = a.about if a.about and a.kind == "count" else b.about


def _level_of_a_number(doc: Doc, num: _Num) -> bool:
    """The amount is the level a "number" or "count" of things rises to, falls from or is, or its change ("the
    number of loans rose to 8 million", "rose by 3 million", "the count of arrests is now 900"): a count, whatever
    currency came before ("total" and "tally" may sum money)."""
    top = next((doc[k] for k in range(num.start, num.end) if not num.start <= doc[k].head.i < num.end), None)
    if top is None:
        return False
    before = doc[num.start - 1] if num.start else None
    if top.dep_ == "pobj" and top.head.lower_ in ("to", "from", "at", "by"):
        verb = top.head.head
    elif top.dep_ == "attr" or (top.dep_ == "dobj" and top.head.lower_.startswith(_LEVEL_VERBS)):
        verb = top.head  # "subscribers reached 8 million"
    elif before is not None and before.lower_ in ("from", "to") and before.dep_ == "prep":
        verb = before.head  # "rose from 6 million to 8 million", which the parse may make one range
    else:
        return False
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("number", "count") or _counts_things(c))
        for c in verb.children
    )


# Singular nouns that count people or copies ("its attendance rose to 2 million", "its circulation reached 2
# million").
_PEOPLE_LEVELS = frozenset(
    (
        "population",
        "attendance",
        "enrollment",
        "enrolment",
        "audience",
        "workforce",
        "headcount",
        "turnout",
        "circulation",
        # a "-ship" that is the people themselves; "ownership", "scholarship", "citizenship" are no head count
        "membership",
        "readership",
        "ridership",
        "viewership",
        "listenership",
    )
)
# Plural things that news counts, not sums ("Cases rose to 2 million", "Its downloads reached 50 million").
_COUNTED_THINGS = frozenset(
    ("case", "infection", "death", "download", "account", "vehicle", "car", "copy", "view", "stream", "vote", "job")
)


def _counts_things(subject: Token) -> bool:
    """A subject whose level is a number of people, not money, shown by the noun itself: a plural noun for people
    ("its customers rose from 6 million to 8 million", "subscribers reached 8 million") or a noun that counts
    people ("attendance rose to 2 million", "membership topped 8 million"). Any other subject ("its expenditures
    rose to 6 billion", "remittances reached 8 billion") keeps the currency written before."""
    if subject.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return False
    low = subject.lower_
    if low in _PEOPLE_LEVELS:
        return True
    if subject.tag_ != "NNS" or subject.pos_ != "NOUN":
        return False
    one = _singular(low)
    return _people_noun(one) or one in _COUNTED_THINGS


# Verbs whose object is the level their subject reaches ("subscribers topped 8 million").
_LEVEL_VERBS = ("reach", "hit", "top", "pass", "exceed", "surpass", "total", "number", "near", "cross")


def _gapped_subject(t: Token) -> bool:
    """Whether a noun after a number is the subject of a following clause whose object is that number.

    "above the 4.9 billion analysts had expected": 'analysts' is the subject of 'expected', a dependent clause
    with no object of its own, so the number is what they expected, not a count of analysts ('16.6 million
    vehicles will be sold', '1.2 million subscribers joined', main clauses, still count)."""
    while t.dep_ == "compound" and t.head.i > t.i:
        t = t.head  # "the 2.9 billion Wall Street had forecast"
    v = t.head
    return (
        t.dep_ == "nsubj"
        and v.i > t.i
        and v.pos_ in ("VERB", "AUX")
        and v.dep_ in ("relcl", "pcomp", "acl")  # a clause on the number; not "said 2 million investors signed up"
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative", "prep", "prt") for c in v.children)
    )


# Count nouns of stretches of time that "over" spans rather than exceeds ("three titles over two spells in charge").
_PERIOD_NOUNS = frozenset(("spell", "stint", "season", "term", "period", "session", "round", "leg", "stage", "tour"))


def _over_a_period(doc: Doc, kind: str, k: int, over: int) -> bool:
    """Whether "over" at token ``over`` before a number ending at token k spans a period rather than bounds it: a
    duration, or a count of periods across which something else is counted ("won three titles over two spells",
    "averaged 20 points over 10 seasons"), unless "for" or a verb of lasting comes right before "over" ("jailed for
    over two years", "It lasted over two hours"). "He played over 15 seasons" counts the seasons: a bound."""
    if kind == "duration":
        period = True
    else:
        period = kind in ("count", "number") and k < len(doc) and _singular(doc[k].lower_) in _PERIOD_NOUNS
        if period:
            start = doc[over].sent.start
            period = any(_counts_across(doc, t) or t.lower_.startswith("averag") for t in doc[start:over])
    if not period:
        return False
    return not _over_bounds(doc, over)


def _counts_across(doc: Doc, t: Token) -> bool:
    """Whether number token ``t``, before an "over" in its sentence, may count things across the period "over"
    spans ("won three titles over two spells"): not an age set off by commas ("James, 39, has played over 20
    seasons") and not part of a date ("In 2019 he played over 15 seasons")."""
    if not t.like_num or t.ent_type_ in ("DATE", "TIME"):
        return False
    return not (0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "," and doc[t.i + 1].text in (",", "—", "–"))


_BOUND_WORDS = ("over", "under", "above", "below", "up", "older", "younger", "higher", "lower")


def _bound_closes(doc: Doc, k: int) -> bool:
    """Whether a bound written after a number ('65 and older') ends its phrase at token k.

    A bound closes the number only when what follows ends the phrase: the end of the sentence, punctuation, a
    verb, a conjunction, a preposition, 'to' or a relative pronoun ('aged 65 and older who ...'). A noun, an
    adjective, a determiner or a number after it makes the word a modifier of a new phrase ('rose 8% and higher
    fuel costs ate into profit', '5 and over the years'), as does a hyphen glued to it ('3% or lower-income').
    """
    if k >= len(doc) or doc[k].is_sent_start:
        return True
    t = doc[k]
    if t.text in ("-", "–") and not doc[k - 1].whitespace_:
        return False
    if t.is_punct:
        return True
    return t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "ADP", "PART", "ADV") or t.tag_ in ("WDT", "WP")


def _build(doc: Doc, num: _Num, ents: dict[int, str], last_money: tuple[str, int] | None) -> _Fig | None:
    """Unit, kind, qualifier, direction and about for one number."""
    n = len(doc)
    low0 = doc[num.start].lower_
    if low0 in _MULTIPLICATIVE:
        f = _Fig(num, num.start, num.end, num.value, "percent", "%", direction=_MULTIPLICATIVE[low0][1])
        for c in doc[num.start].children:
            if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN"):
                f.about = _about_noun(doc, c, num.start, num.end)
        if f.about is None:
            f.about = _clause_subject(doc, doc[num.start], num.start, num.end)
        q, qstart = _qualifier_before(doc, num.start, doc[num.start].sent.start)
        if q in ("more than", "approximately", "less than") and doc[qstart].lower_ != "some":  # "Some doubled"
            f.qualifier, f.start = q, qstart  # "more than doubled", "nearly tripled"
        return f
    fold = _fold(doc, num)
    if fold is not None:
        return fold
    cur = _currency_before(doc, num)
    date = _date_at(doc, num, ents) if cur is None else None  # "$2000" is money, not a year
    if date is not None and len(date[2]) == 4 and (_counts_after_phrase(doc, num) or _counted_alike(doc, num)):
        date = None  # "In France 2000 soldiers were deployed": the subject's count, which the tagger may date
    if date is not None:
        ds, de, iso = date
        if (ds, de) == (num.start, num.end) and len(iso) == 4 and _year_in_name(doc, num):
            return _Fig(num, ds, de, None, "label")  # "Vision 2030", "the Tokyo 2020 Olympics"
        if (ds, de) == (num.start, num.end) and len(iso) == 4 and _house_number(doc, num):
            return _Fig(num, ds, de, None, "label")  # "of 1909 Jolinda Drive": an address, not a year
        f = _Fig(num, ds, de, None, "date", date=iso)
        f.about, _ = _about(doc, replace(f, num=replace(num, start=ds)))
        return f
    if date is None and cur is None and _street_number(doc, num):
        return _Fig(num, num.start, num.end, None, "label")  # "350 Fifth Avenue was sold": an address
    if _titled_compound(doc, num):
        return _Fig(num, num.start, num.end, None, "label")  # "the 1967 Six-Day War", "the Seven-Year Itch"
    odds = _hyphen_odds(doc, num)
    if odds is not None:
        return _odds(doc, num, *odds)
    first = _odds_before(doc, num)
    if first is not None:  # "One-in-five children": the numerator the scan left out
        return _odds(doc, replace(num, start=first[1], value=first[0], word=True), num.value, num.end)
    if _in_one(doc, num) is not None:
        # "a 3-in-1 charging pad", "a two-in-one laptop", the "one" of "all-in-one investments": a kind of product,
        # no count a reporter reads (and no inches)
        return _Fig(num, num.start, num.end, None, "label")
    unit = _unit_at(doc, num)
    if (num.vague or num.scaled) and unit is None and num.end + 1 < n and doc[num.end].lower_ == "of":
        # "billions of euros"; "2.5 million of euros", as Spanish "millones de euros" is often translated
        money = _currency_after(doc, num.end + 1)
        if money:
            unit = ("money", money[0].removesuffix("*1e6"), 1 + money[1])
        else:
            dur = _DURATION_UNITS.get(_singular(doc[num.end + 1].lower_))
            if dur:
                unit = ("duration", dur, 2)  # "billions of years"
    start = num.start - (cur[1] if cur else 0)
    end = num.end
    kind, unit_name = "number", None
    if unit is not None:
        kind, unit_name, used = unit
        end = num.end + used
        a_half = num.value == 1.5 and doc[num.start].lower_ in ("a", "an") and end + 3 <= n
        if a_half and [t.lower_ for t in doc[end : end + 3]] == ["and", "a", "half"]:
            end += 3  # "an hour and a half"
        if kind == "label":
            return _Fig(num, start, end, None, "label")
        if cur and kind != "money":
            # "$15.4/hour" style rates stay money; a currency before a measurement names a price per unit.
            unit_name = f"{cur[0]} per {unit_name}"
            kind = "money"
    if cur:
        if kind == "money" and unit_name and unit_name.split(" ")[0] != cur[0] and " per " not in unit_name:
            unit_name = cur[0] if len(unit_name) == 3 else unit_name
        elif kind != "money":
            kind, unit_name = "money", cur[0]
    if kind == "number" and _is_label(doc, num, False):
        return _Fig(num, start, end, None, "label")
    if (
        num.fraction
        and num.value < 1
        and kind == "number"
        and doc[num.start].lower_ in ("half", "quarter")
        and end + 1 < n
        and doc[end].lower_ in ("a", "an")
    ):
        u = _unit_at(doc, replace(num, end=end + 1, suffix=""))  # "half a year"
        if u and u[0] in ("duration", "quantity", "percent", "money"):  # "half a year", "half a mile", "half a dollar"
            kind, unit_name, end = u[0], u[1], end + 1 + u[2]
    if (
        num.fraction
        and num.value < 1
        and kind == "number"
        and end + 2 < n
        and doc[end].lower_ == "of"
        and doc[end + 1].lower_ in ("a", "an")
    ):
        u = _unit_at(doc, replace(num, end=end + 2, suffix=""))  # "a quarter of a century", "a third of a mile"
        if u and u[0] in ("duration", "quantity", "percent", "money"):  # "three-quarters of a percentage point"
            kind, unit_name, end = u[0], u[1], end + 2 + u[2]
    # A bare big number after money inherits its currency: "50 billion dollars ... 20 billion".
    if (
        kind == "number"
        and last_money
        and num.scaled
        and not num.vague
        and abs(num.value) >= 1e6  # "laid off several hundred" after a price counts people, not dollars
        and doc[num.start].sent.start - last_money[1] <= 400
        and not _unread_currency_before(doc, num)  # "invested SFr 120 million": a currency of its own
    ):
        nxt = doc[end] if end < n else None
        k = end
        while k < min(n - 1, end + 3) and doc[k].pos_ == "ADJ":
            k += 1
        plural = doc[k] if k < n and doc[k].tag_ == "NNS" else None  # "17.3 million new vehicles were sold"
        head = doc[num.end - 1].head
        if plural is None and end < head.i <= end + 4 and head.tag_ == "NNS":
            plural, k = head, head.i  # "the loss of nearly 4.8 million private sector jobs": a compound before it
        named = _currency_after(doc, k) if plural is not None else None  # "2 billion more dollars"
        counts_something = _level_of_a_number(doc, num) or (
            nxt is not None
            and (
                nxt.lower_ == "of"
                or (nxt.text in ("-", "–") and not doc[end - 1].whitespace_)  # "a 1.5-million-strong army"
                or (
                    nxt.pos_ in ("NOUN", "PROPN")
                    and nxt.dep_ in ("pobj", "dobj", "nsubj", "compound")
                    and nxt.head.i != num.start
                    and not _gapped_subject(nxt)
                )
                or (
                    plural is not None
                    and named is None
                    and plural.ent_type_ not in ("DATE", "TIME")
                    and _singular(plural.lower_) not in _DURATION_UNITS
                    and not _gapped_subject(plural)
                )
            )
        )
        if not counts_something:
            kind, unit_name = "money", (named[0].removesuffix("*1e6") if named else last_money[0])
    # Money rates: "$1.40 a share", "$58 per barrel", "$15.4/hour"
    if kind == "money" and end + 1 < n:
        a, b = doc[end], doc[end + 1]
        slash = _slash_unit(doc, end + 1) if a.lower_ == "/" else None  # "$9.99/mo", "$4.99/lb", "$3.49/gal"
        per_noun = b.pos_ in ("NOUN", "PROPN") if a.lower_ in ("per", "/") else b.pos_ == "NOUN"
        if a.lower_ == "/" and b.text.rstrip(".") in _NO_DENOMINATOR:
            per_noun = False
        if (
            a.lower_ in ("per", "/", "a", "an")
            and not (a.lower_ == "per" and _plural_after_per(b))  # "$30 million per sources": according to
            and (per_noun or slash or (a.lower_ != "/" and _per_width(doc, end + 1) == 2))  # "$500 per square foot"
            and b.lower_ != "cent"
            and not (
                end + 2 < n
                and doc[end + 2].lower_ in ("ago", "earlier", "before", "later", "after", "on")
                and _singular(b.lower_) in _DURATION_UNITS
            )
        ):  # "$50,000 a year" is a rate; "$5 a year ago" is not; "$58 a barrel on Tuesday" is
            per_money = _currency_after(doc, end + 1) if a.lower_ == "per" else None  # "108.55 yen per dollar"
            per_code = per_money[0] if per_money and per_money[1] == 1 and "*" not in per_money[0] else None
            per = slash if a.lower_ == "/" else _per_unit(doc, end + 1)
            unit_name = f"{unit_name} per {per or per_code or _singular(b.lower_)}"
            end += 1 + _per_width(doc, end + 1)  # "$500 per square foot"
        elif (
            a.lower_ in ("per", "a", "an")
            and b.lower_ in ("diluted", "adjusted", "basic")
            and end + 2 < n
            and doc[end + 2].lower_ == "share"
        ):
            unit_name = f"{unit_name} per share"  # "$2.53 per diluted share": earnings per share
            end += 3
        elif a.text == "-" and b.lower_ in ("a",) and end + 3 < n and doc[end + 2].text == "-":
            unit_name = f"{unit_name} per {_singular(doc[end + 3].lower_)}"
            end += 4
    if kind == "number" and end < n and doc[end].lower_ == "per" and end + 1 < n and doc[end + 1].pos_ == "NOUN":
        pass
    value = num.value
    f = _Fig(num, start, end, value, kind, unit_name, low=num.low, high=num.high)
    # Qualifiers before ("up to", "about") and after ("or more").
    floor = doc[num.start].sent.start
    q, qstart = _qualifier_before(doc, start, floor)
    if (
        q is None
        and kind in ("number", "count")
        and start > floor
        and doc[start - 1].lower_ == "up"
        and start - 2 >= floor
        and doc[start - 2].lower_ in ("of", "with", "for", "deploy", "send", "by", "to", "reach", "and")
        and doc[start - 2].lower_ not in ("by",)
    ):
        q, qstart = "up to", start - 1  # "deployment of up 13,000": "up to" with "to" lost in translation
    core_end = end
    if q is None and end + 1 < n:
        following = tuple(doc[x].lower_ for x in range(end, min(n, end + 2)))
        for key, val in _AFTER_QUALIFIERS.items():
            if following[: len(key)] != key:
                continue  # (read first: the tests below only keep a bound that is written)
            if (
                key[-1] in ("plus", "+")
                and end + len(key) < n
                and (doc[end + len(key)].like_num or doc[end + len(key)].text in _SYMBOLS)
            ):
                continue  # "$549 plus $50" adds a second amount
            if key == ("+",) and end + 1 < n and doc[end + 1].text.startswith("/"):
                continue  # "9.83 +/- 0.01": a margin either way, not a lower bound
            if key[-1] in _BOUND_WORDS and not _bound_closes(doc, end + len(key)):
                continue  # "5 and over the years", "rose 8% and higher fuel costs": the phrase goes on, no bound
            q = val
            end += len(key)
            f.end = end
            break
    if num.vague:
        q = "approximately"
    if q == "more than" and doc[qstart].lower_ == "over" and _over_a_period(doc, kind, num.end, qstart):
        q, qstart = None, start  # "over three years", "over two spells in charge" is a period, not a bound
    f.qualifier = q
    if q is not None and qstart < start:
        f.start = qstart
    f.direction = _direction(doc, f, qstart)
    if f.direction == "up" and q == "up to" and doc[qstart].lower_ == "up":
        f.direction = None
    if q == "up to" and doc[qstart].lower_ == "up" and qstart > floor and _up_is_a_level(doc, qstart, floor, f):
        q = f.qualifier = None  # "the toll went up to 45": the new level, not a bound
        f.start = start
    # A change keeps its direction with a qualifier: "Shares fell nearly 20%" is the fact "down about 20%" (both
    # fields are set; a reader needs the fall as much as the approximation).
    # What it counts.
    about, counted = _about(doc, f)
    if about is None and f.end > core_end and doc[core_end].lower_ in ("and", "or") and f.end - core_end == 2:
        about, counted = _about(doc, replace(f, end=core_end))  # "age of 48 months and above": the bound aside
    gapped = f.end < n and _gapped_subject(doc[f.end])  # "the 4.9 billion analysts had expected"
    if f.kind == "money" and about is not None and gapped and about.split()[-1] == doc[f.end].text:
        about, counted = None, None  # what analysts expected, not what they cost
    f.about = about
    if counted is not None and (len(doc[counted].text) < 2 or not _WORD.fullmatch(doc[counted].text)):
        # "3-in-1", "9.83 +/- 0.01", "4e14 s-1", "3 K": a symbol, a letter or a code after a number counts nothing
        f.about = None if about == doc[counted].text else about
        counted = None
    if counted is not None and (head := _coordinated_head(doc, counted, num.value)) != counted:
        if about is not None and about.endswith(doc[counted].text):
            # "maintenance and cleaning workers", "national security and diplomatic officials"
            about = f.about = about[: -len(doc[counted].text)] + doc[counted : head + 1].text
        counted = head
    noun = doc[counted] if counted is not None else None
    if kind == "number" and noun is not None and not num.fraction and noun.pos_ == "NOUN":
        f.kind = "count"
        f.unit = None if noun.lower_ in ("ones", "others", "one", "other") else _count_unit(noun.text)
        if noun.text.isupper() and noun.ent_type_ == "ORG":
            f.unit = None  # "Police said 3 NYPD were at the scene": an organisation's initials count no NYPDs
        f.counted = counted
        first, last = _hyphenated(doc, noun.i, num.end)
        if first < last and counted is not None:
            # "60 co-sponsors", "20 ex-officers": the tokenizer splits the word, the count is of all of it
            f.counted = counted = last
            f.unit = doc[first:last].text.lower() + _singular(doc[last].lower_)
            if f.about in (noun.text, doc[last].text, None):
                f.about = doc[first : last + 1].text
    elif kind == "number" and noun is not None and not num.fraction and noun.tag_ == "NNPS":
        f.unit = noun.text[0] + _singular(noun.lower_)[1:]  # "150 Indians": a demonym counts people
    if f.kind == "number" and counted is not None and not num.fraction:
        f.kind = "count"
        f.counted = counted
        if f.unit is None and noun is not None and noun.i == f.end and _counted_initials(doc, noun):
            f.unit = _count_unit(noun.text)  # "1 sack, 1 TFL, 2 QH.": the tagger calls initials a name
    _counted_time(doc, f)
    _magnitude(doc, f)
    root = _span_root(doc, num.start, num.end)
    people = (num.vague and root.dep_ == "dobj" and root.head.lower_.startswith(_PEOPLE_VERBS)) or (
        not num.fraction
        and f.end == num.end
        # "The two were arrested" refers; a qualifier is no determiner ("Some 20 were killed" counts people)
        and not (f.start > 0 and doc[f.start - 1].pos_ in ("DET", "PRON"))
        and (
            (root.dep_ == "nsubjpass" and root.head.lower_.startswith(_PEOPLE_VERBS))
            or (root.dep_ == "nsubj" and root.head.lower_.startswith(("die", "died", "dying", "perish", "drown")))
        )
    )
    # "Thousands marched", "Over 100,000 protested in Paris" (review s22 r1 LOW-5): a crowd of people; the parse may
    # hang the verb on the number ("Tens of thousands protested"); "The two marched" refers, as above
    crowd = (root.dep_ == "nsubj" and root.head.lower_.startswith(_CROWD_VERBS)) or (
        root.dep_ == "ROOT"
        and any(c.dep_ == "acl" and c.i == num.end and c.lower_.startswith(_CROWD_VERBS) for c in root.children)
    )
    bare = f.end == num.end and not (f.start > 0 and doc[f.start - 1].pos_ in ("DET", "PRON"))
    people = people or (crowd and (num.vague or bare))
    # "Dozens were missing", "Five remain missing", "Hundreds are feared dead", "with dozens still missing": a state
    # only people are in, said of a number with no noun
    state = root.head if root.head.lower_ in _PEOPLE_STATES else None
    if state is None:
        state = next(
            (c for c in root.head.children if c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in _PEOPLE_STATES),
            None,
        )
    subject = root.dep_ in ("nsubj", "nsubjpass") and root.head.i > root.i
    people = people or (subject and state is not None and not num.fraction and (num.vague or bare))
    if people and f.kind == "number" and f.counted is None:
        # "The storm killed thousands", "as many as 200 have been killed", "at least 50 died": people
        f.kind, f.unit, f.about = "count", "people", "people"
    _per_rate(doc, f)
    _exchange_rate(doc, f)
    return f


# States only people are in, said of a number with no noun ("Five remain missing", "Hundreds are feared dead").
_PEOPLE_STATES = frozenset(("missing", "dead", "homeless", "unaccounted", "hospitalized", "hospitalised", "trapped"))

# Verbs (as stems) whose subject, a vague number with no noun, is a crowd of people ("Thousands marched").
_CROWD_VERBS = ("march", "protest", "rallied", "rally", "demonstrat", "gather", "fled", "flee", "flock", "attend")

# Adjectives between a number and a time noun that keep it a length of time ("four straight years").
_SPAN_ADJ = frozenset(
    ("straight", "consecutive", "successive", "more", "full", "long", "additional", "extra", "whole", "further")
)
# Words that make the time noun after a number a point in time, not what the number counts ("rose 5 last month").
_DEICTIC = frozenset(("last", "next", "this", "past", "previous", "coming", "same", "following", "that"))


# Singular nouns that are plural in meaning ("2,000 staff", "300 police"): counted themselves before "and".
_COLLECTIVES = frozenset(
    ("staff", "personnel", "police", "crew", "cattle", "livestock", "clergy", "faculty", "poultry", "militia")
)


def _count_unit(word: str) -> str:
    """A count's unit, the singular of its noun, in lower case but for an acronym or a name written in mixed case,
    which a reader knows only as written: "5,000 SUVs" (SUV), "Two MPs" (MP), "3 iPhones" (iPhone); "5 SOLDIERS"
    in a capitalised headline is still 'soldier'."""
    low = _singular(word.lower())
    upper = sum(c.isupper() for c in word)
    if upper >= 2 or (word[:1].islower() and upper):
        if word.endswith("s") and (word[:-1].lower() == low or word[-2:-1].isupper()):
            return word[:-1]  # "SUVs", "iPhones", "MPs", "TEUs"
        if word.lower() == low and (not word.isupper() or len(word) <= 5):
            return word  # "SUV", "iPad" ("GUNS" in a headline is 'gun')
    return low


def _counted_initials(doc: Doc, noun: Token) -> bool:
    """Initials a count counts, which the tagger takes for a name: "2 QH", "1 TFL", "3 INTs", "4 SUVs" closing a
    phrase. Not a place or a group ("3 USA, 2 Canada"), a time ("5 PM", "10 ET") or initials before another noun
    ("3 NBA titles": the noun is counted)."""
    if noun.pos_ != "PROPN" or not re.fullmatch(r"[A-Z]{2,5}s?", noun.text) or noun.lower_ in _CLOCK_INITIALS:
        return False
    if noun.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME", "PERSON", "ORG") or _country_code(noun.text):
        return False
    if noun.text in _UNIT_SYMBOLS or noun.lower_ in _LOWER_SYMBOLS or noun.lower_.removesuffix("s") in _LOWER_SYMBOLS:
        return False  # "120 PSI" in haze news: a unit's symbol, read by the unit rules, is no thing counted
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return nxt is None or nxt.text in (".", ",", ";", ":", ")") or nxt.lower_ in ("and", "or")


def _country_code(text: str) -> bool:
    """ "USA", "UK", "FR": a country's code, which the tagger may not call a place ("3 USA, 2 Canada")."""
    if text in ("UK", "EU"):
        return True
    if len(text) == 2:
        return pycountry.countries.get(alpha_2=text) is not None
    return len(text) == 3 and pycountry.countries.get(alpha_3=text) is not None


# The unit symbols in lower case: "300 FT", "60 FPS", "1 GBPS" are units the tables spell otherwise (review s17 LOW-10).
_LOWER_SYMBOLS = frozenset(k.lower() for k in _UNIT_SYMBOLS)


# Initials of a time of day or a time zone: "5 PM", "10 ET".
_CLOCK_INITIALS = frozenset(
    ("am", "pm", "et", "pt", "ct", "mt", "gmt", "utc", "bst", "cet", "est", "pst", "edt", "pdt")
)


def _coordinated_head(doc: Doc, counted: int, value: float) -> int:
    """The noun a count counts when the parse gave it the first of two coordinated modifiers: "1,000 maintenance
    and cleaning workers" (workers), "300 police and security officers" (officers), "four national security and
    diplomatic officials" (officials). "12 men and women", "two cars and a truck" count their first noun."""
    n = doc[counted]
    if counted + 2 >= len(doc) or doc[counted + 1].dep_ != "cc" or doc[counted + 1].head.i != counted:
        return counted
    if n.dep_ in ("nmod", "compound") and n.head.i > counted + 1 and n.head.tag_ == "NNS":
        return n.head.i  # the modifier hangs on the plural that ends the phrase
    if n.tag_ != "NN" or value <= 1 or n.lower_ in _COLLECTIVES:
        return counted  # "2,000 staff and volunteers": a collective noun is plural in meaning and counted itself
    conj = next((c for c in n.children if c.dep_ == "conj" and c.tag_ == "NNS"), None)
    if conj is None or any(doc[k].pos_ not in ("ADJ", "NOUN", "VERB") for k in range(counted + 2, conj.i)):
        return counted
    if any(doc[k].lower_ in ("other", "more", "additional", "several", "many") for k in range(counted + 2, conj.i)):
        return counted  # "2,000 staff and other workers": a second group, not a modifier
    return conj.i  # a singular noun counted by more than one is a modifier of the plural it is coordinated with


def _counted_time(doc: Doc, f: _Fig) -> None:
    """ "four straight years" is a duration; in "rose by 5 last month" the month is when, not what is counted."""
    if f.kind != "count" or f.counted is None or f.counted <= f.end:
        return
    noun = doc[f.counted]
    unit = _DURATION_UNITS.get(_singular(noun.lower_))
    if unit is None and noun.ent_type_ not in ("DATE", "TIME"):
        return
    between = [t.lower_ for t in doc[f.end : f.counted]]
    if any(w in _DEICTIC for w in between):
        f.kind, f.unit, f.counted = "number", None, None
        if f.about and f.about.split()[-1] == noun.text:
            f.about = None
    elif unit is not None and all(w in _SPAN_ADJ for w in between):
        f.kind, f.unit, f.end, f.counted, f.about = "duration", unit, f.counted + 1, None, None


# Nouns for a quake, whose size a number with one decimal written before them gives ("a 6.4 aftershock").
# Not "shock": "The 5.5 shocks to the economy" are no quake.
_QUAKES = frozenset(("earthquake", "quake", "aftershock", "tremor", "temblor", "foreshock"))


def _magnitude(doc: Doc, f: _Fig) -> None:
    """ "a magnitude 6.4 earthquake", "a 6.4-magnitude quake": the size of a quake on its scale, not 6.4 quakes."""
    if f.kind not in ("number", "count") or f.start != f.num.start or f.num.scaled:
        return
    of_magnitude = f.start >= 2 and doc[f.start - 1].lower_ == "of" and doc[f.start - 2].lower_ == "magnitude"
    if f.kind == "number" and f.counted is None and of_magnitude:
        # "the quake had a magnitude of 5.8"; a number elsewhere whose subject is a magnitude ("A magnitude 6.4
        # earthquake struck, killing 30") is no magnitude
        f.kind, f.unit = "quantity", "magnitude"
        return
    before = doc[f.start - 1].lower_ if f.start else ""
    after = f.counted is not None and doc[f.counted].lower_ == "magnitude"
    if (
        f.counted == f.end
        and f.kind == "count"
        and f.num.end == f.num.start + 1
        and re.fullmatch(r"\d\.\d", doc[f.num.start].text)
        and _singular(doc[f.counted].lower_) in _QUAKES
    ):
        f.kind, f.unit, f.counted, f.about = "quantity", "magnitude", None, doc[f.end].text  # "a 6.4 aftershock"
        return
    if before != "magnitude" and not after:
        return
    f.kind, f.unit, f.counted = "quantity", "magnitude", None
    k = f.end + 2 if after and f.end < len(doc) and doc[f.end].text in ("-", "–") else f.end
    if after:
        f.end = k  # "6.4-magnitude"
    if k < len(doc) and doc[k].pos_ == "NOUN":
        f.about = doc[k].text  # the quake
    elif after:
        f.about = None


def _hyphenated(doc: Doc, i: int, floor: int) -> tuple[int, int]:
    """The first and last token of the hyphenated word token i is part of ("co - sponsors" glued), else (i, i);
    the word starts at ``floor`` or later (in "four-cylinder", "four" is the number, not part of the word)."""
    first = last = i
    while first - 2 >= floor and _glued_hyphen(doc, first - 1) and doc[first - 2].is_alpha:
        first -= 2
    while last + 2 < len(doc) and _glued_hyphen(doc, last + 1) and doc[last + 2].is_alpha:
        last += 2
    return first, last


def _glued_hyphen(doc: Doc, k: int) -> bool:
    """Token k is a hyphen with no space on either side."""
    return doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def _fold(doc: Doc, num: _Num) -> _Fig | None:
    """ "a 10-fold increase in cases", "rose threefold": a multiplier (shown "10-fold"), not a count of increases."""
    n = len(doc)
    if num.suffix == "fold":
        end = num.end
    elif num.suffix in ("x", "X") and num.digits and 1.5 <= num.value < 100 and not num.currency:
        nxt = doc[num.end] if num.end < n else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
            return None  # "10X Genomics": a name
        end = num.end  # "sales grew 3x", "a 10x increase": a multiplier written with a glued x
    elif num.digits and not num.suffix and num.end + 1 < n and doc[num.end].text in ("-", "–"):
        if doc[num.end + 1].lower_ != "fold":
            return None
        end = num.end + 2
    else:
        return None
    f = _Fig(num, num.start, end, num.value, "number", parts=((num.value, "fold"),))
    f.qualifier, qstart = _qualifier_before(doc, num.start, doc[num.start].sent.start)
    if f.qualifier is not None:
        f.start = qstart
    f.direction = _direction(doc, f, f.start)
    change = doc[end] if end < n and doc[end].pos_ == "NOUN" else None
    if change is not None and f.direction is None:
        f.direction = _is_change_verb(change)
    what = None
    if change is not None:
        for c in change.rights:  # "a 10-fold increase in cases"
            if c.dep_ == "prep" and c.lower_ in ("in", "of"):
                what = next((o for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
    if what is not None:
        f.about = _about_noun(doc, what, f.start, f.end)
    else:
        f.about = (
            _clause_subject(doc, doc[num.start].head, f.start, f.end)
            or (change.text if change else None)
            or _governing_subject(doc, f)  # "Prices are up 3x": the subject of the verb above the particle
        )
    return f


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


def _per_rate(doc: Doc, f: _Fig) -> None:
    """ "90 miles per gallon", "four times per week", "two hours a day": the unit becomes a rate."""
    if f.kind not in ("quantity", "duration", "count") or not f.unit or " per " in f.unit or f.unit.endswith(" of age"):
        return
    at = f.end if f.kind != "count" else (f.counted + 1 if f.counted == f.end else -1)
    if at < 0 or at + 1 >= len(doc):
        return
    word = doc[at].lower_
    if word not in ("per", "/", "a", "an", "each", "every"):
        return
    per = _slash_unit(doc, at + 1) if word == "/" else _per_unit(doc, at + 1)  # "W/min", "50 km/s", "50 mg/L"
    if per is None and word == "per":
        per = _per_noun(doc, at + 1)  # "11.1 assists per game", "300 miles per charge"
    if per is None or (word in ("a", "an", "each", "every") and per not in _DURATION_IN_SECONDS):
        return  # "a" only makes a rate with a time ("two hours a day"), not "5 km a mile away"
    if at + 2 < len(doc) and doc[at + 2].lower_ in ("ago", "earlier", "later", "before", "after"):
        return  # "used 5 tonnes of coal an hour ago": when, not a rate
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


def _deal_line_about(doc: Doc, figs: list[_Fig]) -> None:
    """A deal's heading, a line with no verb: "[Label:] [N% Off] PRODUCT [with ...] for $X [(Originally $Y)]" or
    "..., Now $X". Its prices are the product's: "New Price Drop: 2019 Apple AirPods 2 Wireless Earphones for $139"
    was about 'Price Drop', "45% Off 65" LG 65UM7300 4K Smart HDTV, Now $549" about 'Dell eGift Card' (the bonus
    named after it), "70" Element 4K UHD Smart HDTV with Roku for $499.99" about 'K UHD Smart HDTV'. The product is
    the words after the label's colon and the discount, up to "," or "for", less a leading size or year; a bundle
    keeps its "with" ("Nintendo Switch Lite with Pokemon Sword or Shield and Case"), another product than the Lite."""
    done: dict[int, tuple[str, bool] | None] = {}
    for f in figs:
        if f.kind != "money" or f.start < 1:
            continue
        sent = doc[f.start].sent
        if sent.start not in done:
            done[sent.start] = _deal_product(doc, sent)
        found = done[sent.start]
        if found is None:
            continue
        product, signal = found
        if not signal and f.about is not None and f.about not in product:
            continue  # "Microsoft to Acquire LinkedIn for $26.2 Billion in Cash": no deal's mark, the parse's reading
        prev = doc[f.start - 1]
        bracket = prev.lower_ in ("originally", "regularly", "reg", "was") and doc[f.start - 2].text == "("
        if prev.lower_ == "for" or (prev.lower_ == "now" and doc[f.start - 2].text == ",") or bracket:
            f.about = product


# One-word labels of a caption or a credit line, which name no product ("Photo: Getty Images").
_CAPTION_LABELS = frozenset(("photo", "photos", "image", "images", "credit", "credits", "source", "video", "related"))


def _price_line_about(doc: Doc, figs: list[_Fig]) -> None:
    """A line that holds only a price is the price of the product the line before it names, as shopping lists set
    them out ("Apple AirPods with Charging Case (Latest Model)" / "$139.00" / "Available from Amazon"): the heading's
    words up to a dash, with the specifications that tell the model ("Apple iPad Pro (11-inch, Wi-Fi, 64GB) - Space
    Gray": Apple iPad Pro (11-inch, Wi-Fi, 64GB)).
    The heading is a line of no sentence: no verb, no full stop at its end, a capital first, a name in it."""
    if not any(f.kind == "money" and f.about is None for f in figs):
        return  # doc.text rebuilds the text from every token: only when a price may be on a line of its own
    text = doc.text
    for f in figs:
        if f.kind != "money" or f.about is not None:
            continue
        a, b = doc[f.start].idx, doc[f.end - 1].idx + len(doc[f.end - 1])
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", b)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:a].strip() or text[b:line_end].strip():
            continue
        before = text[:line_start].rstrip()
        head_start = before.rfind("\n") + 1
        heading = before[head_start:].strip()
        if not heading or not heading[0].isupper() or heading[-1] in ".!?:" or len(heading.split()) > 15:
            continue
        span = doc.char_span(head_start, len(before), alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG") for t in span):
            continue
        if not any(t.pos_ == "PROPN" for t in span):
            continue  # "Prices" / "$5": a heading that names no product
        label, colon, rest = heading.partition(":")
        if colon:
            if label.strip().lower() in _CAPTION_LABELS or not rest.strip():
                continue  # a caption ("Photo: Getty Images"): no product (review s21 r1b LOW-12)
            heading = rest.strip()  # "Best overall: Apple AirPods Pro 2": the product after the label (r2b HIGH-1)
        # the name with its specifications, which tell one model from another (a colour or an edition after a dash,
        # a bracket of no figures, "(Latest Model)", do not)
        name = re.split(r"\s+[-\u2013\u2014]\s+", heading, maxsplit=1)[0]
        name = re.sub(r"\s*\([^()\d]*\)", "", name).strip()
        if name and not name[0].isdigit():
            f.about = name


def _deal_product(doc: Doc, sent: Span) -> tuple[str, bool] | None:
    """The product a deal's heading names (see _deal_line_about), or None for a line that is no deal heading, with
    whether the line has a deal's mark (a label's colon, "N% Off", ", Now $N", "(Originally $N)")."""
    words = [t for t in sent if not t.is_space]
    if len(words) > 40:
        return None
    priced = [
        t.i
        for t in words
        if (t.lower_ == "for" and t.i + 1 < sent.end and doc[t.i + 1].text in _SYMBOLS)
        or (t.text == "," and t.i + 2 < sent.end and doc[t.i + 1].lower_ == "now")
    ]
    if len(priced) != 1:
        # none, or a list of deals ("Today's deals: AirPods Pro for $199, Echo Dot for $25"): each price is its own
        # product's, as the parse reads them, not all the first one's (review s17 r3 HIGH-1)
        return None
    end = priced[0]
    named_verb = doc[end - 1] if end > sent.start else None  # "Sonos Move for $400": a capitalised base form
    if any(
        (t.pos_ in ("VERB", "AUX") or (t.pos_ == "PART" and t.tag_ not in ("POS", "TO")))
        and not (t.i == end - 1 and t.text[:1].isupper() and not _past_form(t, lexical=True))
        for t in words
    ):
        # "Braun's Ithaca Holdings purchased Big Machine for $300M", "Disney Buys 21st Century Fox for $71.3 Billion"
        # (a headline's verb in Title Case, review s17 HIGH-1), "Tesla Sued for $1 Billion" (HIGH-2): a sentence,
        # not a deal's heading; a capitalised base form that ends the name right before "for" is the product's
        # ("Sonos Move for $400"), a possessive is part of a name ("Amazon's Echo Dot")
        return None
    start = sent.start
    signal = doc[end].text == "," or any(t.lower_ in ("originally", "regularly") for t in doc[end : sent.end])
    for t in doc[sent.start : end]:
        if t.text == ":":
            start, signal = t.i + 1, True  # "New Price Drop: ..."
        elif t.lower_ == "off" and t.i > start and (doc[t.i - 1].text == "%" or doc[t.i - 1].like_num):
            start, signal = t.i + 1, True  # "35% Off Dell Alienware ...", "$10 Off ..."
    if any(t.lower_ == "to" for t in doc[start:end]):
        return None  # "Microsoft to Acquire LinkedIn for ...": an infinitive (not "Up to 40% Off ..." before it)
    if not signal and named_verb is not None and _past_form(named_verb, lexical=True):
        return None  # "Picasso Painting Sold for $179 Million", "Mansion Listed for $95 Million" (HIGH-2)
    stop = next((t.i for t in doc[start:end] if t.text in (",", "(")), end)
    span = [t for t in doc[start:stop] if not t.is_space]
    while len(span) > 1 and (span[0].like_num or span[0].text in ('"', "″") or _SIZED.fullmatch(span[0].text)):
        span.pop(0)  # '70" Element 4K UHD Smart HDTV', "2019 Apple AirPods 2"
        if span and span[0].text in ('"', "″"):
            span.pop(0)
    if len(span) > 2 and _DURATION_UNITS.get(_singular(span[0].lower_)) and span[1].lower_ == "of":
        span = span[2:]  # "4 Month of Amazon Music Unlimited for $0.99": the service
    if not span or not any(t.pos_ == "PROPN" for t in span) or span[0].text[:1].islower():
        return None
    if len(span) > 12:
        span = span[:3]  # "Dell Alienware AW3418DW 34" 3440x1440 ... Gaming Monitor": the brand and model
    return doc[span[0].i : span[-1].i + 1].text, signal


@lru_cache(maxsize=1)
def _irregular_past() -> frozenset[str]:
    """The irregular past forms of English verbs ("sold", "bought", "paid", "won", "sank", "sunk"), from the spaCy
    model's lemmatizer exceptions (the pipeline loads without its lemmatizer; the table ships with every English
    model, so the one installed is read, no model loaded): every verb exception but the "-ing" and "-s" forms
    ("caddies"), compounds ("co-opts"), the forms of "be" and "have" ("is", "has"), and the forms that are also a
    noun or a verb of their own in the same tables, which a product's name may end with ("DeWalt Circular Saw",
    "Casper Original Bed", "Ground", "Rose"; review s19 r1 MED-11). Empty without such a table."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    from extract.pipeline import ModelError, choose_model

    try:
        found = sorted(get_package_path(choose_model()).glob("**/lemmatizer/lookups/lookups.bin"))
    except (ModelError, ImportError, OSError):
        found = []
    if not found:
        return frozenset()
    lookups = Lookups().from_disk(found[0].parent)
    table = lookups.get_table("lemma_exc", {}).get("verb", {})
    index = lookups.get_table("lemma_index", {})
    words = {w for pos in ("noun", "verb") for w in index.get(pos, ())}
    return frozenset(
        form
        for form, lemmas in table.items()
        if not form.endswith(("ing", "s"))
        and not {"_", "-"} & set(form)
        and not {"be", "have"} & set(lemmas)
        and form not in words
    )


def _past_form(t: Token, lexical: bool = False) -> bool:
    """A capitalised word right before "for $N" that reads as a past tense or participle ("Sold", "Sued", "Fined",
    "Listed", "Auctioned"), which the tagger may call a name in a Title Case headline; ``lexical``: by the word
    alone, not the tagger's tag ("Amazon Music Unlimited", tagged VBN, is a name)."""
    low = t.lower_
    if (t.tag_ in ("VBD", "VBN") and not lexical) or low in _irregular_past():
        return True
    if len(low) < 4 or not low.endswith("ed"):
        return False
    from wordfreq import zipf_frequency  # imported on first use, as core.py does (about 0.3 s)

    # "-ed" on a common word: "Sued" (sue), "Listed" (list), "Fined" (fine); not "Unlimited"
    return max(zipf_frequency(low[:-1], "en"), zipf_frequency(low[:-2], "en")) >= 3.5


# A size glued to its mark at the start of a heading: '65"', "70-inch".
_SIZED = re.compile(r"\d+(?:\.\d+)?(?:\"|″|-inch|in)")


def _bought_it_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "Get it at Walmart for $238.99" after a deal's heading "Nintendo Switch Lite with ... Case for $238.99": the
    price the call to buy 'it' repeats is the heading's, so it is about the same thing (the 'it' points back past
    the deal's description, where no parse can follow it). Only an imperative buying verb opening its sentence,
    with 'it'/'one' as its object, and an earlier price of the same value and currency."""
    for i, f in enumerate(figs):
        if f.kind != "money" or f.about is not None or f.value is None:
            continue
        sent = doc[f.start].sent
        v = sent[0]
        if (
            v.lower_ not in CALL_TO_BUY
            or v.tag_ != "VB"
            or not any(c.dep_ == "dobj" and c.lower_ in ("it", "one") for c in v.children)
        ):
            continue
        same = next((g for g in reversed(figs[:i]) if (g.kind, g.value, g.unit) == ("money", f.value, f.unit)), None)
        if same is not None and same.about:
            f.about = same.about


def _timed(doc: Doc, f: _Fig, k: int) -> bool:
    """The number at k is the object of an "in" or "to" after figure f, with only bound words between."""
    for j in range(k - 1, max(f.end, k - 4) - 1, -1):
        if doc[j].lower_ in ("in", "to"):
            return True
        if doc[j].pos_ not in ("ADV", "ADP", "ADJ", "SCONJ") or doc[j].like_num:
            return False  # "in the 30 seconds", "in its first 10 seconds"
    return False


def _range(doc: Doc, a: _Fig, nb: _Num, ents: dict[int, str], last_money: tuple[str, int] | None) -> _Fig | None:
    """Join "X to Y", "X-Y", "between X and Y" into one figure (midpoint value, both ends kept)."""
    gap_start, gap_end = a.end, nb.start
    if a.num.vague or nb.vague or a.kind == "date":
        return None
    if gap_end - gap_start > 2:
        return None
    between = [doc[x].lower_ for x in range(gap_start, gap_end)]
    prev = doc[a.start - 1].lower_ if a.start else ""  # before a currency symbol too ("from $350")
    over = a.qualifier == "more than" and doc[a.start].lower_ == "over"  # "over 10-20 years" may be a period
    # "ranged from X to Y" is a range; "rose from X to Y" is a change between two levels
    ranged = prev == "from" and a.start > 1 and doc[a.start - 2].lower_.startswith(("rang", "vari", "vary"))
    if prev == "from" and not ranged:
        # "prices from $50 to $100", "zones are high, from 7 to 10", "tickets cost from $50": a span of values;
        # "went from 5 to 10", "was reduced from 44 mg to 50 mg": a move between two levels
        head = doc[a.start - 1].head
        moved = _is_change_verb(head) or any(
            c.dep_ in ("amod", "compound") and _is_change_verb(c) for c in head.children
        )  # "an increase from 5% to 7%", "increasing protein intake from 15% to 30%"
        ranged = not moved and (head.pos_ in ("NOUN", "PROPN", "ADJ", "AUX") or head.lower_ in _SPAN_VERBS)
    if (prev in ("from",) and not ranged) or (a.qualifier and a.qualifier not in ("approximately",) and not over):
        return None
    if a.start >= 2 and doc[a.start - 2].lower_ in _CONTEST_VERBS and _contestant(doc[a.start - 1]):
        return None  # "Trump trails Biden 43% to 52%": each side's share, not a range
    if a.num.suffix and _RANGE_SUFFIX.match(a.num.suffix):
        return None
    if a.kind == "money" and len(between) == 2 and between[1] in _SYMBOLS:
        between = between[:1]  # "$1 billion to $2 billion", "between $5 and $6": the symbol is written twice
    ok = between in (["-"], ["–"], ["—"], ["to"], ["-", "to"]) or (between == ["and"] and prev == "between")
    if not ok:
        return None
    if (
        between == ["to"]
        and a.start > 0
        and a.value is not None
        and abs(nb.value) > 3 * abs(a.value)
        and (
            _is_change_verb(doc[a.start - 1])
            or (a.start > 1 and doc[a.start - 1].lower_ == "by" and _is_change_verb(doc[a.start - 2]))
        )
    ):
        return None  # "rose 5 to 300 points", "fell by 8,000 to 215,000": a change, then the new level
    if between in (["-"], ["–"]) and (doc[gap_start - 1].whitespace_ and not doc[gap_start].whitespace_):
        return None  # "10 -5" is a negative number
    b = _build(doc, replace(nb, value=abs(nb.value)) if nb.value < 0 and between[0] in "-–—" else nb, ents, last_money)
    if b is None or b.kind == "label" or (over and b.kind != "duration"):
        return None
    if a.kind == "money" and b.kind == "number" and b.unit is None:
        b = replace(b, kind="money", unit=a.unit)  # "$10-15bn": the currency is written once
    lo, hi = a.value, b.value
    if lo is None or hi is None:
        return None
    kind, unit = a.kind, a.unit
    if a.kind in ("number", "count") and b.kind not in ("number", "count", "date"):
        kind, unit = b.kind, b.unit
    elif a.kind == b.kind and a.unit and " per " not in a.unit and (b.unit or "").startswith(f"{a.unit} per "):
        if a.direction:
            return None  # "The stock rose $10 to $25 a share": a change, then the new level
        unit = b.unit  # "$1.20 to $1.30 a share": the rate is written once, after the second end
    elif (
        a.kind != b.kind
        and (a.kind, b.kind) != ("number", "count")
        and not ((a.kind, b.kind) == ("count", "number") and a.num.digits and b.num.digits)  # "8-9 ripe pears"
    ) or (a.unit != b.unit and b.kind not in ("number", "count")):
        return None  # "242 to 330 passengers" is one count; "5% to $58" are two figures
    if b.num.scaled and not a.num.scaled and lo * _scale_of(b.num) <= hi:
        lo *= _scale_of(b.num)  # "$44 to 50 million"
    if ranged and hi < lo:
        lo, hi = hi, lo  # "ranged from -18 °C to -34 °C"
    if hi <= lo:
        return None
    f = replace(a, end=b.end, value=_range_value(lo, hi), kind=kind, unit=unit, low=lo, high=hi)
    if b.qualifier and b.qualifier not in ("approximately",):
        return None
    if over:
        f.qualifier = None  # "over 10-20 years": a period
    # a bare first end's 'about' is often the unit written once after the second ("10-15bn euros")
    # "8-9 ripe pears": the parse may hang the noun on the first end only, so the second one counts nothing
    f.about = b.about or (a.about if a.kind == b.kind or (a.kind, b.kind) == ("count", "number") else None)
    ra, rb = _span_root(doc, a.num.start, a.end), _span_root(doc, b.num.start, b.end)
    of_noun = ra.dep_ == "pobj" and ra.head.lower_ == "of" and rb.head.i == ra.head.head.i
    if a.about and a.kind == b.kind and a.unit == b.unit and rb.dep_ == "conj" and (rb.head.i == ra.i or of_noun):
        # "raised its forecast to between $5 and $5.10": the parse hangs the second end on the first, and only
        # the first reaches what the range measures (the second reaches the clause's subject); "earnings of
        # between £450m and £480m": on the noun whose "of" the first end is
        f.about = a.about
    if f.direction is None:
        f.direction = _direction(doc, f, f.start)  # "climbed 8 to 10 degrees": the unit came with the second end
    if kind in ("count", "number") and b.counted is not None:
        one_thing = prev in ("a", "an", "the") and doc[b.counted].tag_ == "NN"
        if one_thing and between in (["-"], ["–"]) and lo >= 100 and a.num.digits:
            return _Fig(a.num, a.start, b.end, None, "label")  # "a 737-800 jet": a model; a range counts plurals
        f.kind, f.unit, f.counted = "count", b.unit, b.counted
    elif kind == "number" and prev in ("aged", "ages", "age") and hi <= 120:
        f.kind, f.unit = "quantity", "year of age"  # "voters aged 18 to 24"
    return f


# Prepositions after which a year-like number is a year: "in 2016", "since 2019", "until 2020".
_TIME_PREPOSITIONS = frozenset(("in", "since", "until", "till", "before", "after", "during", "by", "from", "through"))


def _counted_alike(doc: Doc, num: _Num) -> bool:
    """A year-like number in a dimension, two numbers joined by "by" or "x" before a plural noun they both count:
    "1080 x 1920 pixels", "1920 by 1080 pixels", "1080 pixels by 1920 pixels" (no year among them; review s19 r3
    MED-6); "by 2020 sales" (no number before "by") and "In 2019 sales rose" stay years."""
    s, e, n = num.start, num.end, len(doc)
    by = ("by", "x", "×")
    if e + 2 < n and doc[e].lower_ in by and doc[e + 1].like_num and doc[e + 2].tag_ == "NNS":
        # the first of "1920 by 1080 pixels"; not a year after a preposition of time, whose "by" gives a margin:
        # "Trump won Pennsylvania in 2016 by 44,000 votes" (review s19 r3 HIGH-12)
        return not (s > 0 and doc[s - 1].lower_ in _TIME_PREPOSITIONS)
    if e < n and doc[e].tag_ == "NNS" and s >= 2 and doc[s - 1].lower_ in by:
        before = doc[s - 2]
        if before.like_num:
            return True  # the second of "1080 x 1920 pixels"
        return s >= 3 and before.lower_ == doc[e].lower_ and doc[s - 3].like_num  # "1080 pixels by 1920 pixels"
    return False


def _odds(doc: Doc, num: _Num, den: float, end: int) -> _Fig:
    """The share of hyphenated odds ("a 1-in-3 chance of landfall": 1 in 3, about the chance), shown as "1 in 3" as
    "one in three" is; what it is about is the noun after the odds ("a 1-in-100-year flood": the flood)."""
    share = num.value / den
    f = _Fig(replace(num, value=share, fraction=True), num.start, end, share, "number")
    f.parts = ((num.value, "in"), (den, ""))
    f.qualifier, qstart = _qualifier_before(doc, num.start, doc[num.start].sent.start)
    if f.qualifier is not None:
        f.start = qstart  # "Nearly 1-in-4 workers", "more than a 1-in-10 chance"
    k = end
    while k < len(doc) and (doc[k].text == "-" or (doc[k].pos_ in ("NOUN", "PROPN") and doc[k].dep_ == "compound")):
        k += 1  # "-year flood": the odds' period, then the noun
    if k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN"):
        f.about = _np(doc, doc[k], k - 1) or None
    return f


def _ratio(doc: Doc, a: _Fig, nb: _Num, ents: dict[int, str]) -> _Fig | None:
    """ "one in five Americans", "two out of three voters": a share (1/5), counting the noun after the second."""
    if a.kind not in ("number", "count") or a.value is None or a.low is not None or a.num.fraction:
        return None
    if not 0 < nb.start - a.num.end <= 2 or a.end > a.num.end + 1:
        return None
    between = [doc[x].lower_ for x in range(a.num.end, nb.start)]
    if between not in (["in"], ["out", "of"]):
        return None
    if not (1 <= a.value < nb.value <= (1000 if between == ["in"] else 1e6)) or a.value != int(a.value):
        return None
    if (
        between == ["in"]
        and a.start > 0
        and doc[a.start - 1].pos_ in ("VERB", "AUX", "ADP")  # before the qualifier: "more than one in three"
        and doc[a.start - 1].lower_ not in _SPEECH_VERBS
        and doc[a.start - 1].lower_ not in ("that", "found", "find", "finds", "show", "shows", "showed")
        and not _level_to(doc[a.start - 1], a.value)
    ):
        return None  # "scored 3 in 10 games", "rose to 5 in 2019": a number, then where or when; "said 1 in 4 adults"
    b = _build(doc, nb, ents, None)
    if b is None or b.kind not in ("number", "count") or b.value != nb.value or b.qualifier:
        return None
    share = a.value / nb.value
    num = replace(a.num, value=share, fraction=True)  # a share, not a small count that may be a pronoun
    f = replace(a, num=num, end=b.end, value=share, kind="number", unit=None, counted=None, direction=None)
    f.parts = ((a.value, "in"), (nb.value, ""))  # shown as "1 in 5"
    f.about = b.about or a.about
    return f


# Subjects whose level is a share: "The rate of child poverty rose to one in three".
_SHARE_SUBJECTS = frozenset(
    ("rate", "share", "proportion", "odds", "percentage", "fraction", "turnout", "ratio", "chance", "chances", "rates")
)


def _level_to(prep: Token, first: float) -> bool:
    """ "to" after a change verb, whose object is the level reached: "The rate of child poverty rose to one in
    three" is the share 1 in 3 (a year or a period after "in" is no denominator: "rose to 5 in 2019" is more than
    the 1,000 a share's "in" allows, "rose to 5 in 10 days" a duration). A level is a share only when it is
    "one in ..." or the subject is a share ("the odds rose to 3 in 10"): "The number of deaths rose to 3 in 4
    counties" is a toll of 3 over 4 places. The level left behind reads the same: "up from one in ten", "rose from
    one in ten to one in four" (lead s26 inbox, probe class 8)."""
    left = prep.lower_ == "from" and (
        prep.head.lower_ in ("up", "down") or (prep.head.pos_ in ("VERB", "AUX") and _is_change_verb(prep.head))
    )
    if not (_to_after_change_verb(prep) or left):
        return False
    if first == 1:
        return True
    subj = [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and subj[0].lower_ in _SHARE_SUBJECTS


def _over(doc: Doc, a: _Fig, nb: _Num, ents: dict[int, str]) -> _Fig | None:
    """ "one over three", "1 over 20": a fraction read aloud, when two bare numbers close the clause (a
    reading such as "150 over 90" has the larger number first and stays two numbers)."""
    if a.kind != "number" or a.value is None or a.low is not None or a.num.fraction or a.qualifier:
        return None
    if a.end != a.num.end:
        return None
    if nb.start != a.end + 1 or doc[a.end].lower_ != "over" or not 0 < abs(a.value) < nb.value:
        return None
    b = _build(doc, nb, ents, None)
    if b is None or b.kind != "number" or b.value != nb.value or b.low is not None or b.end != nb.end:
        return None
    if b.end < len(doc) and not (doc[b.end].is_punct or doc[b.end].pos_ in ("AUX", "CCONJ")):
        return None  # "5 over 3 years": a period after, not a denominator
    value = a.value / nb.value
    num = replace(a.num, value=value, fraction=True, end=b.end)
    return replace(a, num=num, end=b.end, value=value, counted=None, direction=None, about=a.about or b.about)


def _minor_amount(doc: Doc, a: _Fig, b: _Fig, between: list[str]) -> bool:
    """ "fifteen dollars fifty", "15 dollars and 50.", "17 USD 25": a bare two-digit number closing a sum of money
    written with its currency after the whole units is the cents, as people say prices."""
    if a.kind != "money" or not a.unit or len(a.unit) != 3 or a.value is None or a.value != int(a.value):
        return False
    if a.num.scaled or not doc[a.end - 1].is_alpha or between not in ([], ["and"]):  # "$15 and 20" are two sums
        return False
    if b.value is None or not 1 <= b.value < 100 or b.value != int(b.value) or b.qualifier or b.low is not None:
        return False
    if b.kind == "money":
        bare = b.unit == a.unit and b.start < a.end  # the code between the two numbers is read twice
    else:
        bare = b.kind == "number" and b.counted is None and b.start == b.num.start
    return bare and (b.end == len(doc) or doc[b.end].is_punct)


def _compound(doc: Doc, a: _Fig, nb: _Num, ents: dict[int, str]) -> _Fig | None:
    """ "two years and eight months" or "5 feet 2 inches": one figure in the larger unit."""
    if nb.start - a.end > 2:
        return None
    between = [doc[x].lower_ for x in range(a.end, nb.start)]
    if between not in ([], [","], ["and"], [",", "and"]) or a.value is None:
        return None
    b = _build(doc, nb, ents, None)
    if (
        b is not None
        and a.unit == "foot"
        and b.kind == "number"
        and b.end == nb.end < len(doc)
        and doc[nb.end].lower_ in ("in", "in.")
        and (b.value or 0) < 12
    ):
        b = replace(b, kind="quantity", unit="inch", end=nb.end + 1)  # "12 ft 2 in": "in" after feet is inches
    if b is None or b.value is None or b.qualifier or b.direction:
        return None
    if a.kind == "duration" and b.kind == "duration" and a.unit in _DURATION_ORDER and b.unit in _DURATION_ORDER:
        if _DURATION_ORDER.index(b.unit) <= _DURATION_ORDER.index(a.unit):
            return None
        value = a.value + b.value * _DURATION_IN_SECONDS[b.unit] / _DURATION_IN_SECONDS[a.unit]
        parts = (a.parts or ((a.value, a.unit),)) + ((b.value, b.unit),)
        return replace(a, end=b.end, value=round(value, 6), parts=parts, about=a.about or b.about)
    if a.kind == "money" and b.kind == "money" and a.unit and b.unit == f"{a.unit} cent" and b.value < 100:
        return replace(a, end=b.end, value=a.value + b.value / 100)  # "13 dollars and 45 cents"
    if _minor_amount(doc, a, b, between):
        return replace(a, end=b.end, value=round(a.value + b.value / 100, 6))  # "15 dollars 50", "17 USD 25"
    if (
        a.kind == "quantity"
        and b.kind == "quantity"
        and (a.unit, b.unit) in (("foot", "inch"), ("metre", "centimetre"), ("pound", "ounce"))
    ):
        ratio = {"inch": 12.0, "centimetre": 100.0, "ounce": 16.0}[b.unit or ""]
        parts = ((a.value, a.unit or ""), (b.value, b.unit or ""))
        return replace(a, end=b.end, value=a.value + b.value / ratio, parts=parts)
    return None
