"""An actor's name: the best form of its cluster (a full name over a surname, "Prince Andrew" over "Andrew",
"Trump" over "President Trump", no epithet: "Hillary Clinton" of "Crooked Hillary Clinton")."""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from extract.actors.merge.royals import _ROYAL_TITLES
from extract.actors.merge.tally import _cluster_forms
from extract.actors.merge.titles import _strip_titles
from extract.actors.names import (
    PARTICLES,
    _is_acronym,
    _tokens,
    common_given_name,
)

if TYPE_CHECKING:
    from extract.actors.merge.tally import _Tally


def _display(c: Counter[str]) -> str:
    """Best display of one key: cased forms first, then the most frequent."""
    return max(c, key=lambda f: (not f.islower(), any(ch.isupper() for ch in f[1:]) or f.istitle(), c[f], f))


def _given_name(word: str) -> bool:
    """Whether many people bear ``word`` (a key's lowercase word, accents folded: "andrés") as a given name."""
    folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return common_given_name(word) or (folded != word and common_given_name(folded))


def _build_name(t: _Tally) -> str:
    forms = _cluster_forms(t)
    counts = {k: sum(c.values()) for k, c in forms.items()}

    def rank(k: str) -> tuple[int, int, int, int]:
        shown = _display(forms[k])
        words = _tokens(k)
        # A royal's title before one given name is how news names them ("Prince Andrew", "Pope Francis", not
        # "Andrew"); other titles are not the name ("President Trump" shows as "Trump").
        titled = len(_strip_titles(words)) < len(words) and not (len(words) == 2 and words[0] in _ROYAL_TITLES)
        return (0 if _is_acronym(shown) and len(forms) > 1 else 1, not titled, len(words), counts[k])

    best = max(forms, key=rank)
    words = _tokens(best)
    if len(words) > 2 and any(kind == "person" for _, _, kind, _, _ in t):
        # "Crooked Hillary Clinton", "Miss Universe Alicia Machado": words before a full name the story uses
        # more often are an epithet or a title, not part of the name. Given names are the name's own ("Kathleen Hawk
        # Sawyer", "Joel Eriksson Ek", "Andrés Manuel López Obrador": a surname of two words the story writes alone).
        for n in range(1, len(words) - 1):
            tail = " ".join(words[n:])
            if (
                tail in counts
                and counts[tail] > counts[best]
                and words[n] not in PARTICLES
                and not all(_given_name(w) for w in words[:n])
            ):
                return _display(forms[tail])
    return _display(forms[best])
