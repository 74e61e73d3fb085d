"""Direct quotes and reported claims, each attributed to the actor who said it.

Quotes are found by pairing quote marks (curly or straight, closing marks typed as opening ones, quotes
that continue across paragraphs); claims are sentences whose verb is a speech or report cue. Speakers
are the cue's subject resolved to a named actor mention (pronouns and titles resolved backwards).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.records import Claim, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from extract.repair import Repaired


def _inflections(lemma: str) -> set[str]:
    """Regular English verb forms (base, -s, -ed, -ing); irregular pasts are listed with the lemmas."""
    forms = {lemma}
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        forms.update({lemma + "d", lemma[:-1] + "ing"})
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.update({lemma[:-1] + "ied", lemma + "ing"})
    else:
        forms.update({lemma + "ed", lemma + "ing"})
    return forms


# Reporting verbs: the speech-act verbs of news attribution (PARC/PolNeAR cue inventories), lemma -> irregular forms.
_SPEECH = {
    "say": ("said",), "tell": ("told",), "state": (), "add": (), "warn": (), "stress": (), "complain": (),
    "confirm": (), "estimate": (), "denounce": (), "announce": (), "claim": (), "note": (),
    "write": ("wrote", "written", "writing"), "report": (), "explain": (), "insist": (), "argue": (),
    "acknowledge": (), "admit": ("admitted", "admitting"), "declare": (), "reiterate": (), "emphasize": (),
    "emphasise": (), "predict": (), "promise": (), "pledge": (), "vow": (), "deny": (), "describe": (),
    "urge": (), "allege": (), "recall": (), "reveal": (), "disclose": (), "mention": (), "remark": (),
    "comment": (), "reply": (), "respond": (), "assert": (), "tweet": (), "testify": (), "assure": (),
    "caution": (), "concede": (), "contend": (), "maintain": (), "accuse": (), "criticize": (), "criticise": (),
    "condemn": (), "charge": (), "blast": (), "slam": ("slammed", "slamming"), "demand": (), "propose": (),
    "threaten": (), "ask": (), "call": (), "continue": (), "point": (), "indicate": (), "suggest": (),
    "agree": (), "liken": (), "cite": (), "quote": (), "observe": (), "conclude": (),
    "speak": ("spoke", "spoken"), "inform": (), "affirm": (), "hint": (), "signal": (),
    "reaffirm": (), "repeat": (), "recount": (), "calculate": (), "forecast": (), "project": (), "put": (),
}
# Cognition and evidence verbs only count with a clausal complement ("found that ...").
_WEAK = {
    "find": ("found",), "show": ("shown",), "believe": (), "think": ("thought",), "know": ("knew", "known"),
    "feel": ("felt",), "fear": (), "expect": (), "learn": ("learnt",), "worry": (), "hope": (),
    "acknowledge": (),
}


def _forms(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma, irregular in table.items():
        for f in (*_inflections(lemma), *irregular):
            out[f] = lemma
    return out


SPEECH_FORMS = _forms(_SPEECH)
WEAK_FORMS = _forms(_WEAK)
# Verbs that report speech only with a particle or preposition ("called for", "pointed out").
_NEEDS_PARTICLE = {"call": {"for", "on", "upon"}, "point": {"out", "to"}, "put": {"it"}}
# Verbs that take the quoted words only through a clause or a quote, never a plain object.
_CLAUSE_ONLY = {"continue", "agree", "indicate", "ask", "quote", "cite", "project"}

_OPENERS = "\u201c\u201e\u00ab\u2018\u201a"
_CLOSERS = "\u201d\u00bb\u2019"
_DOUBLE = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
_OPEN_BEFORE = set(" \t\n\r([{<\u2014\u2013-/:")
_CLOSE_AFTER = set(" \t\n\r)]}>.,;:!?\u2014\u2013-/\u2026")
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_THING_PRONOUNS = {"it", "they", "them", "we"}
_RELATIVE = {"who", "which", "that", "whom"}
_SUBJ = ("nsubj", "nsubjpass", "csubj")


@dataclass(frozen=True, slots=True)
class _Span:
    """A quote between marks, in repaired-text offsets (content only, no marks)."""

    start: int
    end: int
    para: int
    chain: int
    """Index of the first piece of a quote continued across paragraphs."""


def find_quote_spans(rep: Repaired) -> tuple[list[_Span], list[str]]:
    """Pair double quote marks per paragraph; returns content spans (repaired offsets) and warnings."""
    text, orig = rep.text, rep.original
    spans: list[_Span] = []
    warnings: list[str] = []
    para = 0
    open_at: int | None = None
    pending_chain: int | None = None
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        if text[pos:end].strip():
            lead = len(text[pos:end]) - len(text[pos:end].lstrip())
            first = pos + lead
            continues = pending_chain is not None and text[first] == '"'
            if pending_chain is not None and not continues:
                pending_chain = None
            open_at = None
            for i in range(pos, end):
                if text[i] != '"':
                    continue
                role = _mark_role(orig, rep.to_original(i), open_at is not None)
                if role == "open":
                    if open_at is not None:
                        warnings.append(f"quote mark at {rep.to_original(open_at)} has no closing mark")
                    open_at = i
                elif open_at is not None:
                    chain = pending_chain if continues and pending_chain is not None else len(spans)
                    spans.append(_Span(open_at + 1, i, para, chain))
                    open_at = None
                    continues = False
                    pending_chain = None
                else:
                    warnings.append(f"closing quote mark at {rep.to_original(i)} has no opening mark")
            if open_at is not None:
                # An opened quote that runs to the paragraph end continues if the next paragraph re-opens.
                stop = end
                while stop > open_at + 1 and text[stop - 1].isspace():
                    stop -= 1
                chain = pending_chain if continues and pending_chain is not None else len(spans)
                nxt = _next_paragraph_start(text, end)
                if nxt is not None and text[nxt] == '"':
                    pending_chain = chain
                else:
                    warnings.append(f"quote mark at {rep.to_original(open_at)} has no closing mark")
                    pending_chain = None
                if stop > open_at + 1:
                    spans.append(_Span(open_at + 1, stop, para, chain))
                open_at = None
            para += 1
        pos = end + 1
    return spans, warnings


def _next_paragraph_start(text: str, pos: int) -> int | None:
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    return pos if pos < n else None


def _mark_role(orig: str, o: int, is_open: bool) -> str:
    """Whether the mark at original offset ``o`` opens or closes, from its neighbours and its shape."""
    ch = orig[o] if o < len(orig) else '"'
    prev = orig[o - 1] if o > 0 else " "
    nxt = orig[o + 1] if o + 1 < len(orig) else " "
    space_before = prev in _OPEN_BEFORE
    space_after = nxt in _CLOSE_AFTER or nxt in _DOUBLE
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    if ch in _CLOSERS:
        return "close"
    if ch in _OPENERS and not is_open:
        return "open"
    # Glued on both sides or free-standing: a typed-as-opening closing mark closes what is open.
    return "close" if is_open else "open"


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _subject(cue: Token) -> Token | None:
    """The grammatical subject of a cue verb, climbing through conjunctions, xcomps and participles."""
    tok = cue
    for _ in range(4):
        for c in tok.children:
            if c.dep_ in _SUBJ:
                return c
        for c in tok.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head is not tok:
            tok = tok.head
            continue
        if tok.dep_ == "relcl":
            return tok.head
        return None
    return None


def _according_to(tok: Token) -> Token | None:
    """The source of "according to X" when ``tok`` is "according"."""
    if tok.lower_ != "according":
        return None
    for c in tok.children:
        if c.lower_ == "to":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "to":
        for g in nxt.children:
            if g.dep_ == "pobj":
                return g
        if nxt.i + 1 < len(tok.doc):
            after = tok.doc[nxt.i + 1 : min(len(tok.doc), nxt.i + 8)]
            for g in after:
                if g.pos_ in ("PROPN", "NOUN", "PRON"):
                    return g
    return None


def _cue_lemma(tok: Token) -> tuple[str | None, bool]:
    """(lemma, weak) for a verb that may report speech."""
    if not tok.tag_.startswith("VB"):
        return None, False
    low = tok.lower_
    lemma = SPEECH_FORMS.get(low)
    if lemma is not None:
        need = _NEEDS_PARTICLE.get(lemma)
        if need and not any(c.lower_ in need for c in tok.children) and not _has_clause(tok):
            return None, False
        return lemma, False
    lemma = WEAK_FORMS.get(low)
    return (lemma, True) if lemma else (None, False)


def _has_clause(tok: Token) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


@dataclass
class _Attribution:
    cue: Token
    cue_text: str
    subject: Token | None
    kind: str
    content: tuple[int, int] | None
    """Content span in repaired-text offsets."""


def _content(cue: Token, sent: Span, subject: Token | None, lemma: str | None) -> tuple[int, int] | None:
    """The reported content of a cue: its clause, the rest of the sentence, or its object."""
    clauses = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp")]
    if clauses:
        lo = min(c.left_edge.i for c in clauses)
        hi = max(c.right_edge.i for c in clauses)
        return _trim(sent.doc, lo, hi)
    if cue.dep_ in ("parataxis", "ccomp") and cue.head.i != cue.i and cue.head.i < cue.i:
        # "Content, X said." parsed with the content as the root.
        lo = sent.start
        hi = cue.left_edge.i - 1
        return _trim(sent.doc, lo, hi)
    if lemma in _CLAUSE_ONLY:
        return None
    objs = [c for c in cue.rights if c.dep_ not in ("punct", "cc", "conj", "advmod", "npadvmod", "mark")]
    objs = [c for c in objs if not (c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "during", "after", "before"))]
    if not objs:
        return None
    lo = min(c.left_edge.i for c in objs)
    hi = max(c.right_edge.i for c in objs)
    return _trim(sent.doc, lo, hi)


_TRIM = set(" \t\n,;:.-\u2014\u2013\"'")


def _trim(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    if hi < lo:
        return None
    s, e = doc[lo].idx, doc[hi].idx + len(doc[hi])
    text = doc.text
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return (s, e) if e > s else None


class _Resolver:
    """Maps subject tokens to named actor mentions (direct, pronoun, title)."""

    def __init__(self, doc: Doc, rep: Repaired, mentions: Sequence[Mention]) -> None:
        self.doc = doc
        self.rep = rep
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def at(self, tok: Token) -> Mention | None:
        s, e = self.rep.span(tok.idx, tok.idx + len(tok))
        for m in self.mentions:
            if m.start <= s and e <= m.end and e > s:
                return m
            if m.start > e:
                break
        return None

    def before(self, pos: int, kinds: Iterable[str]) -> Mention | None:
        kinds = set(kinds)
        for m in reversed(self.mentions):
            if m.end <= pos and m.kind in kinds:
                return m
        return None

    def role(self, noun: str, pos: int) -> Mention | None:
        for m in reversed(self.mentions):
            if m.end <= pos and m.role and noun in m.role.lower():
                return m
        return None

    def resolve(self, subj: Token) -> tuple[list[Mention], str]:
        """Mentions a subject refers to (every conjunct) and what the text calls it."""
        heads = [subj, *[c for c in subj.conjuncts if c.i > subj.i]]
        found: list[Mention] = []
        for h in heads:
            m = self._resolve_head(h)
            if m is not None and all(m.name != f.name for f in found):
                found.append(m)
        lo, hi = subj.left_edge.i, subj.right_edge.i
        for c in subj.children:
            if c.dep_ in ("relcl", "acl") and c.i > subj.i:
                hi = min(hi, c.left_edge.i - 1)
        s, e = _trim(self.doc, lo, hi) or (subj.idx, subj.idx + len(subj))
        return found, self.rep.original_slice(s, e)

    def _resolve_head(self, h: Token) -> Mention | None:
        low = h.lower_
        pos = self.rep.to_original(h.idx)
        if low in _RELATIVE and h.head.dep_ == "relcl":
            h = h.head.head
            low = h.lower_
        if low in _PERSON_PRONOUNS:
            return self.before(pos, ("person",))
        if low in _THING_PRONOUNS:
            return self.before(pos, ("organization", "group", "place"))
        m = self.at(h)
        if m is not None:
            return m
        for c in h.children:
            if c.dep_ in ("appos", "compound") or (c.dep_ == "npadvmod"):
                m = self.at(c)
                if m is not None and c.dep_ == "appos":
                    return m
        for c in h.subtree:
            if c.dep_ == "appos":
                m = self.at(c)
                if m is not None:
                    return m
        if h.pos_ == "NOUN":
            return self.role(low, pos)
        return None


def extract_quotes(
    doc: Doc, rep: Repaired, document: str, mentions: Sequence[Mention]
) -> tuple[list[Quote], list[Claim], list[str]]:
    """Direct quotes and reported claims of one document, with speakers resolved to mentions."""
    spans, warnings = find_quote_spans(rep)
    resolver = _Resolver(doc, rep, mentions)
    inside = _inside_mask(doc, spans)

    # Attributions from cue verbs outside quotes.
    attributions: list[_Attribution] = []
    for sent in doc.sents:
        for tok in sent:
            if inside[tok.i]:
                continue
            src = _according_to(tok)
            if src is not None:
                lo, hi = sent.start, sent.end - 1
                skip = {t.i for t in tok.subtree} | {tok.i, tok.i + 1}
                toks = [t.i for t in sent if t.i not in skip and not t.is_punct]
                content = _trim(doc, toks[0], toks[-1]) if toks else None
                del lo, hi
                attributions.append(_Attribution(tok, "according to", src, "according_to", content))
                continue
            lemma, weak = _cue_lemma(tok)
            if lemma is None:
                continue
            if weak and not _has_clause(tok):
                continue
            subj = _subject(tok)
            if subj is None or inside[subj.i]:
                continue
            content = _content(tok, sent, subj, lemma)
            attributions.append(_Attribution(tok, tok.text, subj, "indirect", content))

    # Each quote takes the nearest attribution of the sentences it touches.
    quotes: list[Quote] = []
    by_quote: dict[int, _Attribution] = {}
    resolved: dict[int, tuple[list[Mention], str]] = {}
    for qi, sp in enumerate(spans):
        att = _attribution_for(doc, sp, attributions, spans, by_quote, qi)
        if att is None:
            continue
        by_quote[qi] = att
        key = att.cue.i
        if key not in resolved:
            resolved[key] = resolver.resolve(att.subject) if att.subject is not None else ([], "")
        found, said = resolved[key]
        s, e = rep.span(sp.start, sp.end)
        names = tuple(m.name for m in found)
        quotes.append(
            Quote(
                text=rep.original[s:e],
                speaker=names[0] if names else None,
                speaker_text=said or None,
                cue=att.cue_text,
                document=document,
                start=s,
                end=e,
                speakers=names,
            )
        )

    claims: list[Claim] = []
    for att in attributions:
        content = att.content
        kind = att.kind
        covered = [spans[qi] for qi, a in by_quote.items() if a is att]
        if covered:
            lo = min([c.start for c in covered] + ([content[0]] if content else []))
            hi = max([c.end for c in covered] + ([content[1]] if content else []))
            content = (lo, hi)
            kind = "direct"
        if content is None:
            continue
        key = att.cue.i
        if key not in resolved:
            resolved[key] = resolver.resolve(att.subject) if att.subject is not None else ([], "")
        found, said = resolved[key]
        s, e = rep.span(*content)
        names = tuple(m.name for m in found)
        claims.append(
            Claim(
                text=rep.original[s:e],
                source=names[0] if names else None,
                source_text=said or None,
                cue=att.cue_text,
                kind=kind,
                document=document,
                start=s,
                end=e,
                sources=names,
            )
        )
    return quotes, claims, warnings


def _inside_mask(doc: Doc, spans: Sequence[_Span]) -> list[bool]:
    mask = [False] * len(doc)
    for sp in spans:
        first = _token_at(doc, sp.start)
        if first is None:
            continue
        i = first.i
        while i < len(doc) and doc[i].idx < sp.end:
            mask[i] = True
            i += 1
    return mask


def _attribution_for(
    doc: Doc,
    sp: _Span,
    attributions: Sequence[_Attribution],
    spans: Sequence[_Span],
    by_quote: dict[int, _Attribution],
    qi: int,
) -> _Attribution | None:
    """The attribution of a quote: a cue in its sentences, else the previous piece of a split quote."""
    first, last = _token_at(doc, sp.start), _token_at(doc, max(sp.start, sp.end - 1))
    if first is None or last is None:
        return None
    lo_sent, hi_sent = first.sent, last.sent
    lo, hi = lo_sent.start_char, hi_sent.end_char
    best: _Attribution | None = None
    best_d = 10**9
    for att in attributions:
        c = att.cue.idx
        if lo <= c < hi:
            d = sp.start - c if c < sp.start else c - sp.end
            if d < best_d:
                best, best_d = att, d
    if best is not None:
        return best
    if sp.chain != qi and sp.chain in by_quote:
        return by_quote[sp.chain]
    # A split quote: the previous quote of the paragraph carries the attribution.
    for pj in range(qi - 1, -1, -1):
        prev = spans[pj]
        if prev.para != sp.para:
            break
        if pj in by_quote:
            return by_quote[pj]
    # "X said:" ending the sentence or paragraph before the quote.
    prev_tok = doc[lo_sent.start - 1] if lo_sent.start > 0 else None
    if prev_tok is not None and prev_tok.text == ":":
        for att in attributions:
            if prev_tok.sent.start <= att.cue.i < prev_tok.i:
                return att
    return None
