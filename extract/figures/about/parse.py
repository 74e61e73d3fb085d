"""What a figure counts from the parse around it: "N of X", the noun it modifies, a preposition's head, a verb's
subject."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from extract.figures.about.changes import _times_what
from extract.figures.about.of_phrases import _agent, _noun_before_verb
from extract.figures.about.phrases import _GENERIC_HEADS, _about_noun, _conjoined_noun, _generic_of, _np
from extract.figures.about.prices import _a_session, _paid_for, _spent_on
from extract.figures.about.subjects import _clause_subject
from extract.figures.about.times import (
    _MONTH_NAMES,
    _PERIOD_PARTS,
    _SPANS_OF_TIME,
    _WHEN_WORDS,
    _event,
    _idle_span,
    _period_event,
)
from extract.figures.about.verbs import funds, spends
from extract.figures.core import _Fig, _singular, _span_root
from extract.figures.labels import _closes_opening_phrase
from extract.figures.qualifiers import _is_change_verb
from extract.figures.units import _DURATION_UNITS, _MEASURING_ADJECTIVES, _unit_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Prepositions that time a verb's event by a date or a span ("within 24 hours", "since 2010", "during the war"); not
# "before", "after", "until": a bound, which the figure's text does not show ("The plant will close before 2030").
_SPAN_PREPOSITIONS = frozenset(("within", "since", "during", "through", "throughout"))


# Words that deny a clause's event as its subject or object, and verbs whose open clause did not happen.
_NONE_WORDS = frozenset(("nobody", "none", "nothing", "neither", "noone", "no-one"))
_DENYING_STEMS = ("fail", "refus", "declin", "neglect")


def _own_event(v: Token) -> bool:
    """Whether verb v states an event of its own that a date or a span can time: not negated ("The suspect was not
    arrested within 24 hours", "has not won a title since 1998"), not a relative or participle clause whose subject
    the rule cannot check ("the first time that's happened since 1905", "a spin-off, which has been rumored since
    2017", "a way of life, safeguarded until 2047"), and with its own noun subject ("Jam will set") or its own object
    ("He had been facing the rape charge"; not a total: "plans to spend a total of $2.6 billion through 2028") rather
    than a subject found in another clause ("my name is Pamela Wilson and I have been working online since 2010")
    (review s21 r1b MED-6, MED-7)."""
    if v.pos_ not in ("VERB", "AUX") or v.dep_ in ("relcl", "acl"):
        return False
    w = v
    while True:  # a negation on the verb, its auxiliary, or a verb it is the open clause of ("failed to win")
        if any(c.dep_ == "neg" for c in w.children) or any(
            c.dep_ == "neg" for a in w.children if a.dep_ in ("aux", "auxpass") for c in a.children
        ):
            return False
        if w.dep_ != "xcomp" or w.head.i == w.i:
            break  # (not up a reported clause: "He did not say the team has won since 1998" says it has, r3b LOW-2)
        w = w.head
        if w.lower_.startswith(_DENYING_STEMS):
            return False  # "The team has failed to win a title since 1998" (review s21 r2b MED-3)
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj")
        and (
            c.lower_ in _NONE_WORDS
            or any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither") for d in c.children)
            or c.left_edge.lower_ == "not"  # "Not a single team has won ..." (not "The not-for-profit group")
        )
        for c in v.children
    ):
        return False  # "Nobody has won the jackpot since 2015", "arrested no suspects since Monday"
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in v.children):
        return True
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in _GENERIC_HEADS for c in v.children)


def _after_restatement(doc: Doc, e: int) -> int:
    """The token after an amount restated in brackets at token e ("($21 billion)", "(about €30m)"): up to six tokens,
    a number among them and no verb; e itself when the brackets hold anything else."""
    for k in range(e + 1, min(e + 8, len(doc))):
        if doc[k].text == ")":
            inside = doc[e + 1 : k]
            if any(t.like_num for t in inside) and not any(t.pos_ in ("VERB", "AUX") for t in inside):
                return k + 1
            return e
    return e


# Stems of verbs whose object is the level their subject is at ("Deaths reached 645", "Sales totalled 300");
# "The firm sold 500 last month" is no level of the firm.
_LEVEL_STEMS = ("reach", "hit", "top", "pass", "exceed", "surpass", "total", "number", "stood", "stand", "near")
# Words that make a time noun after a number a time ("last year", "this week", "previous month").
_TIME_MARKERS = frozenset(("last", "this", "next", "past", "previous", "same", "that"))


def _hung_on_a_time(doc: Doc, root: Token, head: Token, e: int) -> bool:
    """ "Heat-related deaths reached 645 last year": the parse made the number a modifier of the time noun right after
    it ("645 ... year"), which is when, not what the number counts ("645 days" has no marker before the noun)."""
    return (
        root.dep_ == "nummod"
        and head.i == e + 1
        and head.ent_type_ == "DATE"
        and _singular(head.lower_) in _DURATION_UNITS
        and doc[e].lower_ in _TIME_MARKERS
        and head.head.i != head.i
        and head.head.pos_ in ("VERB", "AUX")
        and (head.head.lower_.startswith(_LEVEL_STEMS) or _is_change_verb(head.head) is not None)
    )


def _about_parse(doc: Doc, f: _Fig) -> tuple[str | None, int | None]:
    """What the figure counts from the parse around it (see _about)."""
    s, e = f.num.start, f.end
    root = _span_root(doc, s, e)
    if root.dep_ in ("advmod", "amod") and not root.like_num and root.head.i < s:
        # "will spend 5 billion zloty on tanks": the tagger made the currency word an adverb of the verb, whose
        # object is the number; the object is the figure's place in the clause
        root = next((t for t in doc[s:e] if t.head.i == root.head.i and t.dep_ in ("dobj", "nsubj", "attr")), root)
    n = len(doc)
    if f.direction and doc[s].lower_ == "half" and s > 0 and doc[s - 1].lower_ == "in":
        verb = doc[s - 1].head  # "cut its workforce in half": what the verb cut
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN"):
                return _about_noun(doc, c, s, e), None
    if e + 2 < n and doc[e].text in ("-", "–") and doc[e + 1].lower_ == "strong":
        k = e + 2  # "a 3,000-strong force": how many the force has, not a count of forces
        while k < n - 1 and k < e + 4 and doc[k].pos_ == "ADJ":
            k += 1
        if doc[k].pos_ in ("NOUN", "PROPN"):
            return _np(doc, doc[k], e + 1), None
    comparing = root.head
    if (
        f.kind in ("percent", "quantity", "money")
        and root.dep_ == "npadvmod"
        and comparing.i == e
        and comparing.tag_ in ("JJR", "RBR")
        and comparing.dep_ == "amod"
        and comparing.head.pos_ == "NOUN"
        and comparing.head.i > comparing.i
    ):
        # "a 30% greater risk of stroke", "40 percent more accuracy": the noun the comparison describes, not the
        # clause's subject
        return _about_noun(doc, comparing.head, s, comparing.i + 1), None
    if (
        f.kind == "percent"
        and root.dep_ == "npadvmod"
        and comparing.i == e
        and comparing.pos_ == "ADJ"
        and comparing.dep_ == "amod"
        and comparing.head.pos_ == "NOUN"
        and comparing.head.i > comparing.i
    ):
        # "90 percent negative media coverage", "30 percent white students": the share of the noun the adjective
        # describes, adjective kept (it says which share), not the clause's subject
        return _about_noun(doc, comparing.head, s, e), None
    # "N of X": "10% of military aid", "thousands of soldiers", "one of the best speakers", "2 years of war".
    if f.kind == "money" and e < n and doc[e].text == "(":
        e = _after_restatement(doc, e)  # "C$30 billion ($21 billion) worth of U.S. goods": read on after the aside
    if e + 1 < n and doc[e].lower_ == "worth" and doc[e + 1].lower_ == "of":
        e += 1  # "$125 billion worth of Chinese goods"
    # a price: "buy Seagen for $43 billion in stock", the "for" of a verb with an object before it (not "asked for
    # up to $50 billion in annual purchases")
    a_price = (
        root.dep_ == "pobj"
        and root.head.lower_ == "for"
        and any(c.dep_ == "dobj" and c.i < root.head.i for c in root.head.head.children)
    )
    if f.kind == "money" and e + 1 < n and doc[e].lower_ == "in" and not a_price:
        # "$166.7bn in revenue", "$2m in damages": what the amount is made of.
        k = e + 1
        if k < n - 1 and doc[k].text in ('"', "“", "‘", "'"):
            k += 1  # 'as much as $300 million in “synergies”': a scare-quoted noun
        modifier = k  # where a hyphenated modifier starts, which the noun phrase below may not reach
        while (
            k < n - 2
            and k < e + 6
            and doc[k + 1].text in ("-", "–")
            and not doc[k].whitespace_
            and not doc[k + 1].whitespace_
            and (doc[k].is_alpha or doc[k].like_num)
            and doc[k + 2].is_alpha
        ):
            k += 2  # a hyphenated modifier: "$800 billion in two-way trade", "$2.53 in per-share earnings"
        while k < n - 1 and k < e + 3 and doc[k].pos_ == "ADJ":
            k += 1
        while k < n - 1 and k < e + 5 and doc[k].pos_ == "NOUN" and doc[k + 1].pos_ == "NOUN":
            k += 1  # "$156 billion in Chinese consumer goods": the last noun of the compound
        t = doc[k]
        if (
            t.pos_ == "NOUN"
            and not (k + 1 < n and doc[k + 1].pos_ in ("NOUN", "PROPN"))
            and _singular(t.lower_) not in _DURATION_UNITS
            and t.lower_ not in _GENERIC_HEADS
            and not _a_session(doc, t, s, e)
        ):
            what = _np(doc, t, e)
            hyphened = modifier + 1 < n and doc[modifier + 1].text in ("-", "–") and not doc[modifier].like_num
            if hyphened and modifier < t.i - len(what.split()):
                what = doc[modifier : t.i + 1].text  # "per-share earnings": the parse hung "share" on "per"
            return what, None
    if e < n and doc[e].lower_ == "of":
        before_verb = _noun_before_verb(doc, e)
        for o in doc[e].children:
            if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and not o.like_num:
                if before_verb is not None and before_verb.i < o.i:
                    # "Eating 200 grams of rice raised levels of sugar": the parse hung the sentence's verb on the
                    # noun after "of" and took its object for the pobj; the words before the verb are what is
                    # measured ("500 mg of vitamin C reduced colds": all of them, review s20 r1b LOW)
                    k = e + 1
                    while k < before_verb.i and doc[k].pos_ in ("DET", "PRON"):
                        k += 1
                    what = doc[k : before_verb.i + 1].text
                    return what, (before_verb.i if f.kind in ("count", "number") else None)
                return _about_noun(doc, o, s, e), (o.i if f.kind in ("count", "number") else None)
            if o.dep_ == "pobj" and o.tag_ == "VBG" and f.kind in ("duration", "quantity", "money"):
                return o.text, None  # "5 minutes of charging gives you 3 hours", "an hour of walking": the activity
            if o.dep_ == "pcomp" and o.tag_ == "VBG" and f.kind in ("duration", "quantity", "money"):
                # "Forty-five years of practicing law", "20 years of covering politics": the activity with its object
                obj = next((c for c in o.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
                how = next((c for c in o.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)  # "feeling tired"
                what = _np(doc, obj) if obj is not None else (how.text if how is not None else "")
                return f"{o.text} {what}".strip(), None
        k = e + 1
        while (
            k < n
            and k < e + 6
            and (doc[k].pos_ in ("DET", "ADJ", "PRON", "NUM", "PROPN", "NOUN") or doc[k].tag_ in ("VBG", "VBN"))
        ):  # "tens of thousands of evolving galaxies": a participle before the noun, which the parse may head
            if doc[k].pos_ in ("NOUN", "PROPN") and (k + 1 >= n or doc[k + 1].pos_ not in ("NOUN", "PROPN")):
                return _np(doc, doc[k], e), (k if f.kind in ("count", "number") else None)
            k += 1
        last = doc[k - 1] if k > e + 1 else None
        if f.kind == "quantity" and last is not None and last.dep_ == "pobj" and last.pos_ == "ADJ":
            return last.text, None  # "30.8 GW of solar", "2 GW of offshore wind": the kind of power is what it is
    # The number modifies a noun to its right: "13,000 North Korean soldiers", "a $48.2m army contract".
    head = root.head
    if head.i == e and head.lower_ in ("times", "time") and head.head.i != head.i:
        v = head.head
        if v.pos_ in ("ADJ", "ADV") and v.head.pos_ in ("VERB", "AUX"):
            v = v.head  # "prices are 10 times higher": what the verb's subject is
        if v.pos_ in ("VERB", "AUX"):
            times = _times_what(doc, replace(f, end=e + 1), v)  # "reached 50 times the level"
            if times:
                return times, head.i
    if (
        f.kind in ("duration", "quantity")
        and head.pos_ == "ADJ"
        and head.lower_ in _MEASURING_ADJECTIVES
        and head.i == e + 1
        and doc[e].text in ("-", "–")
        and head.head.pos_ in ("NOUN", "PROPN")
        and head.head.i > head.i
    ):
        what = head.head
        while _unit_name(what.lower_) is not None and what.head.i > what.i and what.head.pos_ in ("NOUN", "PROPN"):
            what = what.head  # "the 1,900-mile-wide (3,100 kilometers) Europa": past the restated measure
        if _unit_name(what.lower_) is not None:  # (the parse may make the name the measure's apposition instead)
            what = next((c for c in what.rights if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), what)
        if _unit_name(what.lower_) is None:
            return _np(doc, what, head.i if what.i == head.head.i else what.i - 1), None  # "the 53-day-long festival"
    if f.kind in ("duration", "quantity") and e + 1 < n and doc[e].text in ("-", "–"):
        named = _named_after_measure(doc, e)  # the parse hung the measure elsewhere (review s22 r1 LOW-3)
        if named is not None:
            return named, None
    model = head.like_num or (head.pos_ == "NUM" and any(c.isdecimal() for c in head.text))  # "RS-25"
    if head.i >= e and model and head.head.i > head.i:
        head = head.head  # "five 787 Dreamliner sales", "the four RS-25 engines": the model is part of the name
    elif (
        head.i == e
        and head.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.head.pos_ == "NOUN"
        and head.head.is_lower  # not a code after the noun ("the 30-year bond US30YT=RR")
        and e < head.head.i <= e + 2
        and all(t.pos_ == "NOUN" for t in doc[e : head.head.i])
        and _unit_name(head.lower_) is None
        and _singular(head.lower_) not in _DURATION_UNITS
    ):
        head = head.head  # "the three plague variants", "one league game": the parse hung the number on the compound
    when = head.lower_ in _WHEN_WORDS or (head.ent_type_ == "DATE" and head.lower_ in _MONTH_NAMES)  # "March 5"
    if head.i == e and when and head.pos_ == "PROPN" and head.head.i != head.i:
        root, head = head, head.head  # "The Dow fell past 30,000 Monday": the parse hung the number on when, not what
    elif _hung_on_a_time(doc, root, head, e):
        root, head = head, head.head  # "Deaths reached 645 last year": the number is what reached, the year when
    if head.i == e and head.pos_ == "VERB" and head.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr"):
        what = _generic_of(head, s, e)  # "a 20 percent cut in its workforce": a change noun the tagger made a verb
        if what is not None:
            return _np(doc, what, e), None
    if (
        head.i >= e
        and head.pos_ in ("NOUN", "PROPN")
        and root.dep_ in ("nummod", "compound", "amod", "nmod", "quantmod", "npadvmod", "dep", "appos", "predet")
        and not (head.pos_ == "PROPN" and f.kind in ("count", "number") and head.i > e + 3)
    ):
        if f.kind in ("quantity", "duration", "money", "percent") and _conjoined_noun(doc, e, head):
            # "a range of up to 4km and battery life of 30 minutes": a measure with its own unit is no modifier
            # of a noun across "and" (unlike "71 kWh and 95 kWh of battery capacity"); the noun it is "of" is
            of = doc[f.start - 1] if f.start > 0 else None
            if of is not None and of.lower_ == "of" and of.head.pos_ in ("NOUN", "PROPN") and of.head.i < f.start:
                return _np(doc, of.head), None  # (as itself: "range of" is no generic head of the noun after)
            return None, None
        return _about_noun(doc, head, s, e), head.i
    if e < n and f.kind in ("count", "number"):
        # The parser often misses nummod; take a following noun directly ("13000 workers").
        k = e
        while (
            k < n
            and k < e + 4
            and doc[k].pos_ in ("ADJ", "PROPN", "NOUN", "VERB")
            and doc[k].tag_ != "VBD"
            and doc[k].tag_ != "VBZ"
            and (doc[k].dep_ not in ("nsubj", "ROOT") or (k == e and doc[k].tag_ == "NNS"))
            or (k < n and doc[k].text == "-")
        ):
            if doc[k].ent_type_ in ("DATE", "TIME"):
                break  # "Jobless claims fell to 210,000 last week": when, not what is counted
            if doc[k].pos_ == "NOUN" and (k + 1 >= n or doc[k + 1].pos_ != "NOUN"):
                return _np(doc, doc[k], s), k
            k += 1
    # Prepositional object: "worth 50 billion dollars", "estimated at 61 billion", "at 13,000".
    if (
        root.dep_ == "pobj"
        or (root.dep_ in ("npadvmod", "dobj") and head.lower_ in ("worth",))
        or (root.dep_ == "npadvmod" and head.pos_ == "ADP" and root.lower_ in _WHEN_WORDS)  # "past 30,000 Monday"
    ):
        prep = head
        if f.kind in ("date", "duration") and prep.lower_ in _SPAN_PREPOSITIONS and _own_event(prep.head):
            # "Jam will set within 24-48 hours", "He had been facing the charge since 2010": the verb's event, when
            # it names more than the verb ("It has been that way since 2008" says nothing of what)
            event = _event(doc, prep.head, s, e)
            if event is not None and " " in event:
                return event, None
        if prep.lower_ in (
            "worth",
            "valued",
            "priced",
            "estimated",
            "put",
            "at",
            "of",
            "for",
            "to",
            "about",
            "around",
            "over",
            "than",
            "by",
            "from",
            "with",
            "in",
            "on",
            "into",
            "under",
            "between",
            "up",
            "past",  # "The death toll climbed past 1,000"
        ):
            ph = prep.head
            net_worth = prep.lower_ == "of" and ph.lower_ == "worth" and ph.pos_ == "NOUN"
            if net_worth and ph.i < f.start:
                return _np(doc, ph), None  # "has a net worth of $17 million": the worth itself
            if prep.lower_ == "worth" or ph.lower_ == "worth":
                k = (prep.i if prep.lower_ == "worth" else ph.i) - 1
                while k >= 0 and doc[k].sent == prep.sent:
                    # "a lifeline from investor SoftBank worth $8 billion": a compound inside a name is no head
                    if doc[k].pos_ == "NOUN" and doc[k].lower_ not in _GENERIC_HEADS and doc[k].dep_ != "compound":
                        return _about_noun(doc, doc[k], s, e), None
                    k -= 1
            if f.kind == "date" and prep.lower_ == "of" and ph.lower_ in _PERIOD_PARTS and ph.i < f.start:
                return _period_event(doc, ph, s, e), None  # "at the end of 2021": what ends then, not "end"
            if f.kind in ("date", "duration") and prep.lower_ == "of" and ph.lower_ == "course" and ph.i < f.start:
                # "affects their life over the course of 12 months": a complex preposition of time, whose noun
                # measures nothing; the event of the verb it times
                up = ph.head.head if ph.dep_ == "pobj" else ph.head
                return (_event(doc, up, s, e) if up.pos_ in ("VERB", "AUX") else None), None
            if (
                ph.pos_ in ("NOUN", "PROPN")
                and ph.i < f.start  # not a noun of the qualifier ("in the region of", "to the tune of")
                and prep.lower_ in ("of", "at", "to", "worth", "about", "around", "for", "by", "than")
            ):
                gen = _generic_of(ph, s, e)
                return _about_noun(doc, ph, s, e), (
                    gen.i if gen is not None and f.kind in ("count", "number") else None
                )
            if ph.pos_ in ("VERB", "AUX", "ADJ"):
                # "sold its stake for $11.7 million": the object is what the amount buys
                priced = prep.lower_ == "for" and f.kind == "money"
                if prep.lower_ in ("at", "to", "by", "from", "of") or ph.pos_ == "ADJ" or priced:
                    for c in ph.children:
                        if c.dep_ in ("dobj",) and c.pos_ in ("NOUN", "PROPN") and not (s <= c.i < e):
                            gen = _generic_of(c, s, e)  # "estimated the number of combatants at 13,000"
                            counted = gen.i if gen is not None and f.kind in ("count", "number") else None
                            return _about_noun(doc, c, s, e), counted
                    subj = _clause_subject(doc, ph, s, e)
                    if subj:
                        return subj, None
                if f.kind in ("date", "duration"):
                    return _event(doc, ph, s, e), None
                subj = _clause_subject(doc, ph, s, e)
                if subj:
                    return subj, None
    # Object or complement of a verb: "rose 6%", "cost it $800 million", "is $2.174T", "are borne".
    if root.dep_ in (
        "dobj",
        "attr",
        "npadvmod",
        "advmod",
        "acomp",
        "oprd",
        "nsubj",
        "nsubjpass",
        "ROOT",
        "appos",
        "conj",
        "dative",
    ):
        v = head if root.dep_ != "ROOT" else root
        if root.dep_ in ("nsubj", "nsubjpass"):
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in c.children:
                        if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN"):
                            part = _about_noun(doc, o, s, e)
                            by = _agent(doc, v) if part else None
                            # "Of this sum, 20 billion are borne by Washington": the part is the agent's share
                            return (f"{part} {by}" if by else part), None
            for c in v.children:
                # "40% were women" says what the figure is; the object of any other verb is what the figure does
                # something to ("99% of those do not require clinical intervention"), not what it counts
                if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN"):
                    if f.kind == "duration" and c.lower_ in _SPANS_OF_TIME and _idle_span(c):
                        return None, None  # "three years is a long time": how long it feels, nothing measured
                    return _about_noun(doc, c, s, e), None
                if f.kind == "money" and c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and funds(v):
                    return _about_noun(doc, c, s, e), None  # "$2 billion will fund the new bridge": the bridge
            return None, None
        if f.kind == "date" and root.dep_ == "appos" and v.lower_ in _WHEN_WORDS:
            # "Today (Nov. 18), NASA announced the selection": the date restates the when-word, and both date the
            # verb's event, not the word
            up = v.head.head if v.dep_ == "pobj" and v.head.dep_ == "prep" else v.head  # "on Saturday, May 18"
            verb = up.i != v.i and up.pos_ == "VERB" and v.dep_ in ("npadvmod", "advmod", "pobj")
            return (_event(doc, up, s, e) if verb else None), None
        if root.dep_ == "appos" and v.pos_ in ("NOUN", "PROPN"):
            if v.i == s - 2 and doc[s - 1].text == "," and _closes_opening_phrase(v):
                return None, None  # "According to Sheriff Jones, 40 were injured": the parse's apposition is none
            if v.dep_ == "poss" and v.head.i >= e and v.head.pos_ in ("NOUN", "PROPN"):
                # "Satechi's awesome $29 72W USB-C PD Car Charger": the parse set the price beside the owner; the
                # thing owned, after the price, is what it prices
                return _about_noun(doc, v.head, s, e), None
            return _about_noun(doc, v, s, e), None
        if v.pos_ in ("VERB", "AUX"):
            if f.kind in ("date", "duration") and root.dep_ in ("npadvmod", "advmod"):
                return _event(doc, v, s, e), None
            if f.kind == "money" and root.dep_ == "dobj" and spends(v):
                spent_on = _spent_on(doc, v, s, e) or _spent_on(doc, root, s, e)
                if spent_on:
                    return spent_on, None
            if f.kind == "money" and root.dep_ == "dobj" and not f.direction:
                # "sanctioned Rs 5 crore for repairs": not the payer, the repairs
                paid = _paid_for(doc, v, root, s, e, f.start)
                if paid:
                    return paid, None
            if f.kind == "quantity" and root.dep_ == "dobj":
                # "giving the car 355 horsepower": a measure given to something is that thing's
                to = next((c for c in v.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")), None)
                if to is not None:
                    return _about_noun(doc, to, s, e), None
            if root.dep_ == "npadvmod" and doc[e - 1].lower_ in ("times", "time"):
                times = _times_what(doc, f, v)  # "reached 50 times the level", "went to the polls four times"
                if times:
                    return times, None
            subj = _clause_subject(doc, v, s, e)
            if subj:
                return subj, None
    return None, None


def _named_after_measure(doc: Doc, e: int) -> str | None:
    """By token order, the noun a hyphenated measure and its adjective describe ("the 1,900-mile-wide (3,100
    kilometers) Europa", whatever the parse): past the adjective, a restatement in brackets and other adjectives, the
    last word of the run of nouns or names that follows. None when no such run follows."""
    n = len(doc)
    if e + 1 >= n or doc[e + 1].lower_ not in _MEASURING_ADJECTIVES:
        return None
    k = e + 2
    if k < n and doc[k].text == "(":
        close = next((j for j in range(k, min(n, k + 8)) if doc[j].text == ")"), None)
        if close is None:
            return None
        k = close + 1
    while k < n and doc[k].pos_ == "ADJ":
        k += 1
    if k >= n or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    last = k
    while last + 1 < n and doc[last + 1].pos_ in ("NOUN", "PROPN"):
        last += 1
    if _unit_name(doc[last].lower_) is not None:
        return None
    return doc[k : last + 1].text
