"""Subjects of verbs: the subject of the clause a figure hangs on, through open clauses and pronouns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract import datelines
from extract.figures.about.phrases import _about_noun, _model_number, _np
from extract.figures.core import _Fig, _span_root
from extract.figures.labels import _SPEECH_VERBS
from extract.quotes.lexicon import SPEECH

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
            said = v.head
            if own.lower_ in ("which", "that") and said.dep_ == "relcl" and said.head.pos_ in ("NOUN", "PROPN"):
                # "The scheme, which officials said would cost $2 billion": the relative clause's noun
                return _about_noun(doc, said.head, fig_start, fig_end)
            if own.lower_ not in _BACK_PRONOUNS:
                return None  # "You'll save $250 ..., and let's face it, most people won't": another clause's subject
            if v.dep_ == "ccomp" and v.head.i > v.i and _reports(v.head):
                # "He was driving at 90 mph, the court heard", "She earned $2 million, prosecutors said": who
                # reports the clause after it is not who its pronoun is (unlike "Ford said it will lose ...")
                return None
            pron = own  # "Ford expects it will lose $2 billion": 'it' is Ford
        after = v.head.dep_ == "prep" and v.head.head.pos_ == "VERB"  # "after falling": the preposition's verb
        if own is None and v.dep_ == "pcomp" and v.tag_ == "VBG" and after:
            # "Retail sales increased 0.3% after falling 0.3% in September": the participle's subject is the verb's
            v = v.head.head
            continue
        controller = _object_controller(v) if own is None else None
        if controller is not None:
            # "regulators ordered it to pay £1.2bn", "The court ordered the bank to pay $5 million": who pays is
            # the object of "ordered", not the regulators (a pronoun: no noun to give)
            return _about_noun(doc, controller, fig_start, fig_end) if controller.pos_ in ("NOUN", "PROPN") else None
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
                said = v.head
                relative = any(_subject_dep(c) and c.lower_ in ("which", "that") for c in said.children)
                if relative and said.dep_ == "relcl" and said.head.pos_ in ("NOUN", "PROPN"):
                    # "The fraud, which prosecutors said cost investors more than $60 million": the relative
                    # pronoun is the reported clause's subject, the parse hung it on "said"
                    return _about_noun(doc, said.head, fig_start, fig_end)
                return None  # "..., the authors wrote": who reports a figure is not what it counts
            v = v.head
            continue
        break
    return None


def _object_controller(v: Token) -> Token | None:
    """The object of the verb whose open clause ``v`` is, which is the clause's subject ("ordered the bank to pay",
    "forced it to sell", "asked Congress to approve"): an object before the clause, of a verb that has one."""
    if v.dep_ != "xcomp" or v.head.i == v.i or v.head.pos_ != "VERB":
        return None
    return next((c for c in v.head.children if c.dep_ in ("dobj", "dative") and c.i < v.i), None)


def _reports(v: Token) -> bool:
    """Whether verb ``v`` reports what a clause says: a speech verb, or "heard" of a court or an inquest ("the court
    heard", "the jury heard")."""
    return v.lower_ in SPEECH or v.lower_ in _SPEECH_VERBS or v.lower_ in ("heard", "hears", "hear")


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
