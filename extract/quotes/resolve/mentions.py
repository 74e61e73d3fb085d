"""Mentions by position: the mention covering an original span or at a parser token (a name the tagger cut in two
is joined), the parser token at an original offset, a mention's kind and whether it is part of a dateline."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from extract import datelines
from extract.quotes.resolve.base import _Base
from extract.quotes.resolve.surnames import _surname
from extract.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


# A storm's or a variant's name as the story gives it: the word after the hazard's kind, or before "variant".
_HAZARD_WORDS = frozenset(
    ["hurricane", "storm", "typhoon", "cyclone", "tropical", "super", "winter", "depression", "subtropical"]
)
_STORM_NAMED = re.compile(
    r"\b(?:[Hh]urricane|[Ss]torm|[Tt]yphoon|[Cc]yclone|[Tt]ropical [Dd]epression)\s+([A-Z][a-z]+)\b"
)
_WEATHER = re.compile(r"\b(?:the storm|hurricane|typhoon|cyclone|landfall|storm surge|winds? of)\b")
_VARIANT_NAMED = re.compile(r"\b([A-Z][a-z]+)\s+(?:sub-?)?variant\b")


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


class _Mentions(_Base):
    """Looking mentions up by offset and token."""

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

    def _in_dateline(self, m: Mention) -> bool:
        """Whether a mention is part of a dateline opening a line ("SAN FRANCISCO/NEW YORK (Reuters) -")."""
        if self._datelines is None:
            to = self.rep.to_original
            self._datelines = [(to(dl.start), to(dl.end)) for dl in datelines.read(self.d.text)]
        return any(a <= m.start < b for a, b in self._datelines)

    def kind_of(self, m: Mention) -> str:
        """A mention's kind, a person when the story names a person so elsewhere (NER flips "Trump"); a "person"
        the story names as a storm or a variant ("Storm Milton", "the Omicron variant") is a thing, which never
        speaks nor is "he"."""
        person = m.kind == "person" or m.name.lower() in self.person_names or _surname(m) in self.person_names
        if person and self._hazards_named() and self._hazard(m):
            return "thing"
        return "person" if person else m.kind

    def _hazards_named(self) -> set[str]:
        """The names the story gives a storm ("Hurricane Milton", "Typhoon Haiyan", "Storm Babet") or a variant
        of a virus ("the Omicron variant"), lower-cased."""
        if self._hazards is None:
            text = self.rep.original
            # (a storm's name only in a story about weather: "Storm Reid said" names an actress)
            storms = _STORM_NAMED.findall(text) if _WEATHER.search(text) else []
            self._hazards = {w.lower() for w in storms} | {w.lower() for w in _VARIANT_NAMED.findall(text)}
        return self._hazards

    def _hazard(self, m: Mention) -> bool:
        """Whether a mention is only a storm's or a variant's name ("Milton", "Storm Milton"), no one else's
        ("John Milton")."""
        words = m.name.split()
        return words[-1].lower() in self._hazards_named() and all(w.lower() in _HAZARD_WORDS for w in words[:-1])

    def _tok_at_offset(self, pos: int) -> int:
        """The parser's token at original offset ``pos`` (original offsets map to parser offsets by adding the
        inserts before them)."""
        inserts = self.rep.inserts
        return self.d.tok_at(pos + (bisect_right(inserts, pos + len(inserts)) if inserts else 0))

    def _tok_of(self, m: Mention) -> int | None:
        i = self._tok_at_offset(m.start)
        return i if i < len(self.d.idx) else None

    def _name_head(self, m: Mention) -> Token | None:
        """The token that heads a name in the parse ("Reed" of "Officer Marcus Reed"), through its compounds."""
        i = self._tok_of(m)
        if i is None:
            return None
        t = self.d.doc[i]
        while t.dep_ in ("compound", "flat") and t.head.i != t.i and t.head.pos_ == "PROPN":
            t = t.head
        return t

    def _parser_offset(self, pos: int) -> int:
        """The parser text's offset of original offset ``pos``."""
        return self.d.idx[self._tok_at_offset(pos)]
