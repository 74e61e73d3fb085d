"""Direct quotes and reported claims, each attributed to the actor who said it.

Quotes come from pairing quote marks in the file (curly or straight, closing marks typed as opening
ones, quotes re-opened in the next paragraph). Claims come from reporting cues: a speech or report
verb with a subject ("X said that ...", "..., X warned"), "according to X", a "NAME:" transcript
label or a "― NAME" signature. A quote belongs to the cue whose content contains it or that sits
right next to it; a quote that is a sentence of its own continues the previous quote's speaker.
Speakers are the cue's subject resolved to an actor mention: names directly, pronouns to the
nearest compatible earlier actor, titles ("the minister") to the actor the story gave that title.
Marks between which nobody is cited (scare quotes, titles) give no Quote: the record means "who said
what", and a speakerless row would be noise in the panel a reporter copies from. Odd marks never
raise: what pairs is used and each unpaired mark becomes a warning.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from extract.records import Claim, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from extract.repair import Repaired


def _inflections(lemma: str) -> set[str]:
    """Regular English verb forms (base, -s, -ed, -ing); irregular ones are listed with the lemma."""
    consonant_y = lemma.endswith("y") and lemma[-2:-1] not in "aeiou"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    else:
        third = lemma[:-1] + "ies" if consonant_y else lemma + "s"
    if lemma.endswith("e"):
        return {lemma, third, lemma + "d", lemma[:-1] + "ing"}
    if consonant_y:
        return {lemma, third, lemma[:-1] + "ied", lemma + "ing"}
    return {lemma, third, lemma + "ed", lemma + "ing"}


def _table(spec: str) -> dict[str, str]:
    """Surface form -> lemma from "lemma" or "lemma:irregular,forms" items."""
    out: dict[str, str] = {}
    for item in spec.split():
        lemma, _, extra = item.partition(":")
        for form in (*_inflections(lemma), *filter(None, extra.split(","))):
            out[form] = lemma
    return out


# Speech and report verbs of news attribution (the cue inventories of PARC and PolNeAR).
SPEECH = _table(
    "say:said tell:told state add warn stress complain confirm estimate denounce announce claim note"
    " write:wrote,written,writing report explain insist argue acknowledge admit:admitted,admitting declare"
    " reiterate emphasize emphasise predict promise pledge vow deny describe urge allege recall reveal"
    " disclose mention remark comment reply respond assert tweet testify assure caution concede contend"
    " maintain accuse criticize criticise condemn charge blast slam:slammed,slamming demand propose"
    " threaten ask call continue point indicate suggest agree liken cite quote observe conclude"
    " speak:spoke,spoken inform affirm hint signal reaffirm repeat recount calculate forecast"
    " put:putting acknowledge announce complain counter:countered,countering echo:echoed,echoes"
    " lament question:questioned,questioning recommend brag:bragged,bragging boast dismiss"
    " praise joke:joked,joking scoff shout:shouted yell:yelled whisper:whispered tout rule:ruled"
    " order:ordered advise insist clarify acknowledge concur:concurred,concurring retort remind speculate"
    " underline underscore highlight proclaim posit notify exclaim plead protest quip:quipped,quipping"
    " muse confide elaborate reassure specify grumble:grumbled"
)
# Cognition and evidence verbs only report when they take a clause ("a poll found that ...").
WEAK = _table(
    "find:found show:shown believe think:thought know:knew,known feel:felt fear expect learn:learnt"
    " worry hope conclude suspect acknowledge figure guess:guessed reckon:reckoned wonder:wondered"
    " doubt:doubted"
)
# Verbs that report speech only about half the time ("the war threatens", "troops continue"): they
# need a subject that is a named actor or a pronoun for one.
_AMBIGUOUS = {
    "threaten",
    "continue",
    "propose",
    "demand",
    "point",
    "put",
    "indicate",
    "charge",
    "order",
    "rule",
    "signal",
    "project",
    "forecast",
    "calculate",
    "echo",
    "counter",
    "repeat",
    "reveal",
    "expect",
    "hope",
    "fear",
    "feel",
    "figure",
    "quote",
    "cite",
}
# Verbs that report only with a particle ("called for", "pointed out"), a clause or a quote.
_PARTICLES = {"call": {"for", "on", "upon"}, "point": {"out", "to"}, "put": {"it"}}
# Verbs whose plain object is an addressee or a topic, not what was said ("told reporters").
_CLAUSE_ONLY = {
    "say",
    "tell",
    "continue",
    "agree",
    "ask",
    "quote",
    "cite",
    "add",
    "write",
    "speak",
    "reply",
    "respond",
    "inform",
    "comment",
    "remark",
    "joke",
    "shout",
    "yell",
    "whisper",
}
# Prepositions after a cue that give time, place or manner, never the content.
_CIRCUMSTANCE = {
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "since",
    "from",
    "with",
    "while",
    "by",
    "through",
    "via",
    "over",
    "to",
    "into",
    "outside",
    "inside",
    "near",
    "amid",
    "without",
}
# Titles a story may use alone for someone it named ("the minister said"); abbreviations expanded.
_TITLE_ABBREV = {
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "pres.": "president",
    "sec.": "secretary",
    "lt.": "lieutenant",
    "col.": "colonel",
    "amb.": "ambassador",
    "atty.": "attorney",
    "supt.": "superintendent",
}
# Nouns naming a statement: "the statement also stressed" speaks with the voice of who issued it.
_DOCUMENT_NOUNS = {
    "statement",
    "communique",
    "declaration",
    "letter",
    "release",
    "text",
    "memo",
    "note",
    "readout",
    "document",
    "resolution",
    "joint",
}

# Pronouns and honorifics that tell a person's gender (+1 male, -1 female), for pronoun resolution.
_GENDERED = {
    "he": 1,
    "him": 1,
    "his": 1,
    "himself": 1,
    "mr.": 1,
    "mr": 1,
    "she": -1,
    "her": -1,
    "hers": -1,
    "herself": -1,
    "mrs.": -1,
    "mrs": -1,
    "ms.": -1,
    "ms": -1,
}
_HONORIFIC = {"mr.", "mr", "mrs.", "mrs", "ms.", "ms"}
# Nouns that stand for an organisation already named ("the bank said"); the generic ones may stand
# for any organisation named just before.
_ORG_NOUNS = {
    "company",
    "firm",
    "group",
    "bank",
    "agency",
    "ministry",
    "department",
    "government",
    "party",
    "union",
    "council",
    "court",
    "committee",
    "network",
    "newspaper",
    "campaign",
    "organization",
    "organisation",
    "alliance",
    "commission",
    "board",
    "club",
    "university",
    "institute",
    "airline",
    "army",
    "military",
    "police",
    "service",
    "office",
    "team",
    "association",
    "federation",
}
_GENERIC_ORG_NOUNS = {"company", "firm", "group", "organization", "organisation"}
# Nouns of an assertion that name its author and content ("X's claim that ...").
_CLAIM_NOUNS = {
    "claim",
    "claims",
    "assertion",
    "allegation",
    "allegations",
    "warning",
    "insistence",
    "argument",
    "suggestion",
    "promise",
    "pledge",
    "contention",
    "statement",
    "announcement",
}
# Nouns for something said, which a colon can introduce ("made the following comment:").
_STATEMENT_NOUNS = {
    "comment",
    "comments",
    "statement",
    "remarks",
    "words",
    "message",
    "tweet",
    "post",
    "response",
    "reply",
    "answer",
    "explanation",
    "warning",
    "speech",
    "announcement",
}
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_PLURAL_PRONOUNS = {"they", "them"}
# Subjects that stand for a thing, not a speaker, when nothing named resolves them.
_THING_WORDS = {"which", "that", "it", "this"}
# Outside quotes, "I", "we" and "you" are the writer and the reader: nobody the story names.
_WRITER_PRONOUNS = {"i", "me", "we", "us", "you"}
_RELATIVE = {"who", "which", "that", "whom", "whose"}
_BARE_PRONOUNS = _THING_WORDS | _RELATIVE
_SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
_PLACE_KINDS = ("organization", "place", "group")
# Dependents that belong to the "X said" clause itself, not to what was said.
_OWN_DEPS = {"aux", "auxpass", "neg", "advmod", "npadvmod", "prt"}

# Quote marks as the parser sees them (curly marks are already straight there) and in the file.
_OPENERS = "\u201c\u201e\u00ab"
_CLOSERS = "\u201d\u00bb"
_SPACE_BEFORE = frozenset(" \t\n\r([{<\u2014\u2013\u2015-/:")
_SPACE_AFTER = frozenset(" \t\n\r)]}>.,;:!?\u2014\u2013\u2015-/\u2026")
_MARKS = re.compile(r"\"|''|``")
# A transcript line: a short speaker label then a colon ("WALLACE: ...", "MR. TRUMP: ...").
_LABEL = re.compile(r"[\"'(\[]?((?:[A-Z][A-Za-z.'\-]*\s){0,3}[A-Z][A-Za-z.'\-]*):\s+(?=\S)")
_LABEL_STOP = {
    "note",
    "update",
    "updated",
    "photo",
    "photos",
    "video",
    "watch",
    "read",
    "related",
    "source",
    "sources",
    "editor's",
    "editors",
    "correction",
    "clarification",
    "q",
    "a",
    "question",
    "answer",
    "warning",
    "disclaimer",
    "credit",
    "caption",
    "see",
    "also",
    "tags",
    "share",
    "image",
    "images",
    "transcript",
    "subscribe",
    "advertisement",
    "listen",
    "breaking",
    "exclusive",
    "opinion",
}
# A signature after a quote: "” ― Sonya Herridge", "” - John Smith".
_SIGNATURE = re.compile(r"\s*[\u2015\u2014\u2013-]{1,2}\s*(?=[A-Z])")
_QUOTE_TOKENS = frozenset(['"', "''", "``", "'", "\u201c", "\u201d"])
_NONEMPTY_LINE = re.compile(r"(?m)^(?=[^\n]*\S)")
_EDGE = frozenset(" \t\n\r,;:.-\u2014\u2013\u2015\"'`")
_EDGE_SOFT = _EDGE - frozenset("\"'`")
_MARK_CHARS = frozenset("\"'`")
# What may stand between a reported clause and a quote that continues it in the same sentence.
_JOINER = re.compile(r"[\s\"'`,;:\u2014\u2013-]*(?:(?:and|but|or|adding|saying)[\s\"'`,;:\u2014\u2013-]*)?")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """The words between a pair of quote marks, in parser-text offsets."""

    start: int
    """Offset of the first quoted character."""
    end: int
    """Offset just after the last quoted character."""
    para: int
    """Paragraph number."""
    chain: int
    """Index of the first piece when a quote continues across paragraphs (else its own index)."""
    closed: bool = True
    """False when no closing mark was found in the paragraph."""


def find_quote_spans(rep: Repaired) -> tuple[list[QuoteSpan], list[str]]:
    """Pair quote marks paragraph by paragraph; never raises, warns about marks it could not pair.

    A quote of one mark family (straight or curly) may hold quotes of the other family; those are
    part of it. A paragraph left open continues into the next one when that one opens with a mark
    of the same family (the newspaper convention for quotes of several paragraphs)."""
    text, orig = rep.text, rep.original
    spans: list[QuoteSpan] = []
    warnings: list[str] = []
    para = 0
    chain: int | None = None  # chain head of a quote left open at the previous paragraph's end
    chain_family = ""
    pos, n = 0, len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        if not line.strip():
            pos = end + 1
            continue
        first = pos + len(line) - len(line.lstrip())
        lead = _MARKS.match(text, first)
        continues = chain is not None and lead is not None and _family(rep, first) == chain_family
        if not continues:
            chain = None
        open_at: int | None = None
        family = ""
        inner = ""  # family of a quote nested in the open one
        for m in _MARKS.finditer(text, pos, end):
            i, w = m.start(), len(m.group())
            fam = _family(rep, i)
            is_open = open_at is not None
            role = "open" if m.group() == "``" else _mark_role(orig, rep.to_original(i), w, is_open)
            if is_open and fam != family:
                # A mark of the other family inside an open quote opens or closes a nested quote.
                if inner and role == "close":
                    inner = ""
                elif not inner and role == "open":
                    inner = fam
                elif (
                    not inner
                    and open_at is not None
                    and role == "close"
                    and _mark_role(orig, rep.to_original(i), w, False) == "close"
                ):
                    # A closing mark of the other family: the open mark was of the wrong shape.
                    spans.append(QuoteSpan(open_at, i, para, chain if continues and chain is not None else len(spans)))
                    open_at, continues, chain = None, False, None
                continue
            if role == "open":
                if open_at is not None:
                    warnings.append(f"quote mark at offset {rep.to_original(open_at)} is never closed")
                open_at, family, inner = i + w, fam, ""
            elif open_at is not None:
                if i > open_at:
                    head = chain if continues and chain is not None else len(spans)
                    spans.append(QuoteSpan(open_at, i, para, head))
                open_at, continues, chain, inner = None, False, None, ""
            else:
                warnings.append(f"closing quote mark at offset {rep.to_original(i)} has no opening mark")
        if open_at is not None:
            # A quote open at the paragraph end continues when the next paragraph re-opens it.
            stop = end
            while stop > open_at and text[stop - 1].isspace():
                stop -= 1
            head = chain if continues and chain is not None else len(spans)
            nxt_at = _skip_space(text, end)
            nxt = _MARKS.match(text, nxt_at)
            if nxt is not None and _family(rep, nxt_at) == family:
                chain, chain_family = head, family
            else:
                warnings.append(f"quote mark at offset {rep.to_original(open_at) - 1} is never closed")
                chain = None
            if stop > open_at:
                spans.append(QuoteSpan(open_at, stop, para, head, closed=False))
        else:
            chain = None
        para += 1
        pos = end + 1
    return _tidy(text, spans), warnings


def _tidy(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Spans without the spaces at their edges; marks around nothing but spaces quote nothing."""
    out: list[QuoteSpan] = []
    renumber: dict[int, int] = {}
    for k, sp in enumerate(spans):
        s, e = sp.start, sp.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        renumber[k] = len(out)
        out.append(QuoteSpan(s, e, sp.para, renumber.get(sp.chain, len(out)), sp.closed))
    return out


def _family(rep: Repaired, i: int) -> str:
    """ "straight" or "curly": the kind of mark in the file at parser offset ``i``."""
    o = rep.to_original(i)
    ch = rep.original[o] if o < len(rep.original) else '"'
    return "straight" if ch in "\"'`" else "curly"


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _mark_role(orig: str, o: int, width: int, is_open: bool) -> str:
    """Whether the mark at original offset ``o`` opens or closes, from its neighbours, then its shape."""
    ch = orig[o] if o < len(orig) else '"'
    prev = orig[o - 1] if o > 0 else " "
    nxt = orig[o + width] if o + width < len(orig) else " "
    before = prev in _SPACE_BEFORE
    after = nxt in _SPACE_AFTER or nxt in "\"\u201c\u201d'"
    if before and not after:
        return "open"
    if after and not before:
        return "close"
    if ch in _CLOSERS:
        return "close"
    if ch in _OPENERS and not is_open:
        return "open"
    # Glued on both sides ("threat“for") or free-standing: it closes what is open, else opens.
    return "close" if is_open else "open"


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

    cues = np.fromiter({hash_string(f) for f in (*SPEECH, *WEAK, *_CLAIM_NOUNS, "according")}, dtype=np.uint64)
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
        if tok.lower_ in _CLAIM_NOUNS:
            att = _claim_noun(d, tok, sent, inside)
            if att is not None:
                out.append(att)
            continue
        if not tok.tag_.startswith("VB"):
            continue
        low = tok.lower_
        is_weak = low not in SPEECH
        lemma = SPEECH.get(low) or WEAK.get(low) or ""
        if not lemma or (is_weak and not _has_clause(tok)):
            continue
        particle = next((c for c in tok.children if c.lower_ in _PARTICLES.get(lemma, ())), None)
        if lemma in _PARTICLES and particle is None and not _has_clause(tok) and not _names_as(tok):
            continue
        if any(c.dep_ == "neg" for c in tok.children) or (
            tok.dep_ == "conj"
            and any(c.dep_ == "neg" for c in tok.head.children)
            and not any(c.dep_ in _SUBJ for c in tok.children)
        ):
            continue  # "he didn't suggest retaliation (or declare ...)": nothing was said
        if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and not any(c.dep_[:3] == "aux" for c in tok.children):
            continue  # "Asked about it, Ford said": the subject was asked, the participle is no speech of his
        subj = _subject(tok, inside) or _bare_subject(tok, inside)
        if subj is None or inside[subj.i]:
            continue
        cue = tok.text if particle is None else f"{tok.text} {particle.text}"
        if subj.lower_ == "it" and subj.dep_ == "nsubjpass":
            continue  # "it is feared that ...": nobody in particular
        if is_weak and subj.lower_ in ("which", "that"):
            continue  # "the summit, which showed that ...": a thing as evidence is the writer's inference
        att = _Att(cue, "indirect", sent, tok.idx, tok.idx + len(tok), i, subj.i, weak=is_weak, lemma=lemma)
        att.subj_start = subj.idx
        att.subj_left = subj.left_edge.idx
        att.content = _content(d, tok, sent, lemma, subj)
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
            tok = tok.head
            continue
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "After saying ..., she was ...": who the main clause is about
            continue
        return None
    return None


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
        and cue.i > 0
        and (doc[cue.i - 1].is_punct or inside[cue.i - 1])
    ):
        while nxt + 1 < len(doc) and doc[nxt + 1].pos_ == "PROPN":
            nxt += 1
        return doc[nxt]
    return None


def _claim_noun(d: _Doc, tok: Token, sent: int, inside: Sequence[bool]) -> _Att | None:
    """ "Trump's claim that there were thousands of shootings": a possessor and a that-clause."""
    owner = next((c for c in tok.children if c.dep_ == "poss" and not inside[c.i]), None)
    clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and _that_clause(c)), None)
    if owner is None or clause is None or owner.tag_ in ("PRP$", "WP$"):
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


def _content(d: _Doc, cue: Token, sent: int, lemma: str | None, subj: Token) -> tuple[int, int] | None:
    """What a cue reports: its clause, the rest of a "..., X said" sentence, or its object."""
    clauses = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i != subj.i]
    if clauses:
        lo = min(c.left_edge.i for c in clauses)
        hi = max(c.right_edge.i for c in clauses)
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
    # "X stated, after meeting Y, that ...": a that-clause further down the cue's right side.
    for t in cue.subtree:
        if t.i > cue.i and t.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
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
    # "Content, X said." parsed with the content verb as the root.
    subordinate = any(c.dep_ == "mark" or c.tag_ == "WRB" for c in cue.children)  # "when X blasted him"
    if (
        cue.dep_ != "relcl"
        and not subordinate
        and cue.head.i != cue.i
        and cue.head.i < left
        and left > a
        and d.doc[left - 1].is_punct
    ):
        return d.tok_span(a, left - 1)
    if lemma in _CLAUSE_ONLY or lemma in WEAK.values():
        return None
    objs = [c for c in cue.rights if c.dep_ in ("dobj", "attr", "oprd", "prep", "dative", "acomp", "advcl")]
    # "denounced the presence of X and that Y": a that-clause coordinated with the object.
    objs += [c for c in cue.rights if c.dep_ == "conj" and _that_clause(c)]
    objs = [c for c in objs if not (c.dep_ == "prep" and c.lower_ in _CIRCUMSTANCE and not _valued(lemma, c))]
    if not objs or objs[0].dep_ == "dative" and len(objs) == 1:
        return None
    lo = min(c.left_edge.i for c in objs)
    hi = max(c.right_edge.i for c in objs)
    return d.tok_span(lo, hi)


def _continues_content(tok: Token) -> bool:
    """Whether a dependent to the right of a cue's clause is more of the reported content."""
    if tok.dep_ == "advcl":
        return not _is_cue(tok)  # "..., adding that ...": a claim of its own
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or _is_cue(tok):
        return False
    return not any(c.dep_ in _SUBJ for c in tok.children)


def _is_cue(tok: Token) -> bool:
    """A speech or cognition verb with a clause of its own ("and added that ..."): its own claim."""
    return (tok.lower_ in SPEECH or tok.lower_ in WEAK) and _has_clause(tok)


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


class _Resolver:
    """Maps subjects to actor mentions: names, pronouns, titles, relative pronouns, statements."""

    def __init__(self, d: _Doc, rep: Repaired, mentions: Sequence[Mention], inside: list[bool]) -> None:
        self.d = d
        self.rep = rep
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]
        self.inside = inside
        self._genders: dict[str, str] | None = None
        self.by_name = {m.name.lower(): m for m in reversed(self.mentions)}
        persons = [m for m in self.mentions if m.kind == "person"]
        self.person_names = {m.name.lower() for m in persons} | {_surname(m) for m in persons if " " in m.name}
        self.recent: list[tuple[int, tuple[Mention, ...], str]] = []
        """(offset, speakers, sentence text) of resolved attributions, for "the statement"."""

    def covering(self, s: int, e: int) -> Mention | None:
        """The longest mention that contains original span [s, e)."""
        k = bisect_right(self.starts, s) - 1
        best: Mention | None = None
        while k >= 0 and self.mentions[k].start > s - 200:
            m = self.mentions[k]
            if m.start <= s and e <= m.end and (best is None or m.end - m.start > best.end - best.start):
                best = m
            k -= 1
        return best

    def at_tok(self, i: int) -> Mention | None:
        """The mention at a token; for a name split by the tagger, the mention named like the whole name."""
        tok = self.d.doc[i]
        s, e = self.rep.span(tok.idx, tok.idx + len(tok))
        m = self.covering(s, e) if e > s else None
        if tok.pos_ == "PROPN":
            parts = [c for c in tok.subtree if c.i < tok.i and c.dep_ == "compound" and c.pos_ == "PROPN"]
            if parts:
                whole = self.rep.original_slice(parts[0].idx, tok.idx + len(tok))
                full = self.by_name.get(" ".join(whole.split()).lower())
                if full is not None and (m is None or len(full.name) > len(m.name)):
                    return full
                pieces = [x for p in parts if (x := self.at_tok_plain(p.i)) is not None and x is not m]
                near = pieces[-1] if pieces else None
                if m is not None and near is not None and _joins(self.rep.original, near, m):
                    # The tagger cut one name in two ("Ursula von der" + "Leyen"): the whole name speaks.
                    start = near.start
                    name = " ".join(self.rep.original[start : m.end].split())
                    return replace(m, name=name, kind="person", start=start)
        return m

    def at_tok_plain(self, i: int) -> Mention | None:
        tok = self.d.doc[i]
        s, e = self.rep.span(tok.idx, tok.idx + len(tok))
        return self.covering(s, e) if e > s else None

    def before(self, pos: int, kinds: tuple[str, ...], gender: str = "", limit: int = 3000) -> Mention | None:
        """The earlier mention a pronoun most likely means: never inside quotes nor of the other gender;
        the nearest subject of a main clause close by, else another subject close by, else the nearest."""
        k = bisect_left(self.starts, pos) - 1
        nearest: Mention | None = None
        subject: Mention | None = None
        genders = self.genders() if gender else {}
        while k >= 0:
            m = self.mentions[k]
            k -= 1
            if m.end > pos or self.kind_of(m) not in kinds:
                continue
            if pos - m.end > limit:
                break
            known = genders.get(_surname(m)) if gender else None
            if known is not None and known != gender:
                continue
            ti = self._tok_of(m)
            if ti is not None and self.inside[ti]:
                continue
            if nearest is None:
                nearest = m
            if ti is None or pos - m.end > 600:
                if nearest is not m:
                    break
                continue
            level = self._subject_level(ti)
            if level == 2:
                return m  # the subject of a main clause: whom the text is about
            if level == 1 and subject is None:
                subject = m
        return subject or nearest

    def last_subject(self, pron: Token, kinds: tuple[str, ...]) -> list[Mention]:
        """What "it" or "they" stands for: the subject of the clause before it in this sentence or the
        previous one, when that subject is a named actor of a fitting kind. Things ("the ad", "the video")
        are the usual antecedents and are never named, so the nearest name would often be wrong."""
        doc = self.d.doc
        sent = self.d.sent_of_tok(pron.i)
        stop = self.d.sent_starts[max(0, sent - 1)]
        for i in range(pron.i - 1, stop - 1, -1):
            t = doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or self.inside[i]:
                continue
            if t.lower_ == pron.lower_:
                continue  # "it said ... it added": the same antecedent further back
            if t.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
                return []  # another pronoun, or an adjective the parser made a subject
            # The subject resolves as a speaker would ("the statement" to who issued it), conjuncts too.
            found = [m for c in (t, *t.conjuncts) for m in self._resolve_head(c) if self.kind_of(m) in kinds]
            return list({m.name: m for m in found}.values())
        return []

    def kind_of(self, m: Mention) -> str:
        """A mention's kind, a person when the story names a person so elsewhere (NER flips "Trump")."""
        if m.kind != "person" and (m.name.lower() in self.person_names or _surname(m) in self.person_names):
            return "person"
        return m.kind

    def genders(self) -> dict[str, str]:
        """Gender of each person (by surname) from honorifics and the pronouns that follow it alone."""
        if self._genders is not None:
            return self._genders
        import numpy as np

        doc = self.d.doc
        votes: dict[str, list[int]] = {}
        persons = [m for m in self.mentions if m.kind == "person"]
        pstarts = [m.start for m in persons]
        if len(doc) and persons:
            lower = doc.to_array("LOWER")
            sign = _hashes()[1]
            wanted = np.fromiter(sign, dtype=np.uint64)
            for i in np.flatnonzero(np.isin(lower, wanted)).tolist():
                v = sign[int(lower[i])]
                if self.inside[i]:
                    continue
                pos = self.rep.to_original(self.d.idx[i])
                tok = doc[i]
                if tok.lower_ in _HONORIFIC:
                    k = bisect_left(pstarts, pos + len(tok))
                    if k < len(persons) and persons[k].start - (pos + len(tok)) <= 1:
                        votes.setdefault(_surname(persons[k]), [0, 0])[v > 0] += 3
                    continue
                # "Trump said he ...": a pronoun after the only person of its sentence, who is its subject.
                a, _ = self.d.sent_chars_range(self.d.sent_of_tok(i))
                lo = bisect_left(pstarts, self.rep.to_original(a))
                hi = bisect_left(pstarts, pos)
                keys = {_surname(m) for m in persons[lo:hi]}
                if len(keys) == 1:
                    ti = self._tok_of(persons[hi - 1])
                    if ti is not None and self._is_subject(ti) and _same_clause(doc[ti], tok):
                        votes.setdefault(keys.pop(), [0, 0])[v > 0] += 1
                elif not keys and tok.dep_ == "nsubj" and self.d.sent_starts[self.d.sent_of_tok(i)] >= i - 1:
                    # "Hajdu announced funding. She said ...": a sentence opening with a pronoun continues
                    # the previous sentence's only person, when that person was its subject.
                    prev = self.d.sent_of_tok(i) - 1
                    if prev >= 0:
                        pa, _ = self.d.sent_chars_range(prev)
                        plo = bisect_left(pstarts, self.rep.to_original(pa))
                        pkeys = {_surname(m) for m in persons[plo:lo]}
                        pt = self._tok_of(persons[lo - 1]) if len(pkeys) == 1 else None
                        if pt is not None and self._is_subject(pt):
                            votes.setdefault(pkeys.pop(), [0, 0])[v > 0] += 1
        self._genders = {
            key: ("m" if male > female else "f") for key, (female, male) in votes.items() if male != female
        }
        return self._genders

    def _tok_of(self, m: Mention) -> int | None:
        # Original offsets map to parser offsets by adding the inserts before them.
        inserts = self.rep.inserts
        p = m.start + (bisect_right(inserts, m.start + len(inserts)) if inserts else 0)
        i = self.d.tok_at(p)
        return i if i < len(self.d.idx) else None

    def _subject_level(self, i: int) -> int:
        """2 for the subject of a sentence's main verb, 1 for another subject, 0 otherwise."""
        if not self._is_subject(i):
            return 0
        tok = self.d.doc[i]
        t = tok if tok.dep_ in ("nsubj", "nsubjpass") else tok.head
        if t.dep_ == "appos":
            t = t.head
        return 2 if t.head.dep_ == "ROOT" else 1

    def _is_subject(self, i: int) -> bool:
        tok = self.d.doc[i]
        for t in (tok, tok.head):
            if t.dep_ in ("nsubj", "nsubjpass"):
                return True
            if t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass"):
                return True
        return False

    def by_title(self, title: str, pos: int, mods: set[str] = frozenset()) -> Mention | None:  # type: ignore[assignment]
        """The nearest earlier person the story gave this title (with the same modifiers: "the French
        president" is not the president of the Commission)."""
        k = bisect_left(self.starts, pos) - 1
        while k >= 0:
            m = self.mentions[k]
            k -= 1
            if m.kind != "person" or m.end > pos:
                continue
            words = set((m.role or "").lower().split())
            if title not in words:
                words |= self._titles_near(m)
            if title in words and mods <= words:
                return m
        return None

    def _titles_near(self, m: Mention) -> set[str]:
        """Title words the text puts next to a mention ("President Obama", "Austin, the secretary")."""
        i = self._tok_of(m)
        if i is None:
            return set()
        doc = self.d.doc
        tok = doc[i]
        head = tok
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        words: set[str] = set()
        for t in head.subtree:
            if t.i < head.i or t.dep_ == "appos":
                words.add(_TITLE_ABBREV.get(t.lower_, t.lower_))
        if head.dep_ == "appos":
            words.update(_TITLE_ABBREV.get(t.lower_, t.lower_) for t in head.head.subtree if t.i < head.i)
        return words

    def resolve(self, subj: int, stop: int | None = None) -> tuple[list[Mention], list[str], str]:
        """Mentions a subject refers to (every conjunct), fallback names, and what the text says."""
        doc = self.d.doc
        tok = doc[subj]
        text_span = self._np_span(tok, stop)
        said = self.rep.original_slice(*text_span) if text_span else tok.text
        if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            rel, tok = tok, tok.head.head
            if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
                tok = tok.head  # "McConnell, now the majority leader, who said": the name speaks
            said = rel.text
            if self.at_tok(tok.i) is None and tok.pos_ in ("NOUN", "PROPN"):
                # "an architect who said ...": nobody named, so the text's noun for the speaker is shown.
                ante = self.d.tok_span(tok.left_edge.i, tok.i)
                said = self.rep.original_slice(*ante) if ante else said
        elif tok.tag_ == "PRP" and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            # "The US Secretary of Defense, Lloyd Austin he stated": the pronoun repeats the noun it hangs on.
            noun = tok.head.head
            if any(self.at_tok(t.i) is not None for t in noun.subtree if t.i < tok.i):
                tok = noun
        heads = [tok, *[c for c in tok.conjuncts if c.i > tok.i]]
        found: list[Mention] = []
        names: list[str] = []
        for h in heads:
            ms = self._resolve_head(h)
            for m in ms:
                if all(m.name != f.name for f in found):
                    found.append(m)
            if (
                not ms
                and h.pos_ == "PROPN"
                and (h.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or h.is_upper)
                and not any(c.dep_ in ("det", "nummod") for c in h.children)
            ):
                name = self._propn_name(h)
                if name:
                    names.append(name)
        return found, names, said

    def _np_span(self, tok: Token, stop: int | None = None) -> tuple[int, int] | None:
        lo, hi = tok.left_edge.i, tok.right_edge.i if stop is None else min(stop, tok.right_edge.i)
        for c in tok.rights:
            if c.dep_ in ("relcl", "acl", "advcl") or (c.dep_ == "punct" and c.text in "\"'"):
                hi = min(hi, c.left_edge.i - 1)
        if hi > lo and self.d.doc[hi].dep_ == "case":
            hi -= 1  # "Donald Trump's claim": the speaker is "Donald Trump"
        return self.d.tok_span(lo, hi)

    def _propn_name(self, h: Token) -> str:
        toks = [c for c in h.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [h]
        return " ".join(t.text for t in toks).strip(" .,")

    def _resolve_head(self, h: Token) -> list[Mention]:
        low = h.lower_
        pos = self.rep.to_original(h.idx)
        if low in _WRITER_PRONOUNS:
            return []
        if h.tag_ == "PRP" or low in _PERSON_PRONOUNS or low in _PLURAL_PRONOUNS or low == "it":
            if low in _PERSON_PRONOUNS:
                m = self.before(pos, ("person",), "m" if _GENDERED.get(low, 0) > 0 else "f")
            elif low in _PLURAL_PRONOUNS:
                joint = self._recent_joint(pos)
                if joint:
                    return joint
                found = self.last_subject(h, ("organization", "group", "place", "person"))
                if len(found) == 1 and (
                    self.kind_of(found[0]) == "person"
                    or self.kind_of(found[0]) != "organization"
                    and not _plural(found[0])
                ):
                    return []  # "they" for one person, one place or one "Republican": a misreading
                return found
            else:
                return self.last_subject(h, ("organization", "place"))[:1]
            return [m] if m is not None else []
        m = self.at_tok(h.i)
        if m is not None:
            return [m]
        # "the Secretary General, Mark Rutte, and President Ursula von der Leyen": every appositive name.
        named: list[Mention] = []
        for c in h.children:
            if c.dep_ != "appos":
                continue
            for a in (c, *c.conjuncts):
                m = self.at_tok(a.i) or next(
                    (x for g in a.subtree if (x := self.at_tok(g.i)) is not None and x.kind == "person"), None
                )
                if m is not None and all(m.name != n.name for n in named):
                    named.append(m)
        if named:
            return named
        if h.pos_ in ("NOUN", "PROPN"):
            if low in _DOCUMENT_NOUNS:
                return list(self._recent_statement(pos, low)) or self._issuer(h)
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children):
                return []
            mods = {c.lower_ for c in h.lefts if c.dep_ in ("amod", "compound", "nmod") and c.is_alpha}
            m = self.by_title(_TITLE_ABBREV.get(low, low), pos, mods)
            if m is None and low in _ORG_NOUNS:
                m = self.by_org_noun(low, pos)
            return [m] if m is not None else []
        return []

    def by_org_noun(self, noun: str, pos: int) -> Mention | None:
        """ "the bank said": the nearest earlier organisation with the noun in its name, else (for the
        generic "the company") the nearest earlier organisation."""
        k = bisect_left(self.starts, pos) - 1
        nearest: Mention | None = None
        while k >= 0:
            m = self.mentions[k]
            k -= 1
            if m.kind != "organization" or m.end > pos:
                continue
            if noun in m.name.lower().split():
                return m
            if nearest is None and pos - m.end < 1500:
                nearest = m
        return nearest if noun in _GENERIC_ORG_NOUNS else None

    def _recent_joint(self, pos: int) -> list[Mention]:
        for off, speakers, _ in reversed(self.recent):
            if off < pos and pos - off < 800 and len(speakers) > 1:
                return list(speakers)
            if off < pos:
                break
        return []

    def _issuer(self, noun: Token) -> list[Mention]:
        """ "The council issued a statement ... The statement noted": who issued the same noun shortly before."""
        doc = self.d.doc
        stop = self.d.sent_starts[max(0, self.d.sent_of_tok(noun.i) - 3)]
        for i in range(noun.i - 1, stop - 1, -1):
            t = doc[i]
            if t.lower_ == noun.lower_ and t.dep_ == "dobj":
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                m = self.at_tok(subj.i) if subj is not None else None
                return [m] if m is not None else []
        return []

    def _recent_statement(self, pos: int, noun: str) -> tuple[Mention, ...]:
        for off, speakers, sentence in reversed(self.recent):
            if off < pos and noun in sentence.lower() and speakers:
                return speakers
        return ()


def _inside_mask(d: _Doc, spans: Sequence[QuoteSpan]) -> list[bool]:
    mask = [False] * len(d.idx)
    for sp in spans:
        i = d.tok_at(sp.start)
        if i < len(d.idx) and d.idx[i] < sp.start:
            i += 1
        while i < len(d.idx) and d.idx[i] < sp.end:
            mask[i] = True
            i += 1
    return mask


def _joined(gap: str) -> bool:
    """Whether a gap between a reported clause and a quote joins them ("but", a comma, a colon)."""
    return bool(gap.strip()) and _JOINER.fullmatch(gap) is not None


def _only_punct(text: str) -> bool:
    return all(c in _EDGE or c.isspace() for c in text)


def _clause_edges(d: _Doc, att: _Att, inside: list[bool]) -> tuple[int, int]:
    """Character extent of the "X said" clause around a cue, quotes excluded."""
    assert att.cue_tok is not None
    doc = d.doc
    cue = doc[att.cue_tok]
    toks = [cue.i]
    if att.subj_tok is not None:
        subj = doc[att.subj_tok]
        toks += [subj.left_edge.i, subj.right_edge.i]
    for c in cue.children:
        if c.dep_ in ("ccomp", "xcomp", "parataxis", "conj", "cc") or c.is_punct or inside[c.i]:
            continue  # quoted words hung on the cue are what was said, not the clause
        for t in (c.left_edge.i, c.right_edge.i):
            if not inside[t]:
                toks.append(t)
    lo, hi = min(toks), max(toks)
    return d.idx[lo], d.end_char(hi)


def _assign(d: _Doc, spans: Sequence[QuoteSpan], atts: Sequence[_Att], inside: list[bool]) -> list[_Att | None]:
    """Attribution of each quote: cue content, adjacency, then split-quote and colon continuation."""
    text = d.text
    by_sent: dict[int, list[_Att]] = {}
    for a in atts:
        by_sent.setdefault(a.sent, []).append(a)
    out: list[_Att | None] = [None] * len(spans)
    for qi, sp in enumerate(spans):
        s0, s1 = d.sent_of_char(sp.start), d.sent_of_char(max(sp.start, sp.end - 1))
        cands = [a for s in range(s0 - 1, s1 + 2) for a in by_sent.get(s, ())]
        best: _Att | None = None
        best_d = 10**9
        for a in cands:
            dist = _fit(d, sp, a, inside, text)
            if dist is not None and dist < best_d:
                best, best_d = a, dist
        out[qi] = best
    # Every piece of a quote continued across paragraphs has the owner of any of its pieces.
    for qi, sp in enumerate(spans):
        if out[qi] is not None and out[sp.chain] is None:
            out[sp.chain] = out[qi]
    for qi, sp in enumerate(spans):
        if out[qi] is None and sp.chain != qi:
            out[qi] = out[sp.chain]
    for qi, sp in enumerate(spans):
        if out[qi] is not None or not sp.closed or not _standalone(d, sp):
            continue
        out[qi] = _introduced(d, sp, atts) or _continued(d, spans, out, qi) or _after_speaker(d, sp, atts)
    return out


def _after_speaker(d: _Doc, sp: QuoteSpan, atts: Sequence[_Att]) -> _Att | None:
    """A paragraph that is only a quote, right after a paragraph whose last sentence reports a named
    speaker, continues that speaker (the news convention of a floating quote)."""
    if d.para_of(sp.start) == 0 or not _fills_para(d, sp):
        return None
    prev_para = d.para_of(sp.start) - 1
    last = None
    for a in atts:
        if d.para_of(a.cue_start) == prev_para and a.actor and a.kind != "direct":
            last = a
    if last is None:
        return None
    pa = d.para_starts[prev_para + 1] if prev_para + 1 < len(d.para_starts) else len(d.text)
    end_sent = d.sent_of_char(max(0, pa - 2))
    return last if last.sent == end_sent else None


def _fills_para(d: _Doc, sp: QuoteSpan) -> bool:
    p = d.para_of(sp.start)
    a = d.para_starts[p]
    b = d.para_starts[p + 1] if p + 1 < len(d.para_starts) else len(d.text)
    return _only_punct(d.text[a : max(a, sp.start - 1)]) and _only_punct(d.text[min(b, sp.end + 1) : b])


def _introduced(d: _Doc, sp: QuoteSpan, atts: Sequence[_Att]) -> _Att | None:
    """The cue of "X said:" ending the paragraph or sentence just before a quote."""
    text = d.text
    k = sp.start - 1
    while k > 0 and (text[k - 1].isspace() or text[k - 1] in "\"'`"):
        k -= 1
    if k <= 0 or text[k - 1] != ":":
        return None
    sent = d.sent_of_char(k - 1)
    best = None
    for a in atts:
        if a.sent == sent and a.cue_start < k:
            best = a
    return best or _announced(d, sent, k)


def _announced(d: _Doc, sent: int, colon: int) -> _Att | None:
    """ "Sanders made the following comment:": a sentence about a statement, ending in a colon, gives
    the quote after it to its subject."""
    a, b = d.sent_range(sent)
    doc = d.doc
    noun = next((doc[i] for i in range(a, b) if doc[i].lower_ in _STATEMENT_NOUNS and d.idx[i] < colon), None)
    if noun is None:
        return None
    root = noun
    while root.head.i != root.i and root.dep_ not in ("ROOT",):
        root = root.head
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    return _Att(noun.text, "direct", sent, noun.idx, noun.idx + len(noun), root.i, subj.i, lemma=noun.lower_)


def _continued(d: _Doc, spans: Sequence[QuoteSpan], out: list[_Att | None], qi: int) -> _Att | None:
    """A quote that is a sentence of its own continues the previous quote of its paragraph, or of the
    previous paragraph when that one ends with its attributed quote."""
    sp = spans[qi]
    for pj in range(qi - 1, -1, -1):
        prev = spans[pj]
        if prev.para < sp.para - 1:
            break
        if out[pj] is not None:
            if prev.para == sp.para or _ends_para(d.text, prev.end):
                return out[pj]
            return None
    return None


def _ends_para(text: str, pos: int) -> bool:
    """Whether only the closing mark, punctuation or "X said." stand between pos and the line end."""
    nl = text.find("\n", pos)
    rest = text[pos : len(text) if nl < 0 else nl]
    return len(rest) < 60


def _standalone(d: _Doc, sp: QuoteSpan) -> bool:
    """Whether a quote fills its sentences (not a scare quote inside a writer's sentence)."""
    a = d.sent_chars_range(d.sent_of_char(sp.start))[0]
    b = d.sent_chars_range(d.sent_of_char(max(sp.start, sp.end - 1)))[1]
    outside = d.text[a : max(a, sp.start - 1)] + d.text[min(b, sp.end + 1) : b]
    return _only_punct(outside)


def _fit(d: _Doc, sp: QuoteSpan, a: _Att, inside: list[bool], text: str) -> int | None:
    """Distance from a quote to an attribution that can own it, or None."""
    if a.kind == "direct":
        if a.content is not None and a.content[0] - 2 <= sp.start and sp.end <= a.content[1] + 2:
            return 0
        return None
    if a.content is not None:
        sa, sb = d.sent_chars_range(a.sent)
        qs, qe = max(sp.start, sa), min(sp.end, sb)
        if qe > qs and a.content[0] - 2 <= qs and qe <= a.content[1] + 2:
            return abs(a.cue_start - sp.start) if a.cue_start < sp.start else abs(a.cue_start - sp.end)
        if a.cue_start < a.content[0] < a.content[1] < sp.start < sb and _joined(text[a.content[1] : sp.start]):
            # "claimed that fraud is “a big problem” but “nobody has the guts”": the quote goes on with it.
            return 50_000 + sp.start - a.content[1]
    if a.cue_tok is None:
        return None
    # Next to the "X said" clause with only punctuation between, within the paragraph: ranked after content.
    lo, hi = _clause_edges(d, a, inside)
    starts = {a.cue_start} | ({a.subj_left} if a.subj_left is not None else set())
    # A quote in another sentence than the clause ranks after one in the same sentence: in
    # "“A,” said Smith. “B,” said Jones." the "B" belongs to Jones, not to the Smith just before it.
    other = 100_000 if d.sent_of_char(sp.start) != a.sent and d.sent_of_char(sp.end - 1) != a.sent else 0
    if sp.end <= lo and lo in starts and _only_punct(text[sp.end : lo]) and "\n" not in text[sp.end : lo]:
        return 100_000 + other + lo - sp.end
    if hi <= sp.start and _only_punct(text[hi : sp.start]) and "\n" not in text[hi : sp.start]:
        return 100_000 + other + sp.start - hi
    return None


def _signatures(d: _Doc, spans: Sequence[QuoteSpan], out: list[_Att | None]) -> None:
    """ "“...” ― Name" lines: the name after a dash right after the quote signs it."""
    text = d.text
    for qi, sp in enumerate(spans):
        if out[qi] is not None:
            continue
        close = sp.end + 1 if sp.closed else sp.end
        m = _SIGNATURE.match(text, close)
        if m is None:
            continue
        nl = text.find("\n", m.end())
        stop = len(text) if nl < 0 else nl
        name = d.trim(m.end(), min(stop, m.end() + 80))
        if name is None or len(text[name[0] : name[1]].split()) > 6:
            continue
        sent = d.sent_of_char(sp.start)
        att = _Att("\u2015", "direct", sent, m.start(), m.end(), source_span=name, content=(sp.start, sp.end))
        out[qi] = att


def extract_quotes(
    doc: Doc, rep: Repaired, document: str, mentions: Sequence[Mention]
) -> tuple[list[Quote], list[Claim], list[str]]:
    """Direct quotes and reported claims of one document, with speakers resolved to mentions."""
    spans, warnings = find_quote_spans(rep)
    d = _Doc(doc, rep.text)
    inside = _inside_mask(d, spans)
    atts = _find_cues(d, inside)
    atts += _labels(d, rep, mentions)
    _colon_blocks(d, atts)
    atts.sort(key=lambda a: a.cue_start)
    _mark_nested(atts)
    atts = [a for a in atts if not (a.nested and (a.weak or a.lemma in _AMBIGUOUS))]
    resolver = _Resolver(d, rep, mentions, inside)
    for a in atts:
        _who(d, rep, resolver, a)
    # The writer's own "I think" is no claim; half-speech verbs need a named speaker.
    atts = [
        a for a in atts if (a.actor or a.lemma not in _AMBIGUOUS) and (a.said or "").lower() not in _WRITER_PRONOUNS
    ]
    owner = _assign(d, spans, atts, inside)
    _signatures(d, spans, owner)
    for qi, o in enumerate(owner):
        if o is not None:
            if o.said is None and not o.names:
                _who(d, rep, resolver, o)
            o.quotes.append(qi)
    known = {id(a) for a in atts}
    extra: list[_Att] = []
    for o in owner:
        if o is not None and id(o) not in known:
            known.add(id(o))
            extra.append(o)
    atts_all = sorted([*atts, *extra], key=lambda a: a.cue_start)

    quotes: list[Quote] = []
    for qi, sp in enumerate(spans):
        q_att = owner[qi]
        if q_att is None or (not q_att.names and (q_att.said or "").lower() in _THING_WORDS):
            continue  # a scare quote, a title or a saying in the writer's own words: nobody is quoted
        names, said = q_att.names, q_att.said
        s, e = rep.span(sp.start, sp.end)
        quotes.append(Quote(rep.original[s:e], names[0] if names else None, said, q_att.cue, document, s, e, names))

    claims: list[Claim] = []
    for a in atts_all:
        content = a.content
        kind = a.kind
        near = _claim_quotes(d, spans, a)
        if content is not None and a.cue_start < content[0]:
            # "“...” He added that X": a quote before the cue's sentence is his, but not what "added" reports.
            first = d.sent_chars_range(a.sent)[0]
            near = [q for q in near if spans[q].end > first]
        if near:
            pieces = [(spans[q].start, spans[q].end) for q in near]
            lo, hi = min(p[0] for p in pieces), max(p[1] for p in pieces)
            # The reported clause around the quotes, unless the parser let it swallow the speaker.
            opens = content is not None and _only_punct(d.text[content[0] : lo]) and _holds_source(a, content)
            if content is not None and content[0] <= lo and hi <= content[1] + 2 and not opens:
                # The reported clause already holds its quotes ("African-Americans, he said, can ''rock''"); a
                # sentence opening with the quote ("“...,” he said, adding ...") is the quote's row instead.
                lo, hi = content[0], max(hi, content[1])
            elif (
                content is not None
                and (content[0] <= hi and lo <= content[1] or content[1] < lo and _joined(d.text[content[1] : lo]))
                and not _holds_source(a, content)
            ):
                lo, hi = min(lo, content[0]), max(hi, content[1])
            content = (lo, hi)
            # Direct only when the quotes are the claim: a reported clause holding a partial quote stays
            # indirect, else the panel would wrap it in marks around the quote's own marks.
            if _all_quoted(d, content, pieces, a):
                kind = "direct"
        if content is None:
            continue
        names, said = a.names, a.said
        if not names and (not said or said.lower() in _BARE_PRONOUNS):
            continue  # "it says ...", "who complains ..." with nothing named: a row that names nobody
        if not near and len(d.text[content[0] : content[1]].split()) < 2:
            continue  # "put it", "according to MSNBC, basically": one word reports nothing
        s, e = rep.span(*_balance(d.text, *content))
        if e <= s:
            continue
        claims.append(
            Claim(rep.original[s:e], names[0] if names else None, said, a.cue, kind, document, s, e, sources=names)
        )
    return quotes, claims, warnings


def _all_quoted(d: _Doc, span: tuple[int, int], pieces: list[tuple[int, int]], a: _Att) -> bool:
    """Whether a claim is nothing but its quotes: its reported clause (or, when that clause holds the
    speaker, the claim itself) has only punctuation and the "X said" of split quotes besides them."""
    if a.content is None:
        return True
    text = d.text
    pos, hi = span if _holds_source(a, a.content) else a.content
    for s, e in sorted(pieces):
        gap = (pos, min(s - 1, hi))
        if gap[0] < gap[1] and not _only_punct(text[gap[0] : gap[1]]) and not gap[0] <= a.cue_start < gap[1]:
            return False
        pos = max(pos, e + 1)
    return pos >= hi or _only_punct(text[pos:hi])


def _claim_quotes(d: _Doc, spans: Sequence[QuoteSpan], a: _Att) -> list[int]:
    """The quotes a claim row covers: those of the cue's paragraph and the quotes they continue."""
    para = d.para_of(a.cue_start)
    chains = {spans[q].chain for q in a.quotes if spans[q].para == para}
    return [q for q in a.quotes if spans[q].para == para or spans[q].chain in chains]


def _holds_source(a: _Att, span: tuple[int, int]) -> bool:
    """Whether a span contains the cue or the speaker (a bad parse made them part of the content)."""
    if span[0] <= a.cue_start < span[1]:
        return True
    return a.subj_start is not None and span[0] <= a.subj_start < span[1]


def _balance(text: str, s: int, e: int) -> tuple[int, int]:
    """Widen a span by one quote mark at an edge when it holds an odd number of marks."""
    if len(_MARKS.findall(text, s, e)) % 2 == 0:
        return s, e
    k = e
    while k < len(text) and k < e + 2 and text[k] in ".,;:!?":
        k += 1
    m = _MARKS.match(text, k)
    if m is not None:
        return s, m.end()
    m = _MARKS.match(text, max(0, s - 1))
    if m is not None and m.end() == s:
        return s - 1, e
    return s, e


def _mark_nested(atts: list[_Att]) -> None:
    """Flag attributions whose cue sits inside another attribution's content."""
    for a in atts:
        for b in atts:
            if b is not a and b.content is not None and b.content[0] <= a.cue_start < b.content[1]:
                a.nested = True
                break


def _who(d: _Doc, rep: Repaired, resolver: _Resolver, a: _Att) -> None:
    """Fill in an attribution's speaker names and what the text calls the speaker."""
    if a.source_span is not None:
        s, e = a.source_span
        said = rep.original_slice(s, e)
        os_, oe = rep.span(s, e)
        m = resolver.covering(os_, oe) or _by_surname(resolver, said)
        name = m.name if m is not None else (" ".join(said.split()).title() if said.isupper() else said)
        a.names, a.said, a.actor = (name,), said, True
        return
    if a.subj_tok is None:
        return
    found, names, said = resolver.resolve(a.subj_tok, a.subj_stop)
    a.names = tuple(dict.fromkeys([m.name for m in found] + names))
    a.said = said or None
    a.actor = bool(a.names)
    if found:
        sa, sb = d.sent_chars_range(a.sent)
        resolver.recent.append((rep.to_original(a.cue_start), tuple(found), d.text[sa:sb]))


# Name particles that may sit between two halves of one name ("Ursula von der Leyen").
_PARTICLES_OF_NAMES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "dos",
    "du",
    "la",
    "le",
    "al",
    "el",
    "bin",
    "ibn",
    "ter",
    "zu",
}


def _joins(text: str, a: Mention, b: Mention) -> bool:
    """Whether mention ``a`` and the following ``b`` are two halves of one person's name."""
    gap = text[a.end : b.start].split()
    return "person" in (a.kind, b.kind) and b.start >= a.end and all(w in _PARTICLES_OF_NAMES for w in gap)


def _same_clause(subj: Token, pron: Token) -> bool:
    """Whether a pronoun hangs under its sentence subject's verb through nothing but complements
    ("Trump said he ...", "Clinton defended her record"), not a coordinated or adverbial clause."""
    verb = subj.head if subj.dep_ in ("nsubj", "nsubjpass") else subj.head.head
    t = pron
    for _ in range(12):
        if t.i == verb.i:
            return True
        if t.dep_ in ("conj", "advcl", "relcl", "parataxis") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _plural(m: Mention) -> bool:
    """Whether a group's name is a plural noun ("Democrats", "South Koreans"), not an adjective."""
    return m.name.endswith("s")


def _surname(m: Mention) -> str:
    words = m.name.lower().split()
    return words[-1] if words else ""


def _by_surname(resolver: _Resolver, label: str) -> Mention | None:
    """A person mention whose last name is the label's last word ("WALLACE" -> "Chris Wallace")."""
    words = label.replace(".", " ").split()
    if not words:
        return None
    last = words[-1].lower()
    for m in resolver.mentions:
        if m.kind == "person" and m.name.lower().split()[-1:] == [last]:
            return m
    return None
