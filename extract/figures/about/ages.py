"""Ages: whose age "age N", "at age N" and "the 56-year-old" give."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.figures.about.phrases import _about_noun, _name_as_written, _np, _person_at
from extract.figures.about.subjects import _clause_subject, _subject_token
from extract.figures.core import _Fig, _singular, _span_root
from extract.figures.scales import _people_noun
from extract.quotes.lexicon import SPEECH

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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


def _named_beside(doc: Doc, f: _Fig) -> str | None:
    """The person an age's noun is set beside, whose age it is: "Prince Andrew, the nearly 60-year-old younger brother
    of ..." (the brother is Prince Andrew), "the 37-year-old mayor, Pete Buttigieg," (the name after the noun); None
    when the noun stands in no apposition with a person's name."""
    noun = _span_root(doc, f.num.start, f.end)
    for _ in range(3):
        if noun.pos_ in ("NOUN", "PROPN") and not (f.start <= noun.i < f.end):
            break
        if noun.head.i == noun.i:
            return None
        noun = noun.head  # "60-year-old" -> "old" -> "brother"
    else:
        return None
    if noun.pos_ != "NOUN":
        return None
    named = noun.head if noun.dep_ == "appos" else next((c for c in noun.children if c.dep_ == "appos"), None)
    if named is None or named.ent_type_ != "PERSON" or named.pos_ != "PROPN":
        return None
    e = _person_at(doc, named.i)
    return None if e is None else _name_as_written(e)
