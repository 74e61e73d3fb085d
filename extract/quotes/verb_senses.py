"""When a verb of saying reports nothing: the senses and frames that make it a deed, a request, a prospect, a
hypothetical or a question ("added three assists", "urged Congress to ...", "declined to comment", "Did he say
that ...?", "if a professional concludes ...")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.quotes.clause_forms import _finite, _that_clause
from extract.quotes.lexicon import (
    _DOCUMENT_NOUNS,
    _EFFORT,
    _EVIDENCE_NOUNS,
    _HEARSAY_NOUNS,
    _INTENTION,
    _ORG_NOUNS,
    _SET_LEVELS,
    _UTTERED,
    _UTTERED_ABOUT,
    SPEECH,
    WEAK,
    verb_forms,
)
from extract.quotes.people import _singular, _someone
from extract.quotes.speakers import _REQUESTS, _object_controller

if TYPE_CHECKING:
    from spacy.tokens import Token


def _asked_for_oneself(tok: Token) -> bool:
    """Whether "ask" asks for something done to the asker: a passive infinitive and no one asked ("asked not to be
    identified", "asked not to be named", "asked to be included")."""
    if any(c.dep_ in ("dobj", "dative", "ccomp") for c in tok.children):
        return False
    return any(
        c.dep_ == "xcomp"
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        and any(g.dep_ == "auxpass" for g in c.children)
        for c in tok.children
    )


def _said_adjective(tok: Token) -> bool:
    """Whether "said" is the legal adjective "aforementioned" the parser took for the verb: after a bare verb or a
    preposition and before a noun with no article ("only to find said civilisation had issues", "the owner of said
    property"); not after an auxiliary ("would have said prices rose")."""
    if tok.lower_ != "said" or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    prev, nxt = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    if prev.lower_ in ("have", "has", "had", "be", "been", "being", "having"):
        return False
    return prev.tag_ in ("VB", "IN") and nxt.tag_ in ("NN", "NNS") and not any(c.dep_ == "det" for c in nxt.children)


def _noun_as_verb(tok: Token) -> bool:
    """Whether a verb the tagger took for a noun heads its sentence with a subject before it and a finite clause
    after it ("Documents from his 1995 tax return show he took a $916 million loss", "show" tagged NN)."""
    return (
        tok.tag_ in ("NN", "NNS")
        and tok.dep_ == "ROOT"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in tok.children)
        and any(c.dep_ == "ccomp" and c.i > tok.i and _finite(c) for c in tok.children)
    )


# Words that say a report was withheld ("declined to comment", "refused to say", "a request to comment", "his
# refusal to say which side he would be on").
_DECLINED = {
    *verb_forms("decline refuse fail request"),
    "unable",
    "unavailable",
    "reluctant",
    "refusal",
    "failure",
    "reluctance",
    "unwillingness",
    "inability",
}

_PLEAS = frozenset({"guilty", "innocent", "contest", "insanity", "fifth"})


def _prospect(cue: Token, subj: Token) -> bool:
    """Whether "promise" holds out a prospect, not words: a subject that is no one ("the deals", not "the city",
    "the hospital", "officials") promising to be or become something ("promise to be even better")."""
    if subj.pos_ != "NOUN" or _someone(subj) or subj.lower_ in _ORG_NOUNS:
        return False
    if _singular(subj.lower_) in _PROSPECT_THINGS:
        return True  # "The new law promises to cut health care costs", "The merger promises to create ..."
    return any(c.dep_ == "xcomp" and c.lower_ in _BECOMING for c in cue.children)


# Things the news says "promise" an outcome (a law, a rule, a deal, a product), never someone who promises. Not
# "system" nor "program": "The school system / health system promised to ..." are bodies that speak.
_PROSPECT_THINGS = frozenset(
    {
        "law",
        "bill",
        "rule",
        "plan",
        "deal",
        "merger",
        "policy",
        "measure",
        "reform",
        "budget",
        "project",
        "product",
        "technology",
        "proposal",
        "agreement",
        "change",
        "update",
        "feature",
        "treaty",
        "settlement",
    }
)


# Verbs of being or becoming after "promise to" ("promise to be even better", "promises to become a classic").
_BECOMING = frozenset({"be", "become", "prove", "remain", "get"})


def _plea(c: Token) -> bool:
    """Whether a cue's child is a plea's word ("guilty", "the Fifth", "the Fifth Amendment")."""
    return (
        c.lower_ in _PLEAS
        or c.dep_ == "dobj"
        and any(g.dep_ in ("compound", "amod", "nmod") and g.lower_ in _PLEAS for g in c.children)
    )


def _goods(obj: Token) -> bool:
    """Whether what is ordered is goods: counted ("50 Boeing 787s", "2,000 doses", "100 jets at a list price of
    $13 billion") or a lot of something ("another set of mice", "a batch of vaccines"); an act ordered ("the
    deployment of four battalions", "an investigation", "a new round of sanctions") is a directive, which PolNeAR
    attributes, and so are people or things sent somewhere or held ("3,000 more troops to the Middle East", "two
    men held without bail", "two aircraft carriers to the region") and a time set ("three days of mourning")."""
    verb = obj.head
    for c in (*verb.children, *obj.children):
        if c.i <= obj.i:
            continue
        if c.dep_ == "prep" and c.lower_ in _DIRECTIONS or c.dep_ == "oprd" and c.head.i == verb.i:
            return False  # sent "to"/"into" somewhere, or held: a directive ("to replace its fleet" is a purpose)
        if c.dep_ == "acl" and c.head.i == obj.i and c.tag_ == "VBN" and c.lower_ not in _PRICED:
            return False  # "two men held without bail"
    if obj.lower_ in _LOTS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    return _counted(obj) and not _someone(obj) and obj.ent_type_ not in ("DATE", "TIME")


# Prepositions that send what is ordered somewhere ("troops to the Middle East", "into the city").
_DIRECTIONS = frozenset({"to", "into", "toward", "towards", "onto"})
# Participles that price goods ("valued at $9 billion", "priced at").
_PRICED = frozenset({"valued", "priced", "worth", "costing", "totaling", "totalling"})


# Nouns for an amount of goods, before "of" ("a set of", "a batch of", "a shipment of").
_LOTS = frozenset({"set", "batch", "shipment", "supply", "pair", "box", "case", "crate", "dozen", "fleet"})


def _counted(obj: Token) -> bool:
    """Whether an object is a number or counts something ("three assists", "0.5 percent", "$2 billion")."""
    if obj.lower_ in _UTTERANCES:
        return False  # "He added two things: the plant will close ...": things said, counted
    if obj.pos_ == "NUM" or obj.ent_type_ in ("CARDINAL", "PERCENT", "MONEY", "QUANTITY"):
        return True
    return any(c.dep_ == "nummod" for c in obj.children)


# Nouns for what is said, which 'added' may count ("added two things", "added a few words"; not "points", a score).
_UTTERANCES = {
    *(
        w
        for n in ("thing", "word", "reason", "caveat", "condition", "detail", "remark", "comment", "note")
        for w in (n, n + "s")
    ),
    *(w for n in ("warning", "question", "example", "argument", "observation", "thought") for w in (n, n + "s")),
}


# What one asserts by using it, not by saying anything ("assert his rights", "asserted control over ...").
_POWERS = {
    *(w for n in ("right", "power", "privilege", "prerogative") for w in (n, n + "s")),
    "authority",
    "control",
    "dominance",
    "sovereignty",
    "independence",
    "influence",
    "jurisdiction",
    "leadership",
    "presence",
    "will",
}


def _realized(tok: Token) -> bool:
    """Whether a verb of coming to know reports a belief its subject holds: a declarative finite clause ("realized
    that she had to act"), not a question ("discovered how the fire started"), and not in an effort, an
    obligation, a condition or a negative count ("trying to understand that", "must remember that", "if the
    company discovers that", "few people understand that")."""
    # The first finite clause: the parser may split one ("learned ... that no matter the setting, ... Trump will
    # insist ...": a noun "setting" and the verb "insist", both ccomp).
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and _finite(c)), None)
    if clause is None:
        # "Cook remembered Jobs rehearsing there", "remembers going to get pizza": a memory of what happened
        # ("remembered to lock the door" is a deed).
        memory = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBG"), None)
        if memory is None or WEAK.get(tok.lower_) != "remember":
            return False
        clause = memory
    first = tok.doc[clause.left_edge.i]
    if first.tag_ in ("WDT", "WP", "WP$", "WRB") and first.lower_ != "that":
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return False
    verbs = (tok, tok.head) if tok.dep_ == "xcomp" else (tok,)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for v in verbs for c in v.children):
        return False  # "must remember that", "will soon realize that", "may understand that": not (yet) held
    if any(
        (c.dep_ == "mark" and c.lower_ in ("if", "unless", "once"))
        or (c.dep_ in ("mark", "advmod") and c.lower_ == "when" and tok.tag_ in ("VBP", "VBZ"))
        for c in tok.children
    ):
        return False  # "if the company discovers that", "Once voters understand that ...": a condition
    if tok.dep_ == "xcomp" and tok.head.lower_ in _EFFORT:
        return False
    subj = next((c for c in verbs[-1].children if c.dep_ == "nsubj"), None)
    if _question(tok, subj):
        return False  # "Did the president realize that the deal was dead?"
    return subj is None or not _generic(subj)


def _hypothetical(tok: Token, lemma: str, weak: bool) -> bool:
    """Whether a cue tells a view no one holds yet: under a condition ("only if a licensed professional concludes the
    inmate is no longer at risk", "unless voters feel ..."), in a comparative correlative ("the more the people
    shrug and think ..."), or, for a belief (a cognition verb or "conclude"), under a modal other than "would"
    ("People will begin to think ...", "Investors might conclude ..."). A plan or a wish under a modal is still one
    ("the company will seek to ..."), and a verb of saying under one is left to the rules of speech."""
    verbs = [tok]
    t = tok
    while t.dep_ in ("xcomp", "conj") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX", "NOUN"):
        if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break  # "Fad diets can be unhealthy, and studies show that ...": a clause of its own
        t = t.head  # "will begin to think", "shrug and think": the verb whose clause the cue is in
        verbs.append(t)
    for v in verbs:
        for c in v.children:
            if c.dep_ == "mark" and (c.lower_ in ("if", "unless") or c.lower_ == "once" and v.tag_ in ("VBP", "VBZ")):
                return True  # ("once the man mentioned that ...": a time, no condition)
            if c.dep_ == "advmod" and c.tag_ in ("RBR", "JJR") and c.i > 0 and tok.doc[c.i - 1].lower_ == "the":
                return True  # "the more ..., the more ...": a correlation the writer draws
    if not (weak or lemma == "conclude") or lemma in _INTENTION:
        return False
    # "would" with a time of its own tells a view held later in a narrative ("Investigators would later conclude
    # that ...", "Smith, who would later conclude that the dam was unsafe"); without one it is a forecast or a
    # condition ("A jury would likely conclude that ...", "Any reasonable person would conclude ...").
    later = any(c.dep_ == "advmod" and c.lower_ in _LATER for v in verbs for c in v.children)
    if lemma in ("show", "find"):
        # "The audit, released on Monday, would show that ...": a document's result, told in the narrative's time
        later = later or any(c.dep_ == "nsubj" and c.lower_ in _EVIDENCE_NOUNS for v in verbs for c in v.children)
    return any(
        c.dep_ == "aux" and c.tag_ == "MD" and not (c.lower_ in _NARRATIVE and later) for v in verbs for c in v.children
    )


_NARRATIVE = frozenset({"would", "'d"})
# Adverbs that set a "would" in a narrative's later time.
_LATER = frozenset({"later", "eventually", "ultimately", "soon", "subsequently", "afterwards", "afterward"})


# Quantifiers that make a subject the writer's generalisation ("few people understand", "Most voters realize",
# "many understand that").
_QUANTIFIERS = {"few", "most", "many", "some", "all", "every", "any", "everyone", "everybody", "anyone", "anybody"}


def _generic(subj: Token) -> bool:
    """Whether a subject is a quantified or bare generic group, not someone who holds a view: "few people",
    "most people", "many", "everyone", bare "people"."""
    if subj.lower_ in _QUANTIFIERS or any(
        c.dep_ in ("det", "amod") and c.lower_ in _QUANTIFIERS for c in subj.children
    ):
        return True
    return subj.lower_ == "people" and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in subj.children)


def _question(tok: Token, subj: Token | None) -> bool:
    """Whether a cue asks rather than states: an auxiliary before its subject ("Does he understand that ...") or a
    sentence that ends with a question mark."""
    return _inverted((tok,), subj) or _asking_sentence(tok)


def _inverted(verbs: Sequence[Token], subj: Token | None) -> bool:
    """Whether an auxiliary of the verbs comes before their subject: "Did Trump say ...", "Why did the minister
    claim ...", "Will Trump try to claim ..." (the cue and the verb whose infinitive it is)."""
    return subj is not None and any(c.dep_ == "aux" and c.i < subj.i for v in verbs for c in v.children)


def _asking_sentence(tok: Token) -> bool:
    """Whether the cue's sentence ends with a question mark (closing quotes aside)."""
    last = next((t for t in reversed(list(tok.sent)) if not t.is_space and not t.is_quote), None)
    return last is not None and last.text == "?"


def _asked(tok: Token, subj: Token) -> bool:
    """Whether any cue is itself asked: an inverted auxiliary in a sentence that ends with a question mark ("Did
    Trump say that the election was rigged?", "Why did the minister claim that prices would fall?", "Will Smith
    offer an apology?"). Both are needed: an inversion alone may be emphatic ("Only later did Smith admit that he
    had lied."), and a question mark alone may close a quoted question or the writer's own tail ("Smith asked,
    'Will it work?'", "Trump said the vote was rigged, but was it?"), where the cue still reports."""
    verbs = (tok, tok.head) if tok.dep_ == "xcomp" else (tok,)
    own = next((c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return own is not None and own.i == subj.i and _inverted(verbs, own) and _asking_sentence(tok)


# Bodies that rule, which the people nouns do not cover ("The jury decided that ...").
_RULING_BODIES = {"jury", "court", "panel", "tribunal"}


def _ruling(tok: Token, subj: Token) -> bool:
    """Whether "decided" reports a ruling or judgement: a finite clause decided by a named person or organisation
    or by a described body or person ("The judge decided that the evidence was inadmissible", "The board decided
    that the CEO should resign"; not bare "Voters decided that ..."), and not the decider's own next step ("Apple
    decided that it would stop selling the phone" is "decided to stop")."""
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and _finite(c)), None)
    if clause is None:
        return False
    described = any(c.dep_ in ("det", "poss") for c in subj.children)
    if not (
        subj.ent_type_ in ("PERSON", "ORG")
        or described
        and (_someone(subj) or _singular(subj.lower_) in _RULING_BODIES)
    ):
        return False
    own = any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "it", "they", "we", "i") for c in clause.children)
    return not (own and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "’d") for c in clause.children))


def _nor_before(tok: Token, inside: Sequence[bool]) -> bool:
    """Whether a "nor" negates a cue: the sentence's opening "Nor did X say ...", or the "nor" that joins the
    cue to the verb before it (", nor do they understand ..."). A "nor" between subjects ("neither A nor B
    said") hangs on a noun and negates nothing here."""
    if any(c.lower_ == "nor" and c.i < tok.i and not inside[c.i] for c in tok.children):
        return True
    return tok.dep_ == "conj" and any(
        c.lower_ == "nor" and tok.head.i < c.i < tok.i and not inside[c.i] for c in tok.head.children
    )


def _aimed(verb: Token) -> bool:
    """Whether the verb after "continue" takes a stance by its meaning, pressing or resisting a cause ("continue to
    ignore the reality that ...", "continued to plot against him", "continued to push for an investigation"); a
    verb of saying or judging after it ("continued to oppose the merger") reports on its own. "continues to search
    for answers", "continues to work at the hospital" and "continued to pay the bills" tell a deed that goes on."""
    if verb.lower_ in _RESISTING:
        return True  # "continue to ignore the warnings", "continued to plot against him"
    if verb.lower_ not in _PRESSING:
        return False
    # "continued to push for an investigation", "press lawmakers to pass the bill", "challenge the ruling": a cause
    # pressed, not "fight the blaze", "fight for his life at a hospital", "push the stroller", "campaign in Iowa".
    return any(
        c.dep_ in ("xcomp", "ccomp")
        or c.dep_ == "prep"
        and c.lower_ == "against"
        or c.dep_ == "prep"
        and c.lower_ == "for"
        and not any(g.lower_ == "life" for g in c.subtree)
        or c.dep_ == "dobj"
        and (c.lower_ in _DOCUMENT_NOUNS or c.lower_ in _CAUSE_OBJECTS)
        for c in verb.children
    )


def _requested(tok: Token) -> bool:
    """Whether a cue is an infinitive after the object of a verb of asking ("urged Congress to reject")."""
    return tok.head.lower_ in _REQUESTS and _object_controller(tok) is not None


# Pronouns a bare relative clause may follow ("Everything Trump says", "Anything she said"), which the parser may
# take for a modifier of the clause's subject.
_WHATEVER = frozenset(("everything", "anything", "nothing", "something", "whatever", "all"))


def _relative_gap_where(tok: Token) -> bool:
    """Whether a cue in a relative clause has its antecedent for object and only a "where"/"when" clause after it:
    "the short story he wrote where God cheats at Scrabble", "the speech she gave when the plant closed" (the clause
    is the noun's, extraposed; "the senator, who said where the money went" keeps its content: the relative
    pronoun is the subject)."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ in ("WP", "WDT") or subj.i > tok.i:
        return False
    if any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return False
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "advcl") and c.i > tok.i]
    return bool(clauses) and all(
        tok.doc[c.left_edge.i].tag_ == "WRB" and tok.doc[c.left_edge.i].lower_ in ("where", "when") for c in clauses
    )


def _for_clause_mark(tok: Token) -> Token | None:
    """The "for" right after "call" that the parser made the mark of a for-to clause ("Protesters called for the
    footage to be released", "called for him to resign"): the particle of "call for", the clause what is called for."""
    if tok.i + 1 >= len(tok.doc):
        return None
    mark = tok.doc[tok.i + 1]
    if (
        mark.lower_ != "for"
        or mark.dep_ != "mark"
        or mark.head.head.i != tok.i
        or mark.head.dep_ not in ("advcl", "ccomp")
    ):
        return None
    clause = mark.head
    return mark if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) else None


# What a brush paints on or in ("on a wall", "on canvas", "in oils"), and who paints with one.
_PAINTED_ON = {
    "wall",
    "canvas",
    "mural",
    "board",
    "ceiling",
    "door",
    "fence",
    "poster",
    "panel",
    "facade",
    "billboard",
    "banner",
    "sign",
    "oil",
    "watercolor",
    "watercolour",
    "acrylic",
    "pastel",
    "portrait",
    "street",
    "building",
}
_PAINTERS = {"artist", "painter", "muralist", "illustrator"}


def _portrayed(verb: Token) -> bool:
    """Whether "painted X as Y" paints someone in words ("Obama painted Romney as an out-of-touch rich guy"): the
    object is someone (people._someone: not a place, not oneself, which is a self-portrait as often), and nothing
    says a brush (a surface or a medium on the verb or its "as" phrase: "on a wall in Bristol", "in oils"; an
    artist painting). A place or an occasion is no brush ("as a liar in Ohio", "in a speech in Iowa")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _someone(obj):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and _singular(subj.lower_) in _PAINTERS:
        return False
    # The PPs on the verb, its object and its "as" phrase; not deeper ("in a speech in Iowa").
    heads = [verb, obj]
    for prep in [c for h in (verb, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"]:
        heads += [c for c in prep.children if c.dep_ == "pobj"]
    return not any(
        prep.dep_ == "prep"
        and prep.lower_ in ("on", "onto", "in")
        and (_singular(t.lower_) in _PAINTED_ON or t.lower_ in _PAINTED_ON)
        for h in heads
        for prep in h.children
        for t in prep.children
        if t.dep_ == "pobj"
    )


def _uttered(verb: Token) -> bool:
    """Whether what a verb of handing over has as object is words: an utterance noun ("offered some pointed
    advice", "gave his assessments"), singular or plural; a noun with another sense too ("a savings account",
    "views of London") only when it is someone's ("his account", "their views") or says what about ("an account
    of the crash", "views on the deal"). "offered no explanation" says none was given (the writer's remark)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    noun = next((w for w in (obj.lower_, _singular(obj.lower_)) if w in _UTTERED), None)
    if noun is None:
        return False
    if noun in _UTTERED_ABOUT and not any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in _UTTERED_ABOUT[noun] for c in obj.children
    ):
        return False
    # "offered no explanation", "offered neither an apology nor ...", "gave little explanation": none given
    # ("a little advice" is some).
    if any(c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in obj.children):
        return False
    article = any(c.dep_ == "det" and c.lower_ == "a" for c in obj.children)
    return article or not any(c.dep_ in ("det", "amod") and c.lower_ in ("little", "few") for c in obj.children)


def _relays_saying(verb: Token) -> bool:
    """Whether a verb of relaying has an "as" with a participle of saying ("quoted X as saying")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.lower_ in SPEECH for g in c.children)
        for c in verb.children
    )


def _dated(prep: Token) -> bool:
    """Whether a preposition only dates or times its verb ("on Friday", "for two hours"): its object is a date or
    a time."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


_FIGURE_ENTS = ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")


def _object_clause(tok: Token) -> bool:
    """Whether a verb's object has a that-clause of its own ("conveyed assurances that the ceasefire would hold",
    "conveyed a message that the border would reopen"): "that" marks a complement, never a relative clause."""
    return any(
        c.dep_ == "dobj" and any(g.dep_ in ("acl", "ccomp", "relcl") and _that_clause(g) for g in c.children)
        for c in tok.children
    )


def _put_at_figure(tok: Token) -> bool:
    """ "Police put the number at 4,000", "the ministry puts the death toll at 52": "put" with an object and
    "at" before a figure estimates that figure (the form of "estimated the number at 13,000"); "put the blame at
    the feet of" and "put the meeting at 3 p.m." put no figure."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return False
    # An estimate puts a measure at a figure; a level one sets ("put the benchmark rate at 5 percent", "put the price
    # of the tickets at $50"), one's own ("its new fares") or a person put somewhere ("put Smith at No. 3") is none.
    obj = objs[0]
    if obj.pos_ != "NOUN" or {obj.lower_, _singular(obj.lower_)} & _SET_LEVELS:
        return False
    if any(c.dep_ == "poss" for c in obj.children):
        return False
    # (the parser hangs the "at" on the verb, or on the object's last noun: "the chance of a recession at 40 percent")
    preps = [c for c in tok.children if c.dep_ == "prep" and c.i > objs[0].i]
    preps += [t for t in objs[0].subtree if t.dep_ == "prep" and t.i > objs[0].i]
    return any(
        p.lower_ == "at"
        and g.dep_ == "pobj"
        and g.ent_type_ not in ("DATE", "TIME")
        and (g.like_num or g.ent_type_ in _FIGURE_ENTS or any(k.dep_ == "nummod" and k.like_num for k in g.children))
        for p in preps
        for g in p.children
    )


# Verbs of pressing or resisting a cause, stances when someone "continues to" do them (as PolNeAR has it).
_PRESSING = verb_forms("push fight:fought press lobby campaign challenge")
_RESISTING = verb_forms("ignore plot:plotted,plotting resist poke")
# What a pressed cause may be as an object ("fight the charges", "challenge the ruling").
_CAUSE_OBJECTS = frozenset(
    {"ruling", "charges", "charge", "decision", "law", "bill", "order", "plan", "rule", "policy", "verdict"}
    | {"allegations", "allegation", "merger", "ban", "sanctions", "tariffs", "deal"}
)


# Verbs of making something public that take a named thing as their object as readily as words ("published Scholars",
# "revealed the LC Convertible", "unveiled the Galaxy Fold"): with a name alone, what was shown, not said.
_SHOWING_NAMED = frozenset({"publish", "reveal", "unveil"})


def _under_hearsay(tok: Token) -> bool:
    """Whether a verb of belief or intention is the that-clause of a report, a claim or a rumour ("dismissing reports
    that she planned to retire", "denied rumours that it wanted to sell"): what the report says of the subject, not
    a view the subject holds (one's own statement of it is: "issued a statement that she expects profits to
    double")."""
    head = tok.head
    return (
        tok.dep_ in ("acl", "ccomp", "relcl")
        and head.pos_ == "NOUN"
        and head.lower_ in _HEARSAY_NOUNS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
    )
