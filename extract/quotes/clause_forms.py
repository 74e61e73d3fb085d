"""What kind of clause or object a verb has: finite or small clauses, that-clauses and to-infinitives, a
cognition verb's plain object ("polls show a close race"), a judgement ("called the decision a huge win"), a
speech verb's topic, and a past tense the parser hung on a name; the tests the cue finder and the content share."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.quotes.lexicon import (
    _CIRCUMSTANCE,
    _EVIDENCE_NOUNS,
    _INTENTION,
    _OFFERING,
    _SEEING_AS,
    _TOPIC_PREPS,
    _TOPIC_VERBS,
    SPEECH,
    WEAK,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _finite(clause: Token) -> bool:
    """Whether a clause is finite ("that X was", "X is"), not a small clause ("a man bleeding")."""
    if clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or _that_clause(clause):
        return True
    if _past_as_participle(clause):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in clause.children)


def _past_as_participle(verb: Token) -> bool:
    """A past tense the tagger took for a participle: a subject of its own, an object, and no auxiliary ("The study
    found voters rated Democrats higher"); a participle of a small clause has no object ("found the man injured")."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" for c in verb.children) and any(c.dep_ == "dobj" for c in verb.children)


def _weak_object(tok: Token, lemma: str) -> bool:
    """Whether a cognition verb reports its plain object: evidence that shows or finds something ("polls
    show a close contest", "a study found 31 incidents") or a wish ("Democrats want policies that ...")."""
    if not any(c.dep_ == "dobj" for c in tok.children):
        return False
    if lemma in _SEEING_AS:
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (subj.ent_type_ in ("DATE", "TIME", "EVENT") or subj.like_num):
            return False  # "The decade saw China as a rising power", "2016 saw Trump as ...": a time witnesses
        return _judged_as(tok)
    if lemma == "want":
        return True  # a named speaker is still required (an intention verb)
    if lemma in _OFFERING:
        # "offered some pointed advice", "gave his assessment": words handed over, if the object is an utterance
        # (verb_senses._uttered); "offered loans" is a deed.
        return True
    if lemma not in ("show", "find"):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in _EVIDENCE_NOUNS


def _judged_as(tok: Token) -> bool:
    """ "see the program as an opportunity", "viewed the comment as a dig": an object, then "as" and what it is
    judged to be (a noun or an adjective; "as recently as" is a time)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    # The parser hangs the "as" on the verb or on the object ("saw the comment as a dig").
    for c in [*tok.children, *obj.children]:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i:
            return any(g.dep_ in ("pobj", "pcomp") and g.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") for g in c.children)
    return False


def _names_as(tok: Token, inside: Sequence[bool] = ()) -> bool:
    """ "called the decision a huge win", "called Trump a “pathological liar”": a verb naming its object as
    something (an evaluation). The parser often misses the second object; a quoted label after the
    object ("calls Obamacare ‘crazy system’") shows it as well."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "oprd")]
    # "was called a mistake by the union": the passive's subject is the object named.
    named = len(objs) >= 2 or any(c.dep_ == "nsubjpass" for c in tok.children)
    if named and any(c.dep_ == "oprd" for c in objs):
        return True
    if not objs or not inside:
        return False
    first = min(c.i for c in objs)
    return any(inside[k] for k in range(first, tok.right_edge.i + 1))


def _has_clause(tok: Token) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


def _predicate_as_acl(tok: Token) -> bool:
    """Whether a verb the parser hung on a name as a participle is the sentence's own past-tense predicate: the name is
    the root (the sentence has no other verb), a comma closes its apposition before the verb, and a noun or a name
    follows the verb as its object ("Kall, the director of debate, compared Trump to a coach"). "Jane Doe, accused of
    fraud." (a preposition after it) and "the report, compiled by ..." are participles."""
    head = tok.head
    doc = tok.doc
    return (
        tok.dep_ == "acl"
        and tok.tag_ in ("VBD", "VBN")
        and head.dep_ == "ROOT"
        and head.pos_ == "PROPN"
        and tok.i > head.i + 1
        and doc[tok.i - 1].text == ","
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].pos_ in ("PROPN", "NOUN", "DET", "PRON")
        and not any(c.dep_ in ("agent", "auxpass") for c in tok.children)
    )


def _topic(cue: Token, lemma: str | None) -> Token | None:
    """The topic of a verb of talking ("spoke out Tuesday about the death of X" -> "the death of X"), when
    it says nothing more (no object, no clause)."""
    if lemma not in _TOPIC_VERBS:
        return None
    # "asked Clinton about her emails": whom one asks is no object said.
    said = ("ccomp", "xcomp") if lemma == "ask" else ("dobj", "ccomp", "xcomp")
    if any(c.dep_ in said and c.i > cue.i for c in cue.children):
        return None
    for c in cue.rights:
        # "testified before the committee on Tuesday about the call": a date's "on" is when, not the topic.
        if c.dep_ == "prep" and lemma in _TOPIC_PREPS.get(c.lower_, ()) and not _when(c):
            return next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
    # "testified side-by-side before the House Intelligence Committee Tuesday about the events at the center of
    # the inquiry": the parser hung the "about" on the place or time after the cue; it is still the topic.
    for c in cue.rights:
        if c.dep_ != "prep" or c.lower_ not in _CIRCUMSTANCE:
            continue
        for g in c.subtree:
            if g.dep_ == "prep" and g.lower_ == "about" and g.head.dep_ in ("pobj", "npadvmod"):
                return next((o for o in g.children if o.dep_ in ("pobj", "pcomp")), None)
    return None


def _when(prep: Token) -> bool:
    """Whether a preposition only dates or times its verb ("on Tuesday"): its object is a date or a time."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


# Complements that fill a verb's object position: without one a "that" clause has a gap to fill.
_FILLED = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "prep", "auxpass", "nsubjpass"}


def _complement_in_disguise(t: Token) -> bool:
    """Whether a "relative clause" opened by "that" is a that-clause: "that" marks it, or the clause
    has a subject and a predicate that leaves no gap for "that" ("tweeted in the morning hours that
    Machado was “disgusting”")."""
    first = t.doc[t.left_edge.i]
    if first.lower_ != "that":
        return False
    if t.pos_ == "VERB" and not any(c.dep_ in _FILLED for c in t.children):
        return False  # "the ties that Mr. Trump so admires": the verb's missing object is "that"
    if first.dep_ == "mark":
        return True
    if first.dep_ == "dobj" and first.head.i == t.i and t.tag_ in ("NNS", "VBZ", "VBP", "VBD"):
        return False  # "the strong leader that Mr. Trump so admires" (with "admires" tagged a noun)
    subj = any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in t.children)
    return subj and (t.pos_ in ("ADJ", "NOUN", "PROPN") or any(c.dep_ in ("acomp", "attr") for c in t.children))


def _is_cue(tok: Token) -> bool:
    """A speech verb with a clause of its own ("and added that ..."), or a cognition verb with a finite
    one: its own claim. "and refused to drop the gun" goes on with what was said."""
    if tok.lower_ in SPEECH:
        return _has_clause(tok)
    if tok.lower_ in WEAK and WEAK[tok.lower_] not in _INTENTION:
        return any(c.dep_ == "ccomp" for c in tok.children)
    return False


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _that_clause(tok: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children)


def _valued(lemma: str | None, prep: Token) -> bool:
    """ "estimated the number at 13,000", "likened the refugees to a snake": the phrase is the figure or
    the comparison said, not a place."""
    if prep.lower_ in ("to", "with") and lemma in ("liken", "compare"):
        return True
    return prep.lower_ == "at" and lemma in ("estimate", "put", "calculate", "forecast", "project")
