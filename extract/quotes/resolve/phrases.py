"""The phrase a speaker is given by as the text writes it ("said study co-author Anezina Solomonidou", not the
dateline, the quote mark or the relative clause around it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.quotes.asides import _spaced_dash
from extract.quotes.bounds import _after_dateline
from extract.quotes.lexicon import _QUOTE_TOKENS
from extract.quotes.resolve.base import _Base
from extract.quotes.speakers import _hyphen_start

if TYPE_CHECKING:
    from spacy.tokens import Token


def _close_bracket(doc, lo: int, hi: int) -> int:
    """Take in the closing bracket of a name's party and state ("Sen. Claire McCaskill (D-Mo.)", "Gov. Pat
    McCrory (R)"), which the parser hangs on the verb, so the name does not end in "(D-Mo"."""
    opened = sum(1 for t in doc[lo : hi + 1] if t.text == "(") - sum(1 for t in doc[lo : hi + 1] if t.text == ")")
    if opened <= 0:
        return hi
    for k in range(hi + 1, min(len(doc), hi + 4)):
        if doc[k].text == ")":
            return k
        if not doc[k].is_punct:
            break
    return hi


class _Phrases(_Base):
    """A speaker's phrase."""

    def _np_span(self, tok: Token, stop: int | None = None) -> tuple[int, int] | None:
        lo, hi = tok.left_edge.i, tok.right_edge.i if stop is None else min(stop, tok.right_edge.i)
        lo = _hyphen_start(self.d.doc, lo)  # "said study co-author Anezina Solomonidou": the whole title
        while lo < tok.i and self.d.doc[lo].tag_ in ("VBD", "VBZ", "VBP"):
            lo += 1  # "Said Ellis:": the inverted cue the parser made part of the name
        # "‘lazy,’” Maria Lopez, ...": the parser may hang the end of a quote on the name after it.
        doc = self.d.doc
        closing = [k + 1 for k in range(lo + 1, tok.i) if doc[k].text in _QUOTE_TOKENS and doc[k - 1].is_punct]
        lo = max([lo, *closing])  # (a quoted title inside the name, 'the "Pose" actor', stays)
        # "The deal - officials said - would be signed": a spaced dash the parser took into the name ends the name.
        lo = max([lo, *(k + 1 for k in range(lo + 1, tok.i) if _spaced_dash(doc[k]))])
        if lo < tok.i:
            # "HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists ... have confirmed": the dateline is no speaker, also
            # when the phrase starts inside it ("BRUSSELS/LONDON, Nov 1 (Reuters) - European leaders", 'Nov' hung on
            # 'leaders'): the dateline opening the sentence ends where the name may begin.
            lo = max(lo, min(_after_dateline(self.d, doc[lo].sent.start, tok.i + 1), tok.i))
        for c in tok.rights:
            if c.dep_ in ("relcl", "acl", "advcl") or (c.dep_ == "punct" and c.text in "\"'"):
                hi = min(hi, c.left_edge.i - 1)
        for t in tok.subtree:
            # "economists at the bank, who said ...": a relative clause set off by a comma after a noun deeper in
            # the phrase is what the speaker did, not who the speaker is.
            if t.i > tok.i and t.dep_ == "relcl" and t.left_edge.i > lo and doc[t.left_edge.i - 1].text == ",":
                hi = min(hi, t.left_edge.i - 1)
        if hi > lo and self.d.doc[hi].dep_ == "case":
            hi -= 1  # "Donald Trump's claim": the speaker is "Donald Trump"
        while hi > tok.i and (self.d.doc[hi].dep_ == "cc" or self.d.doc[hi].is_punct):
            hi -= 1  # "Lopez, the director of X and [whose work ...]": no dangling "and"
        hi = _close_bracket(doc, lo, hi)
        return self.d.tok_span(lo, hi)

    def _propn_name(self, h: Token) -> str:
        toks = [c for c in h.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [h]
        return " ".join(t.text for t in toks).strip(" .,")
