"""Stage 3: what a figure counts or measures, from the dependency parse around it."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from extract import datelines
from extract.figures.core import _Fig, _singular, _span_root
from extract.figures.labels import _SPEECH_VERBS, _closes_opening_phrase
from extract.figures.money import _currency_names
from extract.figures.qualifiers import _CHANGE_NOUNS_DOWN, _CHANGE_NOUNS_UP, _DOWN_STEMS, _UP_STEMS
from extract.figures.scales import _MONEY_SCALE_ABBR, _SCALE_ABBR, _SCALE_WORDS, _people_noun
from extract.figures.units import _DURATION_UNITS, _PERCENT_WORDS, _unit_name
from extract.quotes.lexicon import SPEECH, verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_GENERIC_HEADS = {
    "number",
    "total",
    "figure",
    "amount",
    "sum",
    "toll",
    "count",
    "level",
    "share",
    "portion",
    "tally",
    "estimate",
    "rate",
    "value",
    "proportion",
    "percentage",
    "majority",
    "minority",
    "part",
    "group",
    "range",
    "set",
    "lot",
    "average",
    "maximum",
    "minimum",
    "record",
    "high",
    "low",
    "fraction",
}
# Nouns inside complex prepositions ("in front of", "in excess of"): never what is counted.
_PREPOSITION_NOUNS = {
    "front",
    "top",
    "addition",
    "excess",
    "terms",
    "spite",
    "behalf",
    "lieu",
}
# Adjectives that say nothing about what is counted ("a new loan" counts loans).
_VAGUE_ADJ = {
    "new",
    "more",
    "other",
    "such",
    "same",
    "last",
    "first",
    "next",
    "recent",
    "further",
    "additional",
    "extra",
    "current",
    "previous",
    "latest",
    "total",
    "overall",
    "estimated",
    "whole",
    "entire",
    "only",
    "own",
    "many",
    "several",
    "few",
    "some",
    "certain",
    "various",
    "mere",
    "just",
    "another",
    "feared",
}


# Nouns of a record level ("an all-time high of 40,816", "a record low of 3.5%"): a level of the clause's subject.
_RECORDS = frozenset(("high", "highs", "low", "lows", "peak"))


def _record_holder(doc: Doc, rec: Token, f: _Fig) -> str | None:
    """Whose record level a figure is ("a record high of N"): the subject of a verb the record is the object of
    ("The Sensex scaled a new all-time high"), the object of a verb that sends something "to" it ("Investors
    pushed Tesla shares to a record high": Tesla shares, review r1 HIGH-5), or the subject of a verb that goes "to"
    it alone ("Bitcoin soared to an all-time high")."""
    if rec.dep_ == "pobj" and rec.head.lower_ == "to" and rec.head.head.pos_ in ("VERB", "AUX"):
        v = rec.head.head
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None and not _a_measure(obj):
            return _about_noun(doc, obj, f.start, f.end)
        return _clause_subject(doc, v, f.start, f.end)
    return _governing_subject(doc, f)


# Verbs whose object is who pays or is paid, not what an amount "for $N" buys ("sued the city for $5 million").
_CLAIMING = frozenset(verb_forms("sue fine charge bill tax penalize penalise pay:paid"))


def _priced_for(doc: Doc, f: _Fig) -> str | None:
    """What "for $N" prices when nothing else names it: the object of the verb the price hangs on, or the thing of
    the verb's "for"/"to" before the price ("Sign up for a Hulu ad-free account for $11.99 a month", "upgrade to
    512GB of storage for $900", "find AirPods 2 with wireless charging case for $150"); a measure's "of" noun for
    a measure ("Get 4 Months of Amazon Music Unlimited for $1"). Not a pronoun ("Get it ... for $N": the deal
    lines' rule), nor the party of a claim ("sued the city for $5 million")."""
    prep = _span_root(doc, f.num.start, f.end).head
    if prep.lower_ != "for" or prep.dep_ != "prep" or prep.i >= f.start:
        return None
    v = prep.head
    if v.pos_ != "VERB" or v.lower_ in _CLAIMING:
        return None
    thing = next((c for c in v.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if thing is None:
        thing = next(
            (
                o
                for p in v.children
                if p.dep_ == "prep" and p.lower_ in ("for", "to") and p.i < prep.i
                for o in p.children
                if o.dep_ == "pobj"
            ),
            None,
        )
    if thing is not None and (_a_measure(thing) or _singular(thing.lower_) in _DURATION_UNITS):
        of = next((p for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        thing = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or thing.ent_type_ in ("DATE", "TIME", "MONEY"):
        return None
    if _a_party(thing):
        return None  # "The painting went to a private collector for $50 million": a recipient (review s18 HIGH-5)
    return _about_noun(doc, thing, f.start, f.end)


def _a_party(t: Token) -> bool:
    """Whether a noun names who pays or receives: a person, an organisation, a group, or a noun for people."""
    return t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lower_ == "public" or _people_noun(_singular(t.lower_))


def _a_subject(doc: Doc, f: _Fig, about: str) -> bool:
    """Whether ``about`` is the subject of the verb a figure's "for" hangs on and a payer (a person, organisation
    or people: "Subscribers can sign up for the premium plan for $15"), not a thing sold ("Tickets went on sale to
    the public for $50 each", review s18 HIGH-5)."""
    prep = _span_root(doc, f.num.start, f.end).head
    if prep.lower_ != "for":
        return False
    return any(c.dep_ == "nsubj" and about.endswith(c.text) and _a_party(c) for c in prep.head.children)


def _a_measure(t: Token) -> bool:
    """Whether an object is a measure of its own, the change on the way to a record ("The Dow gained 300 points /
    12 cents / 2.1 percent to a record high": the Dow's record, review r2 HIGH-1), not a thing sent to it."""
    if t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
        return True
    return any((c.dep_ == "nummod" or c.like_num) and c.i < t.i for c in t.children)  # not "iPhone 15"


def _np(doc: Doc, head: Token, floor: int = -1) -> str:
    """A noun and its left modifiers (compounds, adjectives), as plain text: "North Korean soldiers"."""
    code = _split_code_start(doc, head.i)
    if code is not None and code - 1 > floor and doc[code - 1].pos_ in ("NOUN", "PROPN"):
        head = doc[code - 1]  # "Siemens SIEGn.DE rose 3%": the parse's subject is the code's exchange, "DE"
    k = head.i - 1
    # "a state Trump won": a past-tense verb hung on a name is a reduced relative clause the parser misread,
    # and the common noun before the name is that clause's object, not part of the name.
    reduced = head.pos_ == "PROPN" and any(
        c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i == head.i + 1 for c in head.rights
    )
    while k > floor:
        t = doc[k]
        attached = k < t.head.i <= head.i
        if reduced and t.pos_ == "NOUN" and t.text.islower():
            break
        if t.text == "-" and k - 1 > floor and not t.whitespace_:
            w = doc[k - 1]
            if w.is_alpha and not w.whitespace_ and w.pos_ in ("DET", "ADV", "ADP", "PRON"):
                k -= 2  # "all-time high", "all-wheel-drive version": a word glued by a hyphen is part of the word
                continue
            k -= 1
            continue
        code = _split_code_start(doc, k)
        if code is not None and code - 1 > floor:
            k = code - 1  # "Volkswagen VOWG_p.DE shares": the name before the code is the shares'
            continue
        if not attached or t.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB") or t.like_num or t.tag_ == "POS":
            break
        if t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG"):
            break
        k -= 1
    toks = list(doc[k + 1 : head.i + 1])
    measure = False  # inside a hyphenated measure ("a 27-year-old Australian", "a 2.5-mile bridge")
    while toks[:-1]:
        t0 = toks[0]
        hyphen_before = t0.i >= 1 and doc[t0.i - 1].text == "-"
        if hyphen_before and (measure or (t0.i >= 2 and doc[t0.i - 2].like_num)):
            measure = True
        elif t0.lower_ not in _VAGUE_ADJ and t0.text != "-":
            break
        toks = toks[1:]  # vague adjectives and the words of a measure say nothing about what is counted
    if _model_after(doc, head):
        toks.append(doc[head.i + 1])  # "The iPhone 11 starts at $699": the name's model number is the name's
    last = toks[-1].i
    text = "".join(t.text + (t.whitespace_ if t.i < last else "") for t in toks)
    return re.sub(r"\s*-\s*", "-", text).strip()


# The stock part of a Reuters instrument code the tokenizer splits at its dot ("VOWG_p.DE", "SIEGn.DE", "BMWG.DE"):
# letters or digits, maybe with a share class in lower case.
_CODE_STOCK = re.compile(r"[A-Z0-9]{2,6}(?:_[a-z]|[a-z])?")


def _split_code_start(doc: Doc, k: int) -> int | None:
    """The first token of a stock's instrument code whose exchange ("DE", "PA", "L") is token k, when the tokenizer
    split the code at its dot ("VOWG_p.DE": "VOWG_p", ".", "DE"), or None."""
    if k < 2 or not (1 <= len(doc[k].text) <= 2 and doc[k].text.isupper() and doc[k].text.isalpha()):
        return None
    dot, stock = doc[k - 1], doc[k - 2]
    if dot.text != "." or dot.whitespace_ or stock.whitespace_ or not _CODE_STOCK.fullmatch(stock.text):
        return None
    return k - 2


def _model_after(doc: Doc, head: Token) -> bool:
    """A short whole number right after a name and hung on it ("iPhone 11", "Windows 10", "Game 7"): the name's model
    or number, not a count of it (nothing measured follows: "Biden 48%" is no model)."""
    k = head.i + 1
    if head.pos_ != "PROPN" or k >= len(doc) or not head.whitespace_:
        return False
    t = doc[k]
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return (
        t.head.i == head.i
        and t.dep_ == "nummod"
        and t.text.isdecimal()
        and len(t.text) <= 4
        and (nxt is None or (nxt.pos_ not in ("NOUN", "PROPN", "NUM", "SYM") and nxt.text not in ("%", "-")))
    )


def _about_noun(doc: Doc, t: Token, fig_start: int, fig_end: int) -> str | None:
    """The noun phrase for a noun, or for a generic head ("number of X") its "of" object."""
    if t.pos_ not in ("NOUN", "PROPN") or fig_start <= t.i < fig_end or t.lower_ in _PREPOSITION_NOUNS:
        return None
    o = _generic_of(t, fig_start, fig_end)
    if o is not None:
        return _np(doc, o, fig_end - 1 if o.i > fig_end else -1)
    return _np(doc, t, fig_end - 1 if t.i >= fig_end else -1)


def _generic_of(t: Token, fig_start: int, fig_end: int) -> Token | None:
    """X in "the number of X", "the total of X": what a generic head counts; X in "a 12% increase in X":
    what a change moves (the direction already says it is an increase)."""
    low = _singular(t.lower_)
    if (low in _CHANGE_NOUNS_UP or low in _CHANGE_NOUNS_DOWN) and low not in ("loss", "gain"):
        for c in t.rights:
            if c.lower_ == "in" and c.i >= fig_end:
                for o in c.children:
                    if (
                        o.dep_ == "pobj"
                        and o.pos_ in ("NOUN", "PROPN")
                        and not o.like_num
                        and o.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "ORG", "NORP", "FAC")
                        and _singular(o.lower_) not in _DURATION_UNITS
                    ):
                        # not "a 5% rise in the quarter" (when) nor "a 3% drop in China" (where, or whose): review
                        inner = _generic_of(o, fig_start, fig_end)
                        return inner if inner is not None else o  # "an increase in the number of cases": cases
        return None
    if t.lower_ not in _GENERIC_HEADS and low not in _GENERIC_HEADS and t.lower_ not in _PERCENT_WORDS:
        return None  # "sold 15 percent of its stake for 2 billion euros": the stake is what the money buys
    for c in t.rights:
        if c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and not (fig_start <= o.i < fig_end):
                    return o
    return None


# Pronouns that can stand for the subject of the clause a clause hangs on ("Ford expects it will lose ...",
# "Because they lost $2 billion, the airlines cut jobs"); "you", "we", "that" cannot ("Volkswagen estimates that
# could be more like 300 miles").
_BACK_PRONOUNS = {"it", "they", "he", "she"}


def _surname_of_a_person(c: Token) -> bool:
    """A proper noun the story names a person by elsewhere, whatever the tagger made of it here: "Senate leader
    Gavin Newsom ... Newsom expects he will raise $20 million" (the second 'Newsom' tagged ORG), "Keir Starmer ...
    Starmer expects he ..." (the second a common noun to the tagger)."""
    return c.text[:1].isupper() and any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == c.text and e.start != c.i for e in c.doc.ents
    )


def _can_stand_for(pron: Token, c: Token) -> bool:
    """Whether pronoun ``pron`` can be the noun ``c`` by number and person: 'it' is no person and no plural, but
    an organisation named in the plural is one ("General Motors expects it will lose $2 billion"); 'he'/'she' is
    one person ("Smith expects he will earn ...", not "Apple expects he will earn ..." or "The analysts expect
    he ..."), and a name the tagger gave no type is one too, since 'he'/'she' says it is a person ("Pelosi expects
    she will raise $10 million", where the small model often leaves a bare surname untagged); 'they' is not one
    named person ("Jeff Bezos thinks they will ...")."""
    p = pron.lower_
    plural = c.tag_ in ("NNS", "NNPS")
    if p == "it":
        return c.ent_type_ != "PERSON" and (not plural or (c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "GPE")))
    if p in ("he", "she"):
        return not plural and (
            c.ent_type_ == "PERSON" or (c.pos_ in ("NOUN", "PROPN") and not c.ent_type_) or _surname_of_a_person(c)
        )
    if p == "they":
        return c.ent_type_ != "PERSON" or plural
    return True


def _clause_subject(doc: Doc, v: Token, fig_start: int, fig_end: int, *, coref: bool = False) -> str | None:
    """The subject (or, for relative and participle clauses, the noun they modify) of verb ``v``. A clause whose
    subject is a pronoun has no subject noun; with ``coref`` (who did an event) the main clause's stands for it."""
    pron = None  # the pronoun subject of the clause below, which the subject found next must be able to be
    for _ in range(4):
        own = None  # the clause has a subject of its own, a pronoun
        for c in v.children:
            if _subject_dep(c) and not (fig_start <= c.i < fig_end):
                if c.pos_ == "PRON" or c.lower_ in ("which", "that", "who"):
                    if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN"):
                        return _about_noun(doc, v.head, fig_start, fig_end)
                    own = c
                    continue
                if c.pos_ in ("NOUN", "PROPN"):
                    if pron is not None and not _can_stand_for(pron, c):
                        return None  # "the companies say it could cost $5 billion": 'it' is not the companies
                    return _about_noun(doc, c, fig_start, fig_end)
                if _model_number(doc, c):
                    return _np(doc, c)  # "AirPods 2 dropped to ... $139": a name with its model's number
        if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN"):
            return _about_noun(doc, v.head, fig_start, fig_end)
        if own is None and v.dep_ in ("advcl", "conj", "ccomp") and v.tag_ in ("VBD", "VBZ", "VBP"):
            lost = _lost_subject(doc, v, fig_start, fig_end)
            if lost is not None:
                return lost  # "the Dow fell 102 points, to 27,934, the S&P 500 lost 1.85 points": the S&P 500
        if own is not None and not coref and v.dep_ in ("ccomp", "advcl"):
            if own.lower_ not in _BACK_PRONOUNS:
                return None  # "You'll save $250 ..., and let's face it, most people won't": another clause's subject
            pron = own  # "Ford expects it will lose $2 billion": 'it' is Ford
        if v.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acomp") and v.head.i != v.i:
            if v.dep_ == "ccomp" and own is None and v.head.lower_ in SPEECH:
                # "Prosecutors alleged that Noel and Thomas browsed the Internet, lingered ... and appeared to sleep
                # for two hours": the parse split the reported clause; its subject is the one an earlier part has
                sibling = next(
                    (
                        c
                        for p in v.head.children
                        if p.dep_ == "ccomp" and p.i < v.i
                        for c in p.children
                        if _subject_dep(c) and c.pos_ in ("NOUN", "PROPN")
                    ),
                    None,
                )
                return _about_noun(doc, sibling, fig_start, fig_end) if sibling is not None else None
            if v.head.lower_ in _SPEECH_VERBS:
                return None  # "..., the authors wrote": who reports a figure is not what it counts
            v = v.head
            continue
        break
    return None


def _in_dateline(t: Token) -> bool:
    """Whether token t is in a dateline ("LONDON, Nov 1 (Reuters) -"): the parse often makes the town the subject of
    the story's first verb ("LONDON ... - Oil prices rose 2%": 'London' and 'prices' both subjects of 'rose")."""
    doc = t.doc
    spans = doc.user_data.get("figures.dateline_spans")
    if spans is None:
        spans = doc.user_data["figures.dateline_spans"] = [(d.start, d.end) for d in datelines.read(doc.text)]
    return any(a <= t.idx < b for a, b in spans)


def _subject_dep(c: Token) -> bool:
    """Whether c is its head's subject (active or passive) and no word of a dateline."""
    return c.dep_ in ("nsubj", "nsubjpass") and not _in_dateline(c)


def _model_number(doc: Doc, t: Token) -> bool:
    """A number the parse made the head of a name it ends ("AirPods 2", "iPhone 11", "Windows 10"): a name glued to
    the number before it, which is the name's model, not a count."""
    return (
        t.pos_ == "NUM"
        and t.i > 0
        and doc[t.i - 1].pos_ == "PROPN"
        and doc[t.i - 1].head.i == t.i
        and doc[t.i - 1].dep_ == "compound"
    )


def _lost_subject(doc: Doc, v: Token, fig_start: int, fig_end: int) -> str | None:
    """The subject of a finite verb that the parse hung on the clause before: a name right before the verb,
    after a comma ("..., to 27,934.02, the S&P 500 .SPX lost 1.85 points": the parse made the S&P 500 a
    modifier of the level before, and left 'lost' with no subject). None when anything else comes between."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
        return None
    k = v.i - 1
    while k > v.sent.start and (doc[k].pos_ in ("PROPN", "NOUN", "NUM") or doc[k].text in ("&", ".")):
        k -= 1
    if doc[k].lower_ in ("the",):
        k -= 1
    first = k + 1
    if first >= v.i or doc[k].lower_ not in (",", "and") or fig_start <= v.i - 1 < fig_end:
        return None
    names = doc[first : v.i]
    if names[0].lower_ == "the":
        names = names[1:]
    if not any(t.pos_ == "PROPN" for t in names) or any(t.like_num and t.i == first for t in names):
        return None
    return names.text


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
                if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.ent_type_ not in ("DATE", "TIME")
            ),
            None,
        )
        if event is not None:
            what = _about_noun(doc, event, f.start, f.end)
            owner = next((c for c in event.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
            return (f"{_np(doc, owner)}'s {what}" if owner is not None and what else what), None
    if f.kind in ("duration", "quantity"):
        off = _taken_off(doc, f)
        if off is not None:
            return off, None  # "shaved 3.2 years from the life expectancies of ...": life expectancies
    about, counted = _about_parse(doc, f)
    if f.kind in ("quantity", "money"):
        about = _listed_for(doc, f) or about  # "Apple iPad Pro (11-inch, Wi-Fi, 64GB)": the iPad Pro's 64GB
    if f.direction:
        about = _moved_object(doc, f) or about  # "That sent shares up 5%": the shares went up, not "that"
    about = _moving_from(doc, f) or about  # "would double its production, going from 175 gigawatts to 450"
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
    words = about.split() if about is not None else []
    if f.direction and len(words) > 1 and _singular(words[-1].lower()) in (_CHANGE_NOUNS_UP | _CHANGE_NOUNS_DOWN):
        about = " ".join(words[:-1])  # "a 9% funding increase": funding is what rose
    if (
        about is not None
        and _singular(about.lower()) in (_CHANGE_NOUNS_UP | _CHANGE_NOUNS_DOWN)
        and f.direction
        and not _reported(doc, f)
    ):
        about = _governing_subject(doc, f) or about  # "rose to 1.2 million units, a 15 percent increase": sales
    if about is not None and f.kind == "money" and about.lower() in _GENERIC_HEADS:
        verb = _verb_above(doc, f)  # "spend a total of $2.6 billion on its contracts": what the total buys
        if verb is not None and verb.lower_.startswith(_SPENDING):
            about = _spent_on(doc, verb, f.start, f.end) or about
    if (
        about is not None
        and f.kind in ("percent", "money")
        and about.lower() in _GENERIC_HEADS
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
        about = _spent_on(doc, _span_root(doc, f.num.start, f.end), f.start, f.end)  # "$1 billion for new shares"
    if f.kind == "money" and (about is None or _a_subject(doc, f, about)):
        # "Sign up for a Hulu ad-free account for $11.99 a month", "Subscribers can sign up for the premium plan for
        # $15 a month": what the price buys, not who pays it
        about = _priced_for(doc, f) or about
    if about is None and f.direction:
        about = _trailing_change_object(doc, f)  # "sold 303,417 new vehicles, up 4 percent": the vehicles
    if about is None and (f.kind in ("percent", "money", "quantity") or f.direction):
        about = _governing_subject(doc, f)  # a bare count's subject is rarely what it counts
    if about is None and f.kind in ("percent", "money", "quantity", "number"):
        about = _antecedent(doc, f)  # "... Mustang Mach E SUV will go 230 miles. It will start at $44,000."
    if about is not None and f.kind == "money" and about.lower() in _currency_names() and about != holder:
        # (a record's holder may be a currency: "Bitcoin soared to a record high of $69,000", review r2 MED-3)
        about = None  # "3.2 billion pounds ($4.1 billion)": the restated amount's unit, not what it pays for
    is_unit = about is not None and _unit_name(about) is not None and about.lower() not in ("pound", "pounds")
    is_unit = is_unit or (about is not None and _singular(about.lower()) in _DURATION_UNITS)  # "over 10-20 years"
    if about is not None and (about.lower() in _PERCENT_WORDS or about.lower() == "cent" or is_unit):
        about = None  # "11.9 percent were black", "0.8 per cent": the subject is another figure's unit
    if about is None and f.kind == "date":
        about = _dated(doc, f)
    return about, counted


_MOVING = frozenset(verb_forms("go:going move rise:rising climb grow:growing increase jump fall:falling drop:dropping"))
_MULTIPLYING = ("doubl", "tripl", "quadrupl", "halv")


def _moving_from(doc: Doc, f: _Fig) -> str | None:
    """What a participle "going from X to Y" after a change moves, when the change has an object: the object
    ("Modi pledged that his country would more than double its renewable energy production, going from 175
    gigawatts to 450 gigawatts": the production, not Modi, whose clause the parse hung the participle on). None when
    the change has no object ("Sales rose sharply, going from $10 million to $15 million": its subject, as read)."""
    root = _span_root(doc, f.num.start, f.end)
    for _ in range(3):
        if root.dep_ in ("quantmod", "nummod", "compound") and root.head.pos_ in ("NUM", "SYM", "NOUN"):
            root = root.head  # "from $2 million to $3 million", parsed as one amount
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("from", "to"):
        return None
    part = prep.head if prep.head.lower_ in _MOVING else prep.head.head
    if part.lower_ not in _MOVING or part.tag_ != "VBG" or part.i > f.start or part.dep_ not in ("advcl", "xcomp"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in part.children):
        return None
    # the change the participle follows: the verb it hangs on, or (for a verb that is no change, "pledged that his
    # country would double ...") the change in that verb's clause; a change with no object moved its subject
    # ("the jobless rate dropped, going from 5% to 4%", "revenue rose after it raised prices, going ...": review r1
    # MED-4), and an earlier clause's object is no part of it
    verb = part.head
    if _a_change(verb):
        changes = [verb]
    else:
        # the change in the clauses below the verb, nearest the participle first ("passed a bill to increase the
        # minimum wage, going from $7.25 to $15": the bill's clause; review r2 MED-r2-3); not through "and"
        below, todo = [], [c for c in verb.children if c.i < part.i and c.dep_ not in ("conj", "punct", "cc")]
        while todo:
            t = todo.pop()
            if _a_change(t):
                below.append(t)
            todo.extend(c for c in t.children if c.i < part.i and c.dep_ not in ("conj", "punct", "cc"))
        changes = sorted(below, key=lambda t: -t.i)
    for v in changes:
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i < part.i), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not _a_measure(obj):
            return _about_noun(doc, obj, f.start, f.end)
    return None


def _a_change(v: Token) -> bool:
    """Whether a word is a change verb ("raised", "dropped", "double": tagged a determiner before its object)."""
    low = v.lower_
    return v.pos_ in ("VERB", "DET") and low.startswith((*_MULTIPLYING, *_UP_STEMS, *_DOWN_STEMS))


def _by_a_total(doc: Doc, f: _Fig) -> str | None:
    """What a change "by a total/an average of N" moves: the verb's object ("adjust its height by a total of
    3-inches", "decreased daily calorie intake by an average of 441 calories"), else its subject ("Sales rose by a
    total of $3 million"); not the total or the average, which only say how the size was counted."""
    root = _span_root(doc, f.num.start, f.end)
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.dep_ != "pobj" or of.head.head.lower_ != "by":
        return None
    verb = of.head.head.head
    if verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is not None and not _a_measure(obj) and obj.lower_ not in _GENERIC_HEADS:
        return _about_noun(doc, obj, f.start, f.end)
    if obj is None:
        return _clause_subject(doc, verb, f.start, f.end)
    return None


_MOVED = frozenset(("up", "down", "higher", "lower"))
# Verbs that make their object move (causatives, and changes done to an object): "sent shares up 5%", "drove the
# stock up 12%", "raised prices by 5%". Not verbs whose object is a time, an event or a path ("ended the session",
# "posted its biggest gain", "reversed course"), after which the subject moved (review r1 HIGH-2).
_MOVERS = frozenset(
    verb_forms(
        "send:sent drive:drove,driven push pull lift knock leave:left put:putting take:took,taken bid:bidding"
        " see:saw,seen boost raise cut:cutting lower reduce increase trim:trimmed,trimming slash hike mark"
    )
)


def _moved_object(doc: Doc, f: _Fig) -> str | None:
    """What a verb moved by a change figure: its object, when the change hangs on the verb or on its "up"/"down"/
    "higher"/"lower" ("That sent shares up 5%", "The buyback drove the stock up 12 percent", "The report pushed
    the dollar higher by 0.5%", "sending the index up 2%"): the subject only made the object move. Not an object
    that is a measure itself ("gained 300 points, or 1.2%"), nor one after the figure."""
    root = _span_root(doc, f.num.start, f.end)
    h = root.head
    if h.lower_ == "by" and h.dep_ == "prep" and h.i < f.start:
        h = h.head
    particle = None  # the "up"/"down" between the verb's object and the figure
    if h.lower_ in _MOVED and h.dep_ in ("prt", "advmod") and h.i < f.start:
        particle, h = h, h.head
    elif root.head.lower_ != "by":
        return None  # "sold 303,417 vehicles, up 4 percent": the change is not the verb's
    if h.pos_ != "VERB" or h.i == root.i:
        return None
    obj = next((c for c in h.children if c.dep_ == "dobj" and c.i < f.start), None)
    # any verb written "V <object> down N%" moved its object ("dragging the FTSE 100 down 0.7%", "marked its stake
    # down 30%"); other shapes ("raised prices by 5%") only after a verb that moves what it acts on
    between = particle is not None and particle.lower_ in ("up", "down") and obj is not None and obj.i < particle.i
    if h.lower_ not in _MOVERS and not between:
        return None  # "posted its biggest weekly gain in a year, up 8%": the subject's
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or _a_measure(obj) or obj.lower_ in _GENERIC_HEADS:
        return None
    if obj.ent_type_ in ("DATE", "TIME") or _singular(obj.lower_) in _DURATION_UNITS or obj.lower_ in _SESSIONS:
        return None  # "Oil ended the session down 2%", "closed the week up 1%": when, not what moved
    if obj.lower_ in ("trading", "trade", "streak", "run"):
        return None  # "opened trading up 3%", "ended its losing streak up 0.5%": an event of the subject's
    if any(t.text == "," for t in doc[obj.i : f.start]):
        return None  # "..., up 8%": a change set off by a comma is the clause's subject's
    return _about_noun(doc, obj, f.start, f.end)


def _a_product_spec(doc: Doc, f: _Fig, name: Token) -> bool:
    """Whether a figure in brackets after a name is a spec or price of it, as in a listing, and not a figure of
    something else the brackets give (review r1 MED-1): not after a place or a people ("Germany (83 million people,
    GDP $3.8 trillion)"), nor a name after a preposition of place or relation ("The fine on Google (4.3 billion
    euros, or $5 billion)", "a contract with Dallas ($160 million, ...)", "The attack in Nashville (...)", "Prices at
    Walmart (up 3%, ...)"), nor a figure with a noun of its own ("$10 million in damage", "GDP $3.8 trillion") or a
    direction."""
    if name.ent_type_ in ("GPE", "LOC", "NORP") or f.direction:
        return False
    if name.ent_type_ == "PERSON" and not _branded(doc, name):
        return False
    head = name
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in ("on", "at", "in", "with", "from", "to", "of", "by", "against"):
        return False
    prev = doc[f.start - 1] if f.start > 0 else None
    if prev is not None and prev.pos_ in ("NOUN", "PROPN"):
        return False
    nxt = doc[f.end] if f.end < len(doc) else None
    return not (nxt is not None and (nxt.pos_ == "NOUN" or (nxt.lower_ in ("in", "of") and f.end + 1 < len(doc))))


def _branded(doc: Doc, name: Token) -> bool:
    """A name the tagger calls a person's that a company's name opens, a product's ("Amazon Echo Dot (3rd Gen,
    $49.99)"): a person is not written after a company's name without a title or a possessive between."""
    k = name.i - 1
    while k >= 0 and doc[k].pos_ == "PROPN" and doc[k].ent_type_ in ("PERSON", "ORG"):
        if doc[k].ent_type_ == "ORG":
            return True
        k -= 1
    return False


def _listed_for(doc: Doc, f: _Fig) -> str | None:
    """The product a specification or price list gives the figure of: the name before a parenthesised list with no
    verb in it ("Apple Watch Series 3 (GPS, 38mm)", "the Brydge Pro ($129, regular $149)"), or the first item of a
    line with no verb that lists a name and its specifications ("Apple iPhone 7 Plus, GSM Unlocked, 128GB"). Not a
    conversion ("3,200 miles (5,150 km)": no name before it), nor an aside with a verb ("Tribune (which owns ...,
    and 25.2% of ...)")."""
    sent = doc[f.start].sent
    k = f.start - 1
    while k > sent.start and doc[k].text not in ("(", ")"):
        k -= 1
    if doc[k].text == "(" and k > sent.start:
        close = next((j for j in range(f.end, sent.end) if doc[j].text in ("(", ")")), None)
        inner = doc[k + 1 : close] if close is not None and doc[close].text == ")" else None
        name = doc[k - 1]
        run = k - 1  # "Apple Watch Series 3 (GPS, 38mm)": a model number ends the name
        while run > sent.start and doc[run].like_num and doc[run - 1].pos_ in ("PROPN", "NUM"):
            run -= 1
        if (
            inner is not None
            and any(t.text == "," for t in inner)
            and not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in inner)
            and doc[run].pos_ == "PROPN"
            and _a_product_spec(doc, f, doc[run])
        ):
            if name.like_num:
                rest = run + 2 if _model_after(doc, doc[run]) else run + 1  # the model number _np already took
                return (_np(doc, doc[run]) + " " + doc[rest:k].text).strip() or None
            return _np(doc, name) or None
        return None
    if any(t.pos_ == "AUX" or (t.pos_ == "VERB" and t.tag_ != "VBN") for t in sent):
        return None
    start = sent.start  # the record the figure is in: after the last ";" ("Boston, 12 inches; Worcester, 15 inches")
    for t in doc[sent.start : f.start]:
        if t.text == ";":
            start = t.i + 1
    first = next((t for t in doc[start : f.start] if t.text == ","), None)
    if first is None or first.i - start > 6 or any(t.like_num for t in doc[first.i : f.start]):
        return None  # "Microsoft Corp, $1.2 trillion, Apple Inc, $1.1 trillion": another figure's item between
    head = doc[start : first.i]
    if not all(t.pos_ in ("PROPN", "NUM") or t.text[:1].isupper() for t in head):  # "Plus" may be a conjunction
        return None
    if not any(t.pos_ == "PROPN" for t in head):
        return None
    return head.text


# Verbs that take a length off or add it to something: "shaved 3.2 years from", "cut 20 minutes off" (their forms
# from verb_forms: the pipeline has no lemmatizer). "lop" is spelled out, as a regular "-ed" would give "loped".
_ADDING = frozenset(verb_forms("add"))
_TAKING = (
    _ADDING
    | frozenset(
        verb_forms("shave cut:cutting knock trim:trimmed,trimming slash shorten chop:chopped,chopping wipe shear")
    )
    | frozenset(("lop", "lops", "lopped", "lopping"))
)


def _taken_off(doc: Doc, f: _Fig) -> str | None:
    """What a length is taken off or added to, when a verb of taking has it as its object and names the thing with
    "from"/"off"/"to" after it: "Pollution has shaved 3.2 years from the life expectancies of 660 million people"
    (life expectancies), "The new line will cut 20 minutes off the journey" (journey). "cut 20 minutes from the
    show's running time" likewise; "took 20 minutes to arrive" names nothing."""
    if f.end < len(doc) and doc[f.end].lower_ == "of":
        return None  # "cut 5 million tonnes of carbon emissions from its operations": the material measured
    root = _span_root(doc, f.num.start, f.end)
    v = root.head
    if root.dep_ not in ("dobj", "npadvmod") or v.pos_ != "VERB" or v.lower_ not in _TAKING:
        return None
    for c in v.children:
        if (
            c.dep_ == "prep"
            and c.i >= f.end
            and c.lower_ in ("from", "off", "onto")
            or (c.dep_ == "prep" and c.i >= f.end and c.lower_ == "to" and v.lower_ in _ADDING)
        ):
            o = next((x for x in c.children if x.dep_ == "pobj" and x.pos_ in ("NOUN", "PROPN")), None)
            if o is not None and o.ent_type_ not in ("DATE", "TIME") and _singular(o.lower_) not in _DURATION_UNITS:
                return _about_noun(doc, o, f.start, f.end)
    return None


# Nouns of a market's trading time: "$150.20 in early trading", "in the afternoon session". "Deals" and "trade" are
# what money is made of ("$5 billion in deals", "$650 billion in bilateral trade"), so "trade"/"trading" is a time
# only with a modifier of time or market place ("in early trading", "in Asian trade", "in New York trade").
_SESSIONS = frozenset(("session", "sessions"))
_TRADE_TIMES = frozenset(
    (
        *("early", "late", "morning", "afternoon", "midday", "after-hours", "overnight", "premarket", "pre-market"),
        *("extended", "heavy", "light", "volatile", "choppy", "thin", "busy", "electronic", "floor", "opening"),
        *("closing", "after", "hours", "evening", "night", "afternoon", "holiday", "lunchtime"),
    )
)


def _a_session(doc: Doc, t: Token, s: int, e: int) -> bool:
    """Whether "in" + noun t after a money amount ending at token e says when a price was set ("fell to $150.20 in
    early trading", "in New York trade", "in the morning session") rather than what the amount is made of ("$5
    billion in trade", "$650 billion in bilateral trade", "$5 billion in deals")."""
    if t.lower_ in _SESSIONS:
        return True
    if t.lower_ not in ("trade", "trading", "dealings"):
        return False
    mods = [doc[x] for x in range(e + 1, t.i) if doc[x].pos_ not in ("DET", "PUNCT")]
    if t.lower_ == "trading" and not mods:
        return True  # "closed at $45 in trading": a session
    scaled = any(
        x.lower_ in _SCALE_WORDS or x.lower_.lstrip("0123456789.,$£€") in {*_SCALE_ABBR, *_MONEY_SCALE_ABBR}
        for x in doc[s:e]
    )
    price = (s > 0 and doc[s - 1].lower_ in ("to", "at")) or not scaled
    if t.lower_ == "trading" and price:
        return True  # "rose to $130 in regular trading", "hit $180 in intraday trading"
    return bool(mods) and all(m.lower_ in _TRADE_TIMES or m.ent_type_ in ("GPE", "NORP", "LOC") for m in mods)


# Where a prison term is served: "10 years in prison", "five years behind bars", "90 days in the county jail".
_CUSTODY = frozenset(("prison", "jail", "gaol", "custody", "detention", "penitentiary", "lockup", "bars"))


# Verbs whose object serves the term ("sentenced Smith to 20 years", "ordered Brown to spend 90 days"), and verbs
# whose subject does ("Smith faces 10 years", "He served five years", "She got 18 months").
# (Their forms from verb_forms: the pipeline has no lemmatizer.)
_TERM_GIVERS = frozenset(verb_forms("sentence order condemn jail imprison send:sent give:gave,given hand"))
_MADE_TO = frozenset(("force", "forced", "forces", "require", "required", "requires", "allow", "allowed"))
_TERM_TAKERS = frozenset(verb_forms("face serve spend:spent get:got,gotten,getting receive risk"))


def _a_named_person(doc: Doc, f: _Fig, who: str) -> bool:
    """Whether the holder of a term is named ("Patrick Carlineo Jr.", "Smith"): a common noun ("A man was
    sentenced to 10 years", "the 19-year-old", "the Australian") keys nothing, as two such terms are often two
    people's. The small model tags lone surnames ORG at times, so a proper noun outside NORP/GPE counts, but
    never one right after an article: a capitalised description ("A Marine", "The Briton") is no name."""
    last = who.split()[-1].split("-")[-1]  # "Bankman-Fried": the parse's last token is "Fried"
    sent = doc[f.start].sent

    def after_article(t: Token) -> bool:
        k = t.i
        while k > sent.start and doc[k - 1].pos_ == "PROPN":
            k -= 1
        return k > 0 and doc[k - 1].lower_ in ("a", "an", "the")

    return any(
        t.text == last
        and (t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE", "LOC")))
        and not after_article(t)
        for t in sent
    )


def _term_holder(doc: Doc, f: _Fig) -> str | None:
    """Who serves a prison term: the object of a verb of sentencing ("Judge Amy Berman Jackson sentenced Smith to
    20 years in prison": Smith, not the judge), the subject of a passive one ("Smith was sentenced to"), of a verb of
    facing or serving ("Smith faces up to 10 years"), or a person after "for" ("Prosecutors are seeking 10 years in
    prison for Smith"). None when the clause names only who asks for or hands down the term ("Defense attorneys
    asked for 18 months in jail", "Each count carries a maximum of 20 years")."""
    who = _holder_by_verb(doc, f)
    if who is not None:
        return who
    # Else a person right after the term's own (first) "for": "seeking 10 years in prison for Smith"; a later
    # "for" is the crime's ("for spying for Russia", "for working for Hamas"), naming no prisoner.
    t = next((t for t in doc[f.end : min(len(doc), f.end + 8)] if t.lower_ == "for"), None)
    o = None if t is None else next((x for x in t.children if x.dep_ == "pobj"), None)
    return _holder_name(doc, o, f) if o is not None and _maybe_named(o) else None


def _holder_name(doc: Doc, t: Token, f: _Fig) -> str | None:
    """A prisoner's name: the PERSON name of a noun phrase with a title before it ("Trump Organization executive
    Allen Weisselberg": Allen Weisselberg, review r1 LOW-3), so two files' terms for one person key alike."""
    if t.ent_type_ == "PERSON":
        e = next((e for e in doc.ents if e.start <= t.i < e.end and e.label_ == "PERSON"), None)
        if e is not None and not (f.start <= e.start < f.end):
            # the name as written: "Sam Bankman-Fried", not "Sam Bankman - Fried" (review r2 LOW-4)
            return "".join(w.text_with_ws for w in e if w.tag_ != "POS").strip()
    return _about_noun(doc, t, f.start, f.end)


def _maybe_named(t: Token) -> bool:
    """Whether a noun may name a person: a PERSON, or a proper noun outside places and peoples (the small model
    tags lone surnames ORG or nothing at times: "a prison term for Whelan"); _a_named_person checks the rest."""
    return t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE", "LOC", "FAC"))


def _sentence_for(doc: Doc, f: _Fig, about: str) -> str:
    """A prison term written as a noun, with whose it is: "a 16-year prison term for Whelan", "Russia handed Paul
    Whelan a 16-year prison sentence", "Whelan received a 10-year sentence". Only a sentence or a term in prison or
    jail: "a four-year term" alone may be a term of office."""
    words = about.lower().split()
    last = _singular(words[-1])
    if not (last == "sentence" or (last == "term" and any(w in _CUSTODY for w in words))):
        return about
    noun = next((t for t in doc[f.end : min(len(doc), f.end + 4)] if t.pos_ == "NOUN" and t.lower_ == words[-1]), None)
    if noun is None:
        return about
    who = None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    o = None if prep is None else next((x for x in prep.children if x.dep_ == "pobj"), None)
    if o is not None and _maybe_named(o):
        who = _holder_name(doc, o, f)  # "a 16-year prison term for Whelan"
    v = noun.head
    if who is None and noun.dep_ == "dobj" and v.pos_ == "VERB":
        if v.lower_ in _TERM_GIVERS:
            # "handed Paul Whelan a 16-year sentence"; "Whelan was handed a 16-year sentence"
            x = next(
                (
                    c
                    for c in v.children
                    if c.dep_ in ("dative", "nsubjpass", "dobj") and c.i != noun.i and c.pos_ in ("NOUN", "PROPN")
                ),
                None,
            )  # the small model parses "handed Paul Whelan a ... sentence" as two objects
            who = None if x is None else _holder_name(doc, x, f)
        elif v.lower_ in _TERM_TAKERS:
            x = next(
                (c for c in v.children if _subject_dep(c) and c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None
            )
            who = None if x is None else _holder_name(doc, x, f)  # "Whelan received a 10-year sentence"
    return f"{about} for {who}" if who and _a_named_person(doc, f, who) else about


def _holder_by_verb(doc: Doc, f: _Fig) -> str | None:
    """The holder of a term from the verb above it (see _term_holder)."""
    v = _verb_above(doc, f)
    for _ in range(3):
        if v is None:
            return None
        subj = next((c for c in v.children if _subject_dep(c) and not (f.start <= c.i < f.end)), None)
        if v.lower_ in _TERM_GIVERS:
            if subj is not None and subj.dep_ == "nsubjpass":
                return _clause_subject(doc, v, f.start, f.end)  # "Smith was sentenced to 20 years"
            obj = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
            passive = any(c.dep_ == "auxpass" for c in v.children)  # "Smith pleaded guilty and was sentenced"
            passive_head = v.dep_ == "conj" and any(
                c.dep_ == "nsubjpass" or (passive and c.dep_ == "nsubj") for c in v.head.children
            )
            if obj is None and subj is None and passive_head:
                return _clause_subject(doc, v.head, f.start, f.end)  # "The Australian was evicted and sentenced to"
            return None if obj is None or obj.pos_ == "PRON" else _about_noun(doc, obj, f.start, f.end)
        if v.lower_ in _TERM_TAKERS or (subj is not None and subj.dep_ == "nsubjpass"):
            if subj is not None:
                return _clause_subject(doc, v, f.start, f.end)  # "Smith faces 10 years", "He was held for 72 hours"
            h = v.head  # "The court ordered Brown to spend 90 days in the county jail": Brown
            if v.dep_ in ("xcomp", "ccomp") and h.lower_ in _TERM_GIVERS | _MADE_TO:
                obj = next((c for c in h.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
                return None if obj is None else _about_noun(doc, obj, f.start, f.end)
            if v.dep_ in ("xcomp", "conj") and v.head.i != v.i:
                v = v.head  # "could face up to": the modal's clause
                continue
            return _clause_subject(doc, v, f.start, f.end)
        return None
    return None


def _held_in(doc: Doc, k: int) -> str | None:
    """The place of custody a duration ending before token k is spent in ("in prison", "in federal prison",
    "behind bars", "in the county jail"): a sentence's length is a term of that, whoever faces it. "10 years in
    the prison service" (a career) and "two years in office" name no custody."""
    n = len(doc)
    if k + 1 >= n or doc[k].lower_ not in ("in", "behind"):
        return None
    j = k + 1
    while (
        j < n - 1
        and j < k + 6
        and (doc[j].pos_ in ("DET", "ADJ", "PROPN", "NOUN") or (doc[j].text == "-" and j > k + 1))
        and doc[j].lower_ not in _CUSTODY
    ):
        j += 1  # "in the county jail", "in a federal prison", "in a maximum-security prison"
    t = doc[j]
    if t.lower_ not in _CUSTODY or (j + 1 < n and doc[j + 1].pos_ in ("NOUN", "PROPN")):
        return None
    if t.dep_ != "pobj" or t.head.i != k:
        return None  # "12 years in the prison's kitchen": the prison owns the place of work, no custody
    if t.lower_ == "bars" and doc[k].lower_ != "behind":
        return None
    return "prison" if t.lower_ == "bars" else _np(doc, t, k)


def _conjoined_noun(doc: Doc, e: int, head: Token) -> bool:
    """Whether ``head`` lies past "and"/"or" right after a measure ending at token e and no second figure follows
    the conjunction (a noun of its own: "4km and battery life"; not "71 kWh and 95 kWh of battery capacity")."""
    if e + 1 >= len(doc) or doc[e].pos_ != "CCONJ" or head.i <= e + 1:
        return False
    nxt = doc[e + 1]
    return not (nxt.like_num or nxt.tag_ == "$" or nxt.pos_ in ("SYM", "NUM", "ADV"))


def _pays_for(v: Token) -> bool:
    """Whether verb ``v`` spends its money subject on its object ("$2 billion will fund the new bridge")."""
    return v.pos_ == "VERB" and v.lower_.startswith(("fund", "financ", "buy", "bought", "purchas", "cover"))


def _titled(doc: Doc, k: int) -> str | None:
    """What an "N-time" title is held as, from token k: the noun phrase up to its last noun, short of the
    holder's name ("a five time NBA champion Tim Duncan": NBA champion; "four-time Grammy winner")."""
    words: list[Token] = []
    while k < len(doc) and len(words) < 5:
        t = doc[k]
        if t.ent_type_ == "PERSON" and any(w.pos_ == "NOUN" for w in words):
            break
        hyphened = k + 1 < len(doc) and doc[k + 1].text == "-" and not t.whitespace_  # "All-Pro"
        if not (t.pos_ in ("ADJ", "NOUN", "PROPN") or t.tag_ in ("VBG", "VBN") or t.text == "-" or hyphened):
            break  # "a two-time defending champion"
        words.append(t)
        k += 1
    while words and words[-1].pos_ not in ("NOUN", "PROPN"):
        words.pop()
    if not words:
        return None
    return re.sub(r"\s*-\s*", "-", "".join(w.text + w.whitespace_ for w in words).strip())


# Levels a price is "N off" without being discounted ("2% off its highs"): the subject is what is measured.
_OFF_LEVELS = {"high", "highs", "low", "lows", "peak", "peaks", "record", "records", "level", "levels", "top", "best"}


# Verbs that say where a price stands ("Shares now trade 40% off the IPO price"): "N off X" is then how far the
# subject is from X, not a discount taken off X.
_STANDING_VERBS = {
    f"{stem}{end}"
    for stem in ("trade", "close", "end", "finish", "sit", "hover", "stand", "remain", "stay", "open", "settle")
    for end in ("", "s", "d", "ed", "ing")
} | {"sat", "sitting", "stood", "trading", "closing", "settling", "hovering"}
# Words for when ("$200 off today", "$300 off Black Friday"), which the parse may not mark as a date.
_MONTH_NAMES = frozenset(m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m)
_WHEN_WORDS = {"now", "today", "tonight", "tomorrow", "yesterday", "currently"} | {d.lower() for d in calendar.day_name}


# What a discount is called: the subject of "The sale ends today with 40% off" or "The offer remains 25% off all
# orders" runs a discount, it does not stand at a level.
_DEAL_NOUNS = {"sale", "deal", "offer", "promotion", "promo", "discount", "coupon", "code", "voucher", "event"}


def _off_level(doc: Doc, f: _Fig) -> bool:
    """Whether "N off X" says how far the subject stands from X: the figure hangs right on a standing verb
    ("Shares now trade 40% off the IPO price", "The stock closed 3% off its record"), not through a preposition
    ("The sale ends today with 40% off all jackets"), and the subject is no sale or offer."""
    t = doc[f.end - 1]
    while f.start <= t.head.i < f.end and t.head.i != t.i:
        t = t.head  # the figure's own root ("%" of "40 %", "200" of "$ 200")
    if t.dep_ not in ("npadvmod", "dobj", "attr", "advmod", "acomp", "oprd", "nmod"):
        return False
    verb = t.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lower_ not in _STANDING_VERBS:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and _singular(c.lower_) in _DEAL_NOUNS for c in verb.children)


def _when(t: Token) -> bool:
    """Whether token t says when: a date or time, or a word such as "today" or a day name."""
    return t.ent_type_ in ("DATE", "TIME") or t.lower_ in _WHEN_WORDS


def _past_date_modifier(doc: Doc, k: int) -> int | None:
    """Where the noun a date word at k modifies begins, when it does ("Black Friday deals", "summer dresses",
    "Tuesday's delivery fee", "Sunday Riley skincare"); None when the date stands alone ("$200 off today", "$50
    off this weekend", "$300 off Black Friday.")."""
    n = len(doc)
    j = k
    while j < n and j < k + 5 and (_when(doc[j]) or doc[j].tag_ == "POS"):
        j += 1
    m = j
    while m < n and m < j + 3 and doc[m].pos_ == "ADJ":
        m += 1  # "tomorrow's best deals"
    if m >= n or j == k or doc[m].pos_ not in ("NOUN", "PROPN") or any(c.isdigit() for c in doc[m].text):
        return None
    # the parse hangs a date word on the noun after it, or the noun after it is a common noun ("Halloween
    # costumes", which the parse may split); a name after a date is another phrase ("$20 off today Amazon says")
    if doc[m].pos_ == "NOUN" or any(doc[i].head.i >= j for i in range(k, j)):
        return j
    return None


def _discounted(doc: Doc, k: int) -> str | None:
    """What a discount ("N off X") is taken off: the noun phrase from token k, without its article, up to the
    first word that is no part of a name or noun ("$10 Off Nintendo Switch Lite and ...", "nearly $600 off the
    original price"); a model code or a size ends it ('35% Off Dell Alienware AW3418DW 34" ...')."""
    n = len(doc)
    while k < n and (doc[k].pos_ == "DET" or (doc[k].lower_ in _VAGUE_ADJ and not _when(doc[k]))):
        k += 1  # "the", "select"; not "last" of "last year's MacBook Air"
    words = []
    while k < n and len(words) < 6:
        t = doc[k]
        if any(c.isdigit() for c in t.text) or not (t.pos_ in ("ADJ", "NOUN", "PROPN") or t.text == "-"):
            break
        if _when(t):
            j = _past_date_modifier(doc, k)
            if j is not None:
                words.extend(doc[k:j])  # "Black Friday deals", "summer dresses", "last year's MacBook Air"
                k = j
                continue
            while words and words[-1].head.i == t.i:
                words.pop()  # "Black" of "Black Friday"
            break  # "$200 off today", "$50 off this weekend": when, not what
        words.append(t)
        k += 1
    while words and words[-1].pos_ == "ADJ":
        words.pop()
    if not words or not any(w.pos_ in ("NOUN", "PROPN") for w in words):
        return None
    if (k < n and doc[k].tag_ == "POS") or words[-1].lower_ in _OFF_LEVELS:
        return None  # "closed 2% off the day's highs", "3% off its record": how far the subject is from a level
    text = "".join(w.text + w.whitespace_ for w in words).strip()
    return re.sub(r"\s*-\s*", "-", text)


def _measured_after(doc: Doc, f: _Fig) -> str | None:
    """The noun a measure stands before as its modifier, past the words that build the noun up ("a 300 MW solar
    power station", "a 22 kW second on-board charging device", "150 kW DC fast charging support"): what the
    measure is of, however the parse hung the unit. None when no noun follows in a few words, or when the noun is
    a time ("ran 5 km Sunday morning") or a unit ("5 kg apiece")."""
    n = len(doc)
    k = f.end
    while k < n and k < f.end + 9:
        t = doc[k]
        glued = t.pos_ == "ADP" and not t.whitespace_ and k + 1 < n and doc[k + 1].text == "-"  # "on-board"
        if t.pos_ == "ADV" and k + 1 < n and doc[k + 1].pos_ in ("ADJ", "VERB") and doc[k + 1].tag_ != "VBD":
            k += 1  # "fast charging"
            continue
        if any(c.isdigit() for c in t.text) or not (
            t.pos_ in ("ADJ", "NOUN", "PROPN") or t.tag_ in ("VBG", "VBN") or t.text == "-" or glued
        ):
            return None  # not a run of specifications ('34" 3440x1440 1900R Curved 4ms ... Monitor')
        nxt = doc[k + 1] if k + 1 < n else None
        builds_on = nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text == "-" or nxt.tag_ == "VBG")
        # the compound's last noun ("on-board charging device"); a name's last word only before a word that ends
        # the phrase ("61W ... GaN Wall Charger is"), not "150 kW DC fast charging" nor "87W Thunderbolt 3 dock"
        ends = nxt is None or nxt.pos_ in ("AUX", "ADP", "PUNCT", "CCONJ", "DET", "PART", "SCONJ", "PRON")
        ends = ends or (nxt.pos_ == "VERB" and nxt.tag_ != "VBG")
        if (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and ends)) and not builds_on:
            low = _singular(t.lower_)
            if t.ent_type_ in ("DATE", "TIME") or low in _DURATION_UNITS or _unit_name(t.lower_):
                return None
            if low in _CHANGE_NOUNS_UP or low in _CHANGE_NOUNS_DOWN or low in _GENERIC_HEADS:
                return None  # "a 0.8-inch cut in headroom": the parse's "in" object says what the change moves
            words = [w for w in doc[f.end : k + 1] if w.lower_ not in _VAGUE_ADJ]
            while words and words[0].text == "-":
                words = words[1:]
            text = "".join(w.text + w.whitespace_ for w in words).strip()
            return re.sub(r"\s*-\s*", "-", text) or None
        k += 1
    return None


# Verbs that report or expect a change rather than undergo it ("Nissan claims a 20% improvement").
_REPORTING = _SPEECH_VERBS | {
    "claims",
    "claim",
    "reported",
    "reports",
    "report",
    "posted",
    "posts",
    "announced",
    "announces",
    "expects",
    "expected",
    "forecast",
    "forecasts",
    "sees",
    "saw",
    "predicted",
}


def _reported(doc: Doc, f: _Fig) -> bool:
    """Whether the nearest verb above the figure reports the change rather than undergoes it."""
    verb = _verb_above(doc, f)
    return verb is not None and verb.lower_ in _REPORTING


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


def _trailing_change_object(doc: Doc, f: _Fig) -> str | None:
    """The plural object of the clause that a trailing ", up 4 percent" / ", down 5%" follows: what rose or fell
    ("Dealers sold 303,417 new vehicles, up 4 percent from the previous year"); a clause with no such object
    ("Shares closed at $185, up 0.35%") or with money for object ("earned $2 billion, up 5%") has none."""
    root = _span_root(doc, f.num.start, f.end)
    particle = root.head
    if particle.lower_ not in ("up", "down") or particle.i >= f.start or particle.i == 0:
        return None
    if doc[particle.i - 1].text != "," or particle.head.pos_ not in ("VERB", "AUX") or particle.head.i > particle.i:
        return None
    for c in particle.head.children:
        if c.dep_ == "dobj" and c.tag_ == "NNS" and c.ent_type_ not in ("MONEY", "PERCENT", "QUANTITY"):
            return _about_noun(doc, c, f.start, f.end)
    return None


# Verbs whose 'it' with an infinitive after them is a dummy ("It cost us $20,000 to rebuild", "It took eight hours
# to complete", "It will need $5 million to finish").
_EXTRAPOSING = frozenset(verb_forms("cost:costing take:took,taken,taking need require"))

# Pronouns a measure's subject may be that stand for a thing named in the sentence before.
_THING_PRONOUNS = frozenset(("it", "that", "this"))


def _antecedent(doc: Doc, f: _Fig) -> str | None:
    """What a pronoun subject of the figure's clause stands for, when the sentence before names it as its main
    subject ("Ford's Mustang Mach E SUV will go 300 miles. It will start at $44,000": the SUV) or, for "that" and
    "this", which point back at the last thing named, its object ("... getting the more powerful version of the EV.
    That promises 355 horsepower"). None when
    the pronoun is a dummy with a clause of its own ("It took nearly eight hours to complete"), or the candidate is a
    pronoun, a person, a plural or a number."""
    v = _verb_above(doc, f)
    pron = None
    for _ in range(3):
        if v is None:
            return None
        pron = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if pron is not None or v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
            break
        v = v.head  # "That promises 355 horsepower ... and should do 0-62 mph in 6.6 seconds"
    if pron is None or pron.lower_ not in _THING_PRONOUNS or pron.dep_ == "expl":
        return None
    if any(t.tag_ in ("JJR", "RBR") for t in doc[f.end : min(len(doc), f.end + 4)]):
        return None  # "This is ... about 350MB per second faster than ...": a difference, not the thing's measure
    if any(c.dep_ in ("xcomp", "ccomp", "csubj") and c.i > pron.i for c in v.children):
        return None  # "It could take 24-48 hours to look like jam", "It is likely that ...": a dummy subject
    sent = pron.sent
    other = {t.i for c in v.children if c.dep_ == "conj" for t in c.subtree}  # "..., but it's very nice to own"
    after = [t for t in doc[v.i + 1 : sent.end] if t.i not in other]
    if (v.lower_ in _EXTRAPOSING or v.lemma_ == "be" or v.lower_ in ("is", "was", "'s", "be", "been", "are")) and any(
        t.lower_ == "to" and t.i + 1 < sent.end and doc[t.i + 1].tag_ == "VB" for t in after
    ):
        # '"It cost us $20,000 to rebuild"': an infinitive after a verb that makes a dummy 'it' (cost, take, need,
        # require, be), however parsed (review r1 MED-1); a purpose infinitive after another verb leaves 'it' its
        # antecedent ("The Senate approved the bill. It provides $40 billion to help farmers", review r2 MED-1)
        return None
    if any(t.is_quote for t in doc[sent.start : pron.i]):
        return None  # a quotation starts a new voice, whose 'it' need not be the narration's last subject
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    root = prev.root
    subj = [c for c in root.children if _subject_dep(c)]
    objs = [c for c in root.children if c.dep_ in ("dobj", "attr")]
    dobjs = [c for c in objs if c.dep_ == "dobj" and not _a_measure(c)]
    if pron.lower_ == "it" and any(_animate(c) for c in subj):
        subj = dobjs  # "The governor signed the bill into law. It will cost ...": bill
    elif pron.lower_ == "it" and subj and dobjs and _a_price(doc[pron.i + 1 : f.start]):
        # "Apple released the iPhone 15. It sells for $799": what a maker launched, sold or bought has the price, not
        # the maker (a plural object is no 'it': none then); "The airline ordered 50 new jets. It will pay $5
        # billion" keeps the airline, as does a sentence with no object (review r2 HIGH-4)
        subj = dobjs
    for c in objs if pron.lower_ != "it" else subj:
        if c.pos_ not in ("NOUN", "PROPN") or c.like_num or _animate(c):
            continue
        if c.pos_ == "PROPN" and (c.ent_type_ == "PERSON" or (not c.ent_type_ and not any(c.children))):
            continue  # a name that may be a person's ("Smith met reporters. It will cost $40 million")
        if c.tag_ in ("NNS", "NNPS") or c.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT"):
            continue
        return _about_noun(doc, c, f.start, f.end)
    return None


def _a_price(words: Span) -> bool:
    """Whether the words between 'it' and its figure say what a thing costs or is worth: "costs", "is worth",
    "was valued at", "sells for", "starts at", "is priced at"."""
    for t in words:
        w, nxt = t.lower_, (t.nbor(1).lower_ if t.i + 1 < len(t.doc) else "")
        if w.startswith("cost") or w in ("worth", "valued", "priced") or w == "value" and nxt == "of":
            return True
        if (w.startswith(("sell", "start")) or w == "sold") and nxt in ("for", "at"):
            return True
    return False


def _animate(t: Token) -> bool:
    """Whether a noun names a person or people ("the governor", "the quarterback", "Smith"), which "it" is not."""
    from extract.actors.names import TITLE_WORDS
    from extract.actors.roles import _person_noun  # the actors' lexicons and agent suffixes (governor, mayor)
    from extract.figures.scales import _people_noun

    if t.ent_type_ == "PERSON":
        return True
    w = _singular(t.lower_)
    if t.like_num or _unit_name(w) is not None:
        return False  # "a 2.0-liter engine": a unit is no agent noun ("lit-er")
    return w in TITLE_WORDS or _people_noun(w) or _person_noun(w)


def _verb_above(doc: Doc, f: _Fig) -> Token | None:
    """The nearest verb above the figure in the parse."""
    h = _span_root(doc, f.num.start, f.end)
    for _ in range(4):
        if h.head.i == h.i:
            return None
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return h
    return None


def _holder(doc: Doc, f: _Fig) -> str | None:
    """Who or what gives or holds an amount: the subject of the verb the figure hangs on, as written ("The earbuds
    easily give 5 hours of battery life": earbuds; "The storm, which stalled over Houston, dumped 20 inches of rain":
    storm; "The Pixel 8 has 24 hours": Pixel; "Amazon holds a 10% stake": Amazon; a relative clause's noun);
    None for a pronoun ("they still feature up to 5 hours") or no subject."""
    v = _verb_above(doc, f)
    for _ in range(3):
        if v is None:
            return None
        subj = next((c for c in v.children if _subject_dep(c)), None)
        if subj is not None:
            if subj.lower_ in ("which", "that", "who") and v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
                subj = v.head
            if f.start <= subj.i < f.end:
                return None  # "Seventy-eight percent of Americans live ...": the figure's own word
            noun = _span_root(doc, f.num.start, f.end).head
            if subj.i == noun.i:
                # "A 25% tariff on steel took effect": the figure's own noun holds nothing, but its owner does:
                # "Microsoft's 49% stake in OpenAI is worth billions" (review s19 r2 MED-15)
                owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
                return _np(doc, owner) or None if owner is not None else None
            name = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if subj.pos_ == "NOUN" and name is not None:
                subj = name  # "The tanker Exxon Valdez spilled ...": the name the common noun is followed by
            if subj.pos_ == "PROPN":
                # the whole name, numbers inside it too: "The iPhone 15 Pro Max gives ...", "The Pixel 8 Pro"
                words = [t for t in doc[subj.left_edge.i : subj.i + 1] if t.pos_ not in ("DET", "PUNCT")]
                return "".join(t.text_with_ws for t in words).strip() or None
            if subj.pos_ == "NOUN" or _model_number(doc, subj):
                return _np(doc, subj) or None
            return None
        if v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
            v = v.head  # "The rocket is designed to carry 100 tons": the rocket
            continue
        return None
    return None


def _governing_subject(doc: Doc, f: _Fig) -> str | None:
    """The subject of the nearest verb above the figure: "Lowe's stock is off too, down 1.8%"."""
    h = _span_root(doc, f.num.start, f.end)
    for _ in range(4):
        if h.head.i == h.i:
            break
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return _clause_subject(doc, h, f.start, f.end)
    return None


def _whose_age(doc: Doc, f: _Fig) -> str | None:
    """Whose age "age N" gives, which is what an age is about (as "the 73-year-old senator" is the senator's): the
    noun right before "age" ("964,000 people age 12 and older"), the noun of an apposition or of "under"/"aged"
    ("The boy, age 12, was found", "children under age 5", "women aged 40"), the subject of the verb "at age N"
    hangs on ("Leif Dahleen ... retired from anesthesiology at age 43"); "age" when none is named ("He died at age
    43", or "at age N" on a noun, often a misparse: "falling into a coma at the age of 9")."""
    t = doc[f.num.start]
    a = t.head
    if a.lower_ == "of" and a.head.lower_ in ("age", "ages"):
        a = a.head  # "at the age of 43"
    if a.lower_ not in ("age", "ages", "aged") or a.i == t.i:
        return None
    h = a.head
    prev = doc[a.i - 1] if a.i > 0 else None
    who = None
    if a.lower_ != "aged" and prev is not None and prev.pos_ in ("NOUN", "PROPN") and prev.i == a.i - 1:
        who = _about_noun(doc, prev, f.start, f.end)  # "people age 12 and older"
    elif a.dep_ in ("appos", "amod", "acl") and h.pos_ in ("NOUN", "PROPN"):
        who = _about_noun(doc, h, f.start, f.end)  # "The boy, age 12,", "women aged 40"
    elif a.dep_ == "pobj" and h.pos_ == "ADP":
        v = h.head
        before = doc[h.i - 1] if h.i > 0 else None
        if h.lower_ != "at" and v.pos_ in ("NOUN", "PROPN"):
            who = _about_noun(doc, v, f.start, f.end)  # "children under age 5"
        elif (
            h.lower_ in ("under", "over", "above", "below")
            and before is not None
            and before.dep_ == "pobj"
            and before.pos_ in ("NOUN", "PROPN")
            and _can_be_aged(before)
        ):
            # "bans sales to people under age 21": the parse hangs "under" on the verb; the people right before it
            who = _about_noun(doc, before, f.start, f.end)
        elif h.lower_ == "at" and v.pos_ in ("VERB", "AUX"):
            return _aged_at(doc, f, v) or "age"
    return who or ("age" if a.lower_ in ("age", "ages") else None)


def _the_aged_one(doc: Doc, f: _Fig, ages: dict[float, str]) -> str | None:
    """Who "The 56-year-old" is when the age stands for a person no noun of its own sentence names ("The 23-year-old
    flew to London", "The 47 year old was one of the guests", "the 66-year-old's suicide"): the person the story
    already gave that age (``ages``: value -> whose, of the ages before: "Harry Maguire, 26, ... The 26-year-old"),
    a name set beside the age ("The 23-year-old, Kepa Arrizabalaga, flew"), else the one person named in the three
    sentences before who is not only a speaker there ('"...," manager Ole Gunnar Solskjaer said'); None when several
    are (review s18 HIGH-1). Not an age with a noun of its own: "the 43-year-old man", "Wayne Rooney, the
    33-year-old," (HIGH-4). A following word the tagger calls a noun but heads the clause's verbs (the ROOT "flew"
    with "will spend" joined to it) is a verb, and "the 66-year-old's suicide" is no suicide's age: with no one found
    the answer is then "" (about nothing)."""
    if f.start == 0 or doc[f.start - 1].lower_ != "the" or not doc[f.end - 1].lower_.endswith("old"):
        return None
    verbs = False  # the word after the age is a verb the tagger called a noun
    owned = f.end < len(doc) and doc[f.end].lower_ in ("'s", "\u2019s")  # "the 66-year-old's suicide"
    if f.end < len(doc):
        nxt = doc[f.end]
        verbs = nxt.dep_ == "ROOT" and any(
            c.dep_ in ("conj", "aux") and c.pos_ in ("VERB", "AUX") for c in nxt.children
        )
        if nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and not verbs:
            return None
    if f.about is not None and not (verbs or owned):
        return None  # "Wayne Rooney, the 33-year-old, said": the apposition's head is whose age it is
    if f.start > 1 and doc[f.start - 2].text == ",":
        return None  # "Her husband, the 45-year-old, ...": beside a noun the parse did not take
    sent = doc[f.start].sent
    beside = next((e for e in doc.ents if e.label_ == "PERSON" and f.end < e.start <= f.end + 2), None)
    if beside is not None and doc[f.end].text == ",":
        return _np(doc, beside.root)  # "The 23-year-old, Kepa Arrizabalaga, flew to London"
    if f.value in ages:
        # "Harry Maguire, 26, ... The 26-year-old signed a six-year contract"; "" when two people were given that age
        return ages[f.value] or ("" if verbs or owned else None)
    first = sent.start
    for _ in range(3):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    people: dict[str, Span] = {}
    for e in doc.ents:
        if e.label_ != "PERSON" or e.start < first or e.end > sent.start or not _a_full_name(doc, e):
            continue
        if _a_source(e) or (e.root.dep_ == "poss" and _people_noun(_singular(e.root.head.lower_))):
            continue  # a speaker, or a parent or an owner: "Mary Smith's son was hit by a car" (review s18 HIGH-7)
        people[e[-1].text] = e  # the last mention of each
    if len(people) != 1:
        # no one, or several ("Serena Williams lost to Naomi Osaka"): none is sure; never the verb or the thing owned
        return "" if verbs or owned else None
    return _np(doc, next(iter(people.values())).root)


def _a_source(e: Span) -> bool:
    """Whether a name is who gives the news, not who it is about: the subject of a speech verb ('"He is a fantastic
    player," manager Ole Gunnar Solskjaer said'), in apposition to one ("a fire department spokesman, Tom Hart,
    said"), or after "according to" ("according to fire chief Tom Hart")."""
    r = e.root
    if r.dep_ == "appos":
        r = r.head
    if r.dep_ == "nsubj" and r.head.lower_ in SPEECH:
        return True
    return r.dep_ == "pobj" and r.head.lower_ == "to" and r.head.head.lower_ == "according"


def _a_full_name(doc: Doc, e: Span) -> bool:
    """Whether a name the tagger calls a person is one: a name of two words or more that does not open with a city's
    or a country's name that is no clear given name (a club: "sacked by Manchester United", not "Charlotte Church"),
    or one word the document also writes as the last word of such a name (a surname: not "leading Spurs to ...")."""
    from extract.actors.names import place_rank
    from extract.quotes.name_gender import given_name_gender

    if len(e) == 1:
        return any(
            o.label_ == "PERSON" and len(o) > 1 and o[-1].text == e.text and _a_full_name(doc, o) for o in doc.ents
        )
    word = e[0].text
    return not (place_rank(word) >= 2 and not given_name_gender(word))


def _can_be_aged(t: Token) -> bool:
    """Whether a noun can name whose age it is: a person's name, a personal pronoun, or a noun for people
    ("Kershaw", "her", "people"); not a team named in the plural or with 'the' ("The Dodgers", "The Nationals"), a
    place ("Boston", "Ohio") or a thing ("Coverage", "Symptoms"). The small model tags lone surnames ORG or LOC
    ("Smith, who retired at age 43", "called up Soto"), so no other entity type rules a name out."""
    if t.tag_ == "PRP":
        return True
    if t.pos_ == "PROPN":
        # the tagger calls teams people too ("The Dodgers drafted ...": PERSON)
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        return t.tag_ != "NNPS" and t.ent_type_ not in ("GPE", "NORP") and not the
    if t.ent_type_ == "PERSON":
        return True
    return t.pos_ == "NOUN" and _people_noun(_singular(t.lower_))


def _aged_at(doc: Doc, f: _Fig, v: Token) -> str | None:
    """Whose age "at age N" on verb v gives: the clause's subject when it can have an age ("Smith, who retired at age
    43", "Mark Zuckerberg founded Facebook at age 19"), else a person the verb acts on ("The Dodgers drafted Kershaw
    at age 18", "strikes people at age 50"; never a firm, an event or a work: "won the Masters", "founded Facebook"),
    else None. A pronoun object names no one ("Her father taught her to fish at age 5")."""

    def person_object(w: Token) -> Token | None:
        objs = (c for c in w.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN", "PRON"))
        obj = next(objs, None)
        return obj if obj is not None and obj.ent_type_ not in _AGELESS_ENTS and _can_be_aged(obj) else None

    if v.dep_ == "xcomp" and (obj := person_object(v.head)) is not None:
        # "Her father taught her to fish at age 5": the open clause is its object's doing, and so is the age
        return None if obj.pos_ == "PRON" else _about_noun(doc, obj, f.start, f.end)
    subject = _subject_token(v)
    if subject is not None and _can_be_aged(subject):
        return _clause_subject(doc, v, f.start, f.end)
    obj = person_object(v)
    if obj is not None:
        return None if obj.pos_ == "PRON" else _about_noun(doc, obj, f.start, f.end)
    return None


_AGELESS_ENTS = frozenset({"EVENT", "PRODUCT", "WORK_OF_ART", "FAC", "LAW"})
"""Entity types of an object that has no age ("won the Masters", "wrote Carrie"); the small model tags lone surnames
ORG ("drafted Kershaw"), so a firm as the object is told apart only by a person subject coming first."""


def _subject_token(v: Token) -> Token | None:
    """The noun that is verb v's subject, as _clause_subject finds it (the noun a relative clause hangs on, the
    subject of the verb above an open clause), or None."""
    for _ in range(4):
        for c in v.children:
            if _subject_dep(c):
                if c.lower_ in ("which", "that", "who") and v.dep_ in ("relcl", "acl"):
                    return v.head
                if c.pos_ in ("NOUN", "PROPN"):
                    return c
        if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head
        if v.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acomp") and v.head.i != v.i:
            v = v.head
            continue
        break
    return None


def _about_parse(doc: Doc, f: _Fig) -> tuple[str | None, int | None]:
    """What the figure counts from the parse around it (see _about)."""
    s, e = f.num.start, f.end
    root = _span_root(doc, s, e)
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
    # "N of X": "10% of military aid", "thousands of soldiers", "one of the best speakers", "2 years of war".
    if e + 1 < n and doc[e].lower_ == "worth" and doc[e + 1].lower_ == "of":
        e += 1  # "$125 billion worth of Chinese goods"
    if f.kind == "money" and e + 1 < n and doc[e].lower_ == "in":
        # "$166.7bn in revenue", "$2m in damages": what the amount is made of.
        k = e + 1
        if k < n - 1 and doc[k].text in ('"', "“", "‘", "'"):
            k += 1  # 'as much as $300 million in “synergies”': a scare-quoted noun
        if k < n - 2 and doc[k].pos_ == "NUM" and doc[k + 1].text == "-" and doc[k + 2].pos_ in ("NOUN", "ADJ"):
            k += 2  # "$800 billion in two-way trade"
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
            return _np(doc, t, e), None
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
                if f.kind == "money" and c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and _pays_for(v):
                    return _about_noun(doc, c, s, e), None  # "$2 billion will fund the new bridge": the bridge
            return None, None
        if root.dep_ == "appos" and v.pos_ in ("NOUN", "PROPN"):
            if v.i == s - 2 and doc[s - 1].text == "," and _closes_opening_phrase(v):
                return None, None  # "According to Sheriff Jones, 40 were injured": the parse's apposition is none
            return _about_noun(doc, v, s, e), None
        if v.pos_ in ("VERB", "AUX"):
            if f.kind in ("date", "duration") and root.dep_ in ("npadvmod", "advmod"):
                return _event(doc, v, s, e), None
            if f.kind == "money" and root.dep_ == "dobj" and v.lower_.startswith(_SPENDING):
                spent_on = _spent_on(doc, v, s, e) or _spent_on(doc, root, s, e)
                if spent_on:
                    return spent_on, None
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


# Verbs (as stems: the lemmatizer is off) whose "on X" / "for X" names what an amount buys.
_SPENDING = (
    "spend",
    "spent",
    "invest",
    "sav",
    "pay",
    "paid",
    "wast",
    "splurg",
    "charg",
    "pour",
    "bet",
    "sink",
    "sank",
    "sunk",
)
# Spending verbs whose "in X" / "into X" names what the amount buys too ("investing $129 in an unproven service").
_SPENDING_IN = ("invest", "pour", "sink", "sank", "sunk")


# Nouns that say a length of time is long or short, not what it measures ("three years is a long time").
_SPANS_OF_TIME = frozenset(("time", "while", "stretch", "spell", "eternity", "lifetime"))


def _noun_before_verb(doc: Doc, of: int) -> Token | None:
    """The last noun of the noun phrase right after "of" at token ``of`` when a verb in a tense of its own follows it
    (maybe after an adverb): "200 grams of rice raised levels of sugar", "16 grams of fiber daily reduced hunger":
    rice, fiber. None when no such verb follows ("10% of the newly raised funds": no noun before the verb) or the
    phrase runs on into a possessive ("5% of the company's recently acquired shares")."""
    n = len(doc)
    k = of + 1
    while k < n and k <= of + 5 and doc[k].pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
        k += 1
    last = doc[k - 1]
    if k == of + 1 or last.pos_ not in ("NOUN", "PROPN") or last.like_num:
        return None
    while k < n and doc[k].pos_ == "ADV":
        k += 1
    if k < n and doc[k].pos_ == "VERB" and doc[k].tag_ in ("VBD", "VBN", "VBZ", "VBP"):
        return last
    return None


def _idle_span(c: Token) -> bool:
    """ "a long time", "a while": no compound, possessor or modifier but long/short/little, at most "a"/"an"; "the
    average wait time", "the world record time" name what is measured (review s17 MED-5)."""
    return not any(
        k.dep_ in ("compound", "poss", "prep")
        or (k.dep_ == "amod" and k.lower_ not in ("long", "short", "little"))
        or (k.dep_ == "det" and k.lower_ not in ("a", "an"))
        for k in c.children
    )


def _agent(doc: Doc, v: Token) -> str | None:
    """ "borne by X" for a passive "are borne by X", "from X" for "come from X": whose share a part is."""
    for c in v.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "from"):
            for o in c.children:
                if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN"):
                    return f"{v.text} by {_np(doc, o)}" if c.dep_ == "agent" else f"from {_np(doc, o)}"
    return None


# Words that take a part of what follows "of" ("some of the shares", "half of the stake").
_PART_WORDS = frozenset(("some", "all", "most", "part", "many", "much", "each", "any", "half", "rest", "portion"))


def _spent_on(doc: Doc, v: Token, s: int, e: int) -> str | None:
    """X in "spent $3 billion on X", "paid $5 for X": what an amount buys (not a time: "for a year")."""
    preps = ("on", "for", "in", "into") if v.lower_.startswith(_SPENDING_IN) else ("on", "for")
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in preps and c.i >= e:
            for o in c.children:
                if o.dep_ == "pobj" and o.lower_ in _PART_WORDS:
                    # "$1 billion for some of Neumann's shares": the part bought is of the shares
                    of = next((p for p in o.children if p.dep_ == "prep" and p.lower_ == "of"), None)
                    o = next((x for x in of.children if x.dep_ == "pobj"), o) if of is not None else o
                if (
                    o.dep_ == "pobj"
                    and o.pos_ == "NOUN"
                    and o.ent_type_ not in ("DATE", "TIME")
                    and _singular(o.lower_) not in _DURATION_UNITS
                ):
                    return _about_noun(doc, o, s, e)
    return None


def _times_what(doc: Doc, f: _Fig, v: Token) -> str | None:
    """ "50 times the level" -> level; "went to the polls four times" -> who went (occurrences of an event)."""
    k = f.end
    if k < len(doc) and doc[k].lower_ in ("the", "its", "their", "that"):
        k += 1  # a multiple of the noun after it, whatever the parse made of it
        while k < len(doc) and k < f.end + 4 and doc[k].pos_ in ("ADJ", "NOUN", "PROPN"):
            if doc[k].pos_ in ("NOUN", "PROPN") and (k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN")):
                return _about_noun(doc, doc[k], f.start, f.end)
            k += 1
    return _event(doc, v, f.start, f.end)


def _event(doc: Doc, v: Token, s: int, e: int) -> str | None:
    """A short verb phrase for dates and durations: "Russia invaded Ukraine"."""
    if v.pos_ not in ("VERB", "AUX"):
        return None
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
        obj.like_num or (len(obj.text) <= 3 and obj.i + 1 < len(doc) and doc[obj.i + 1].like_num)  # "Rs 300"
    ):
        obj = None  # "pay Rs 300 for fresh air for 15 minutes": another figure is no part of the event
    if obj is not None and not (s <= obj.i < e):
        parts.append(_np(doc, obj))
    return " ".join(p for p in parts if p) or None
