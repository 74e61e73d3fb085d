"""Pairing quote marks into quoted spans: curly and straight, closing marks typed as opening ones, quotes
re-opened in the next paragraph; odd marks never raise."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from extract.quotes.lexicon import _MARKS, _STATEMENT_NOUNS, _WRITER_PRONOUNS, SPEECH
from extract.quotes.people import _people

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from extract.repair import Repaired


# Quote marks as the parser sees them (curly marks are already straight there) and in the file.
_OPENERS = "\u201c\u201e\u00ab"


_CLOSERS = "\u201d\u00bb"


_SPACE_BEFORE = frozenset(" \t\n\r([{<\u2014\u2013\u2015-/:")


_SPACE_AFTER = frozenset(" \t\n\r)]}>.,;:!?\u2014\u2013\u2015-/\u2026")


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


def _where(orig: str, pos: int) -> str:
    """'line L, column C' (both from 1) of an offset of the file's text: what an editor shows, where an offset
    means nothing to a reader."""
    pos = max(0, min(pos, len(orig)))
    line = orig.count("\n", 0, pos) + 1
    return f"line {line}, column {pos - (orig.rfind(chr(10), 0, pos) + 1) + 1}"


def find_quote_spans(rep: Repaired, doc: Doc | None = None) -> tuple[list[QuoteSpan], list[str]]:
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
        same_inner = False  # a quote nested in the open one with marks of its own family
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
            if role == "open" and is_open and not same_inner and _nested_same(rep, m.end(), end, fam):
                # “I'd rather live in what he calls “hell” than ...”: an inner quote typed with the outer
                # quote's marks, closed twice before anything opens again, is part of the outer quote.
                same_inner = True
                continue
            if role == "close" and same_inner:
                same_inner = False
                continue
            if role == "open":
                if open_at is not None:
                    warnings.append(f"quote mark at {_where(orig, rep.to_original(open_at) - 1)} is never closed")
                open_at, family, inner = i + w, fam, ""
            elif open_at is not None:
                if i > open_at:
                    head = chain if continues and chain is not None else len(spans)
                    spans.append(QuoteSpan(open_at, i, para, head))
                open_at, continues, chain, inner = None, False, None, ""
            else:
                warnings.append(f"closing quote mark at {_where(orig, rep.to_original(i))} has no opening mark")
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
                warnings.append(f"quote mark at {_where(orig, rep.to_original(open_at) - 1)} is never closed")
                chain = None
            if stop > open_at:
                spans.append(QuoteSpan(open_at, stop, para, head, closed=False))
        else:
            chain = None
        para += 1
        pos = end + 1
    if not spans and not warnings and _MARKS.search(text) is None:
        # A story quoted with single marks only (British, Indian, African outlets: 'We will not back down,' he said).
        spans = _single_spans(rep, doc)
    elif spans:
        # British headlines quote with single marks whatever the body does: "'We will not be bullied,' says Albanese".
        lead = _headline_singles(rep, doc)
        if lead:
            spans = [*lead, *(replace(sp, chain=sp.chain + len(lead)) for sp in spans)]
    if doc is not None:
        spans = _end_unclosed_at_narration(spans, doc)
    return _tidy(text, spans), warnings


# The speaker's own words in the first or second person: no narration of the writer's.
_OWN_WORDS = _WRITER_PRONOUNS | {"my", "mine", "our", "ours", "your", "yours", "myself", "ourselves"}
_BACK_REFERENCE = frozenset(("the", "this", "that", "these", "those", "his", "her", "their", "its"))


def _end_unclosed_at_narration(spans: list[QuoteSpan], doc: Doc) -> list[QuoteSpan]:
    """End a quote whose mark is never closed (nor re-opened in the next paragraph) before a sentence in it that is
    plainly the writer's narration: 'The spokesman said, "the government is ready to talk. He added that no date had
    been set.' ends after "talk.", as does '... will "firmly reject any interference. The statement was delivered in
    Putrajaya'. The quote keeps the paragraph when no such sentence comes."""
    if not any(not sp.closed for sp in spans):
        return spans
    continued = {sp.chain for k, sp in enumerate(spans) if sp.chain != k}
    starts = [s.start_char for s in doc.sents]
    sents = list(doc.sents)
    out = list(spans)
    for k, sp in enumerate(spans):
        if sp.closed or k in continued or sp.chain != k:
            continue
        for j in range(bisect_right(starts, sp.start), len(sents)):
            sent = sents[j]
            if sent.start_char >= sp.end:
                break
            if _narrates(sent):
                prev = sents[j - 1]
                end = min(sp.end, prev.end_char)
                if end > sp.start:
                    out[k] = replace(sp, end=end)
                break
    return out


def _narrates(sent: Span) -> bool:
    """Whether a sentence is a plain report of the writer's: a speaker by "he" or "she", or by a noun with its
    article ("The ministry said talks would begin"), with a past-tense verb of saying and a clause, or what became of
    the statement just quoted ("The statement was delivered ...", "Her remarks drew applause"); no word in the first
    or second person, and no clause of its own joined to the verb ("The company said the spill was small, and that was
    a lie" is a quoted speaker's comment on others, as are "They said he was in a gang" and "The government says
    help is coming")."""
    if any(t.lower_ in _OWN_WORDS for t in sent):
        return False
    for t in sent:
        if t.dep_ not in ("nsubj", "nsubjpass") or not (sent.start <= t.head.i < sent.end):
            continue
        verb = t.head
        if verb.tag_ != "VBD" and not (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)):
            continue
        if any(c.dep_ == "conj" for c in verb.children):
            continue
        if verb.lower_ in SPEECH and any(c.dep_ == "ccomp" for c in verb.children):
            if t.lower_ in ("he", "she"):
                return True
            if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" for c in t.children) and _people(t):
                return True
        if (
            t.lower_ in _STATEMENT_NOUNS
            and verb.lemma_ != "be"
            and not any(c.dep_ in ("attr", "acomp") for c in verb.children)
            and any(c.dep_ in ("det", "poss") and c.lower_ in _BACK_REFERENCE for c in t.children)
        ):
            return True
    return False


def _headline_singles(rep: Repaired, doc: Doc | None) -> list[QuoteSpan]:
    """Quotes in single marks in a story's first line when it is a headline (no closing stop) with no double marks."""
    text = rep.text
    first = len(text) - len(text.lstrip())
    end = text.find("\n", first)
    end = len(text) if end < 0 else end
    line = text[first:end].rstrip()
    if not line or line[-1] in ".!?" or _MARKS.search(line) is not None:
        return []
    return _single_spans(rep, doc, until=end)


# Words an apostrophe opens that no quote does ("rock 'n' roll", "'til", "the '90s").
_CLIPPED = re.compile(r"'(?:n'|n\b|til\b|cause\b|em\b|tis\b|twas\b|\d\ds?\b)", re.I)


def _single_spans(rep: Repaired, doc: Doc | None = None, until: int | None = None) -> list[QuoteSpan]:
    """Quotes in single marks, paragraph by paragraph: an opening mark at a word's start after a space, a closing
    one at a word's end before a space or a stop, never an apostrophe inside a word ("don't") or a clipped word
    ("'90s", "rock 'n' roll"). A mark after an -s before a word is a plural's possessive when the parse makes the -s
    word the possessor of a word after it ("the workers' union", "the councillors' plan"), else it closes ("'baseless
    lies' and vowed", "'We back the Teachers' Union,'" closes after "Union,"); with no parse such a mark never closes
    (no quote rather than one run on). A mark with no partner in its paragraph is an apostrophe, not a quote. Only the
    paragraphs before ``until``, when given."""
    text, orig = rep.text, rep.original
    starts = doc.to_array("IDX").tolist() if doc is not None and len(doc) else []
    spans: list[QuoteSpan] = []
    para = 0
    pos, n = 0, len(text) if until is None else until
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        if text[pos:end].strip():
            open_at: int | None = None
            i = text.find("'", pos, end)
            while i >= 0:
                o = rep.to_original(i)
                prev = orig[o - 1] if o > 0 else " "
                nxt = orig[o + 1] if o + 1 < len(orig) else " "
                if open_at is None:
                    if (prev in _SPACE_BEFORE or prev in '"\u201c') and nxt.isalnum() and not _CLIPPED.match(text, i):
                        open_at = i + 1
                elif not prev.isspace() and (nxt in _SPACE_AFTER or nxt in '"\u201d' or o + 1 >= len(orig)):
                    after = orig[o + 2] if o + 2 < len(orig) else " "
                    possessive = prev in "sS" and nxt == " " and after.isalpha() and orig[o - 2 : o - 1].isalpha()
                    if i > open_at and not (possessive and _possessor(doc, starts, i)):
                        spans.append(QuoteSpan(open_at, i, para, len(spans)))
                        open_at = None
                i = text.find("'", i + 1, end)
            para += 1
        pos = end + 1
    return spans


def _possessor(doc: Doc | None, starts: list[int], i: int) -> bool:
    """Whether the word ending at parser offset ``i`` (before a mark) possesses a word after it in the parse ("the
    councillors' plan"); True with no parse."""
    if doc is None or not starts:
        return True
    k = bisect_right(starts, i) - 1
    if k < 0:
        return True
    word = doc[k - 1] if doc[k].text.startswith("'") and k > 0 else doc[k]
    return word.dep_ == "poss" and word.head.i > word.i


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


def _nested_same(rep: Repaired, pos: int, end: int, fam: str) -> bool:
    """Whether the marks of family ``fam`` after ``pos`` in the paragraph close twice before one opens
    (an inner quote and then the outer one), which no other reading of an opening mark explains."""
    closes = 0
    for m in _MARKS.finditer(rep.text, pos, end):
        if _family(rep, m.start()) != fam:
            continue
        if m.group() == "``" or _mark_role(rep.original, rep.to_original(m.start()), len(m.group()), True) == "open":
            return False
        closes += 1
        if closes == 2:
            return True
    return False


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
