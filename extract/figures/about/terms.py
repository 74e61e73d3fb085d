"""Prison terms: "10 years in prison", and who serves them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.figures.about.phrases import _about_noun, _name_as_written, _np, _person_at
from extract.figures.about.subjects import _clause_subject, _subject_dep, _verb_above
from extract.figures.core import _Fig, _singular
from extract.quotes.lexicon import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
        e = _person_at(doc, t.i)
        if e is not None and not (f.start <= e.start < f.end):
            return _name_as_written(e)  # "Sam Bankman-Fried", not "Sam Bankman - Fried" (review r2 LOW-4)
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
