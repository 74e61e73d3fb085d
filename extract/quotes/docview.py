"""Array views of a parsed Doc (sentences, paragraphs, token offsets) and the attribution record the cue finders
fill in."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from extract.quotes.lexicon import (
    _ATTITUDE,
    _CLAIM_NOUNS,
    _EDGE_SOFT,
    _GENDERED,
    _GENDERED_ROLES,
    _INTENT_NOUNS,
    _MARK_CHARS,
    _MARKS,
    _NONEMPTY_LINE,
    _TOPIC_NOUNS,
    SEEING,
    SPEECH,
    WEAK,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
    # A cue in a question ("Did Trump say that ...?"): it still holds what it asks about (so a weak cue inside stays
    # nested, as before), then gives no row.
    asked: bool = False
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
    shown: str | None = None
    """The phrase an unresolved "they" goes on with ("Analysts"): the records' ``stands_for``."""
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
        self._lower: Any = None
        self.single = False  # the story quotes with single marks only (``marks._single_spans``)
        self.single_marks: frozenset[int] = frozenset()  # the offsets of the single marks paired into quotes

    @property
    def lower(self) -> Any:
        """The tokens' lower-case string hashes (a numpy array), read from the Doc once."""
        if self._lower is None:
            self._lower = self.doc.to_array("LOWER")
        return self._lower

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
            marks = len(_MARKS.findall(text, s, e))
            if self.single_marks:
                marks += sum(s <= k < e for k in self.single_marks)
            odd = marks % 2 == 1
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

    def finite_in(self, s: int, e: int) -> bool:
        """Whether the characters [s, e) hold a finite verb or a modal ("We will not raise your taxes")."""
        lo, hi = self.tok_at(s), self.tok_at(max(s, e - 1))
        return any(self.doc[i].tag_ in ("VBD", "VBZ", "VBP", "MD") for i in range(lo, hi + 1))

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

    words = (*SPEECH, *WEAK, *SEEING, *_CLAIM_NOUNS, *_INTENT_NOUNS, *_TOPIC_NOUNS, *_ATTITUDE, "according")
    cues = np.sort(np.fromiter({hash_string(f) for f in words}, dtype=np.uint64))  # sorted for ``_find_cues``
    return cues, {hash_string(w): v for w, v in {**_GENDERED, **_GENDERED_ROLES}.items()}
