"""Dates and durations: when-words, the event a date or span dates, how long a verb lasted."""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from extract.figures.about.phrases import _a_measure, _np
from extract.figures.about.subjects import _clause_subject, _subject_dep
from extract.figures.core import _Fig, _span_root
from extract.figures.units import _PERCENT_WORDS, _a_unit, _unit_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Verbs (as stems) that take a duration as how long they last ("served 20 years", "worked 5 years"), not as when.
# Jailing and sentencing verbs take one only with "for"/"to" ("jailed for 10 years"), which _span_of_the_verb
# checks; bare, the span dates them from the event ("He was sentenced two years after the attack").
_LASTING = (
    "serv",
    "work",
    "spen",
    "liv",
    "stay",
    "wait",
    "remain",
    "last",
    "reign",
    "rul",
    "taught",
    "teach",
    "stud",
    "sle",
    "hid",
    "kept",
    "keep",
    "held",
    "hold",
)


def _span_of_the_verb(doc: Doc, f: _Fig) -> bool:
    """A duration 'after'/'before' an event that is how long a verb before it lasted, so not the time from the
    event: "He was jailed for 10 years after the trial", "She served 20 years after the conviction", "He worked
    5 years before the war". "The town rebuilt 10 years after the flood" and "Five days after the vote, he
    resigned" (the verb after it) date the verb from the event."""
    root = _span_root(doc, f.start, f.end)
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "to", "of"):
        return True  # "jailed for 10 years", "sentenced to 10 years"
    verb = root.head
    if verb.i == f.end:
        verb = verb.head  # "served 20 years after the conviction": the parse hangs the span on "after"
    return verb.i < f.start and verb.pos_ in ("VERB", "AUX") and verb.lower_.startswith(_LASTING)


# Words for when ("$200 off today", "$300 off Black Friday"), which the parse may not mark as a date.
_MONTH_NAMES = frozenset(m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m)
_WHEN_WORDS = {"now", "today", "tonight", "tomorrow", "yesterday", "currently"} | {d.lower() for d in calendar.day_name}


def _when(t: Token) -> bool:
    """Whether token t says when: a date or time, or a word such as "today" or a day name."""
    return t.ent_type_ in ("DATE", "TIME") or t.lower_ in _WHEN_WORDS


def _dated(doc: Doc, f: _Fig) -> str | None:
    """What a date the parse ties to nothing dates: the noun phrase right after it in its clause, with its "of"
    phrase ("He November 5 the results of the American presidential elections They could mark ...", as machine
    translation leaves a sentence)."""
    head = None
    for t in doc[f.end : min(len(doc), f.end + 4)]:
        if t.is_sent_start or t.pos_ in ("VERB", "AUX", "PUNCT", "PRON", "ADP"):
            return None
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound":
            head = t
            break
    if head is None:
        return None
    text = _np(doc, head, floor=f.end - 1)
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((o for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
            if obj is not None:
                text = f"{text} of {_np(doc, obj, floor=c.i)}"
    return text or None


# Nouns that say a length of time is long or short, not what it measures ("three years is a long time").
_SPANS_OF_TIME = frozenset(("time", "while", "stretch", "spell", "eternity", "lifetime"))


def _idle_span(c: Token) -> bool:
    """ "a long time", "a while": no compound, possessor or modifier but long/short/little, at most "a"/"an"; "the
    average wait time", "the world record time" name what is measured (review s17 MED-5)."""
    return not any(
        k.dep_ in ("compound", "poss", "prep")
        or (k.dep_ == "amod" and k.lower_ not in ("long", "short", "little"))
        or (k.dep_ == "det" and k.lower_ not in ("a", "an"))
        for k in c.children
    )


def _event(doc: Doc, v: Token, s: int, e: int) -> str | None:
    """A short verb phrase for dates and durations: "Russia invaded Ukraine"."""
    if v.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "expl" for c in v.children):
        return _there_is(doc, v, s, e)
    subj = next((c for c in v.children if _subject_dep(c) and c.pos_ in ("NOUN", "PROPN")), None)
    obj = next((c for c in v.children if c.dep_ in ("dobj",) and c.pos_ in ("NOUN", "PROPN")), None)
    parts = []
    if subj is not None and not (s <= subj.i < e):
        parts.append(_np(doc, subj))
    elif obj is None and (
        v.dep_ in ("relcl", "acl")
        or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "this") for c in v.children)
    ):
        # "a negotiating process that lasted four years": a bare verb says nothing, the noun it describes does
        # (but "since it was signed" says no more than the verb: "it" is rarely the main clause's subject).
        who = _clause_subject(doc, v, s, e, coref=True)  # "Three weeks before he died, Epstein ...": Epstein died
        if who:
            parts.append(who)
    if v.pos_ == "VERB" or not parts:
        parts.append(v.text)  # "prices are 10 times higher": a copula adds nothing to its subject
    if obj is not None and (
        obj.like_num
        or (len(obj.text) <= 3 and obj.i + 1 < len(doc) and doc[obj.i + 1].like_num)  # "Rs 300"
        or (_a_measure(obj) and _unit_name(obj.lower_) is not None)  # "dumped 20 inches of rain within 48 hours"
        # a figure's unit: "received 150mm of rain in 24 hours", "will average 2 percent in 2020"
        or ((_a_unit(obj) or obj.lower_ in _PERCENT_WORDS) and obj.i > 0 and doc[obj.i - 1].like_num)
    ):
        # "pay Rs 300 for fresh air for 15 minutes": another figure is no part of the event; what it measures may be
        # ("The country produced 8 GW of power in 2017": country produced power, review s22 r1 LOW-1)
        of = None if obj.like_num else next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = None if of is None else next((o for o in of.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    if obj is not None and not (s <= obj.i < e):
        parts.append(_np(doc, obj))
    return " ".join(p for p in parts if p) or None


def _there_is(doc: Doc, v: Token, s: int, e: int) -> str | None:
    """What "there is/were ..." says there was, for a date or span that times it: "in 2015, there were 9 million
    premature deaths": the premature deaths; "there were 3,248 cases reported worldwide": the cases reported (a
    participle after the noun says what happened to them). The verb "be" and the clause above say nothing of
    what. None when the clause names nothing but a figure ("there were 40 in 2019")."""
    what = next(
        (
            c
            for c in v.children
            if c.dep_ in ("attr", "nsubj", "dobj") and c.pos_ in ("NOUN", "PROPN") and not (s <= c.i < e)
        ),
        None,
    )
    if what is None or what.like_num or any(c.dep_ == "det" and c.lower_ == "no" for c in what.children):
        return None  # "there has been no increase since": nothing happened to date
    text = _np(doc, what)
    done = next((c for c in what.rights if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == what.i + 1), None)
    return f"{text} {done.text}" if done is not None and text else (text or None)


# Nouns for a part of a period, which a date is "of": "at the end of 2021", "in the first half of 2020".
_PERIOD_PARTS = frozenset(
    ("end", "start", "beginning", "middle", "close", "turn", "half", "rest", "remainder", "outset", "dawn")
)


def _period_event(doc: Doc, part: Token, s: int, e: int) -> str | None:
    """What a date dates when it is written as a part of a period ("the end of 2021"): not the part, which every
    such date shares, but the event the part's phrase times, the verb's ("Fortress will give up the management
    contract at the end of 2021": Fortress give management contract) or the noun's it hangs on ("exports to China in
    the first half of 2019": exports). None when the parse ties the phrase to neither."""
    up = part.head if part.dep_ == "pobj" else part
    if up.i == part.i or (part.dep_ == "pobj" and up.dep_ != "prep"):
        return None
    h = up.head if part.dep_ == "pobj" else part.head
    if h.i == up.i:
        return None
    if h.pos_ in ("VERB", "AUX"):
        return _event(doc, h, s, e)
    if h.pos_ in ("NOUN", "PROPN") and h.lower_ not in _PERIOD_PARTS and not h.like_num:
        return _np(doc, h)
    return None
