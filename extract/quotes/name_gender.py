"""The usual gender of a given name, as a prior for a person the story never casts by a pronoun or an honorific.

"Mary Barra met Joe Biden at the plant. “This is a great day,” he said.": the text says nothing of either
person's gender, and "he" is Biden. The table is nomquamgender's (MIT): for each given name, the share of women
among the people so named across about 36 name-gender sources (birth registers such as the US Social Security
baby names, censuses, scholarly author lists). The package itself imports pandas on import, so its data file is
read straight from where the package is installed, by binary search on a memory map of the file (its keys are
sorted): nothing is loaded into memory and a look-up costs a few dozen short reads. Only names that many sources
agree on count ("Jo", "Robin", "Taylor", "Jean" give no vote); a missing package gives no prior at all.
"""

from __future__ import annotations

import importlib.util
import json
import mmap
import os
import unicodedata

# A name counts when at least this many sources list it, this many people bear it, and its share of women is at
# most _CLEAR (a man's name) or at least 1 - _CLEAR (a woman's). A rarer name (from _FEW_PEOPLE people) counts
# only when the sources agree still more clearly (_CLEAR_FEW): the given names of many leaders outside the
# English-speaking registers are rare in the table ("Barack" 359 people, 0.3 % women; "Narendra" 240, 0.6 %).
_MIN_SOURCES = 10
_MIN_PEOPLE = 1000
_CLEAR = 0.05
_FEW_PEOPLE = 200
_CLEAR_FEW = 0.02

_table: mmap.mmap | None = None
_opened = False
_known: dict[str, str] = {}


def _open() -> mmap.mmap | None:
    """The memory map of nomquamgender's name_data.json, opened once (None when the package is not installed)."""
    global _table, _opened
    if not _opened:
        _opened = True
        spec = importlib.util.find_spec("nomquamgender")  # finds the package without importing it
        where = list(spec.submodule_search_locations or []) if spec is not None else []
        if where:
            try:
                with open(os.path.join(where[0], "name_data.json"), "rb") as f:
                    _table = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):
                _table = None
    return _table


def _entry(table: mmap.mmap, pos: int) -> tuple[str, int] | None:
    """(name, offset of its value) of the first entry of the table after byte ``pos`` (entries are '"name": [...]'
    separated by '], '; values hold numbers and lists only, so '], "' always ends one and opens the next)."""
    j = table.find(b'], "', pos)
    if j < 0:
        return None
    k = table.find(b'": [', j + 4)
    if k < 0:
        return None
    return json.loads(table[j + 3 : k + 1]), k + 3


def name_record(name: str) -> tuple[int, int, float] | None:
    """(sources, people, share of women) of a normalised given name in the table, or None (unknown name, or the
    package is not installed)."""
    table = _open()
    if table is None:
        return None
    lo, hi = 0, len(table)
    while lo < hi:
        mid = (lo + hi) // 2
        e = _entry(table, mid)
        if e is None or e[0] >= name:
            hi = mid
        else:
            lo = mid + 1
    e = _entry(table, lo)
    if e is None or e[0] != name:
        return None
    end = table.find(b'], "', e[1])
    value = json.loads(table[e[1] : end + 1 if end >= 0 else len(table) - 1])
    return value[0], value[1], value[2]


def _lookup(name: str) -> str:
    """'m', 'f' or '' for a normalised given name."""
    record = name_record(name)
    if record is None:
        return ""
    sources, people, share = record
    if sources < _MIN_SOURCES or people < _FEW_PEOPLE:
        return ""
    clear = _CLEAR if people >= _MIN_PEOPLE else _CLEAR_FEW
    if share <= clear:
        return "m"
    if share >= 1 - clear:
        return "f"
    return ""


def _normal(given: str) -> str:
    """The table's form of a given name: lower case, accents and dots dropped ("José" -> "jose")."""
    plain = unicodedata.normalize("NFKD", given).encode("ascii", "ignore").decode()
    return plain.lower().replace(".", "").strip("'\u2019")


def given_name_gender(given: str) -> str:
    """'m' or 'f' when the given name is clearly a man's or a woman's, else '' (unknown, shared, an initial)."""
    low = _normal(given)
    if len(low) < 2 or not low.replace("-", "").isalpha():
        return ""
    if low in _known:
        return _known[low]
    found = _lookup(low)
    if not found and "-" in low:
        found = _lookup(low.split("-")[0])  # "Jean-Pierre": "jean" gives none
    _known[low] = found
    return found


# A name leans to one gender when this share of its bearers or more are of it ("Karen" 94 % women, "Ngozi" 94 %;
# "Andrea" 83 % and "Jean" 48 % do not lean): short of clear, but enough to rank a person of the other gender's
# pronoun behind one who clearly is of it.
_LEAN = 0.9


def given_name_lean(given: str) -> str:
    """'m' or 'f' when a given name leans to one gender (``_LEAN``) in enough sources, else ''."""
    low = _normal(given)
    if len(low) < 2 or not low.replace("-", "").isalpha():
        return ""
    record = name_record(low)
    if record is None:
        return ""
    sources, people, share = record
    if sources < _MIN_SOURCES or people < _FEW_PEOPLE:
        return ""
    return "m" if share <= 1 - _LEAN else "f" if share >= _LEAN else ""
