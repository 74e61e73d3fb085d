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

Modules: marks (pairing quote marks), lexicon (cue words and patterns), cues (finding attributions),
content (what a cue reports), resolve (speakers to actor mentions), assign (quotes to attributions);
this one builds the records.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.quotes.assign import _assign, _inside_mask, _joined, _only_punct, _signatures
from extract.quotes.cues import _Att, _colon_blocks, _Doc, _find_cues, _labels
from extract.quotes.lexicon import (
    _AMBIGUOUS,
    _BARE_PRONOUNS,
    _MARKS,
    _PERSON_PRONOUNS,
    _PLURAL_PRONOUNS,
    _THING_WORDS,
    _WRITER_PRONOUNS,
    SPEECH,
    WEAK,
)
from extract.quotes.marks import QuoteSpan, find_quote_spans
from extract.quotes.resolve import _by_surname, _Resolver
from extract.records import Claim, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from extract.repair import Repaired


_PRONOUN_WORDS = _BARE_PRONOUNS | _PERSON_PRONOUNS | _PLURAL_PRONOUNS | _WRITER_PRONOUNS

__all__ = ["SPEECH", "WEAK", "QuoteSpan", "extract_quotes", "find_quote_spans"]


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
    atts = [a for a in atts if not (a.nested and (a.weak or a.lemma in _AMBIGUOUS and not a.that))]
    resolver = _Resolver(d, rep, mentions, inside)
    prev: _Att | None = None
    for a in atts:
        _who(d, rep, resolver, a)
        if prev is not None and _continues_text(a, prev):
            # "“...,” the article read. “...,” it added": "it" goes on with the text that spoke just before;
            # "“...,” the Times wrote. “...,” it further wrote": or with the organisation.
            if prev.names and all(_thing(resolver, n) for n in prev.names):
                a.names, a.actor = prev.names, True
            elif not prev.names:
                a.said = prev.said
        prev = a
    # The writer's own "I think" is no claim; half-speech verbs need a named speaker or a that-clause.
    atts = [
        a
        for a in atts
        if (a.actor or a.that or a.lemma not in _AMBIGUOUS) and (a.said or "").lower() not in _WRITER_PRONOUNS
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


def _continues_text(a: _Att, prev: _Att) -> bool:
    """Whether an unresolved "it" may speak for the text or organisation cited just before."""
    if a.names or (a.said or "").lower() != "it" or not 0 <= a.sent - prev.sent <= 2:
        return False
    return bool(prev.said) and (prev.said or "").lower() not in _PRONOUN_WORDS


def _thing(resolver: _Resolver, name: str) -> bool:
    """Whether a speaker's name is an organisation or place ("it" may stand for it), not a person."""
    m = resolver.by_name.get(name.lower())
    return m is not None and resolver.kind_of(m) != "person"


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
    # Unresolved speakers are kept too: "the statement" means the latest one mentioned, named or not.
    sa, sb = d.sent_chars_range(a.sent)
    resolver.recent.append((rep.to_original(a.cue_start), tuple(found), d.text[sa:sb], said or ""))
