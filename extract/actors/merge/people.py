"""People's full names: the surname, one person under fuller and shorter names ("Pat Carlineo", "Patrick W.
Carlineo Jr."; "Donald Trump", "Donald J. Trump"), and a father and a son who share a name ("Jr.", "Sr.")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.actors.merge.titles import _role_title
from extract.actors.names import (
    NAME_SUFFIXES,
    PARTICLES,
)
from extract.records import Mention

if TYPE_CHECKING:
    from extract.actors.merge.document import _Group


def _father_first(a: _Group, b: _Group, ms: Sequence[Mention]) -> bool:
    """Whether full name ``a`` without "Jr." or "III" is another man than ``b``, which has it: it comes before the
    first mention of ``b`` ("Donald Trump ... Donald Trump Jr."), or the text gives it a role ``b`` has not ("Robert
    F. Kennedy Jr. announced a run ... His father, Robert F. Kennedy, told a crowd"). A son is introduced with his
    suffix, and a shorter form after it with no role of its own is the same man ("Patrick Carlineo Jr. ... Pat
    Carlineo ... Patrick W. Carlineo")."""
    if len(a.tokens) < 2 or a.tokens[-1] in NAME_SUFFIXES or b.tokens[-1] not in NAME_SUFFIXES:
        return False
    if min(ms[n].start for n in a.idx) < min(ms[n].start for n in b.idx):
        return True
    mine = {_role_title(r) for n in a.idx if (r := ms[n].role)}
    return bool(mine - {_role_title(r) for n in b.idx if (r := ms[n].role)})


def _surname(words: tuple[str, ...]) -> str:
    """The last word of a full name before "Jr." or "III": "roberts" of "john g roberts jr"."""
    return words[-2] if len(words) > 2 and words[-1] in NAME_SUFFIXES else words[-1]


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same surname and compatible first names, ignoring middle initials; "Jr." and "Sr." stay apart."""
    sa = {t for t in a if t in NAME_SUFFIXES}
    sb = {t for t in b if t in NAME_SUFFIXES}
    if sa and sb and sa != sb:
        return False
    ca = [t for t in a if t not in NAME_SUFFIXES and len(t) > 1]
    cb = [t for t in b if t not in NAME_SUFFIXES and len(t) > 1]
    if len(ca) < 2 or len(cb) < 2 or ca[-1] != cb[-1]:
        return False
    fa, fb = ca[0], cb[0]
    return fa == fb or (min(len(fa), len(fb)) >= 3 and (fa.startswith(fb) or fb.startswith(fa)))


def _plain_name(fam: str, key: str) -> str | None:
    """A person's full name without its middle initials ("donald j. trump" -> "donald trump") or, before no suffix,
    its middle names ("owen john dempsey" -> "owen dempsey"; a particle stays: "ludwig van beethoven"), or None."""
    if fam != "person" or " " not in key:
        return None
    words = key.split()
    if words[-1] in NAME_SUFFIXES:
        kept = [w for w in words[1:-1] if len(w.rstrip(".")) > 1]
    else:
        kept = [w for w in words[1:-1] if w in PARTICLES]
    return " ".join([words[0], *kept, words[-1]]) if len(kept) < len(words) - 2 else None


def _initialled_people(keys: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Full names of people -> the one other full name with middle initials ("donald trump" -> "donald j. trump"),
    when the story has exactly one such variant ("George W. Bush" and "George H. W. Bush" both stay apart)."""
    people = {key for fam, key in keys if fam == "person" and " " in key}
    variants: dict[str, list[str]] = defaultdict(list)
    for key in people:
        plain = _plain_name("person", key)
        if plain is not None:
            variants[plain].append(key)
    return {plain: v[0] for plain, v in variants.items() if len(v) == 1 and plain in people}
