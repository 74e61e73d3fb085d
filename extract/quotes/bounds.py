"""Where a reported content starts and ends: the subject the parser took for the cue's object, conditions and
circumstances after it, misread joins, the speaker's next act, the sentence's own main clause, and datelines."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from extract import datelines
from extract.quotes.clause_forms import _finite, _is_cue, _that_clause, _to_infinitive
from extract.quotes.lexicon import _SUBJ, SPEECH, WEAK

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.quotes.docview import _Doc


def _before_cut_subject(d: _Doc, subj: Token, lo: int, hi: int) -> int:
    """The end of a quote before its cue when the parser hung the first of two joined speakers on the quote:
    '“This is a fair deal,” union leader Tom Walsh and federation chair Karen Lee said' (the quote's verb took
    "union leader Tom Walsh and federation chair"): a closing mark followed by words that name someone (a name, no
    verb) right up to the subject ends what was said."""
    doc = d.doc
    if hi + 1 != subj.left_edge.i or hi - lo < 2:
        return hi
    close = next(
        (k for k in range(hi, lo, -1) if doc[k].text in ("\u201d", "\u00bb", '"', "''") and doc[k - 1].is_punct), None
    )
    if close is None or close == hi:
        return hi
    rest = doc[close + 1 : hi + 1]
    if any(t.pos_ in ("VERB", "AUX") for t in rest) or not any(t.pos_ == "PROPN" for t in rest):
        return hi
    if not any(t.dep_ == "cc" for t in rest):
        return hi  # only a joined speaker is cut so
    return close - 1 if doc[close - 1].text == "," else close


def _before_joined_cue(d: _Doc, clause: Token) -> int:
    """The last token of a reported clause before a cue the parser joined to it ("that they were being treated well
    and asked their government to act": the asking is an act of its own)."""
    hi = clause.right_edge.i
    for c in clause.children:
        if c.dep_ == "conj" and c.lower_ in SPEECH and c.i <= hi:
            hi = c.left_edge.i - 1
            while hi > clause.left_edge.i and (d.doc[hi].dep_ == "cc" or d.doc[hi].is_punct):
                hi -= 1
    return hi


def _before_misread_predicate(d: _Doc, lo: int, hi: int) -> int:
    """End a content before a past tense the parser hung on a noun of it as a modifier after a comma: "asked about
    the Muslim Brotherhood, called Omar a “terrorist” and said ..." (a reduced relative is a participle, "the
    Brotherhood, founded in 1928"; a past tense with an object of its own is the speaker's next act)."""
    doc = d.doc
    return _end_before(
        d,
        lo,
        hi,
        lambda t: (
            t.dep_ == "acl"
            and t.tag_ == "VBD"
            and t.left_edge.i == t.i
            and t.i > 0
            and doc[t.i - 1].text == ","
            and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in t.children)
        ),
    )


def _before_circumstance(d: _Doc, lo: int, hi: int, lemma: str | None = None) -> int:
    """End an object before a clause of time or circumstance that closes it, set off by a comma, though the parser
    hung it on a noun of the object ("called it the “end of an era,” as the industry's symbol ... was sidelined")."""
    return _end_before(
        d, lo, hi, lambda t: t.right_edge.i == hi and t.left_edge.i > lo + 1 and _set_off_circumstance(t, lemma)
    )


def _end_before(d: _Doc, lo: int, hi: int, hit: Callable[[Token], bool]) -> int:
    """The last token of tokens lo..hi before the first phrase after ``lo`` that ``hit`` picks (with the commas and
    semicolons before it), or ``hi`` when none is picked."""
    doc = d.doc
    for t in doc[lo + 1 : hi + 1]:
        if hit(t):
            end = t.left_edge.i - 1
            while end > lo and doc[end].text in (",", ";"):
                end -= 1
            return end
    return hi


# Subordinators of a clause of time or circumstance ("..., as prices rose", "..., while others disagreed").
_CIRCUMSTANCE_MARKS = frozenset(
    ("as", "while", "whilst", "when", "after", "before", "since", "until", "although", "though", "whereas", "once")
)


# Cues of promising or demanding, whose clause of time is the condition of what is promised or asked for ("promised
# new elections, once the fighting ends", "demanded a pay freeze, until the company returns to profit").
_PROMISING = frozenset(("promise", "pledge", "vow", "demand", "urge", "propose", "threaten", "ask", "order"))
# Subordinators that may set such a condition.
_CONDITION_MARKS = frozenset(("once", "until", "after", "before", "when"))


def _present(verb: Token) -> bool:
    """Whether a clause is in the present tense or under a modal, as a condition is ("once the fighting ends", "after
    the investigation is complete"); one in the past tells when ("after the bridge collapsed last week")."""
    return verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in verb.children
    )


def _set_off_circumstance(c: Token, lemma: str | None = None) -> bool:
    """Whether an adverbial clause of a cue is one of time or circumstance set off by a comma: ", as the industry's
    symbol of excess was sidelined", ", while prices rose" (a "because" may give the speaker's reason: kept). After a
    cue of promising or demanding (its ``lemma``) a clause of time in the present is the condition of what was
    promised: kept."""
    if c.dep_ != "advcl" or c.left_edge.i == 0:
        return False
    if lemma in _PROMISING and c.doc[c.left_edge.i].lower_ in _CONDITION_MARKS and _present(c):
        return False
    first = c.doc[c.left_edge.i]
    comma = c.doc[c.left_edge.i - 1].text in (",", ";") or (
        c.doc[c.left_edge.i - 1].text in ('"', "\u201d", "''")
        and c.left_edge.i > 1
        and c.doc[c.left_edge.i - 2].text == ","
    )
    # ("when" is the parser's adverb of the clause, not its mark: ", when it met management on Monday")
    opener = first.dep_ == "mark" or first.dep_ == "advmod" and first.lower_ == "when"
    return comma and opener and first.lower_ in _CIRCUMSTANCE_MARKS and first.head.i == c.i


def _subject_as_object(cue: Token, clause: Token, lo: int, lemma: str | None = None) -> int:
    """Start of a reported clause whose subject the parser took for the cue's object: in "Parents worried their
    children would fall behind" it read "worried their children" and left "would fall behind" a finite clause
    with no subject. An object right before such a clause (no "that" between) is the clause's subject."""
    if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX") or _that_clause(clause):
        return lo
    # "recommends all adults get a flu shot", "demanded Obama make a pledge": a mandative verb's clause has a bare
    # verb, finite all the same (the cue's lemma from the cue tables: the pipeline has no lemmatizer, and
    # ``Token.lemma_`` is empty for verbs).
    if not _finite(clause) and not (clause.tag_ == "VB" and lemma in _MANDATIVE and not _to_infinitive(clause)):
        return lo
    if any(c.dep_ in _SUBJ for c in clause.children):
        return lo
    doc = cue.doc
    obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i), None)
    if obj is None:
        return lo
    # "said single people and families - gay, straight, adoptive and foster - would qualify": the dash or
    # bracket closing an aside of the subject may stand between it and its verb; "recommends all individuals above
    # age 6 months get": so may a modifier the parser hung on the cue. A "that" or another verb between means the
    # object is the cue's own ("told reporters on Monday that ...").
    between = doc[obj.right_edge.i + 1 : clause.left_edge.i]
    if any(t.lower_ == "that" or t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") for t in between):
        return lo
    if any(not t.is_punct and t.head.i != cue.i and not _under(t, cue, obj) for t in between):
        return lo
    return min(lo, obj.left_edge.i)


def _under(t: Token, cue: Token, obj: Token) -> bool:
    """Whether ``t`` hangs (through its heads) on the object or on a modifier of the cue, not on something else."""
    while t.head.i != t.i:
        if t.head.i in (cue.i, obj.i):
            return True
        t = t.head
    return False


# Verbs whose reported clause may be a bare subjunctive ("recommends that everyone get", "demands he resign").
_MANDATIVE = frozenset(("recommend", "demand", "insist", "urge", "ask", "propose", "suggest", "require", "request"))


def _before_misread_conj(d: _Doc, cue: Token, subj: Token, clause: Token, lo: int, hi: int) -> int:
    """End of a reported clause before what the parser joined to it from the rest of the sentence: a noun
    joined to the clause's verb ("would fall behind, and many hired tutors", where "hired" became an adjective),
    or, after a cue set off by commas right after its subject ("Residents, worried that the plant would close,
    packed the town hall"), a finite verb with no subject of its own after a comma, the sentence's main verb."""
    if clause.pos_ not in ("VERB", "AUX"):
        return hi
    doc = d.doc
    for c in clause.children:
        if c.left_edge.i <= lo or c.left_edge.i > hi or not _misread_conj(cue, subj, c):
            continue
        hi = min(hi, c.left_edge.i - 1)
        while hi > lo and (doc[hi].dep_ == "cc" or doc[hi].is_punct):
            hi -= 1
    return hi


def _misread_conj(cue: Token, subj: Token, c: Token) -> bool:
    """Whether a conjunct of a reported clause's verb is the parser's join of the sentence's next clause: a noun
    after "and" with a verb taken for its adjective ("would fall behind, and many hired tutors"), or the main
    verb after a cue set off by commas right after its subject ("Residents, worried that the plant would close,
    packed the town hall")."""
    clause = c.head
    if c.dep_ != "conj" or c.i <= clause.i or clause.pos_ not in ("VERB", "AUX"):
        return False
    if (
        c.pos_ in ("NOUN", "PROPN")
        and any(t.dep_ == "cc" for t in clause.children if t.i < c.i)
        # a verb the tagger took for an adjective after its own subject ("many hired tutors"), not a verb that
        # goes on with the clause's subject ("enhanced metabolism, ..., and increased levels of ...")
        and any(v.dep_ == "amod" and v.tag_ in ("VBD", "VBN") and c.left_edge.i < v.i for v in c.children)
    ):
        return True
    doc = cue.doc
    set_off = cue.i >= 2 and doc[cue.i - 1].text == "," and subj.i < cue.i and subj.right_edge.i == cue.i - 2
    return (
        set_off
        and c.tag_ in ("VBD", "VBZ", "VBP")
        and doc[c.left_edge.i - 1].text == ","
        and not any(g.dep_ in _SUBJ or g.dep_.startswith("aux") for g in c.children)
    )


def _before_own_report(d: _Doc, lo: int, hi: int) -> int:
    """End an object before a relative clause set off by a comma in which the object reports something of its
    own ("Ted Cruz endorses Trump, who says he is honored": Trump says it; Cruz endorses Trump). That clause
    is a claim of its own, with its own speaker."""
    doc = d.doc
    for t in doc[lo + 1 : hi + 1]:
        if t.dep_ != "relcl" or t.head.i < lo or t.left_edge.i <= lo or doc[t.left_edge.i - 1].text != ",":
            continue
        rel = doc[t.left_edge.i]
        if rel.tag_ != "WP" or rel.dep_ not in ("nsubj", "nsubjpass") or not _is_cue(t):
            continue
        end = t.left_edge.i - 1
        while end > lo and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        return end
    return hi


# Punctuation that ends one clause before another ("... impulses - it has also exposed ...", "...; she called").
_CLAUSE_BREAKS = frozenset(";\u2014\u2013-")

# Auxiliaries that open an inverted condition ("should he fail to ...", "had they known ...").
_INVERTING = {"should", "had", "were"}


def _with_condition(d: _Doc, cue: Token, span: tuple[int, int]) -> tuple[int, int]:
    """Extend a content over the end of its sentence when the parser made that end the root and the cue its
    complement: a condition ("threatened to make him testify, should he fail to ...", "cautioned that the
    plans might evolve should she become president") or a list it misread as a clause ("stressing that her
    plans will solve problems — the cost of childcare, mounting student debt and unpaid family leave").
    A dash or a semicolon after the content ends it ("critics would call them impulses - it has exposed")."""
    head = cue.head
    if cue.dep_ not in ("ccomp", "parataxis") or head.dep_ != "ROOT" or head.i <= cue.i:
        return span
    if head.lower_ in SPEECH or head.lower_ in WEAK or d.idx[head.i] < span[1]:
        return span  # "X said A, Y said": another cue reports the whole
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    inverted = subj is not None and any(
        c.dep_ == "aux" and c.lower_ in _INVERTING and c.i < subj.i for c in head.children
    )
    end = head.right_edge.i
    while end > head.i and (cue.doc[end].is_punct or cue.doc[end].is_space):
        end -= 1
    conditional = inverted or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children)
    if not conditional and any(ch in _CLAUSE_BREAKS for ch in d.text[span[1] : d.end_char(end)]):
        return span
    out = d.trim(span[0], d.end_char(end))
    return out if out is not None else span


# Subordinators that open a sentence's adverbial clause ("When the advisers suggested that ..., Mr. Trump ...").
_OPENING_SUBORDINATORS = frozenset(
    ("when", "after", "before", "once", "because", "although", "though", "while", "since", "until", "if", "unless")
)


def _before_main_clause(d: _Doc, cue: Token, span: tuple[int, int]) -> tuple[int, int]:
    """End a content before the main clause of its sentence when the parser missed that the cue's clause is
    subordinate: in "When President Trump's advisers suggested that Beijing resume buying ... as part of a trade deal,
    Mr. Trump wasn't satisfied" it made "suggested" the root and gave the reported clause a second subject, the main
    clause's, after a comma. Only for a cue its sentence's opening subordinator hangs on."""
    doc = cue.doc
    first = doc[cue.sent.start]
    if first.lower_ not in _OPENING_SUBORDINATORS or first.head.i != cue.i or first.dep_ not in ("advmod", "mark"):
        return span
    if cue.dep_ != "ROOT":
        return span
    for c in cue.children:
        if c.dep_ != "ccomp" or c.i < cue.i:
            continue
        subjects = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) < 2:
            continue
        k = subjects[-1].left_edge.i - 1
        if k <= subjects[0].i or doc[k].text != ",":
            continue
        while k > cue.i and (doc[k].is_punct or doc[k].is_space):
            k -= 1
        if d.idx[k] <= span[0]:
            continue
        out = d.trim(span[0], min(span[1], d.end_char(k)))
        return out if out is not None else span
    return span


def _after_dateline(d: _Doc, a: int, stop: int) -> int:
    """The first token of a sentence after its dateline ("DUBAI, United Arab Emirates — Emirates finalized
    ..., executives announced"): the place the story was filed from is no part of what was reported. The shared
    reader says whether a dateline starts at the sentence (also mid-line, after a byline); ``stop`` when the
    dateline fills the span ("ANKARA, Turkey — President Erdogan, speaking ...": nothing before the speaker)."""
    doc = d.doc
    dl = datelines.opening(d.text, doc[a].idx)
    if dl is None:
        return a
    k = d.tok_at(dl.end)
    if k < len(doc) and doc[k].idx < dl.end:
        k += 1
    return min(k, stop) if k > a else a


def _content_end(d: _Doc, cue: Token, clause: Token) -> int:
    """Last token of a reported clause, with the coordinated clauses after it that go on with it."""
    hi = clause.right_edge.i
    for c in cue.rights:
        if c.i > hi and _continues_content(c):
            hi = c.right_edge.i
    return hi


def _continues_content(tok: Token) -> bool:
    """Whether a dependent to the right of a cue's clause is more of the reported content."""
    if tok.dep_ == "advcl":
        return not _is_cue(tok)  # "..., adding that ...": a claim of its own
    if tok.dep_ == "dep" and tok.tag_ == "VB" and not any(c.dep_ in _SUBJ for c in tok.children):
        # "planned to revitalize ticket sales, then hand over the property": a bare verb the parser left hanging
        # is the reported infinitive's second verb.
        head = tok.head
        return any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < tok.i and _to_infinitive(c) for c in head.children)
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or _is_cue(tok):
        return False
    said = [c for c in tok.head.children if c.dep_ in ("ccomp", "xcomp") and c.i < tok.i]
    own = any(c.dep_ in _SUBJ for c in tok.children) or tok.tag_ == tok.head.tag_ and tok.tag_ in ("VBD", "VBZ")
    if said and all(c.dep_ == "xcomp" and _to_infinitive(c) for c in said) and own:
        # "promised to lower taxes, but voters remain skeptical", "urged Congress to act, then left for Hawaii":
        # a reported infinitive has no subject nor tense of its own, so a clause with a subject, or a verb in the
        # cue's own tense (the speaker's next act), is not more of it.
        return False
    if not any(c.dep_ in _SUBJ for c in tok.children):
        # "said he would order a review and warned against hackers": a report verb in the cue's own tense,
        # with no auxiliary of the reported clause's ("but would add"), is the speaker's next act.
        return not _second_act(tok)
    # "said it was too early, and there was no evidence yet": a clause of its own joined by "and"/"but"
    # goes on with what was said, unless a cue inside it reports someone else.
    joined = any(c.dep_ == "cc" for c in tok.head.children if c.i < tok.i)
    # "..., and his deputy said the same": a verb of saying with a subject of its own is another report, clause or not.
    return joined and tok.lower_ not in SPEECH and not any(_is_cue(t) for t in tok.subtree)


def _before_next_act(d: _Doc, cue: Token, lo: int, hi: int) -> int:
    """End a reported clause before the speaker's next act that the parser coordinated inside it: "said he
    would order a review and warned against hackers" cannot mean "would warned", so "warned", in the cue's
    own tense, goes with "said"."""
    doc = d.doc
    for t in doc[lo : hi + 1]:
        h = t.head
        if t.dep_ != "conj" or t.tag_ != cue.tag_ or t.tag_ not in ("VBD", "VBZ") or h.tag_ != "VB":
            continue
        if any(c.dep_ in _SUBJ or c.dep_ in ("aux", "auxpass") for c in t.children):
            continue
        if not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in h.children):
            continue
        end = t.left_edge.i - 1
        while end > lo and (doc[end].dep_ == "cc" or doc[end].is_punct):
            end -= 1
        return min(hi, end) if end > lo else hi
    return hi


def _before_main_verb(d: _Doc, cue: Token, lo: int, hi: int) -> int:
    """End a report in a relative clause set off by commas before the sentence's own verb, which the parser
    swallowed into the report when it left the sentence without a verb root ("The mayor of Chicago, who said
    the city was safe, faced protests": the mayor said "the city was safe", and faced protests)."""
    doc = d.doc
    rel = next((c for c in cue.children if c.dep_ in _SUBJ and c.tag_ in ("WP", "WDT")), None)
    if cue.dep_ != "relcl" or rel is None or rel.i == 0 or doc[rel.i - 1].text != ",":
        return hi
    if cue.sent.root.pos_ in ("VERB", "AUX"):
        return hi
    for t in doc[lo + 1 : hi + 1]:
        if t.tag_ in ("VBD", "VBZ", "VBP", "VBN") and doc[t.i - 1].text == "," and t.i - 1 > lo:
            return t.i - 2
    return hi


def _second_act(tok: Token) -> bool:
    """Whether a verb coordinated with a cue is another report by the same speaker ("said ... and warned
    against ...", "says ... and wants ..."): a speech or cognition verb in the cue's own finite form."""
    head = tok.head
    if tok.lower_ not in SPEECH and tok.lower_ not in WEAK:
        return False
    if head.lower_ not in SPEECH and head.lower_ not in WEAK:
        return False
    return (
        tok.tag_ == head.tag_
        and tok.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


def _subject_after_time(d: _Doc, cue: Token, span: tuple[int, int]) -> tuple[int, int]:
    """ "Siemens said on Friday profit rose 10%", "Pfizer said on Tuesday sales of Paxlovid fell 50%": with no
    "that", the parser reads the day and the clause's subject as one noun phrase under the cue's "on" ("Friday
    profit"), and the clause starts at its verb with no subject. The words after the day are the clause's subject."""
    lo, hi = span
    doc = d.doc
    i = d.tok_at(lo)
    if i >= len(doc) or i == 0 or doc[i].pos_ not in ("VERB", "AUX") or d.idx[i] != lo:
        return span
    verb = doc[i]
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return span
    root = doc[i - 1]
    while not (root.dep_ == "pobj" and root.head.head.i == cue.i):
        if root.head.i == root.i or not cue.i < root.head.i < i:
            return span
        root = root.head
    if root.head.lower_ not in ("on", "at", "in") or root.ent_type_ in ("DATE", "TIME"):
        return span
    days = [t.i for t in doc[root.head.i + 1 : root.i] if t.ent_type_ in ("DATE", "TIME")]
    if not days or days[-1] + 1 > root.i or root.pos_ not in ("NOUN", "PROPN"):
        return span
    return d.idx[days[-1] + 1], hi
