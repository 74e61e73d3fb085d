"""Stage 3: what a figure counts or measures, asking each concern in turn (see the package's docstring)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.figures.about.antecedents import _antecedent
from extract.figures.about.changes import (
    _RECORDS,
    _by_a_total,
    _level_before_comma,
    _moved_object,
    _moving_from,
    _record_holder,
    _reported,
    _taken_off,
    _trailing_change_object,
    _trailing_level_object,
)
from extract.figures.about.discounts import _discounted, _off_level
from extract.figures.about.listings import _listed_for
from extract.figures.about.parse import _about_parse
from extract.figures.about.phrases import _GENERIC_HEADS, _about_noun, _ent_at, _measured_after, _np, _titled
from extract.figures.about.prices import _a_subject, _penalised, _priced_for, _spent_on
from extract.figures.about.subjects import _governing_subject, _verb_above
from extract.figures.about.terms import _a_named_person, _held_in, _sentence_for, _term_holder
from extract.figures.about.times import _dated, _span_of_the_verb
from extract.figures.about.verbs import spends
from extract.figures.core import _Fig, _singular, _span_root
from extract.figures.money import _currency_names
from extract.figures.qualifiers import (
    _CHANGE_NOUNS_DOWN,
    _CHANGE_NOUNS_UP,
    _PACE_NOUNS,
    _misread_change_verb,
    _pace_verb,
)
from extract.figures.units import _DURATION_UNITS, _MEASURING_ADJECTIVES, _PERCENT_WORDS, _unit_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _about(doc: Doc, f: _Fig) -> tuple[str | None, int | None]:
    """What the figure counts or measures, and the counted noun's token (for counts)."""
    if (
        f.kind == "duration"
        and f.end < len(doc)
        and doc[f.end].lower_ in ("since", "after", "before")
        and (doc[f.end].lower_ == "since" or not _span_of_the_verb(doc, f))
    ):
        # "50 years since the band's formation", "10 years after the flood": the span runs from the event
        event = next(
            (
                o
                for o in doc[f.end].children
                if o.dep_ == "pobj"
                and (o.pos_ == "NOUN" or (o.pos_ == "PROPN" and _named_event(doc, o)))  # "the Big Bang"
                and o.ent_type_ not in ("DATE", "TIME")
            ),
            None,
        )
        doing = next((o for o in doc[f.end].children if o.dep_ == "pcomp" and o.tag_ == "VBG"), None)
        if event is None and doing is not None:
            # "Two days after clinching the doubles title": the act the span runs from, with its object
            obj = next((c for c in doing.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            return (f"{doing.text} {_np(doc, obj)}" if obj is not None else doing.text), None
        if event is not None and event.pos_ == "PROPN":
            return _event_name(doc, event), None  # the whole name: "the New York Marathon", not "York Marathon"
        if event is not None:
            what = _about_noun(doc, event, f.start, f.end)
            owner = next((c for c in event.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
            return (f"{_np(doc, owner)}'s {what}" if owner is not None and what else what), None
    if f.kind in ("duration", "quantity"):
        off = _taken_off(doc, f)
        if off is not None:
            return off, None  # "shaved 3.2 years from the life expectancies of ...": life expectancies
    about, counted = _about_parse(doc, f)
    if f.kind == "percent":
        about = _hyphened_noun_after(doc, f) or about  # "impose 25% counter-tariffs": the parse split the noun
    # "The watchdog fined Lloyds £30 million": a fine on Lloyds, whatever else the parse hangs the amount on
    about = _penalised(doc, f) or about
    if f.kind in ("quantity", "money"):
        about = _listed_for(doc, f) or about  # "Apple iPad Pro (11-inch, Wi-Fi, 64GB)": the iPad Pro's 64GB
    if f.direction:
        about = _moved_object(doc, f) or about  # "That sent shares up 5%": the shares went up, not "that"
        about = _absolute_subject(doc, f) or about  # "Stocks fell, with the Nikkei down 0.3%": the Nikkei
        about = _trailing_level_object(doc, f) or about  # "posted revenue of $9 billion, up 35%": the revenue
        by = _span_root(doc, f.num.start, f.end).head
        verb = _misread_change_verb(by.head) if by.lower_ == "by" else None
        if verb is not None:
            about = _np(doc, by.head, verb.i)  # "The drug reduced infections by 13%": infections, not the phrase
    about = _moving_from(doc, f) or about  # "would double its production, going from 175 gigawatts to 450"
    about = _level_before_comma(doc, f) or about  # "revenue of $35.1 billion, up 94%", ", down from $4 billion"
    if about is not None and about.lower() in _GENERIC_HEADS:
        about = _by_a_total(doc, f) or about  # "adjust its height by a total of 3 inches": the height
    holder = None  # the holder of a record level ("a record high of N"), when the figure is one
    held = _held_in(doc, f.end) if f.kind == "duration" else None
    if held is not None and not (about and _singular(about.split()[-1].lower()) in ("sentence", "term")):
        # "could face up to 10 years in prison": a prison term, and whose ("prison term for Patrick Carlineo Jr.")
        term = f"{held} term" if held.split()[-1].lower() in ("prison", "jail", "gaol", "penitentiary") else held
        who = _term_holder(doc, f)
        return (f"{term} for {who}" if who and _a_named_person(doc, f, who) else term), None
    if held is None and f.kind == "duration" and about is not None:
        about = _sentence_for(doc, f, about)  # "a 16-year prison term for Whelan": whose term
    if f.kind in ("count", "number"):
        k = f.end + 1 if f.end < len(doc) and doc[f.end].text in ("-", "–") else f.end
        compound = k == f.end and k + 1 < len(doc) and doc[k + 1].tag_ == "NNS"  # "11 time zones"
        if k < len(doc) and doc[k].lower_ == "time" and k + 1 < len(doc) and not compound:
            about = _titled(doc, k + 1) or about  # "a three-time champion", "the 11-time All-Star": champion
        else:
            about = _hyphened_holder(doc, f) or about  # "two-stroke engines", "a 12-member panel": what has them
    if f.kind in ("money", "percent") and f.end < len(doc) and doc[f.end].lower_ == "off" and not _off_level(doc, f):
        about = _discounted(doc, f.end + 1) or about  # "$200 off the regular rate", "35% Off Dell Alienware ..."
    if f.kind == "quantity" and f.unit != "year of age":
        after = _measured_after(doc, f)
        if about is None or (f.start > 0 and doc[f.start - 1].lower_ in ("a", "an")):
            about = after or about  # "a 300 MW solar power station", "150 kW DC fast charging support"
        elif after is not None and after.startswith(about + " ") and after.split()[-1][:1].isupper():
            # "61W USB-C Power Delivery GaN Wall Charger": the parse took the first words of a name; not "the
            # 16-inch MacBook Pro redesign", where the measure is the name's
            about = after
    if about is not None and f.kind in ("percent", "money") and _singular(about.split()[-1].lower()) in _DURATION_UNITS:
        about = None  # "rose by 6.5% year on year": a time word is when, not what
    if about is not None and (_PERIOD_ON_PERIOD.fullmatch(about.lower()) is not None or _period_mark_at(doc, f, about)):
        about = None  # "Prices rose 0.5 pct m/m.": the period the change is measured over, not what rose
    if _an_average_of(doc, f, about) and f.kind not in ("money", "percent"):
        # "Temperatures rose an average of 2 degrees", "The team scored an average of 25 points": the subject's
        # (review s22 r1 LOW-4; money and shares go through the generic heads below: "spend a total of ... on")
        about = _governing_subject(doc, f)
    words = about.split() if about is not None else []
    named_change = False  # "a 14% rate increase": the noun before the change names what changes, generic or not
    if f.direction and len(words) > 1 and _singular(words[-1].lower()) in (_CHANGE_NOUNS_UP | _CHANGE_NOUNS_DOWN):
        about = " ".join(words[:-1])  # "a 9% funding increase": funding is what rose
        named_change = True
    if (
        about is not None
        and _singular(about.lower()) in (_CHANGE_NOUNS_UP | _CHANGE_NOUNS_DOWN)
        and f.direction
        and not _reported(doc, f)
        and not _moved_by(doc, f, about)
    ):
        about = _governing_subject(doc, f) or about  # "rose to 1.2 million units, a 15 percent increase": sales
    if f.direction and words and words[-1].lower() in _PACE_NOUNS and _pace_verb(doc, f) is not None:
        about = _governing_subject(doc, f) or about  # "The economy grew at a 2.1% annual rate": the economy
    if about is not None and f.kind == "money" and about.lower() in _GENERIC_HEADS:
        verb = _verb_above(doc, f)  # "spend a total of $2.6 billion on its contracts": what the total buys
        if verb is not None and spends(verb):
            about = _spent_on(doc, verb, f.start, f.end) or about
        elif not f.direction:
            # "allocated the sum of 2.5 million euros for the purchase of medicines": what the sum is for
            about = _spent_on(doc, _span_root(doc, f.num.start, f.end), f.start, f.end) or about
    if (
        about is not None
        and f.kind in ("percent", "money")
        and not named_change
        and _generic_level(about)
        and not (about.lower() in _RECORDS and f.start > 0 and doc[f.start - 1].lower_ == "of")
    ):
        # "fell to a 50-year low of 3.5%": unemployment; "cut its benchmark rate by 25 basis points" names the rate;
        # a bare "high of N" is the record's below ("raised interest rates to a 22-year high of 5.5%", r2 LOW-2)
        about = _governing_subject(doc, f) or about
    elif (
        f.kind in ("percent", "money", "number")
        and f.start > 0
        and doc[f.start - 1].lower_ == "of"
        and (
            (about is not None and about.split()[-1].lower() in _RECORDS)
            or (about is None and doc[f.start - 1].head.lower_ in _RECORDS)  # "Bitcoin soared to a record high of"
        )
    ):
        # "The Sensex scaled a new all-time high of 40,816.38", "Shares hit a record high of $150": the Sensex's
        holder = _record_holder(doc, doc[f.start - 1].head, f)
        about = holder or about
    if about is not None and f.direction and f.kind != "date" and _singular(about.lower()) in _DURATION_UNITS:
        about = None  # "fell by a third last year": the parse hung the share on the time, which is when, not what
    if about is None and f.kind == "money":
        # "$1 billion for new shares"; not who pays ("or $7.99/mo for Prime members")
        about = _spent_on(doc, _span_root(doc, f.num.start, f.end), f.start, f.end, parties=False)
    if about is None and f.kind == "money":
        about = _misread_cost(doc, f)  # "Petrol costs £1.25 a litre"
    if f.kind == "money" and (about is None or _a_subject(doc, f, about)):
        # "Sign up for a Hulu ad-free account for $11.99 a month", "Subscribers can sign up for the premium plan for
        # $15 a month": what the price buys, not who pays it
        about = _priced_for(doc, f) or about
    if about is None and f.direction:
        about = _trailing_change_object(doc, f)  # "sold 303,417 new vehicles, up 4 percent": the vehicles
    if about is None and f.kind == "quantity":
        about = _measured_before(doc, f)  # "found cracks up to 3 centimetres wide": the cracks, not who found them
    if about is None and f.kind in ("percent", "money", "quantity"):
        about = _level_of_object(doc, f)  # "would push inflation above 7 per cent": inflation, not the plan
    if about is None and (f.kind in ("percent", "money", "quantity") or f.direction):
        about = _governing_subject(doc, f)  # a bare count's subject is rarely what it counts
    if about is None and f.kind in ("percent", "money", "quantity", "number"):
        about = _antecedent(doc, f)  # "... Mustang Mach E SUV will go 230 miles. It will start at $44,000."
    if about is not None and f.kind == "money" and about.lower() in _currency_names() and about != holder:
        # (a record's holder may be a currency: "Bitcoin soared to a record high of $69,000", review r2 MED-3)
        about = None  # "3.2 billion pounds ($4.1 billion)": the restated amount's unit, not what it pays for
    if f.kind == "percent" and about is not None and _of_a_base(doc, f, about):
        about = _governing_subject(doc, f) or about  # "Debt stood at 98.5% of GDP": the debt, a share of GDP
    elif f.kind == "percent" and about is not None and _a_base_whole(about) and doc[f.end].lower_ == "of":
        verb = _span_root(doc, f.num.start, f.end).head
        if spends(verb):
            about = _spent_on(doc, verb, f.start, f.end) or about  # "Spain spent 1.28% of GDP on defence": defence
    is_unit = about is not None and _unit_name(about) is not None and about.lower() not in ("pound", "pounds")
    is_unit = is_unit or (about is not None and _singular(about.lower()) in _DURATION_UNITS)  # "over 10-20 years"
    # "2.5 times greater than ads", "between 25 and 30 times your expenses": the multiplier's own word, nothing counted
    is_unit = is_unit or (about is not None and about.lower() in ("times", "fold"))
    is_unit = is_unit or _an_average_of(doc, f, about)  # "He paid an average of $3,000": no subject to take
    if about is not None and (about.lower() in _PERCENT_WORDS or about.lower() == "cent" or is_unit):
        about = None  # "11.9 percent were black", "0.8 per cent": the subject is another figure's unit
    if about is not None and about.lower() in _EMPTY_VERBS:
        about = None  # "It is roughly 50 times smaller than the Milky Way": a copula or auxiliary measures nothing
    if about is None and f.kind == "date":
        about = _dated(doc, f)
    return about, counted


# Copulas and auxiliaries, which an about made of a verb alone may never be ("is", "has").
_EMPTY_VERBS = frozenset(
    ("is", "are", "was", "were", "be", "been", "being", "am", "'s", "has", "have", "had", "do", "does", "did")
)


def _measured_before(doc: Doc, f: _Fig) -> str | None:
    """The noun right before a length that a measuring adjective follows ("found cracks up to 3 centimetres wide", "a
    wall 3 metres high"): the measure is that noun's size, whatever the parse hung it on; None otherwise."""
    if f.end >= len(doc) or doc[f.end].lower_ not in _MEASURING_ADJECTIVES or f.start == 0:
        return None
    noun = doc[f.start - 1]
    if noun.pos_ != "NOUN" or _unit_name(noun.lower_) is not None or noun.ent_type_ in ("DATE", "TIME"):
        return None
    if noun.lower_ in _SIZE_VERBS:
        return None  # "The LEGO set measures 22\" long": the verb, tagged a plural noun, whose subject is measured
    if noun.dep_ == "pobj" and not any(
        c.dep_ in ("det", "amod", "poss", "compound", "nummod") and c.i < noun.i for c in noun.children
    ):
        return None  # "The water was in places 2 metres deep", "in parts 4 metres high": where, not what
    return _about_noun(doc, noun, f.start, f.end)


# Verbs of size in the third person, which the tagger may call plural nouns before a measure ("measures 22\" long").
_SIZE_VERBS = frozenset(("measures", "stands", "spans", "extends", "reaches", "runs", "rises", "stretches"))


# Prepositions of the level a verb brings its object to ("push inflation above 7 per cent", "cut the deficit to 3%").
_LEVEL_PREPOSITIONS = frozenset(("to", "above", "below", "under", "beyond", "past", "toward", "towards"))


def _level_of_object(doc: Doc, f: _Fig) -> str | None:
    """What a verb brings to the level the figure states: its object before the preposition of the level ("The plan
    would push inflation above 7 per cent", "to cut the deficit to 3% of GDP"); not its subject. None otherwise."""
    root = _span_root(doc, f.num.start, f.end)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _LEVEL_PREPOSITIONS or prep.dep_ != "prep" or prep.i >= f.num.start:
        return None
    verb = prep.head
    if verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or obj.ent_type_ in ("DATE", "TIME") or _unit_name(obj.lower_) is not None:
        return None
    return _about_noun(doc, obj, f.start, f.end)


def _moved_by(doc: Doc, f: _Fig, about: str) -> bool:
    """Whether ``about`` is the object a verb moves "by" the figure ("The package will lift growth by 0.3 percentage
    points": growth itself is what moves, though "growth" is also a word of change)."""
    by = _span_root(doc, f.num.start, f.end).head
    if by.lower_ != "by" or by.dep_ != "prep" or by.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and c.text == about.split()[-1] for c in by.head.children)


# Wire copy's period-on-period marks: "m/m", "y/y", "q/q", "yoy", "qoq" (a full stop may stay glued, the tokenizer
# may split off the first letter: "/m."; not "mom", a word for a mother).
_PERIOD_ON_PERIOD = re.compile(r"(?:[myqw]?/[myqw]|yoy|qoq|y-o-y|m-o-m|q-o-q)\.?")


def _period_mark_at(doc: Doc, f: _Fig, about: str) -> bool:
    """Whether ``about`` is the first letter of a period mark the tokenizer split after the figure ("m", "/", "m",
    "." of "0.5 pct m/m.")."""
    words = doc[f.end : f.end + 3]
    return (
        len(words) == 3
        and words[0].lower_ == about.lower()
        and _PERIOD_ON_PERIOD.fullmatch("".join(t.lower_ for t in words)) is not None
    )


# Words of a move that take a subject without a verb in wire copy ("with the Nikkei down 0.3%").
_MOVE_WORDS = frozenset(("up", "down", "off", "higher", "lower"))


def _absolute_subject(doc: Doc, f: _Fig) -> str | None:
    """The subject of a move stated without a verb ("Asian markets were mixed, with the Nikkei down 0.3%", "with
    the S&P 500 down 1.2% and the Nasdaq off 0.8%"): the noun the parse made the subject of "down"/"up"/"off", or
    a noun joined to another such subject right before the word; not the main clause's subject ("Asian markets"),
    which the parse reaches through "with"."""
    root = _span_root(doc, f.num.start, f.end)
    w = root.head
    if w.lower_ not in _MOVE_WORDS or w.i >= f.start or w.i == root.i:
        return None
    subj = next((c for c in w.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    noun = w.head
    if (
        subj is None
        and w.dep_ == "advmod"
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.i == w.i - 1
        and (noun.dep_ != "pobj" or noun.head.lower_ == "with")
    ):
        subj = noun  # "with Germany's DAX up 0.5%", "Sales were up 5% and profits down 2%": the noun it follows
    if subj is None and w.i > 0 and doc[w.i - 1].pos_ in ("NOUN", "PROPN"):
        before = doc[w.i - 1]  # "mixed, with the Nasdaq off 0.8%": the parse hung "off" on the main verb
        if before.dep_ == "pobj" and before.head.lower_ == "with" and before.head.i < before.i:
            subj = before
    if subj is None and w.i > 1:
        # "The Dow fell 1.2%, the Nasdaq off 0.8%", "..., the S&P 500 down 0.9% and the Nasdaq off 0.8%": a gapped
        # clause's subject right before the move word, its phrase opened by a comma or "and" (review s24 r3 E)
        cand = doc[w.i - 1]
        if cand.like_num and cand.head.pos_ == "PROPN" and cand.head.i < cand.i:
            cand = cand.head  # "the S&P 500"
        edge = cand.left_edge.i
        verbal = any(t.pos_ in ("AUX", "VERB") for t in doc[edge : cand.i + 1])  # "and was last trading up 0.4%"
        opened = edge > 0 and (doc[edge - 1].text == "," or doc[edge - 1].lower_ == "and")
        if cand.pos_ in ("NOUN", "PROPN") and opened and not verbal:
            subj = cand
    if subj is None and w.dep_ == "advmod" and w.head.lower_ in _MOVE_WORDS and w.i > 0:
        before = doc[w.i - 1]  # "and the Nasdaq off 0.8%": the Nasdaq joined to the first move's subject
        if before.dep_ == "conj" and before.pos_ in ("NOUN", "PROPN") and before.head.i == w.head.i:
            subj = before
    return _about_noun(doc, subj, f.start, f.end) if subj is not None else None


def _hyphened_noun_after(doc: Doc, f: _Fig) -> str | None:
    """A noun written with a hyphen right after a percent ("25% counter-tariffs", "a 10% co-payment"), which the
    parse breaks up so the clause's subject took over: the percent is a rate of it, as "25% tariffs" is. Not a
    period after a change ("rose 5% year-on-year", "fell 4% after-hours")."""
    e = f.end
    if e + 2 >= len(doc) or doc[e + 1].text not in ("-", "–") or doc[e].whitespace_ or doc[e + 1].whitespace_:
        return None
    first, last = doc[e], doc[e + 2]
    if not first.is_alpha or first.pos_ not in ("NOUN", "ADJ", "PROPN", "VERB") or first.ent_type_ in ("DATE", "TIME"):
        return None
    if not last.is_alpha or last.tag_ not in ("NN", "NNS") or _singular(last.lower_) in _DURATION_UNITS:
        return None
    if e + 3 < len(doc) and doc[e + 3].text in ("-", "–") and not last.whitespace_:
        return None  # "year-on-year" and other chains of three
    if e + 3 < len(doc) and doc[e + 3].pos_ in ("NOUN", "PROPN"):
        return None  # "a 25% long-term capital gains tax": a modifier of a longer noun phrase, which the parse reads
    if first.lower_ in _TIME_PREFIXES or last.dep_ in ("npadvmod", "advmod"):
        return None  # "Shares rose 3% pre-market", "fell 2% mid-session": when, not what
    return doc[e : e + 3].text


# Prefixes of a hyphened word of when ("pre-market", "mid-session", "post-war", "after-hours").
_TIME_PREFIXES = frozenset(("pre", "mid", "post", "intra", "after", "late", "early"))


def _hyphened_holder(doc: Doc, f: _Fig) -> str | None:
    """What an attribute count glued to its noun describes: "two-stroke engines", "a three-bedroom house", "a
    12-member panel", "a four-game winning streak" count strokes, bedrooms, members and games of the noun after
    (engines, house, panel, winning streak), which is what the figure is about; the glued noun stays its unit.
    None when the glued noun modifies nothing after it ("The four-door has been redesigned")."""
    e = f.end
    if e + 1 >= len(doc) or doc[e].text not in ("-", "–") or doc[e - 1].whitespace_ or doc[e].whitespace_:
        return None
    x = doc[e + 1]
    if not x.is_alpha or x.pos_ != "NOUN" or x.dep_ not in ("compound", "amod", "nmod") or x.head.i <= x.i:
        return None
    held = x.head
    if held.pos_ not in ("NOUN", "PROPN") or held.ent_type_ in ("DATE", "TIME") or _unit_name(held.lower_):
        return None
    return _np(doc, held, x.i)


def _generic_level(about: str) -> bool:
    """A generic head ("level", "rate", "total"), alone or after words of degree only: "The deficit narrowed to $43.1
    billion, its lowest level since 2016" names the deficit's level, not a thing called "lowest level"."""
    words = about.lower().split()
    if not words or words[-1] not in _GENERIC_HEADS:
        return False
    if len(words) > 1 and words[-1] in _RECORDS:
        return False  # "a record high of $400": the record's holder, below (not the subject that pushed it there)
    return all(w.endswith("est") or w in ("new", "record", "all-time") for w in words[:-1])


def _misread_cost(doc: Doc, f: _Fig) -> str | None:
    """What costs the amount when the tagger read the verb "costs" as a plural noun and its subject as that noun's
    modifier ("Petrol costs £1.25 a litre": "Petrol costs" parsed as one noun phrase, the amount hung on it): the
    modifier, a common noun right before "costs" (not a name the tagger marks as one: a name before a plural noun is
    usually the noun's owner)."""
    head = _span_root(doc, f.num.start, f.end).head
    if head.lower_ not in ("costs", "cost") or head.pos_ != "NOUN" or head.i >= f.start:
        return None
    mod = doc[head.i - 1] if head.i > 0 else None
    if mod is None or mod.dep_ != "compound" or mod.head.i != head.i or mod.pos_ != "NOUN":
        return None
    return _np(doc, mod) or None


# Entity types of names that can be events a span runs from ("after the Boston Marathon", "after Hurricane Katrina",
# "after the Affordable Care Act"); a name with no type may be one too ("after Brexit").
_EVENT_TYPES = frozenset(("EVENT", "FAC", "LAW", "WORK_OF_ART", ""))


def _named_event(doc: Doc, o: Token) -> bool:
    """Whether a name after "after"/"before"/"since" names an event: an event's, a law's, a work's or no entity type,
    or a place's or a body's written with "the" ("after the Big Bang", "after the New York Marathon", which the tagger
    calls a place and a body); not a people, a person, or a company or a place without "the" ("Two days after Apple,
    Google cut its prices", "Six months after New York, the tour moved to Paris": where, review s22 r1 MED-1)."""
    if o.ent_type_ in _EVENT_TYPES:
        return True
    if o.ent_type_ not in ("GPE", "LOC", "ORG"):
        return False
    # a name written with "the" ("the Big Bang", "the New York Marathon"), which the tagger calls a place or a body
    ent = _ent_at(doc, o.i)
    first = ent.start if ent is not None else o.i
    return doc[first].lower_ == "the" or (first > 0 and doc[first - 1].lower_ == "the")


def _event_name(doc: Doc, o: Token) -> str:
    """A name as written, whole: the entity it is in, or the run of names it ends ("the New York Marathon": New York
    Marathon, where the noun-phrase reading drops "New"), without a leading "the"."""
    ent = _ent_at(doc, o.i)
    if ent is not None and ent.end == o.i + 1:
        start = ent.start
    else:
        start = o.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in ("compound", "amod", "nmod"):
            start -= 1
    while start < o.i and doc[start].lower_ == "the":
        start += 1
    return doc[start : o.i + 1].text


def _an_average_of(doc: Doc, f: _Fig, about: str | None) -> bool:
    """Whether the about is the "average" of "an average of N", which says how the figure was reached, not what it
    measures (a total the verb's object keeps its reading: "The team scored a total of 40 points", test_by_a_total)."""
    return (
        about is not None
        and about.lower() == "average"
        and f.start > 1
        and doc[f.start - 1].lower_ == "of"
        and doc[f.start - 2].lower_ == about.lower()
    )


# Wholes a share is measured against, not a group of its members ("98.5% of GDP", "52% of the workforce").
_BASE_WHOLES = frozenset(
    ("gdp", "gnp", "gni", "output", "workforce", "population", "electorate", "economy", "budget", "total", "income")
)


# Wholes written in full ("3.9% of gross domestic product").
_BASE_WHOLE_NAMES = frozenset(("gross domestic product", "gross national product", "gross national income"))


def _a_base_whole(about: str) -> bool:
    """Whether an about names a whole a share is measured against ("GDP", "the workforce", "gross domestic product")."""
    low = about.lower()
    return low.split()[-1] in _BASE_WHOLES or any(low.endswith(w) for w in _BASE_WHOLE_NAMES)


def _of_a_base(doc: Doc, f: _Fig, about: str) -> bool:
    """Whether a percent is "N% of" a whole it is measured against ("Debt stood at 98.5% of GDP", "Health spending
    is 6.1% of GDP", "Women make up 52% of the workforce", "The over-65s make up 19% of the population"), said of a
    subject by a verb of being or making up: that subject is what the share measures. Not a share that is its
    clause's subject ("40% of the population are obese": the population's), nor "of" residents or other groups
    ("40% of residents": the residents), nor a verb that acts on the whole ("The state owns 40% of the economy")."""
    if f.end + 1 >= len(doc) or doc[f.end].lower_ != "of" or not _a_base_whole(about):
        return False
    root = _span_root(doc, f.num.start, f.end)
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ in ("at", "to", "for") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "stood at 98.5% of GDP", "rose to 98.5% of GDP"
    elif root.dep_ not in ("attr", "dobj", "npadvmod"):
        return False
    low = verb.lower_
    level = low in _BE_FORMS or low.startswith(_LEVEL_VERB_STEMS)
    made_up = low.startswith("mak") or low == "made"
    made_up = made_up and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return (level or made_up) and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < f.start for c in verb.children)


# Stems of verbs that put a subject at a level ("stood at", "rose to", "accounts for", "represents").
_LEVEL_VERB_STEMS = (
    *("stand", "stood", "reach", "hit", "rise", "rose", "risen", "fell", "fall", "climb", "grew", "grow"),
    *("account", "represent", "equal", "amount", "total"),
)
_BE_FORMS = frozenset(("is", "are", "was", "were", "be", "been", "being", "remains", "remained", "stays", "stayed"))
