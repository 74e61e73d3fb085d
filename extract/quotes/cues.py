"""Reporting cues in a parsed document: speech verbs with their subject and content, "according to X",
assertion nouns, transcript and headline labels; plus array views of the Doc."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from extract.quotes.lexicon import (
    _ATTITUDE,
    _CIRCUMSTANCE,
    _CLAIM_NOUNS,
    _CLAUSE_ONLY,
    _DIRECTIVE,
    _DOCUMENT_NOUNS,
    _EDGE_SOFT,
    _EVIDENCE_NOUNS,
    _GENDERED,
    _INTENTION,
    _LABEL,
    _LABEL_STOP,
    _MARK_CHARS,
    _MARKS,
    _NONEMPTY_LINE,
    _NOT_PLAIN,
    _OBJECT_CONTROL,
    _OWN_DEPS,
    _PARTICLES,
    _QUOTE_TOKENS,
    _SAID_THINGS,
    _SUBJ,
    _WRITTEN,
    SPEECH,
    WEAK,
)
from extract.quotes.marks import _skip_space
from extract.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from extract.repair import Repaired


@dataclass(slots=True, eq=False)
class _Att:
    """One attribution found in the text (parser-text offsets)."""

    cue: str
    kind: str
    sent: int
    cue_start: int
    cue_end: int
    cue_tok: int | None = None
    subj_tok: int | None = None
    source_span: tuple[int, int] | None = None
    content: tuple[int, int] | None = None
    weak: bool = False
    quotes: list[int] = field(default_factory=list)
    nested: bool = False
    lemma: str = ""
    subj_start: int | None = None
    subj_left: int | None = None
    subj_stop: int | None = None
    """Last token of the speaker's phrase when the parser ran it into the content."""
    """Where the subject's phrase starts ("“...,” the minister said": the quote ends right before it)."""
    names: tuple[str, ...] = ()
    said: str | None = None
    actor: bool = False
    """Whether the source resolved to an actor mention (or a named label)."""
    that: bool = False
    """Whether the cue takes a clause opened by "that" or sources one with "as X noted" (then even a
    half-speech verb reports)."""


class _Doc:
    """Array views of a parsed Doc so that the per-token work stays in C."""

    def __init__(self, doc: Doc, text: str) -> None:
        import numpy as np

        self.doc = doc
        self.text = text  # == doc.text, which spaCy rebuilds token by token on every access
        if len(doc):
            arr = doc.to_array(["IDX", "SENT_START"]).astype(np.int64)
            self.idx: list[int] = arr[:, 0].tolist()
            starts = np.flatnonzero(arr[:, 1] == 1).tolist()
        else:
            self.idx, starts = [], []
        if not starts or starts[0] != 0:
            starts = [0, *starts]
        self.sent_starts: list[int] = starts
        self.sent_chars: list[int] = [self.idx[s] for s in starts] if self.idx else [0]
        # Starts of non-empty lines, numbered like QuoteSpan.para.
        self.para_starts: list[int] = [m.start() for m in _NONEMPTY_LINE.finditer(self.text)]

    def para_of(self, char: int) -> int:
        return max(0, bisect_right(self.para_starts, char) - 1)

    def tok_at(self, char: int) -> int:
        """Index of the token that contains or follows ``char``."""
        return max(0, bisect_right(self.idx, char) - 1)

    def sent_of_tok(self, i: int) -> int:
        return bisect_right(self.sent_starts, i) - 1

    def sent_of_char(self, char: int) -> int:
        return max(0, bisect_right(self.sent_chars, char) - 1)

    def sent_range(self, s: int) -> tuple[int, int]:
        """Token range [a, b) of sentence ``s``."""
        a = self.sent_starts[s]
        b = self.sent_starts[s + 1] if s + 1 < len(self.sent_starts) else len(self.idx)
        return a, b

    def sent_chars_range(self, s: int) -> tuple[int, int]:
        a, b = self.sent_range(s)
        tok = self.doc[b - 1]
        return self.idx[a], tok.idx + len(tok)

    def end_char(self, i: int) -> int:
        tok = self.doc[i]
        return tok.idx + len(tok)

    def trim(self, s: int, e: int) -> tuple[int, int] | None:
        """Strip spaces and punctuation from both ends of a character span, and quote marks that
        would be left unpaired (a span that starts inside a quote keeps the quote's closing mark)."""
        text = self.text
        while s < e and text[s] in _EDGE_SOFT:
            s += 1
        while e > s and text[e - 1] in _EDGE_SOFT:
            e -= 1
        for _ in range(4):
            if e <= s:
                break
            odd = len(_MARKS.findall(text, s, e)) % 2 == 1
            if text[s] in _MARK_CHARS and (odd or text[e - 1] in _MARK_CHARS):
                s += 1
            elif odd and text[e - 1] in _MARK_CHARS:
                e -= 1
            else:
                break
            while s < e and text[s] in _EDGE_SOFT:
                s += 1
            while e > s and text[e - 1] in _EDGE_SOFT:
                e -= 1
        return (s, e) if e > s else None

    def tok_span(self, lo: int, hi: int) -> tuple[int, int] | None:
        """Trimmed character span of tokens lo..hi inclusive."""
        if hi < lo:
            return None
        return self.trim(self.idx[lo], self.end_char(hi))


@lru_cache(maxsize=1)
def _hashes() -> tuple[Any, dict[int, int]]:
    """spaCy's (deterministic) string hashes of the cue words and of the gendered words."""
    import numpy as np
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    words = (*SPEECH, *WEAK, *_CLAIM_NOUNS, *_ATTITUDE, "according")
    cues = np.fromiter({hash_string(f) for f in words}, dtype=np.uint64)
    return cues, {hash_string(w): v for w, v in _GENDERED.items()}


def _find_cues(d: _Doc, inside: list[bool]) -> list[_Att]:
    """Speech-verb and "according to" attributions outside quotes."""
    import numpy as np

    doc = d.doc
    if not len(doc):
        return []
    lower = doc.to_array("LOWER")
    wanted = _hashes()[0]
    out: list[_Att] = []
    for i in np.flatnonzero(np.isin(lower, wanted)).tolist():
        if inside[i]:
            continue
        tok = doc[i]
        sent = d.sent_of_tok(i)
        if tok.lower_ == "according":
            att = _according(d, tok, sent)
            if att is not None:
                out.append(att)
            continue
        if tok.lower_ in _CLAIM_NOUNS and tok.tag_.startswith("NN"):
            # "Trump claims that ..." and "is warning that ..." are verbs: only the noun names a claim.
            att = _claim_noun(d, tok, sent, inside)
            if att is not None:
                out.append(att)
            continue
        if tok.lower_ in _ATTITUDE:
            if tok.dep_ == "acomp" and _has_clause(tok):
                att = _attitude(d, tok, sent, inside)
                if att is not None:
                    out.append(att)
            continue
        if not tok.tag_.startswith("VB"):
            continue
        low = tok.lower_
        is_weak = low not in SPEECH
        lemma = SPEECH.get(low) or WEAK.get(low) or ""
        objective = is_weak and _weak_object(tok, lemma)
        if not lemma or (is_weak and not _has_clause(tok) and not objective):
            continue
        if lemma == "find" and not objective and not any(c.dep_ == "ccomp" and _finite(c) for c in tok.children):
            continue  # "found a man bleeding", "found it difficult": what someone came upon, not a finding
        particle = next((c for c in tok.children if c.lower_ in _PARTICLES.get(lemma, ())), None)
        if lemma in _PARTICLES and particle is None and not _has_clause(tok) and not _names_as(tok):
            continue
        # A "not" inside quotes is the speaker's ("“Probably not,” Ms. Moore said"), not the cue's.
        if any(c.dep_ == "neg" and not inside[c.i] for c in tok.children) or (
            tok.dep_ == "conj"
            and any(c.dep_ == "neg" and not inside[c.i] for c in tok.head.children)
            and not any(c.dep_ in _SUBJ for c in tok.children)
        ):
            continue  # "he didn't suggest retaliation (or declare ...)": nothing was said
        if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and not any(c.dep_[:3] == "aux" for c in tok.children):
            continue  # "Asked about it, Ford said": the subject was asked, the participle is no speech of his
        subj = _subject(tok, inside) or _bare_subject(tok, inside)
        if subj is None or inside[subj.i]:
            continue
        if lemma == "read" and subj.lower_ not in _WRITTEN and subj.lower_ not in ("it", "which"):
            continue  # "she read the report": only a text "reads"
        cue = tok.text if particle is None else f"{tok.text} {particle.text}"
        if subj.lower_ == "it" and subj.dep_ == "nsubjpass":
            continue  # "it is feared that ...": nobody in particular
        if is_weak and subj.lower_ in ("which", "that"):
            continue  # "the summit, which showed that ...": a thing as evidence is the writer's inference
        att = _Att(cue, "indirect", sent, tok.idx, tok.idx + len(tok), i, subj.i, weak=is_weak, lemma=lemma)
        att.subj_start = subj.idx
        att.subj_left = subj.left_edge.idx
        att.content = _content(d, tok, sent, lemma, subj, objective)
        # A that-clause or a sourcing "as X noted, ..." makes even a half-speech verb report.
        att.that = any(c.dep_ == "ccomp" and _that_clause(c) for c in tok.children) or _sourcing_as(tok, lemma)
        out.append(att)
    return out


def _colon_blocks(d: _Doc, atts: Sequence[_Att]) -> None:
    """ "The governor added:" closing a paragraph introduces the next paragraph as his words, also when
    the outlet sets them as a block without quote marks."""
    text = d.text
    for a in atts:
        if a.content is not None or a.cue_tok is None:
            continue
        nl = text.find("\n", a.cue_end)
        line_end = len(text) if nl < 0 else nl
        tail = text[a.cue_end : line_end].rstrip()
        if nl < 0 or not tail.endswith(":") or len(tail) > 40:
            continue
        start = _skip_space(text, line_end)
        if start >= len(text) or text[start] in _MARK_CHARS:
            continue  # a quote: the quote pairing gives it to this cue
        nxt = text.find("\n", start)
        block = d.trim(start, len(text) if nxt < 0 else nxt)
        if block is not None:
            a.content, a.kind = block, "direct"


def _finite(clause: Token) -> bool:
    """Whether a clause is finite ("that X was", "X is"), not a small clause ("a man bleeding")."""
    if clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or _that_clause(clause):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in clause.children)


def _weak_object(tok: Token, lemma: str) -> bool:
    """Whether a cognition verb reports its plain object: evidence that shows or finds something ("polls
    show a close contest", "a study found 31 incidents") or a wish ("Democrats want policies that ...")."""
    if not any(c.dep_ == "dobj" for c in tok.children):
        return False
    if lemma == "want":
        return True  # a named speaker is still required (an intention verb)
    if lemma not in ("show", "find"):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in _EVIDENCE_NOUNS


def _names_as(tok: Token) -> bool:
    """ "called the decision a huge win": a verb naming its object as something (an evaluation)."""
    return any(c.dep_ == "oprd" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children)


def _has_clause(tok: Token) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


def _subject(cue: Token, inside: Sequence[bool]) -> Token | None:
    """The subject of a cue verb, through conjunctions, xcomps, participles and relative clauses."""
    tok = cue
    for _ in range(4):
        # A passive cue speaks with its agent ("was announced by the ministry").
        agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent
        # With two subjects ("the president of X, Ursula Y warned") the one next to the verb names the speaker.
        subjects = [c for c in tok.children if c.dep_ in _SUBJ and c.dep_ != "expl" and not inside[c.i]]
        if subjects:
            if tok.i == cue.i and all(c.dep_ == "nsubjpass" for c in subjects) and subjects[0].lower_ != "it":
                return None  # "the plan was criticised": what was said, not who said it
            before = [c for c in subjects if c.i < tok.i]
            return before[-1] if before else subjects[0]
        if tok.dep_ == "relcl":
            # "a way to maintain ...": an infinitive says what the noun is for, not what it said.
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            return None if infinitive else tok.head
        if tok.dep_ == "acl" and tok.head.lower_ in _DOCUMENT_NOUNS and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "issued a statement calling X ...": who issued it speaks
            continue
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
            if tok.dep_ != "conj" and tok.tag_ == "VBG":
                head = tok.head
                obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)
                if (
                    obj is not None
                    and head.lower_ in _OBJECT_CONTROL
                    and not any(t.is_punct for t in tok.doc[obj.right_edge.i + 1 : tok.i])
                ):
                    return obj  # "left many nations feeling that ...": the object feels, not the subject
                if tok.i > 0 and tok.doc[tok.i - 1].text == "," and _in_relative(head):
                    # "defend not paying an architect who said ..., saying “...”": a participle set off at
                    # the end speaks for the main clause, not for the relative clause the parser hung it on.
                    tok = tok.doc[head.sent.root.i] if head.sent.root.i != head.i else head
                    continue
            tok = tok.head
            continue
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "After saying ..., she was ...": who the main clause is about
            continue
        return None
    return None


def _in_relative(tok: Token) -> bool:
    """Whether a verb sits in a relative clause (itself or an ancestor is one)."""
    t = tok
    for _ in range(8):
        if t.dep_ == "relcl":
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _bare_subject(cue: Token, inside: Sequence[bool]) -> Token | None:
    """ "“...,” Tulsa police Chief Chuck Jordan said", "“...,” Flynn, a top surrogate, said": when the
    parser gave the cue no subject, the name between the quote and the cue (or right after "said")
    speaks."""
    doc = cue.doc
    if cue.lower_ not in SPEECH:
        return None
    sent_start = cue.sent.start
    chunk: list[Token] = []
    k = cue.i - 1
    while k >= sent_start and not inside[k] and doc[k].text not in _QUOTE_TOKENS and doc[k].pos_ not in ("VERB", "AUX"):
        chunk.append(doc[k])
        k -= 1
    if chunk and (k < sent_start or inside[k] or doc[k].text in _QUOTE_TOKENS):
        chunk.reverse()
        named = [t for t in chunk if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
        nouns = [t for t in chunk if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if named:
            first = named[0]
            while first.i + 1 < cue.i and doc[first.i + 1].ent_type_ == first.ent_type_:
                first = doc[first.i + 1]
            return first
        if nouns:
            return nouns[-1]
    nxt = cue.i + 1
    if (
        nxt < len(doc)
        and doc[nxt].pos_ == "PROPN"
        and doc[nxt].ent_type_ not in ("DATE", "TIME")
        and (cue.i == sent_start or doc[cue.i - 1].is_punct or inside[cue.i - 1])
    ):  # "“...,” said Smith" and the inverted "Said Smith: “...”" opening a sentence
        while nxt + 1 < len(doc) and doc[nxt + 1].pos_ == "PROPN":
            nxt += 1
        return doc[nxt]
    return None


def _attitude(d: _Doc, tok: Token, sent: int, inside: Sequence[bool]) -> _Att | None:
    """ "Many Democrats are afraid that ...", "Obama is determined to ...": a held belief or intention."""
    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and not inside[c.i]), None)
    clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
    if subj is None or clause is None or subj.lower_ in ("it", "this", "that", "which"):
        return None  # "it is certain that ...": nobody in particular
    att = _Att(tok.text, "indirect", sent, tok.idx, tok.idx + len(tok), tok.i, subj.i, weak=True, lemma=tok.lower_)
    att.subj_start = subj.idx
    att.subj_left = subj.left_edge.idx
    att.content = d.tok_span(clause.left_edge.i, clause.right_edge.i)
    return att


def _claim_noun(d: _Doc, tok: Token, sent: int, inside: Sequence[bool]) -> _Att | None:
    """ "Trump's claim that there were thousands of shootings", "a New York Times report that ...", "a
    warning from the IMF that ...": an author (possessor, name before the noun, "by/from X") and a
    that-clause."""
    clause = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("acl", "ccomp") and _that_clause(c) or c.dep_ == "relcl" and _complement_in_disguise(c)
        ),
        None,
    )
    if clause is None:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss" and not inside[c.i]]
    owners += [
        c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ and not inside[c.i]
    ]
    owners += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < clause.i
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "PROPN" and not inside[g.i]
    ]
    owner = owners[0] if owners else None
    if owner is None or owner.tag_ in ("PRP$", "WP$"):
        return None
    att = _Att(tok.text, "indirect", sent, tok.idx, tok.idx + len(tok), tok.i, owner.i, lemma=tok.lower_)
    att.subj_start = owner.idx
    att.content = d.tok_span(clause.left_edge.i, clause.right_edge.i)
    return att


def _according(d: _Doc, tok: Token, sent: int) -> _Att | None:
    """ "according to X": X is the source, the rest of the sentence the content."""
    doc = d.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    src = next((g for g in to.children if g.dep_ == "pobj"), None)
    if src is None:
        src = next((g for g in to.rights), None)
    if src is None or not any(c.isalpha() for c in src.text):
        return None  # "O'Neill" and "Kosiniak-Kamysz" are names too
    a, b = d.sent_range(sent)
    lo, hi = tok.i, max(src.right_edge.i, to.i)
    before = [i for i in range(a, lo) if not (doc[i].is_punct or doc[i].is_space)]
    after = [i for i in range(hi + 1, b) if not (doc[i].is_punct or doc[i].is_space)]
    comma = next((i for i in range(src.i + 1, hi + 1) if doc[i].text == ","), None)
    if len(before) < 3 and len(after) < 3 and comma is not None and hi - comma > 3:
        # "According to X, the move reeks of fear": the parser hung the content on X as an apposition.
        hi = comma
        after = [i for i in range(hi + 1, b) if not (doc[i].is_punct or doc[i].is_space)]
    if before and after and (doc[lo - 1].is_punct or len(before) >= 3) and (doc[hi + 1].is_punct or len(after) >= 3):
        # "The deal, according to officials, is close": set off inside the sentence, it sources all of it.
        content = d.tok_span(a, b - 1)
    elif len(after) >= len(before):
        content = d.tok_span(after[0], after[-1]) if after else None
    else:
        content = d.tok_span(before[0], before[-1])
    att = _Att("according to", "according_to", sent, tok.idx, d.end_char(to.i), tok.i, src.i)
    att.content = content
    att.subj_stop = hi - 1 if comma == hi else None
    return att


def _content(
    d: _Doc, cue: Token, sent: int, lemma: str | None, subj: Token, objective: bool = False
) -> tuple[int, int] | None:
    """What a cue reports: its clause, the rest of a "..., X said" sentence, or its object (for a
    cognition verb only when ``objective``: "polls show a close race")."""
    clauses = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i != subj.i]
    if clauses:
        lo = min(c.left_edge.i for c in clauses)
        hi = max(c.right_edge.i for c in clauses)
        if lo < cue.i < min(c.i for c in clauses):
            lo = cue.i + 1  # "which she plans to do": the relative pronoun fronted before the cue is no content
        if lemma in _DIRECTIVE or lemma == "call":
            # "urged people to protest peacefully": who is told to act is part of what was said.
            told = [c for c in cue.children if c.dep_ in ("dobj", "dative") and cue.i < c.i < lo]
            lo = min([lo, *(c.left_edge.i for c in told)])
        conj = [c for c in clauses[-1].children if c.dep_ == "conj" and not _is_cue(c)]
        hi = max(hi, *(c.right_edge.i for c in conj)) if conj else hi
        for c in clauses[-1].children:
            if c.dep_ == "conj" and _is_cue(c):
                # "said he would win and added that ...": the second cue reports its own claim.
                hi = min(hi, c.left_edge.i - 1)
                while hi > lo and (d.doc[hi].dep_ == "cc" or d.doc[hi].is_punct):
                    hi -= 1
        # "said it would cut revenue, but would add ... later": a subjectless verb or an adverbial clause
        # after the reported clause, hung on the cue by the parser, continues what was said.
        for c in cue.rights:
            if c.i > hi and _continues_content(c):
                hi = c.right_edge.i
        return d.tok_span(lo, hi)
    if lemma in SPEECH.values():
        # "said after the convention he would not accept ...", "tells his supporters to go ...": a
        # complement clause the parser hung on the cue as an adverbial one (it has no "if", "when" ...).
        for c in cue.rights:
            if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and not _is_cue(c):
                marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ != "that" or m.tag_ == "WRB"]
                own_subject = any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
                infinitive = any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
                # An infinitive is what was told only after an addressee ("tells his supporters to go"),
                # not a purpose ("spoke to discuss ...").
                addressee = lemma in _DIRECTIVE and any(
                    m.dep_ in ("dobj", "dative") and m.i < c.i for m in cue.children
                )
                if not marks and own_subject:
                    return d.tok_span(c.left_edge.i, _content_end(d, cue, c))
                if not marks and infinitive and addressee:
                    told = min(m.left_edge.i for m in cue.children if m.dep_ in ("dobj", "dative") and m.i < c.i)
                    return d.tok_span(told, _content_end(d, cue, c))
    # "X stated, after meeting Y, that ...": a that-clause further down the cue's right side, unless
    # another cue reports it ("said many critics failed to note that ...": the parser's object).
    for t in cue.subtree:
        if t.i > cue.i and t.dep_ == "ccomp" and _that_clause(t) and not _under_cue(t, cue):
            return d.tok_span(t.left_edge.i, t.right_edge.i)
    # "told a meeting of leaders that few people understood ...": the parser made the that-clause a
    # relative clause of the addressee; a "that" marking it (not its subject or object) says otherwise.
    for c in cue.children:
        if c.dep_ in ("dobj", "dative", "prep", "npadvmod") and c.i > cue.i:
            for t in c.subtree:
                if t.dep_ == "relcl" and t.head.lower_ not in _CLAIM_NOUNS and _complement_in_disguise(t):
                    return d.tok_span(t.left_edge.i, t.right_edge.i)
    a, b = d.sent_range(sent)
    if subj.head.dep_ == "agent":
        # "The tariffs were announced by the ministry on Monday": the passive's subject and the rest.
        patient = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.lower_ != "it"), None)
        return d.tok_span(patient.left_edge.i, b - 1) if patient is not None else None
    left = min(cue.left_edge.i, subj.left_edge.i)
    if cue.dep_ in ("parataxis", "ROOT"):
        # "The benefit, it says, would be $300": a cue set off by commas inside a sentence reports all of it.
        own = [cue, *subj.subtree]
        own += [t for c in cue.children if c.dep_ in _OWN_DEPS for t in c.subtree]
        words = [t.i for t in own if not t.is_punct]
        lo, hi = min(words), max(words)
        doc = d.doc
        if a < lo - 1 and hi + 2 < b and doc[lo - 1].text == "," and doc[hi + 1].text == ",":
            return d.tok_span(a, b - 1)
    if _sourcing_as(cue, lemma):
        # "As experts have pointed out, Mr. Trump is free to ...": the "as" clause sources the rest.
        lo, hi = cue.left_edge.i, cue.right_edge.i
        if lo <= a + 1 and hi + 1 < b:
            return d.tok_span(hi + 1, b - 1)
        if hi >= b - 2 and lo > a:
            return d.tok_span(a, lo - 1)
        return d.tok_span(a, b - 1)
    # "Content, X said." parsed with the content verb as the root.
    subordinate = any(c.dep_ == "mark" or c.tag_ == "WRB" for c in cue.children)  # "when X blasted him"
    if (
        cue.dep_ != "relcl"
        and not subordinate
        and _plain_speech(lemma)
        and cue.head.i != cue.i
        and cue.head.i < left
        and left > a
        and d.doc[left - 1].is_punct
    ):
        return d.tok_span(a, left - 1)
    if lemma == "say":
        # "said many of the examples ... failed": "say" takes a clause, so a noun-phrase object holding
        # a verb is the parser's misreading of a clause; what follows the cue is what was said.
        obj = next((c for c in cue.rights if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ != "PRON" and obj.lower_ not in _SAID_THINGS:
            verbs = [t for t in obj.subtree if t.pos_ in ("VERB", "AUX") and t.i > obj.i]
            if verbs:
                hi = max(t.right_edge.i for t in cue.rights if not t.is_punct)
                return d.tok_span(obj.left_edge.i, hi)
    if lemma in _CLAUSE_ONLY or (lemma in WEAK.values() and not objective):
        return None
    objs = [c for c in cue.rights if c.dep_ in ("dobj", "attr", "oprd", "prep", "dative", "acomp", "advcl")]
    # "denounced the presence of X and that Y": a that-clause coordinated with the object.
    objs += [c for c in cue.rights if c.dep_ == "conj" and _that_clause(c)]
    objs = [c for c in objs if not (c.dep_ == "prep" and c.lower_ in _CIRCUMSTANCE and not _valued(lemma, c))]
    # "criticized Obama, saying that ...": the participle's report is a claim of its own.
    objs = [c for c in objs if not (c.dep_ == "advcl" and c.lower_ in SPEECH)]
    if not objs or objs[0].dep_ == "dative" and len(objs) == 1:
        return None
    lo = min(c.left_edge.i for c in objs)
    hi = max(c.right_edge.i for c in objs)
    return d.tok_span(lo, hi)


def _plain_speech(lemma: str | None) -> bool:
    """Whether a cue is a verb of saying, which may follow what was said ("Content, X said"); stances,
    intentions and characterisations never do."""
    return bool(lemma) and lemma in SPEECH.values() and lemma not in _NOT_PLAIN


def _sourcing_as(cue: Token, lemma: str | None) -> bool:
    """ "As experts have pointed out, ...": an "as" clause of a verb of saying with nothing said of its
    own sources the rest of the sentence ("as he welcomed guests" is a time, not a source)."""
    if cue.dep_ != "advcl" or not _plain_speech(lemma):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return False
    # "as she put it" keeps its "it": the sentence is what she put.
    own = ("dobj", "dative", "ccomp", "xcomp", "attr", "oprd")
    return not any(c.dep_ in own and not (c.dep_ == "dobj" and c.lower_ == "it") for c in cue.children)


def _content_end(d: _Doc, cue: Token, clause: Token) -> int:
    """Last token of a reported clause, with the coordinated clauses after it that go on with it."""
    hi = clause.right_edge.i
    for c in cue.rights:
        if c.i > hi and _continues_content(c):
            hi = c.right_edge.i
    return hi


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
    subj = any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in t.children)
    return subj and (t.pos_ in ("ADJ", "NOUN", "PROPN") or any(c.dep_ in ("acomp", "attr") for c in t.children))


def _under_cue(t: Token, cue: Token) -> bool:
    """Whether another speech or cognition verb stands between a clause and the cue above it."""
    h = t.head
    while h.i != cue.i and h.head.i != h.i:
        if h.lower_ in SPEECH or h.lower_ in WEAK:
            return True
        h = h.head
    return False


def _continues_content(tok: Token) -> bool:
    """Whether a dependent to the right of a cue's clause is more of the reported content."""
    if tok.dep_ == "advcl":
        return not _is_cue(tok)  # "..., adding that ...": a claim of its own
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or _is_cue(tok):
        return False
    if not any(c.dep_ in _SUBJ for c in tok.children):
        return True
    # "said it was too early, and there was no evidence yet": a clause of its own joined by "and"/"but"
    # goes on with what was said, unless a cue inside it reports someone else.
    joined = any(c.dep_ == "cc" for c in tok.head.children if c.i < tok.i)
    return joined and not any(_is_cue(t) for t in tok.subtree)


def _is_cue(tok: Token) -> bool:
    """A speech verb with a clause of its own ("and added that ..."), or a cognition verb with a finite
    one: its own claim. "and refused to drop the gun" goes on with what was said."""
    if tok.lower_ in SPEECH:
        return _has_clause(tok)
    if tok.lower_ in WEAK and WEAK[tok.lower_] not in _INTENTION:
        return any(c.dep_ == "ccomp" for c in tok.children)
    return False


def _that_clause(tok: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children)


def _valued(lemma: str | None, prep: Token) -> bool:
    """ "estimated the number at 13,000": the "at" phrase is the figure, not a place."""
    return prep.lower_ == "at" and lemma in ("estimate", "put", "calculate", "forecast", "project")


def _labels(d: _Doc, rep: Repaired, mentions: Sequence[Mention]) -> list[_Att]:
    """Transcript lines: "NAME: words" at the start of a paragraph; in the headline, also a named
    person or organisation ("Pat Caddell: Democrats Worried ...", the headline convention for a claim)."""
    out: list[_Att] = []
    text = d.text
    pos = 0
    headline = True
    for line in text.split("\n"):
        m = _LABEL.match(line)
        if m is not None:
            label = m.group(1)
            words = label.lower().split()
            named = headline and _names_exactly(rep, mentions, pos + m.start(1), pos + m.end(1))
            if words and words[0] not in _LABEL_STOP and words[-1] not in _LABEL_STOP and (named or _is_label(label)):
                s = pos + m.start(1)
                e = pos + m.end(1)
                content = d.trim(pos + m.end(), pos + len(line))
                if content is not None:
                    sent = d.sent_of_char(content[0])
                    kind = "direct" if _is_label(label) else "indirect"  # a headline paraphrases
                    out.append(_Att(":", kind, sent, e, e + 1, source_span=(s, e), content=content))
        headline = headline and not line.strip()
        pos += len(line) + 1
    return out


def _names_exactly(rep: Repaired, mentions: Sequence[Mention], s: int, e: int) -> bool:
    """Whether a person or organisation mention spans exactly parser-text [s, e)."""
    os_, oe = rep.span(s, e)
    return any(m.start == os_ and m.end == oe and m.kind in ("person", "organization") for m in mentions)


def _is_label(label: str) -> bool:
    """A speaker label is upper case ("WALLACE", "MR. TRUMP") or a short capitalised name."""
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
