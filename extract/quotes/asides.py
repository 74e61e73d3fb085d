"""A cue set in the middle of what it sources: "X said" between dashes or commas ("The plan — the minister said
— is dead"), a title before an interrupting cue, a clause set apart by a semicolon, and a closing "though X noted"
aside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.quotes.addressees import _addressee
from extract.quotes.lexicon import _CIRCUMSTANCE, _HONORIFIC, SPEECH, WEAK
from extract.quotes.people import _people

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from extract.quotes.docview import _Doc


def _interrupted(d: _Doc, cue: Token, subj: Token, clause: Token) -> int:
    """Where the clause a cue set off by commas interrupts starts, when the that-clause right after the cue
    completes it ("orders had fallen so sharply, the manager admitted, that the plant might close", "It is
    clear, the mayor said, that ..."): the parser hung the cue on that clause, the that-clause on the cue. As
    when the parser hangs that clause on the cue ("..., but the air pollution had become so bad, Mr. Obama
    noted, that ..."), an earlier clause joined to it with a subject of its own is not reported. Otherwise
    the that-clause's own start."""
    doc = d.doc
    lo = clause.left_edge.i
    head = cue.head
    if cue.dep_ != "parataxis" or head.i >= subj.i or head.pos_ not in ("VERB", "AUX"):
        return lo
    left = subj.left_edge.i
    if left < 1 or doc[left - 1].text != "," or doc[lo - 1].text != "," or doc[lo].lower_ != "that":
        return lo  # the cue is no aside between commas with the that-clause right after it
    joined = [
        cj
        for cj in head.children
        if cj.dep_ == "conj" and cj.right_edge.i < left and any(g.dep_ in ("nsubj", "nsubjpass") for g in cj.children)
    ]
    own = joined[-1] if joined else head
    if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in own.children):
        return lo
    end = doc[left - 2]
    if end != own and not own.is_ancestor(end):
        return lo  # the clause the cue interrupts ends right before it
    return own.left_edge.i


_ASIDE_DASHES = frozenset(("-", "--", "\u2014", "\u2013"))


def _spaced_dash(tok: Token) -> bool:
    """Whether a token is a dash set off by blanks (or an em dash or "--"), not a hyphen inside a word nor an en dash
    joining a range or a pair ("Dallas–Fort Worth", "the Paris–Berlin rail link")."""
    doc = tok.doc
    if tok.text not in _ASIDE_DASHES:
        return False
    return tok.text in ("\u2014", "--") or (tok.i > 0 and bool(doc[tok.i - 1].whitespace_) and bool(tok.whitespace_))


def _own_words_before(doc: Doc, start: int, k: int) -> bool:
    """Whether words of the sentence's own clause (a word in lower case) stand before the dash at ``k``: a dateline
    ("WASHINGTON —", "KYIV, Ukraine (AP) —") is names, numbers and brackets only."""
    return any(doc[j].is_alpha and doc[j].is_lower for j in range(start, k))


def _person_before(doc: Doc, start: int, k: int) -> bool:
    """Whether only a person's name (and an honorific) stands before the dash at ``k``: "Mr. Trump —", "Angela
    Merkel —" open the sentence's own subject, never a dateline."""
    return k > start and all(doc[j].ent_type_ == "PERSON" or doc[j].lower_ in _HONORIFIC for j in range(start, k))


def _dash_aside(cue: Token, subj: Token, floor: int = 0, bounds: tuple[int, int] | None = None) -> bool:
    """Whether "X said" stands between dashes inside the sentence it sources ("The deal - officials said - would be
    signed in May", "The plan — the minister said on Tuesday — is dead"): a dash right before the subject's own words
    and another within a few words after the cue, with words before the first dash. (``bounds``: the cue sentence's
    token range, when the caller has it; ``Token.sent`` walks the sentence each time.)"""
    doc = cue.doc
    start, send = bounds if bounds is not None else (cue.sent.start, cue.sent.end)
    if cue.dep_ == "relcl" or any(t.tag_ in ("WDT", "WP", "WP$") for t in subj.subtree):
        return False  # "-- most of whom had previously announced their support --": a relative aside
    k = subj.i - 1
    while (
        k > start and doc[k].dep_ in ("det", "amod", "compound", "nummod", "poss", "case") and not _spaced_dash(doc[k])
    ):
        k -= 1
    if k <= max(start, floor) or not _spaced_dash(doc[k]):
        return False
    if not (_own_words_before(doc, start, k) or _person_before(doc, max(start, floor), k)):
        return False
    end = min(send, cue.i + 7)
    after = next((j for j in range(cue.i + 1, end) if _spaced_dash(doc[j])), None)
    if after is None or after + 1 >= send or doc[after + 1].is_punct:
        return False
    # Only when and where it was said stand between the cue and the dash; "- critics would call them messianic
    # impulses -" reports what is inside the dashes.
    return _only_when_where_whom(cue, after)


def _comma_aside(cue: Token, subj: Token, floor: int = 0, bounds: tuple[int, int] | None = None) -> bool:
    """Whether "X said" stands between commas that split its sentence's subject from its predicate ("The ceasefire,
    the minister said in an interview, would hold until Friday", "The ceasefire, Lavrov told reporters, would
    hold"), however the parser hung the two halves: words with no verb before the first comma, a verb right after
    the second, and between the cue and the second comma only when, where and (after "told") whom."""
    doc = cue.doc
    start, send = bounds if bounds is not None else (cue.sent.start, cue.sent.end)
    if cue.dep_ == "relcl" or subj.i > cue.i or any(t.tag_ in ("WDT", "WP", "WP$") for t in subj.subtree):
        return False
    k = subj.i - 1
    while k > start and doc[k].dep_ in ("det", "amod", "compound", "nummod", "poss", "case") and doc[k].text != ",":
        k -= 1
    if k <= max(start, floor) or doc[k].text != "," or not _own_words_before(doc, max(start, floor), k):
        return False
    if any(doc[j].pos_ in ("VERB", "AUX") or doc[j].is_quote for j in range(max(start, floor), k)):
        return False  # "Prices rose, the minister said, ...": a clause before the cue, not a subject alone
    if doc[max(start, floor)].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"):
        return False  # "During the call, he asked about X, called Y ...": an adverbial, not the sentence's subject
    end = min(send, cue.i + 8)
    after = next((j for j in range(cue.i + 1, end) if doc[j].text == ","), None)
    if after is None or after + 1 >= send or doc[after + 1].pos_ not in ("VERB", "AUX"):
        return False
    return _only_when_where_whom(cue, after, whom_described=True)


def _only_when_where_whom(cue: Token, end: int, whom_described: bool = False) -> bool:
    """Whether only when and where it was said, and after "told" whom ("- police told reporters -"), stand between
    the cue and the closing mark at ``end``; with ``whom_described`` also the adjectives of whom ("told local
    reporters")."""
    doc = cue.doc
    told = SPEECH.get(cue.lower_) in ("tell", "inform", "assure")
    return all(
        doc[j].dep_ in _WHEN_WHERE
        or doc[j].ent_type_ in ("DATE", "TIME")
        or told
        and doc[j].dep_ in ("dobj", "dative")
        and doc[j].head.i == cue.i
        or whom_described
        and doc[j].dep_ in ("det", "amod")
        and doc[j].head.dep_ in ("dobj", "dative")
        and doc[j].head.head.i == cue.i
        for j in range(cue.i + 1, end)
    )


# Dependents that only say when, where or to whom something was said ("on Tuesday", "in a statement", "yesterday").
_WHEN_WHERE = frozenset(("prep", "pobj", "npadvmod", "advmod", "det", "compound", "nummod", "punct", "poss", "case"))


def _title_before_cue(cue: Token, lo: int, hi: int) -> bool:
    """Whether the clause a cue interrupts ("..., X explained, ...") has a subject both before the cue's phrase,
    ending right at its comma, and after it: then the one before is the speaker's title set before the name ("The
    Minister of Agriculture, Mr. Suharto Wijaya explained, the rice stock is enough"), which the parser made a
    subject of the clause (and maybe the cue's head)."""
    head = cue.head
    if head.i == cue.i:
        return False
    if head.dep_ in ("nsubj", "nsubjpass") and head.i < lo:
        title, clause = head, head.head
        end = max((t.i for c in title.children if c.i < lo for t in c.subtree), default=title.i)
    else:
        clause = head
        title = next(
            (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.right_edge.i == lo - 2), None
        )
        if title is None:
            return False
        end = title.right_edge.i
    return (
        end == lo - 2
        and title.pos_ in ("NOUN", "PROPN")
        # a title, an office or people ("The main problem, the report said, the city has ..." is the clause's own)
        and _people(title)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > hi for c in clause.children)
    )


def _set_off_after(cue: Token, clause: Token) -> bool:
    """Whether a comma or dash stands between a cue and the clause after it ("..., Mr. Obama noted, that ...")."""
    return any(t.text in (",", "\u2014", "\u2013", "-", "--") for t in cue.doc[cue.i + 1 : clause.left_edge.i])


def _apart(d: _Doc, clause: Token, subj: Token) -> bool:
    """Whether a clause before a cue's subject is a sentence of its own, set apart by a semicolon ("Border
    agents say ..., he said" reports the agents' report and stays whole)."""
    between = d.doc[clause.right_edge.i : subj.left_edge.i]
    if any(t.text == ";" for t in between):
        return True
    # "It was the second such case this year — police said the suspect was known to them", "Then came the twist: the
    # minister said the report was flawed": a dash or colon sets the writer's sentence apart when the cue reports a
    # clause of its own after it.
    cue = subj.head
    own = any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)
    if not own and any(t.text == ":" for t in between):
        # "We have been here before: Osama bin Laden declared war on the United States", "... the story of Copenhagen:
        # In December 2009, ..., the two learned of a meeting": a cue with an object of its own after a colon.
        # Whom a cue of telling tells is no object of that kind: "The plan is dead: the mayor told reporters",
        # "Tensions are rising: the minister warned lawmakers on Tuesday" report the clause before.
        lemma = SPEECH.get(cue.lower_)
        own = any(
            c.i > cue.i
            and (c.dep_ in ("dobj", "xcomp", "oprd", "attr") or c.dep_ == "prep" and c.lower_ not in _CIRCUMSTANCE)
            and not (c.dep_ in ("dobj", "dative") and _addressee(lemma, c))
            for c in cue.children
        )
    return own and any(t.text == ":" or _spaced_dash(t) for t in between)


# Subordinators of a contrast the writer sets against a report ("..., though she noted ...").
_CONCESSIVE = {"though", "although", "while", "whereas"}


def _before_aside(d: _Doc, lo: int, hi: int) -> int:
    """End a reported clause before a closing "though/although X noted/refused ...": a report or stance of
    someone's, with its own subject, set against the report is the writer's aside or a claim of its own."""
    doc = d.doc
    for t in doc[lo : hi + 1]:
        if t.dep_ != "advcl" or t.right_edge.i < hi - 1 or t.left_edge.i <= lo:
            continue
        if t.lower_ not in SPEECH and t.lower_ not in WEAK:
            continue
        marks = [c for c in t.children if c.dep_ == "mark" and c.i < t.i]
        if not marks or marks[0].lower_ not in _CONCESSIVE:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        end = t.left_edge.i - 1
        while end > lo and (doc[end].is_punct or doc[end].dep_ == "cc"):
            end -= 1
        return end
    return hi
