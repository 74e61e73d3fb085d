"""Names glued to a common word that repair left whole ("Assadregime", "Clintonad", "Jefferiesanalyst Jonathan
Matuszewski"): the word cut off, or the name dropped when nothing in the story backs it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.actors.names import clean_name, place_rank
from extract.actors.tokens import _Candidate, _Sents
from extract.repair import DERIVATIONAL, FUNCTION_WORDS, IRREGULAR_PAST, NAME_ENDINGS, zipf

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Endings that make words, or end names, from a common word ("Goldsworthy", "Koreatown"): no glued word.
_NOT_GLUE = DERIVATIONAL | NAME_ENDINGS | frozenset("ing ings ed er ers es".split())  # noqa: SIM905


# Two-letter words that follow a name in running text; other two-letter tails end names ("Kallis", "Pastorino").
_SHORT_GLUE = frozenset("in on at of to by or as is".split())  # noqa: SIM905


def _glued_word(text: str, heads: Counter[str], lower: Counter[str], in_name: bool = False) -> tuple[int, bool] | None:
    """Where a capitalised word wordfreq has never seen splits into a name and a common lowercase word that lost
    its space ("Assadregime", "Clintonad", "Agencythe"), and whether the story writes the head on its own.
    ``in_name`` says the word closes a longer name ("Robert Lighthizerrecognize"), whose last word is a name.

    Repair leaves such words whole when nothing in the story backs the split; a name must still not carry them.
    A word the story writes twice is a name ("Jeongdong Theater"), and so is an everyday word plus a word
    ("Riveredge", "Homejoy") unless the story writes the head as a name and never lowercase.
    """
    if "-" in text:
        # "Gannett-Gatehousemerger": the last part of a hyphenated name is the word that lost its space.
        first, _, last = text.rpartition("-")
        found = _glued_word(last, heads, lower, True) if first[:1].isupper() and heads.get(text, 0) <= 1 else None
        return None if found is None else (len(first) + 1 + found[0], found[1])
    if len(text) < 5 or not text.isalpha() or not _name_start(text) or text.isupper() or zipf(text.lower()) > 0:
        return None
    # A word the story writes twice is a name, unless the story writes its head alone as a name too and a long
    # common word follows it ("Twitteraccount" twice, "Twitter" alone).
    repeated = heads.get(text, 0) > 1
    best: tuple[float, int, bool] | None = None
    for cut in range(2, len(text)):
        head, tail = text[:cut], text[cut:]
        if not tail.islower() or tail in _NOT_GLUE or not (head[-1].islower() or head.isupper()):
            continue
        t_zipf = zipf(tail)
        h_low = head.lower()
        h_zipf = zipf(h_low)
        # Two words wordfreq knows, no everyday head, a common tail of four letters or more ("Beehivefreeze",
        # "Bionicchip"). Written once, a rarer common word (zipf 3.5) counts when it is long or the head is common
        # too ("Gatehousemerger", "Kennedyclan"); short rarer words after a rarer head end names ("Rubinstain",
        # "Jeongdong"). No name in the 256 clean news texts is so made.
        known_pair = (
            len(head) >= 4
            and _RARE <= h_zipf < _EVERYDAY
            and len(tail) >= 4
            and (t_zipf >= 4.0 or (not repeated and t_zipf >= 3.5 and (len(tail) >= 6 or h_zipf >= 4.0)))
        )
        # An adverb in -ly ends no name, whatever the head ("the Moonquickly").
        adverb = len(head) >= 3 and len(tail) >= 6 and tail.endswith("ly") and t_zipf >= 3.5
        # A head wordfreq hardly knows (most names), then one of the commonest words of four letters or more
        # ("Dathomirfirst", "Pangramarea"): no name of the 560 clean texts is so made; the head is the name,
        # unless it ends in an everyday word itself ("Wilsonbigbrand|system": more than one space was lost).
        common_tail = (
            len(head) >= 4
            and h_zipf < _RARE
            and head[1:].islower()
            and len(tail) >= 4
            and t_zipf >= _COMMONEST
            and not any(zipf(h_low[k:]) >= _EVERYDAY for k in range(1, len(head) - 2))
        )
        if (
            repeated
            and not (known_pair or adverb)
            and not (heads.get(head, 0) > 0 and len(tail) >= 5 and t_zipf >= 3.5)
        ):
            continue
        seen = (
            (heads.get(head, 0) > 0 and (h_zipf < _EVERYDAY or not lower.get(h_low, 0)))
            # Short names of small towns are everywhere in names ("Mary", "Tyre"): a big place or a long name.
            or place_rank(head) >= 3
            or (len(head) >= 6 and t_zipf >= 4.0 and place_rank(head) >= 2)
            or (head.isupper() and len(head) >= 2)
        )
        if tail == "a":
            # The article after a country, a name the story writes alone twice ("Canadaa", "Clintona") or a word
            # wordfreq knows well closing a longer name ("Linda Bucka Nobel Prize"): no name of the 560 clean texts
            # is so made. A given name opening one is no glued word ("Hassana Alidou", "Vidala Smith").
            ok = len(head) >= 4 and (
                place_rank(head) >= 3 or (seen and heads.get(head, 0) >= 2) or (in_name and h_zipf >= 3.0)
            )
        elif len(tail) == 1:
            ok = False
        elif len(tail) == 2:
            # A long head the story backs, then any common two-letter word ("Clintonad", "Chromecastup").
            ok = seen and (tail in _SHORT_GLUE or (len(head) >= 5 and t_zipf >= 4.5))
        elif tail in FUNCTION_WORDS or tail == "the":
            # Possessives end names ("Sceviour"): of the determiners only "the" follows a name. Function words of
            # three letters or more end no name ("Wistronand", "Starhipwill").
            ok = seen or len(head) >= 4
        elif seen:
            # A country, state or big city is a name on its own: any word wordfreq knows may follow it
            # ("Southern Californiabattened the hatches"); no clean word of the 256 texts is so made.
            ok = (
                t_zipf >= 3.3
                or (len(tail) >= 6 and t_zipf >= 2.5)
                or (len(tail) >= 4 and t_zipf > 0 and place_rank(head) >= 3)
            )
        elif in_name:
            # The last word of a full name, then a common word longer than the endings of names ("-stain"), or
            # the past tense of a verb that follows a news subject ("Miguel Bernaltook").
            # An everyday head the story never writes lowercase ("Clinton") only before a verb or a long word: an
            # everyday word makes compounds ("Parabolic Lightcloud").
            verb = tail in IRREGULAR_PAST or (tail.endswith(("s", "ed")) and not tail.endswith("ss"))
            ok = (
                known_pair
                or adverb
                or common_tail
                or (
                    len(head) >= 4
                    and (h_zipf < _EVERYDAY or (not lower.get(h_low, 0) and (verb or len(tail) >= 7)))
                    and (
                        (len(tail) >= 5 and t_zipf >= 4.0)
                        or (len(tail) >= 7 and t_zipf >= 3.0)
                        or tail in IRREGULAR_PAST
                    )
                )
            )
        else:
            # Nothing in the story backs the head: a known word that is no everyday one ("Assad", "Reuters"),
            # then a common content word ("regime", "survey").
            # An everyday head the story never writes lowercase ("Trump", "Navy") needs a long tail: everyday words
            # make compounds with short ones ("Riveredge", "Singleframe").
            ok = (
                known_pair
                or adverb
                or common_tail
                or (
                    h_zipf >= 2.5
                    and (h_zipf < _EVERYDAY or (not lower.get(h_low, 0) and len(tail) >= 7))
                    and len(head) >= 4
                    and len(tail) >= 4
                    # A long tail may be rarer ("Amazonsellers").
                    and (t_zipf >= 4.2 or (len(tail) >= 7 and t_zipf >= 3.5))
                )
            )
        if ok:
            score = (10.0 if seen else 0.0) + t_zipf + len(head) / 10
            if best is None or score > best[0]:
                # Two known words are a name and a word even when the story never writes the name alone: the
                # name is kept ("Kremlinverbal" -> "Kremlin"), not dropped as a guess.
                best = (score, cut, seen or known_pair or common_tail)
    return None if best is None else (best[1], best[2])


def _name_start(text: str) -> bool:
    """A capital first letter, or a lowercase one before a capital ("iPhone", "xCloud")."""
    return text[:1].isupper() or (text[:1].islower() and text[1:2].isupper())


_NAME_LINKS = frozenset(("of", "and", "&", "for"))


@lru_cache(maxsize=8192)
def _may_be_glued(text: str) -> bool:
    """A capitalised word wordfreq has never seen that ends in a lowercase word it knows: worth the story's
    evidence (most names are neither unknown nor so made)."""
    last = text.rpartition("-")[2]
    if (
        len(last) < 3
        or not _name_start(text)
        or not last.isalpha()
        or last.isupper()
        or zipf(text.lower()) > 0
        or zipf(last.lower()) > 0
    ):
        return False
    return any(last[k:].islower() and zipf(last[k:]) > 0 for k in range(2, len(last)))


# Words at least this frequent are everyday words ("River", "Home") before they are names.
_EVERYDAY = 4.45


# Words rarer than this are names or rare words to wordfreq; words at least this frequent are among the commonest
# (about one in 100,000 words: "first", "area", "people").
_RARE = 2.0


_COMMONEST = 5.0


def _unglued(doc: Doc, cands: list[_Candidate], sents: _Sents) -> list[_Candidate]:
    """Candidates with a glued common word cut off: the name before it, or the name after a glued first word
    ("Jefferiesanalyst Jonathan Matuszewski"); a glued word whose head the story never writes alone is dropped."""
    toks, texts = sents.toks, sents.texts
    # The lowercase words go first. spaCy's shape flags are ``str.islower``, ``istitle`` and ``isupper`` of the text,
    # asked here of the strings at hand (a Token's flag costs a lexeme lookup).
    suspects = {
        id(c) for c in cands if any(not texts[k].islower() and _may_be_glued(texts[k]) for k in range(c.start, c.end))
    }
    if not suspects:
        return cands
    heads = Counter(
        text
        for text in texts
        if text.istitle() or text.isupper() or (not text.islower() and text[:1].islower() and text[1:2].isupper())
    )
    lower = Counter(text for text in texts if text.islower())
    out: list[_Candidate] = []
    for c in cands:
        found = None
        k = c.start
        if id(c) in suspects:
            for k in range(c.start, c.end):
                # "University of Liverpoolbiochemist": the linked part of a longer name.
                in_name = k > c.start and (
                    texts[k - 1][:1].isupper()
                    or (k - 1 > c.start and texts[k - 1] in _NAME_LINKS and texts[k - 2][:1].isupper())
                    # "Lashkar-e-Taibabelongs": the last part of a hyphenated name.
                    or (
                        k - 1 > c.start
                        and texts[k - 1] == "-"
                        and not toks[k - 1].whitespace_
                        and not toks[k - 2].whitespace_
                        and toks[k - 2].is_alpha
                    )
                )
                if k + 2 < len(toks) and not toks[k].whitespace_ and texts[k + 1] == "-" and texts[k + 2][:1].isupper():
                    continue  # the first part of a hyphenated name ("Schlosspark-Klinik") lost no space
                found = _glued_word(texts[k], heads, lower, in_name)
                if found is not None:
                    break
        if found is None:
            out.append(c)
            continue
        cut, seen = found
        text = texts[k]
        if (
            k == c.start
            and c.end - c.start == 2
            and c.kind == "person"
            and not seen
            and text[cut:] in FUNCTION_WORDS
            and zipf(text[:cut].lower()) == 0
        ):
            # "Governor Thaawarchand Gehlot": a head no one knows, then "and", opening a name of two words is a given
            # name (as repair reads it), not a surname glued to "and" before the next person's.
            out.append(c)
            continue
        if k == c.start and c.end - c.start > 1:
            # The glued word opens the span: the name is what follows it.
            out.append(
                _Candidate(c.label, k + 1, c.end, c.kind, clean_name(doc[k + 1 : c.end].text), c.role, c.role_span)
            )
        elif seen or (k > c.start and zipf(text[:cut].lower()) > 0):
            # A head the story backs, or a known last word of a longer name, is the name; a lone guess is dropped.
            tail = len(text) - cut
            name = (
                c.name[:-tail]
                if k == c.end - 1 and c.name.endswith(text)
                else clean_name(doc[c.start : k + 1].text[:-tail])
            )
            kind = c.kind
            if kind != "group" and k == c.start and _nationality_elsewhere(toks, k, text[:cut]):
                # "Frenchduo": a nationality glued to a noun is the group the story names elsewhere, not a person.
                kind = "group"
            out.append(_Candidate(c.label, c.start, k + 1, kind, name, c.role, c.role_span, tail))
    return out


def _nationality_elsewhere(toks: Sequence[Token], k: int, head: str) -> bool:
    """The story writes ``head`` alone elsewhere and the tagger calls it a nationality there (NORP)."""
    return any(t.text == head and t.ent_type_ == "NORP" for t in toks if t.i != k)
