"""A short person name alone in its document joins the one full name of another document that ends or starts with
it ("Zelensky", "Volodymyr Zelensky"), when the surname is rare or the documents are one story ("Cohen" of an
impeachment story is not the "Noam Cohen" of a genetics story)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from extract.actors.merge.given_names import is_given_name
from extract.actors.merge.people import _surname
from extract.repair import zipf

if TYPE_CHECKING:
    from extract.actors.merge.cluster_info import _Info


def _name_ends(words: tuple[str, ...]) -> set[str]:
    """The words of a person's full name that a lone name in another document may be: the surname, and the first
    word when it is no given name ("Moon" of "Moon Jae-in"; a lone "Martha" or "Charles" is not "Martha Fry")."""
    ends = {_surname(words)}
    if not is_given_name(words[0]):
        ends.add(words[0])
    return ends


def _context(info: Iterable[_Info]) -> frozenset[tuple[str, str]]:
    """What a document is about, to tell whether two documents are one story: its people and organisations of
    several words ("white house", "joe biden"); places and one-word names are shared by unrelated stories."""
    return frozenset((i.fam, i.key) for i in info if " " in i.key and i.kind in ("person", "organization"))


RARE_NAME_ZIPF = 3.5
"""A surname rarer than this in English ("Zelensky", "Bridenstine") is one person's in a story; a commoner one
("Smith", "Cohen", "Morrison") is many people's."""


def _lone_name_joins(
    word: str,
    titles: frozenset[str],
    docs: Collection[str],
    comps: Mapping[object, Sequence[tuple[frozenset[str], Collection[str]]]],
    context: Mapping[str, frozenset[tuple[str, str]]],
) -> object | None:
    """Which component of full names a lone surname (with ``titles``, in ``docs``) joins, or None: the one full
    name with that surname, of several the one holding its title ("Vice President Biden": Joe, not Hunter Biden).
    Another document's full name needs more: a rare surname, a name given in two documents or more ("Trump"), or a
    document not about other people and organisations than the lone name's ("Cohen" in an impeachment story is not
    the "Noam Cohen" of a genetics story: each names others, and none of them the same)."""
    if len(comps) > 1 and titles:
        comps = {h: fs for h, fs in comps.items() if titles <= frozenset().union(*(t for t, _ in fs))}
    if len(comps) != 1:
        return None
    ((hit, fulls),) = comps.items()
    where = {d for _, ds in fulls for d in ds}
    return hit if zipf(word) < RARE_NAME_ZIPF or _one_story(docs, where, context) else None


_Context = Mapping[str, frozenset[tuple[str, str]]]
"""Each document's people and organisations of several words (see _context)."""


def _one_story(docs: Collection[str], where: Collection[str], context: _Context) -> bool:
    """Whether a short form in ``docs`` may be a name of ``where`` (see _lone_name_joins): the name is in two
    documents or more or in one of ``docs``, or a document of each names no one else or someone the other names."""
    if len(where) > 1 or not set(where).isdisjoint(docs):
        return True
    empty: frozenset[tuple[str, str]] = frozenset()
    for p in docs:
        mine = context.get(p, empty)
        for q in where:
            theirs = context.get(q, empty)
            if not mine or not theirs or not mine.isdisjoint(theirs):
                return True
    return False
