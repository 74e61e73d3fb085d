"""Given names from the ``nicknames`` dataset: whether a word is a given name, and a given name and its clipped form
("Tim Morrison", "Timothy Morrison")."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import lru_cache


def _given_and_rest(fam: str, key: str) -> tuple[str, str] | None:
    """A person's full name split after its given name ("tim", "morrison"), or None."""
    if fam != "person" or " " not in key:
        return None
    first, rest = key.split(" ", 1)
    return (first, rest) if first.isalpha() else None


def _nicknamed_people(by_rest: Mapping[str, Collection[str]]) -> list[tuple[str, str]]:
    """Pairs of people's full names that differ only by a given name and its clipped form ("tim morrison",
    "timothy morrison"; "pat simmons", "patrick simmons"), from the given names of the story's people by the rest
    of their names, when the short form fits one given name of the story with that surname ("chris smith" beside
    "christopher smith" and "christine smith" stays apart)."""
    out = []
    for rest, firsts in by_rest.items():
        if len(firsts) < 2:
            continue
        for short in firsts:
            fulls = [f for f in firsts if f != short and _nickname_of(short, f)]
            if len(fulls) == 1:
                out.append((f"{short} {rest}", f"{fulls[0]} {rest}"))
    return out


@lru_cache(maxsize=4096)
def _nickname_of(short: str, full: str) -> bool:
    """Whether ``short`` is a clipped form of the given name ``full`` that the nicknames dataset lists ("tim" of
    "timothy", "pat" of "patrick"). The dataset is a genealogist's table with old and two-way links ("bill" of
    "robert", "fred" of "will", "ian" of "john", "ann" of "nancy"), which would join Bill and Robert Gates; a clipped
    form is the beginning of the name it stands for."""
    return len(short) >= 3 and full.startswith(short) and short in _nicknamer().nicknames_of(full)


@lru_cache(maxsize=4096)
def is_given_name(word: str) -> bool:
    """Whether the nicknames dataset knows ``word`` (lowercase) as an English given name or a short form of one (it
    knows many surnames too: "lee", "paul", "kelly"; use it only where the context already points to a name)."""
    nn = _nicknamer()
    return bool(nn.nicknames_of(word) or nn.canonicals_of(word))


@lru_cache(maxsize=1)
def _nicknamer():  # noqa: ANN202 - the library has no type hints
    from nicknames import NickNamer  # here: loading its table costs 35 ms, and most stories never ask

    return NickNamer()
