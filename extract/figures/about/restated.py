"""What a figure counts when it restates, compares with, sums up or splits another: "1.85 points, or 0.06%",
"1.2 million customers, up from 900,000", "Of this sum, $20bn ...", parts after a colon that add up to a count,
"these combatants", "from 5% to 7%", and partitives whose whole is a pronoun ("1,200 homes were damaged, of which
some 300 were destroyed", "Of these, 12", "half of whom")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.actors.lexicon import ORG_NOUNS, PLACE_NOUNS
from extract.figures.about.phrases import _about_noun
from extract.figures.core import _COLLECTIVES, _Fig, _singular, _span_root
from extract.figures.scales import _people_noun
from extract.figures.units import _MEASURING_ADJECTIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
        after = _past_of_phrase(doc, after, b.start)  # "winning 40.2% of the vote, down from 57.5%": past the vote
        while after < b.start and after - a.end < 6 and _a_time_word(doc[after]):
            after += 1  # "rose to 58 on Tuesday, up from 41": the time the first figure is of
        if not 0 < b.start - after <= 4:
            continue  # no comparison word fits (and no scan over the text between far-apart figures)
        gap = tuple(doc[k].lower_ for k in range(after, b.start) if doc[k].text != ",")
        # "$15 an hour from July, up from $12.50": a former level stated right after the new one is the same
        # thing's, whatever the parse hung the bare amount on (the clause's subject, "council")
        former = gap in (("up", "from"), ("down", "from")) and (
            b.end == b.num.end or (b.kind, b.unit) == (a.kind, a.unit)  # "274.8 kilograms, up from 182.3 kg"
        )
        if gap not in _COMPARED or (b.about is not None and not former) or a.about is None or a.kind == "date":
            continue
        if b.kind in ("number", "count") and a.kind == "count" and b.counted is None and b.end == b.num.end:
            b.kind, b.unit = "count", a.unit  # the bare number counts what the first one counts
        if former and a.kind == b.kind == "money" and b.unit and (a.unit or "").startswith(b.unit + " per "):
            b.unit = a.unit  # the former level of a rate is one too: "$15 an hour, up from $12.50" (an hour)
        if (b.kind, b.unit) == (a.kind, a.unit):
            b.about = a.about


def _past_of_phrase(doc: Doc, after: int, stop: int) -> int:
    """The token after an "of" phrase at ``after`` that ends before ``stop`` within six tokens ("40.2% of the vote"),
    else ``after``."""
    if after >= stop or doc[after].lower_ != "of":
        return after
    obj = next((c for c in doc[after].children if c.dep_ == "pobj"), None)
    if obj is None or obj.right_edge.i >= stop or obj.right_edge.i - after > 6:
        return after
    return obj.right_edge.i + 1


# Pronouns that stand for the whole a part is taken from: "of which", "half of whom", "Of these", "300 of them".
_PARTITIVE_PRONOUNS = frozenset(("which", "whom", "these", "those", "them"))
# The dependencies of a whole that is the sentence's subject or object ("tested 5,000 samples from 30 laboratories":
# the samples), not a phrase inside it.
_CORE_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "attr", "ROOT", "appos", "conj"))


def _partitive_pronoun(doc: Doc, b: _Fig) -> Token | None:
    """The pronoun of a partitive that ``b`` is a part of, or None: right after it ("half of whom work from home",
    "300 of them"), or right before it ("of which some 300 were destroyed", "Of these, nearly 30,000 were housed")."""
    after = doc[b.end : b.end + 2]
    if (
        len(after) == 2
        and after[0].lower_ == "of"
        and after[1].lower_ in _PARTITIVE_PRONOUNS
        and after[1].pos_ == "PRON"
        and after[1].dep_ == "pobj"  # "of those hits" names its own noun
    ):
        return after[1]
    before = [t for t in doc[max(0, b.start - 3) : b.start] if not t.is_punct]
    if len(before) >= 2 and before[-2].lower_ == "of" and before[-1].lower_ in _PARTITIVE_PRONOUNS:
        pron = before[-1]
        relative = pron.lower_ in ("which", "whom")
        if pron.pos_ == "PRON" and pron.dep_ == "pobj" and (relative or before[-2].is_sent_start):
            return pron  # "of which some 300"; "these" only opening its sentence ("Of these, nearly 30,000")
    return None


def _a_whole(a: _Fig, b: _Fig, share: bool) -> bool:
    """Whether figure ``a`` can be the whole that part ``b`` is taken from: a count of a noun, a number of a plural
    noun ("The number of homeless families rose to 117,450"), or money in the same currency; larger than the part
    unless the part is a share ("half")."""
    if a.value is None or a.low is not None or not a.about or b.value is None:
        return False
    if b.kind == "money":
        return a.kind == "money" and a.unit == b.unit and a.value > b.value
    last = a.about.split()[-1].lower()
    counts = (a.kind == "count" and a.counted is not None and bool(a.unit)) or (
        a.kind == "number" and _singular(last) != last
    )
    return counts and (share or a.value > b.value)


# Prepositions whose phrase says where ("4,000 staff in 12 countries"): its noun is a place, whatever the noun.
_WHERE_PREPS = frozenset(("in", "at", "across", "throughout", "within"))


def _people_count(doc: Doc, a: _Fig) -> bool:
    """Whether figure ``a`` counts people (scales._people_noun or a collective: "officers", "protesters", "staff"),
    not in a phrase of where ("4,000 staff in 12 countries": the lexicons count countries among parties)."""
    if a.counted is None or not a.unit or not (_people_noun(a.unit) or a.unit in _COLLECTIVES):
        return False
    noun = doc[a.counted]
    return not (noun.dep_ == "pobj" and noun.head.lower_ in _WHERE_PREPS)


def _can_be_people(doc: Doc, noun: Token) -> bool:
    """Whether the noun "whom" hangs on can be people: not a place's name or noun ("12 cities", "12 countries"), not
    a body's ("12 agencies": which), not in a phrase of where ("at 40 plants"). No people lexicon is needed for the
    rest ("evacuees", "asylum seekers")."""
    if noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    word = _singular(noun.lower_)
    if word in PLACE_NOUNS or word in ORG_NOUNS:
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in _WHERE_PREPS)


def _beside_an_object(doc: Doc, noun: Token, cands: list[_Fig]) -> bool:
    """Whether ``noun`` is in a preposition's phrase on a verb whose object a figure counts: "pulled 300 survivors
    from 40 boats", "relocated 2,000 families to 30 shelters", "flew 1,500 evacuees on 20 flights": the object is
    whom the clause after is about, not where they were (review s28 rev1 R1F-1); "cared for 1,500 evacuees" has no
    object, "heard appeals from 3,000 asylum seekers" one no figure counts."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = noun.head.head
    objects = {c.i for c in verb.children if c.dep_ in ("dobj", "obj")}
    return any(a.counted in objects for a in cands)


def _before_comma(doc: Doc, k: int) -> Token | None:
    """The noun right before the comma that opens the clause at token k ("30,000 protesters, hundreds of whom"), for
    a clause the parser did not hang on a noun; None when no noun is there."""
    if k < 2 or doc[k - 1].text != ",":
        return None
    t = doc[k - 2]
    return t if t.pos_ in ("NOUN", "PROPN") else None


def _nearest(figs: list[_Fig], floor: int) -> _Fig | None:
    """The last figure of ``figs`` from token ``floor`` on that is no date."""
    return next((a for a in reversed(figs) if a.start >= floor and a.kind != "date"), None)


def _partitive_about(doc: Doc, figs: list[_Fig]) -> None:
    """ "1,200 homes were damaged, of which some 300 were destroyed", "Of these, nearly 30,000 were housed", "4,000
    staff, half of whom work from home", "a budget of Sh4.2 trillion, of which Sh1.1 trillion will go to debt": a
    part whose whole is a pronoun counts what the whole counts (as "60 of the jets" counts jets; the conflicts key it
    as a part, conflicts._portion). The whole: for "of which", the count of the noun the relative clause hangs on,
    else the nearest figure before it in its sentence; for "of whom", the same among the counts that are no place's,
    subjects' and objects' first, one inside a preposition's phrase only when there is no other ("4,000 staff in 12
    countries, half of whom"; "a march by 5,000 protesters, hundreds of whom"); for "Of these" opening a sentence, the
    one figure of the sentence before that is its subject or object, if there is one ("tested 5,000 samples from 30
    laboratories. Of these, 12": the samples)."""
    for j, b in enumerate(figs):
        if b.kind not in ("number", "count", "percent", "money") or b.value is None or b.end != b.num.end:
            continue
        if b.kind == "count" and b.counted is not None:
            continue  # "300 of them" names no noun, "three homes of which" does
        pron = _partitive_pronoun(doc, b)
        if pron is None:
            continue
        share = b.kind == "percent" or (b.kind == "number" and 0 < b.value < 1)
        sent = doc[b.start].sent
        whole = None
        if pron.lower_ in ("these", "those"):
            floor = doc[max(0, sent.start - 1)].sent.start
            cands = [a for a in figs[:j] if a.start >= floor and a.kind != "date" and _a_whole(a, b, share)]
            core = [a for a in cands if a.counted is None or doc[a.counted].dep_ in _CORE_DEPS]
            whole = core[0] if len(core) == 1 else cands[0] if len(cands) == 1 else None  # two: no guess
        else:
            rel = next((t for t in pron.ancestors if t.dep_ == "relcl"), None)
            noun = rel.head if rel is not None else None
            cands = [a for a in figs[:j] if a.start >= sent.start and a.kind != "date" and _a_whole(a, b, share)]
            if pron.lower_ == "whom":
                # people: not a place's count; the count of the noun the clause hangs on (or, unparsed, the noun
                # before its comma) when that noun can be people ("cared for 1,500 evacuees, half of whom"); else a
                # subject or object count before one in a preposition's phrase ("flew 300 passengers to 12 cities,
                # half of whom"), which is taken only alone ("a march by 5,000 protesters, hundreds of whom")
                cands = [a for a in cands if a.counted is None or doc[a.counted].ent_type_ not in ("GPE", "LOC", "FAC")]
                head = noun if noun is not None else _before_comma(doc, b.start)
                named = next((a for a in cands if head is not None and a.counted == head.i), None)
                if named is None and noun is not None:
                    # the clause hung on a noun with no count: "reviewed claims by 2,400 veterans, 60% of whom"
                    head = _before_comma(doc, b.start)
                    named = next((a for a in cands if head is not None and a.counted == head.i), None)
                if (
                    named is not None
                    and head is not None
                    and _can_be_people(doc, head)
                    and not _beside_an_object(doc, head, cands)
                ):
                    b.about = named.about
                    if named.kind == "count" and not share:
                        b.kind, b.unit = "count", named.unit
                    continue
                people = [a for a in cands if _people_count(doc, a)]
                core = [a for a in cands if a.counted is None or doc[a.counted].dep_ != "pobj"]
                cands = people or core or cands  # "deployed 2,000 officers to control a march by 30,000 protesters"
            attached = next((a for a in cands if noun is not None and a.counted == noun.i), None)
            whole = attached or (cands[-1] if cands else None)
            if pron.lower_ != "whom" and attached is None and cands and cands[-1] is not _nearest(figs[:j], sent.start):
                whole = None  # "which": the nearest figure, if it can be the whole
        if whole is None:
            continue
        if whole.kind == "count" and not share:
            b.kind, b.unit = "count", whole.unit
        b.about = whole.about
