"""How the panels name who said something: an actor by the story's name for it, a description as the text writes it.

The story names a description no actor stands for by its words without a leading article ('US military' from
'The US military said'), so that one description is one speaker across the story (extract/story.py _described).
Shown that way it read like a named actor ('Labour leader', 'Australian'): the panels, the detail view and copied
text show it as the text writes it, its leading article or quantifier in lower case ('the US military', 'an
Australian', 'two senior Israeli officials').
"""

from __future__ import annotations

from extract.story import ARTICLES

_QUANTIFIERS = frozenset(
    {"another", "some", "several", "many", "most", "few", "both", "each", "every", "two", "three", "four", "five"}
    | {"six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "thousands"}
)
"""Closed-class words that open a description ("Two senior Israeli officials", "Another US official")."""


def as_written(name: str, text: str | None) -> str:
    """``name`` (a speaker or source as the story gives it) as ``text`` (what the sentence calls it) writes it, when
    the name is the text without its leading article ('US military', 'The US military' -> 'the US military') or the
    text itself opening with a capitalised quantifier before a common noun ('Two senior Israeli officials' -> 'two
    senior ...'); any other name as it is."""
    words = (text or "").split()
    if len(words) < 2:
        return name
    first, rest = words[0].lower(), " ".join(words[1:])
    # A quantifier opens a description only before a common noun: a name is capitalised to its last word ("Nine
    # Entertainment", "Two Sigma", "Five Guys" stay; review s27 rev5f 4).
    described = words[-1][:1].islower()
    if (first in ARTICLES and rest == name) or (first in _QUANTIFIERS and text == name and described):
        return f"{first} {rest}"
    return name
