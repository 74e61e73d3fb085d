"""The token view of a parsed document that every mention rule reads (``_Sents``), the candidate mention the rules
build and correct (``_Candidate``), and word-shape tests they share."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _mixed(word: str) -> bool:
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def _same_text(text: str, toks: list[Token], texts: list[str]) -> bool:
    """Whether ``text`` is the one the tokens were made from: its length ends on the last token's text and
    whitespace, and the texts of the last token and of up to 64 tokens spread over the doc (every one in a short doc)
    stand at their offsets in it (review s25 r2 finding 10: a same-length text changed before parsing would otherwise
    give wrong offsets silently). The caller's contract is that the doc was parsed from exactly this text; the check
    is cheap and catches a caller that breaks it."""
    last = toks[-1]
    if len(text) != last.idx + len(texts[-1]) + len(last.whitespace_):
        return False
    step = max(1, len(toks) // 64)
    return text.startswith(texts[-1], last.idx) and all(
        text.startswith(texts[k], toks[k].idx) for k in range(0, len(toks), step)
    )


@dataclass(frozen=True, slots=True)
class _Sents:
    """Sentence starts of a doc, computed once (``Span.sent`` scans the whole doc on every call), and its tokens."""

    starts: list[int]
    """Token index of each sentence start, ascending."""
    n: int
    """Number of tokens."""
    toks: list[Token]
    """The doc's tokens, made once: every ``doc[k]`` and ``for tok in doc`` builds a new Token object."""
    texts: list[str]
    """``Token.text`` of each token: the attribute looks the string up each time it is read."""
    lowers: list[str]
    """``Token.lower_`` of each token."""
    doc_text: str
    """The doc's text, made once: ``Doc.text`` joins every token again on each read (the dateline reader needs it)."""

    @classmethod
    def of(cls, doc: Doc, text: str | None = None) -> _Sents:
        """The view of ``doc``; ``text`` is the text it was parsed from, if the caller has it (spaCy's text is its
        tokens' texts and trailing spaces, which it joins anew on each read)."""
        starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        toks = list(doc)
        texts = [t.text for t in toks]
        if text is None or not toks or not _same_text(text, toks, texts):
            text = "".join([w + t.whitespace_ for w, t in zip(texts, toks, strict=True)])
        # spaCy's LOWER is ``str.lower`` of the text: made from the strings at hand, not read from each Token again.
        return cls(starts or [0], len(doc), toks, texts, [w.lower() for w in texts], text)

    def text(self, i: int, j: int) -> str:
        """``doc[i:j].text`` from the token texts, without making a Span and its Tokens."""
        if j - i <= 1:
            return self.texts[i] if j > i else ""
        toks, texts = self.toks, self.texts
        return "".join([texts[k] + toks[k].whitespace_ for k in range(i, j - 1)]) + texts[j - 1]

    def bounds(self, i: int) -> tuple[int, int]:
        """[start, end) of the sentence holding token ``i``."""
        k = bisect_right(self.starts, i) - 1
        return self.starts[k], self.starts[k + 1] if k + 1 < len(self.starts) else self.n

    def is_start(self, i: int) -> bool:
        k = bisect_right(self.starts, i) - 1
        return k >= 0 and self.starts[k] == i


@dataclass(slots=True)
class _Candidate:
    label: str
    start: int
    end: int
    kind: str
    name: str
    role: str | None
    role_span: tuple[int, int] | None
    cut: int = 0
    """Characters of the last token that are not part of the name (a common word glued to it)."""


def _capitalised(tok: Token) -> bool:
    """A capitalised content word (not "The" or "In" starting a phrase)."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_stop
