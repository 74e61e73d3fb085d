"""Two numbers that make one figure: ranges ("8 to 16 feet", "between 10 and 20 billion dollars"), shares ("one in
five Americans"), "one over three", and compounds ("two years and eight months", "5 feet 2 inches")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from extract.figures.build import _build
from extract.figures.core import _CONTEST_VERBS, _contestant, _Fig, _Num, _range_value, _singular, _span_root
from extract.figures.labels import _SPEECH_VERBS, _to_after_change_verb
from extract.figures.money import _SYMBOLS
from extract.figures.numbers import _RANGE_SUFFIX
from extract.figures.qualifiers import _direction, _is_change_verb
from extract.figures.scales import _people_noun, _scale_of
from extract.figures.units import _DURATION_IN_SECONDS, _DURATION_ORDER

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Verbs after which "from X to Y" spans values rather than moves between them ("tickets cost from $50 to $100").
_SPAN_VERBS = frozenset({"cost", "costs", "costing", "priced", "sell", "sells", "selling", "last", "lasts", "lasting"})


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
    if a.start > 0 and doc[a.start - 1].lower_ in ("top", "bottom"):
        return None  # "reached the top 10 in 12 countries": a rank, then where; not a share of 10/12
    if (
        between == ["in"]
        and a.start > 0
        and doc[a.start - 1].pos_ in ("VERB", "AUX", "ADP")  # before the qualifier: "more than one in three"
        and doc[a.start - 1].lower_ not in _SPEECH_VERBS
        and doc[a.start - 1].lower_ not in ("that", "found", "find", "finds", "show", "shows", "showed")
        and not _level_to(doc[a.start - 1], a.value)
        and not _among_a_group(doc, a, nb)
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


def _among_a_group(doc: Doc, a: _Fig, nb: _Num) -> bool:
    """ "Side effects were reported in 1 in 10 participants", "common among one in five adults", "for one in three
    workers": after "in"/"among"/"for", a share of a plural noun of people right after the second number (not "in 3
    in 10 games", "for 5 in 2019")."""
    prev = doc[a.start - 1]
    if prev.lower_ not in ("in", "among", "for") or nb.end >= len(doc):
        return False
    noun = doc[nb.end]
    return noun.tag_ == "NNS" and _people_noun(_singular(noun.lower_))


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
    part = _glued_clock_part(doc, a, nb, between) if b is not None else None
    if part is not None and b is not None:
        b = replace(b, kind="duration", unit=part, value=nb.value if part == "second" else b.value)
    if b is None or b.value is None or b.qualifier or b.direction:
        return None
    if part == "minute" and b.value >= 1e6:
        b = replace(b, value=b.value / 1e6)  # "1h 32m 15s": the scale reader took the m for millions
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


def _glued_clock_part(doc: Doc, a: _Fig, nb: _Num, between: list[str]) -> str | None:
    """ "2h 15m", "2hr 15m", "1h 32m 15s": after glued hours a whole number under 60 with a glued m is minutes (not
    metres, nor millions), and after such minutes one with a glued s is seconds; the unit of that part, or None."""
    m_next = nb.start + 1 < len(doc) and doc[nb.start + 1].text == "m" and not doc[nb.start].whitespace_
    millions = m_next and nb.scaled and nb.end == nb.start + 2  # the scale reader took the m for millions
    v = nb.value / 1e6 if millions else nb.value
    if between or a.kind != "duration" or not nb.digits or v != int(v) or not 0 < v < 60:
        return None
    if a.unit == "hour" and a.num.suffix in ("h", "hr", "hrs") and not a.parts and m_next:
        return "minute"
    last = a.parts[-1][1] if a.parts else None
    if last == "minute" and nb.suffix == "s":
        return "second"
    return None
