"""Stage 2: one number with its unit, kind, qualifier, direction and what it counts (_build).

Two numbers that make one figure are in ranges.py, rates in rates.py; the passes over all figures of a document
that share units are in shared_units.py, those that share what figures count in about/ (restated, elided, tallies,
deal_lines)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

import pycountry

from extract.figures.about import _about, _about_noun, _clause_subject, _governing_subject, _np
from extract.figures.core import _COLLECTIVES, _Fig, _Num, _singular, _span_root
from extract.figures.dates import _date_at
from extract.figures.kinds import _unit_at
from extract.figures.labels import (
    _counts_after_phrase,
    _house_number,
    _hyphen_odds,
    _in_one,
    _is_label,
    _odds_before,
    _street_number,
    _titled_compound,
    _year_in_name,
)
from extract.figures.money import _SYMBOLS, _currency_after, _currency_before, _unread_currency_before
from extract.figures.numbers import _PEOPLE_VERBS
from extract.figures.qualifiers import _AFTER_QUALIFIERS, _direction, _is_change_verb, _over_bounds, _qualifier_before
from extract.figures.rates import _NO_DENOMINATOR, _exchange_rate, _per_rate, _plural_after_per, _slash_unit
from extract.figures.scales import _MULTIPLICATIVE, _people_noun
from extract.figures.units import _DURATION_UNITS, _UNIT_SYMBOLS, _per_unit, _per_width
from extract.quotes.lexicon import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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

# A counted noun is a word: letters, with inner hyphens, apostrophes or dots ("mother-in-law", "Ph.D.s").
_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")


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
        and doc[num.start].lower_ in ("half", "quarter", "½", "¼")  # "½ a percentage point" reads "half a"
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
    # "The two were arrested" refers; a qualifier is no determiner ("Some 20 were killed" counts people)
    bare = f.end == num.end and not (f.start > 0 and doc[f.start - 1].pos_ in ("DET", "PRON"))
    verb = root.head
    people = not num.fraction and (
        (root.dep_ == "dobj" and verb.lower_.startswith(_PEOPLE_VERBS) and (num.vague or _bare_casualties(doc, num)))
        or (bare and root.dep_ == "nsubjpass" and verb.lower_.startswith(_PEOPLE_VERBS))
        or (bare and root.dep_ == "nsubj" and verb.lower_.startswith(("die", "died", "dying", "perish", "drown")))
        # "left 12 dead and 40 injured": a passive without its "were", a state the parse hung the number on
        or (bare and verb.i == num.end and _elided_casualty(root))
    )
    # "Thousands marched", "Over 100,000 protested in Paris" (review s22 r1 LOW-5): a crowd of people; the parse may
    # hang the verb on the number ("Tens of thousands protested"); "The two marched" refers, as above
    crowd = (root.dep_ == "nsubj" and (root.head.lower_.startswith(_CROWD_VERBS) or _joined_in(root.head))) or (
        root.dep_ == "ROOT"
        and any(c.dep_ == "acl" and c.i == num.end and c.lower_.startswith(_CROWD_VERBS) for c in root.children)
    )
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
    elif f.kind == "number" and f.counted is None and bare and f.about == "toll" and _unnamed_toll(root):
        f.about = "death toll"  # "The toll rose to 42": the story's toll of the dead, as "the death toll" is
    _per_rate(doc, f)
    _exchange_rate(doc, f)
    return f


# Stems of casualty verbs whose bare object may be things as well as people ("malware infected 300,000").
_THINGS_TOO = ("infect", "sicken", "strand", "rescu")


def _bare_casualties(doc: Doc, num: _Num) -> bool:
    """A bare number a casualty verb takes as its object counts people ("Gunmen opened fire, killing at least 19",
    "The blast killed 19 and wounded 40"): not before "of" ("killed 3 of the 5 proposals": a partitive), nor after a
    verb that takes things as often ("malware infected 300,000": computers; "rescued 40": dogs, boats)."""
    root = _span_root(doc, num.start, num.end)
    of_after = num.end < len(doc) and doc[num.end].lower_ == "of"
    before = doc[num.start - 1] if num.start > 0 else None
    determined = before is not None and before.pos_ in ("DET", "PRON") and not before.like_num
    return not of_after and not determined and not root.head.lower_.startswith(_THINGS_TOO)


def _elided_casualty(root: Token) -> bool:
    """ "The storm left 12 dead and 40 injured": a number right before a casualty participle it is the subject of
    (the passive's "were" left out), or before a state of people the parse hung it on ("12 dead")."""
    h = root.head
    if root.dep_ == "nsubj" and h.tag_ == "VBN" and h.lower_.startswith(_PEOPLE_VERBS):
        return True
    return root.dep_ == "nummod" and h.pos_ == "ADJ" and h.lower_ in _PEOPLE_STATES


# Words of a story of the dead, in which an unnamed toll is the death toll.
_DEATH_WORDS = frozenset(
    ("killed", "dead", "died", "deaths", "death", "victims", "bodies", "fatalities", "casualties", "killing", "dies")
)


def _unnamed_toll(root: Token) -> bool:
    """A number that is the level of a toll no word names the kind of, the subject of its clause ("The toll rose to
    42", "the toll stood at nine", "The toll reached 42"): a death toll in news copy; not a toll paid ("paid the toll
    of 5"), nor one whose kind is written ("The bridge toll rose to 42", "the injury toll")."""
    h = root.head
    if root.dep_ == "pobj" and h.lower_ in ("to", "at"):
        h = h.head
    elif root.dep_ not in ("dobj", "attr"):
        return False
    toll = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if toll is None or toll.lower_ != "toll" or toll.i > root.i:
        return False
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in toll.children):
        return False
    # a story of the dead, not of a road toll named a sentence before ("Drivers on the bridge face higher charges.
    # The toll rose to 6": review s29 rev1 RF4)
    return any(t.lower_ in _DEATH_WORDS for t in root.doc)


def _joined_in(verb: Token) -> bool:
    """A phrasal verb of a crowd joining in: "250,000 took part", "Some 40,000 turned out" (probe s29 F21)."""
    low = verb.lower_  # the pipeline has no lemmas
    kids = {c.lower_ for c in verb.children if c.dep_ in ("dobj", "prt", "advmod")}
    took = low in ("take", "takes", "took", "taken", "taking")
    if took and "part" in kids:
        return True
    # "300 turned out positive", "1,200 turned out to be fakes": a copula, no crowd (review s29 rev1 RF7)
    copula = any(c.dep_ in ("acomp", "xcomp", "oprd", "attr", "ccomp") for c in verb.children)
    return low.startswith("turn") and "out" in kids and not copula


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
