"""Merging mentions into actors: per document, then across the documents of a story (with a memo)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import groupby, pairwise
from operator import attrgetter
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from extract.actors.names import (
    DESIGNATORS,
    HONORIFICS,
    LABEL_KINDS,
    NAME_LINKS,
    NAME_SUFFIXES,
    NAMED_COMPANY,
    PARTICLES,
    THING_USE,
    TITLE_WORDS,
    _initials,
    _is_acronym,
    _key,
    _tokens,
    country_code,
    is_region,
    legal_forms,
    place_rank,
)
from extract.records import Actor, Mention
from extract.repair import DERIVATIONAL, FUNCTION_WORDS, NAME_ENDINGS, zipf

if TYPE_CHECKING:
    pass

# ---------------------------------------------------------------------------------------------- merging


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(slots=True)
class _Group:
    """All mentions of one document sharing a comparison key."""

    key: str
    tokens: tuple[str, ...]
    idx: list[int]
    kinds: Counter[str]

    @property
    def kind(self) -> str:
        return max(self.kinds, key=self.kinds.__getitem__)


def _strip_titles(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Name words without leading titles: ("professor", "eastman") -> ("eastman",)."""
    k = 0
    while k < len(tokens) - 1 and (tokens[k] in HONORIFICS or tokens[k] in TITLE_WORDS):
        k += 1
    return tokens[k:]


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> int:
    """Position of ``short`` as a contiguous run inside ``long``, or -1."""
    n = len(short)
    for p in range(len(long) - n + 1):
        if long[p : p + n] == short:
            return p
    return -1


def _acronym_variant(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """The same name with one word spelled out: one token of ``short`` is the initials of a run in ``long``."""
    if len(short) < 2 or len(long) <= len(short):
        return False
    extra = len(long) - len(short)
    for p, tok in enumerate(short):
        span = long[p : p + extra + 1]
        if (
            short[:p] == long[:p]
            and short[p + 1 :] == long[p + extra + 1 :]
            and len(tok) == len(span)
            and tok == "".join(w[0] for w in span)
        ):
            return True
    return False


def _head(tokens: tuple[str, ...]) -> str:
    """Last word before the first linking word ("court" in "supreme court of cassation")."""
    for p, t in enumerate(tokens):
        if p and t in NAME_LINKS:
            return tokens[p - 1]
    return tokens[-1]


def _is_personish(g: _Group) -> bool:
    return g.kinds.get("person", 0) > 0


COMMON_GROUP_ZIPF = 3.5
"""A one-word plural group name at least this frequent in English whose singular is a word too is a word
("Democrats", "Christians"), no surname: it never joins a person's full name that ends with it ("Virginia Democrats",
mistagged PERSON once, took seven "Democrats" and made them a person). A rare one ("Opelka", mistagged NORP) still
joins "Reilly Opelka", and so does a singular nationality or faith, which is a surname too ("Dawn French ... French
said", "Brandon Christian ... Christian said")."""
SINGULAR_ZIPF = 3.0


def _common_group_word(g: _Group) -> bool:
    if len(g.tokens) != 1 or set(g.kinds) != {"group"}:
        return False
    word = g.tokens[0]
    return (
        word.endswith("s")
        and not word.endswith("ss")
        and zipf(word) >= COMMON_GROUP_ZIPF
        and zipf(word[:-1]) >= SINGULAR_ZIPF
    )


def _merge_document(ms: Sequence[Mention], idx: list[int], uf: _Union) -> None:
    """Merge the mentions of one document in ``uf``."""
    groups: dict[str, _Group] = {}
    for n in idx:
        m = ms[n]
        k = _key(m.name)
        if m.kind == "place" and ", " in k:
            # "Mountain View, California" and a later "Mountain View" are one place.
            k = k.split(", ", 1)[0]
        if m.kind == "group" and k.endswith("s") and k[:-1] in groups:
            k = k[:-1]
        words = _strip_titles(_tokens(k)) if m.kind == "person" else _tokens(k)
        g = groups.setdefault(k, _Group(k, words, [], Counter()))
        g.idx.append(n)
        g.kinds[m.kind] += 1
    # A group's singular and plural are one actor ("Ukrainians", "Ukrainian").
    for k in list(groups):
        if k.endswith("s") and k[:-1] in groups and groups[k[:-1]].kind == "group" == groups[k].kind:
            groups[k[:-1]].idx.extend(groups[k].idx)
            groups[k[:-1]].kinds.update(groups[k].kinds)
            del groups[k]
    # A lone surname's mentions stay apart until the surname loop below: two people may share it ("Scott").
    deferred = [g for g in groups.values() if len(g.tokens) == 1 and _is_personish(g)]
    for g in groups.values():
        if len(g.tokens) == 1 and _is_personish(g):
            continue
        for n in g.idx[1:]:
            uf.union(g.idx[0], n)

    glist = list(groups.values())
    # With "Jr." the only suffix of the document, a full name without it before it is the father (see _father_first);
    # with "Sr." too, the father has his own name.
    one_suffix = len({g.tokens[-1] for g in glist if g.tokens and g.tokens[-1] in NAME_SUFFIXES}) == 1
    full_people = [
        g for g in glist if len(g.tokens) > 1 and g.kinds.get("person", 0) >= max(1, sum(g.kinds.values()) / 2)
    ]
    resolved: set[str] = set()
    shared: set[str] = set()
    # A full name that is another full name with a word before it ("#Browns Greedy Williams", "Greedy Williams")
    # starts with a team, a hashtag or a title, not a given name: that word alone ("Browns") is not the person,
    # unless it is a given name ("Sarah" of "Sarah Huckabee Sanders" beside "Huckabee Sanders").
    full_names = {f.tokens for f in full_people if f.tokens[0] not in PARTICLES}

    # Surnames, first names and name fragments join the full name they belong to; when several people share
    # the short form, each mention joins the nearest full name before it (or after it).
    # Longest short forms first, so "Von der Leyen" joins "Ursula von der Leyen" before "Leyen" looks.
    for g in sorted(glist, key=lambda g: -len(g.tokens)):
        if not _is_personish(g) and (place_rank(g.key) >= 2 or country_code(g.key) or _common_group_word(g)):
            continue
        cands = []
        for f in full_people:
            if f is g or len(f.tokens) <= len(g.tokens):
                continue
            n = len(g.tokens)
            # A mislabelled multi-word form only joins as a surname ("Von der Leyen" tagged ORG).
            # (The father test, which walks both names' mentions, comes after the cheap name tests.)
            if (
                (
                    f.tokens[-n:] == g.tokens
                    or (f.tokens[-1] in NAME_SUFFIXES and f.tokens[-n - 1 : -1] == g.tokens)
                    or (
                        f.tokens[:n] == g.tokens
                        # A one-word organisation or place starts a person's name only as a given name mistagged
                        # ("Sarah" tagged GPE), or when the text gives the full name a role ("his brother Dale Ford
                        # ... Dale wrote"); "Apple" does not start "Apple Watches" mistagged PERSON.
                        and (
                            _is_personish(g)
                            or (n == 1 and (is_given_name(g.tokens[0]) or any(ms[x].role for x in f.idx)))
                        )
                        and (f.tokens[n:] not in full_names or (n == 1 and is_given_name(g.tokens[0])))
                    )
                    or (f.key.startswith(g.key) and f.key[len(g.key)] == "-")
                )
                and not (one_suffix and _father_first(g, f, ms))
                and not _unnumbered_ruler(g.key, f.tokens)
            ):
                cands.append(f)
        title = g.key.split(" ", 1)[0] if len(_tokens(g.key)) > len(g.tokens) else ""
        if title in TITLE_WORDS and cands:
            # "Justice Roberts" joins no full name the document gives only other titles ("Senator ...").
            cands = [f for f in cands if _title_fits(title, ms, f.idx)]
        # A title with a surname is the person who holds the title: of several people with the surname, the one the
        # document gives the title, or none when it gives it to none of them ("Vice President Biden" beside "Joe
        # Biden" and "Hunter Biden" is not the nearest of them: the story may know the holder). The title is in the
        # name ("Vice President Biden") or an office the mentions take as their role ("Attorney General Barr").
        phrase = _name_title(g.key) if title in TITLE_WORDS else _office_of(ms, g.idx) if len(g.tokens) == 1 else ""
        if phrase and len({uf.find(f.idx[0]) for f in cands}) > 1:
            held = [f for f in cands if _title_held(phrase, ms, f.idx)]
            if held:
                cands = held
            else:
                continue
        if not cands:
            continue
        resolved.add(g.key)
        if len({uf.find(f.idx[0]) for f in cands}) == 1:
            for n in g.idx:
                uf.union(n, cands[0].idx[0])
            continue
        shared.add(g.key)
        for n in g.idx:
            pos = ms[n].start
            before = [(ms[x].start, f) for f in cands for x in f.idx if ms[x].start < pos]
            after = [(ms[x].start, f) for f in cands for x in f.idx if ms[x].start > pos]
            best = max(before, key=lambda t: t[0])[1] if before else min(after, key=lambda t: t[0])[1]
            uf.union(n, best.idx[0])

    for g in deferred:
        if g.key not in shared:
            for n in g.idx[1:]:
                uf.union(g.idx[0], n)

    # One surname under several titles or none ("Mr. Trump", "President Trump", "Trump") is one person when no
    # full name claims it, unless courtesy titles set two people apart ("Mr. Clinton", "Mrs. Clinton").
    by_surname: dict[tuple[str, ...], list[_Group]] = defaultdict(list)
    for g in deferred:
        if g.key not in shared and g.key not in resolved:
            by_surname[g.tokens].append(g)
    for same in by_surname.values():
        sexes = {_courtesy_sex(g.key) for g in same} - {None}
        for sex in sexes or {None}:
            members = [g for g in same if _courtesy_sex(g.key) in ({sex, None} if len(sexes) < 2 else {sex})]
            for g in members[1:]:
                uf.union(members[0].idx[0], g.idx[0])

    def same_cluster_targets(targets: list[_Group]) -> bool:
        return len({uf.find(t.idx[0]) for t in targets}) == 1

    # Shorter organisation and place names join the one longer name they abbreviate or belong to.
    # Each name is compared with every longer one: what depends on one name alone is worked out once per name
    # (a 2,000-word article has some 170 names, so 15,000 pairs).
    kind_of = {g.key: g.kind for g in glist}
    things = [g for g in glist if kind_of[g.key] not in ("person", "group")]
    country_of = {g.key: country_code(ms[g.idx[0]].name) for g in things}
    initials_of: dict[str, tuple[str, str]] = {}
    # A name that is neither a country nor an acronym joins only a name sharing one of its words (it is part of it,
    # or the same with one word spelled out): those are looked up by word rather than all compared.
    order = {g.key: i for i, g in enumerate(things)}
    with_word: dict[str, list[_Group]] = defaultdict(list)
    for g in things:
        for t in set(g.tokens):
            with_word[t].append(g)
    for g in things:
        if g.key in resolved:
            continue
        gkind = kind_of[g.key]
        gname = ms[g.idx[0]].name
        gcountry = country_of[g.key]
        acronym = not gcountry and _is_acronym(gname)
        letters = g.key.replace(" ", "")
        targets: list[_Group] = []
        if gcountry or acronym or not g.tokens:
            others = things
        else:
            sharing = {f.key: f for t in set(g.tokens) for f in with_word[t]}
            others = sorted(sharing.values(), key=lambda f: order[f.key])
        for f in others:
            if f is g or len(f.key) <= len(g.key):
                continue
            if gcountry:
                # A country joins only itself under another name ("US", "United States"); never "Mexico City".
                if gcountry == country_of[f.key]:
                    targets.append(f)
                continue
            if acronym:
                # A place acronym ("US", "UK") is a country, never "University of Sheffield".
                if gkind == "place" and kind_of[f.key] != "place":
                    continue
                if f.key not in initials_of:
                    initials_of[f.key] = _initials(f.key)
                if letters in initials_of[f.key]:
                    targets.append(f)
                continue
            if _acronym_variant(g.tokens, f.tokens):
                # "East L.A." and "East Los Angeles", "US Navy" and "United States Navy".
                targets.append(f)
                continue
            p = _contains(f.tokens, g.tokens)
            if p < 0:
                continue
            if place_rank(g.key) >= 2 and gkind != kind_of[f.key]:
                continue
            if p > 0 and gkind == kind_of[f.key] == "place" and place_rank(g.key):
                # "East Los Angeles", "South Sudan", "New Mexico": another place than the one they extend.
                continue
            tail = len(f.tokens) - len(g.tokens)
            if _head(f.tokens) in g.tokens:
                # A city's name is fixed, not a head noun with a modifier: its last word used as no place is
                # something else ("House" is no short "White House", "Rock" no "Little Rock"; "Vegas" still is).
                if p > 0 and gkind != "place" and place_rank(f.key) >= 2:
                    continue
                targets.append(f)
            elif p == 0 and tail == 1 and not place_rank(f.key) and _same_actor_tail(f.tokens[-1], gkind):
                # "Washington" in "Washington D.C.", "Labour" in "Labour Party" (not "Europa Clipper").
                targets.append(f)
            elif p > 0 and f.tokens[p - 1] in NAME_LINKS and tail == p and not place_rank(g.key):
                # "Scientology" in "Church of Scientology".
                targets.append(f)
        if targets and same_cluster_targets(targets):
            uf.union(g.idx[0], targets[0].idx[0])
            resolved.add(g.key)

    # A name and its restatement in parentheses ("... Agnostics (UAAR)").
    for g in glist:
        for n in g.idx:
            other = ms[n].same_as
            if other is not None and _key(other) in groups:
                uf.union(n, groups[_key(other)].idx[0])

    # One person under fuller and shorter full names ("Pat Carlineo", "Patrick W. Carlineo Jr.").
    people = [g for g in full_people if _is_personish(g)]

    def suffixes(g: _Group) -> set[str]:
        root = uf.find(g.idx[0])
        return {t for p in people if uf.find(p.idx[0]) == root for t in p.tokens if t in NAME_SUFFIXES}

    for a_i, a in enumerate(people):
        for b in people[a_i + 1 :]:
            if _same_person(a.tokens, b.tokens) and not (
                one_suffix and (_father_first(a, b, ms) or _father_first(b, a, ms))
            ):
                # Father and son ("Jr.", "Sr.") never end up in one cluster through a third form.
                sa, sb = suffixes(a), suffixes(b)
                if not (sa and sb and sa != sb):
                    uf.union(a.idx[0], b.idx[0])

    # Close spellings of one name ("Organisation"/"Organization", "Lung-bin"/"Lung-pin"). Only names of 8 letters or
    # more that start alike can be (see _similar): each is compared with those only.
    by_initial: dict[str, list[_Group]] = defaultdict(list)
    for g in glist:
        if len(g.key) >= 8:
            by_initial[g.key[0]].append(g)
    for same in by_initial.values():
        for a_i, a in enumerate(same):
            for b in same[a_i + 1 :]:
                if _similar(a.key, b.key, kind_of[a.key] == "person") and _kinds_compatible(
                    kind_of[a.key], kind_of[b.key]
                ):
                    uf.union(a.idx[0], b.idx[0])


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


def _office_of(ms: Sequence[Mention], idx: Sequence[int]) -> str:
    """The office all of a lone name's mentions take as their role, when it is a title ("attorney general" of
    "Attorney General Barr", whose name is "Barr"), or ""."""
    offices = {_role_title(r) if (r := ms[n].role) else "" for n in idx}
    office = offices.pop() if len(offices) == 1 else ""
    return office if office.split(" ", 1)[0] in TITLE_WORDS else ""


def _title_fits(title: str, ms: Sequence[Mention], idx: Sequence[int]) -> bool:
    """Whether a title before a surname fits a full name's mentions: they give no title, or one with that word; a
    prince's or a princess's title fits a monarch's, whom they became ("As Prince Charles, he ..." beside "King Charles
    III", review s19 r2 MED-23)."""
    roles = [ms[n].role.lower().replace("-", " ").split() for n in idx if ms[n].role]
    if title in ("prince", "princess") and any(w in _MONARCH_TITLES for r in roles for w in r):
        return True
    return not roles or any(title in r for r in roles)


def _title_held(phrase: str, ms: Sequence[Mention], idx: Sequence[int]) -> bool:
    """Whether a full name's mentions give it a role that is this title (see _role_title)."""
    return bool(phrase) and any(_role_title(ms[n].role) == phrase for n in idx if ms[n].role)


# Abbreviated titles as AP style writes them before a name ("Sen. Paul"), and as name keys write them (no dot).
_TITLE_ABBREVIATIONS = {
    "sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "capt": "captain", "sgt": "sergeant", "prof": "professor", "pres": "president",
    "atty": "attorney", "supt": "superintendent", "cmdr": "commander", "adm": "admiral", "maj": "major",
}  # fmt: skip
_ROLE_LINKS = frozenset({"of", "for", "at", "to", "in", "with", "on", "from", "and", ","})
# Words before a title that leave the office the same ("former Vice President", "the acting director").
_ROLE_MODIFIERS = frozenset(
    {"former", "then", "acting", "interim", "outgoing", "incoming", "late", "current", "the", "a", "an"}
)


# Words before a title that make it another office, capitalised or not ("Press Secretary", "Assistant Attorney
# General", "Senior Vice President", "Surgeon General", "Managing Director"): not a place or a body to strip.
_OFFICE_MODIFIERS = frozenset(
    {"press", "assistant", "associate", "senior", "junior", "managing", "surgeon", "principal", "under", "lieutenant"}
)


def _title_word(word: str) -> str:
    w = word.lower().rstrip(".")
    return _TITLE_ABBREVIATIONS.get(w, w)


def _name_title(key: str) -> str:
    """The title a name key starts with, as one phrase ("vice president" of "vice president biden", "senator" of
    "sen paul"; "" for "mr trump" or "biden")."""
    toks = _tokens(key)
    return " ".join(_title_word(w) for w in toks[: len(toks) - len(_strip_titles(toks))] if w not in HONORIFICS)


@lru_cache(maxsize=4096)
def _role_title(role: str) -> str:
    """The office a role names, as one phrase: its words before "of", "for" or a comma, without a leading "former" or
    "the" and the names of places and bodies before the title ("vice president" of "former Vice President", "president"
    of "Ukrainian President", "attorney" of "U.S. Attorney for the Western District"). Words that make it another office
    stay: "executive vice president", "press secretary", "deputy director" are not "president", "secretary",
    "director"."""
    head: list[str] = []
    for w in role.replace("-", " ").replace(",", " , ").split():
        if w.lower() in _ROLE_LINKS:
            break
        if w.endswith(("'s", "\u2019s")):
            # "Vindman's superior": the owner is no part of the office.
            head = []
            continue
        head.append(w)
    while head and (
        head[0].lower() in _ROLE_MODIFIERS
        or (
            head[0][:1].isupper()
            and _title_word(head[0]) not in TITLE_WORDS
            and head[0].lower() not in _OFFICE_MODIFIERS
        )
    ):
        head.pop(0)
    return " ".join(_title_word(w) for w in head)


_MEN = frozenset({"mr", "mr.", "sir", "messrs"})
_WOMEN = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame"})


def _courtesy_sex(key: str) -> str | None:
    """ "m" or "f" when a name starts with a courtesy title that says so ("mrs. clinton"), else None."""
    first = key.split(" ", 1)[0]
    return "m" if first in _MEN else "f" if first in _WOMEN else None


def _same_actor_tail(tail: str, kind: str) -> bool:
    """Whether a name plus this last word is still the same actor: a designator, a company's legal form ("Volvo AB",
    "SAP SE", cleanco's list), or a place's abbreviation ("Washington D.C.").

    "Volgograd Arena", "Europa Clipper" and "Washington Post" are other things named after the first, and so are an
    organisation's products and parts with a short tail ("Apple TV", "Group A").
    """
    return tail in DESIGNATORS or tail in legal_forms() or (kind == "place" and len(tail) <= 2 and tail.isalpha())


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


def _kinds_compatible(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"organization", "place"}


def _similar(a: str, b: str, person: bool = False) -> bool:
    """Same number of words, each close, and the whole close: a variant spelling of one name. People's first
    names must be the same: "Ivanka Trump" is not "Ivana Trump"; their other words must not be two common names
    (see NAME_WORD_ZIPF)."""
    if a == b or min(len(a), len(b)) < 8 or a[0] != b[0] or abs(len(a) - len(b)) > 3:
        return False
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or (person and len(ta) > 1 and ta[0] != tb[0]):
        return False
    if fuzz.ratio(a, b) < 90:
        return False
    return all(
        x == y or (min(len(x), len(y)) >= 4 and fuzz.ratio(x, y) >= 80 and not (person and _two_names(x, y)))
        for x, y in zip(ta, tb, strict=True)
    )


NAME_WORD_ZIPF = 3.0
"""Two spellings of a person's name word that are each this common in English are two names, not one spelled two
ways: "Steve Castor" and "Steve Castro" are two people; "Zelenskiy" and "Zelenskyy", "Qaddafi" and "Gaddafi" are
one person's (the rarer spelling is a transliteration)."""


def _two_names(x: str, y: str) -> bool:
    return zipf(x) >= NAME_WORD_ZIPF and zipf(y) >= NAME_WORD_ZIPF


@dataclass(frozen=True, slots=True)
class _Info:
    """What cross-document merging needs to know about one per-document cluster."""

    key: str
    kind: str
    fam: str
    country: str | None
    acronym: bool
    words: tuple[str, ...]
    initials: tuple[str, ...]
    thing: bool = False
    """A one-word "person" the text uses mostly as a thing ("land humans on the Moon")."""
    titles: frozenset[str] = frozenset()
    """A person's titles before the name in the cluster's forms, and of a full name also the offices of its roles
    ("vice president" of "Vice President Biden"; of "Joe Biden" with the role "former Vice President")."""
    restated: tuple[str, ...] = ()
    """Letters of the acronyms the cluster has beside its long name ("eu" of "European Union ... EU")."""
    known_place: bool = False
    """A country or a top-level region of the gazetteer ("United Kingdom", "North Carolina"; not a city: "CT" of
    a tour's dates is Connecticut, not "Cape Town")."""


def _title_words(t: _Tally, roles: bool) -> frozenset[str]:
    """The titles of a cluster's forms (see _name_title), and with ``roles`` the offices of its roles."""
    out: set[str] = set()
    for name, _, _, role, _ in t:
        if phrase := _name_title(_key(name)):
            out.add(phrase)
        if roles and role and (office := _role_title(role)):
            out.add(office)
    return frozenset(out)


def _cluster_info(t: _Tally) -> _Info:
    name = _build_name(t)
    k = _key(name)
    kind = _vote_kind(t)
    fam = "person" if kind == "person" else "group" if kind == "group" else "thing"
    acronym = _is_acronym(name)
    initials = tuple(sorted(set(_initials(k)))) if not acronym and " " in k else ()
    words = _strip_titles(_tokens(k))
    thing = kind == "person" and len(words) == 1 and _story_kind(t) != "person"
    country = country_code(name) if kind != "person" else None
    titles = _title_words(t, len(words) > 1) if fam == "person" else frozenset()
    restated = (
        tuple(sorted({_key(n).replace(" ", "") for n, *_ in t if _is_acronym(n)} - {k.replace(" ", "")}))
        if initials
        else ()
    )
    known = bool(country or is_region(name)) if initials else False
    return _Info(k, kind, fam, country, acronym, words, initials, thing, titles, restated, known)


@dataclass(frozen=True, slots=True)
class _DocMerge:
    """One document's merge: its mentions, each mention's cluster (local index of its first member), clusters' info."""

    mentions: tuple[Mention, ...]
    roots: tuple[int, ...]
    info: tuple[tuple[int, _Info], ...]
    tallies: dict[int, _Tally]
    """The tally (see _tally) of each cluster of several mentions, by its local root (a one-mention cluster's root is
    its mention)."""


class MergeMemo:
    """Per-document merges and built actors from the last ``merge_actors`` call, reused while unchanged.

    A story of a thousand files re-merges on every save; only the saved file's mentions changed.
    """

    __slots__ = ("actors", "buckets", "docs", "story")

    def __init__(self) -> None:
        self.docs: dict[str, _DocMerge] = {}
        self.actors: dict[tuple[Mention, ...], Actor] = {}
        self.buckets: dict[tuple[str, int, str], tuple[frozenset[str], frozenset[tuple[str, str]]]] = {}
        self.story: _Story | None = None


_document_of = attrgetter("document")


def _merge_one(mentions: tuple[Mention, ...]) -> _DocMerge:
    """Merge one document's mentions on their own (local indices keep the global order, so results agree)."""
    uf = _Union(len(mentions))
    _merge_document(mentions, list(range(len(mentions))), uf)
    roots = tuple(uf.find(n) for n in range(len(mentions)))
    members: dict[int, list[Mention]] = defaultdict(list)
    for n, r in enumerate(roots):
        members[r].append(mentions[n])
    tallies = {r: _tally(cl) for r, cl in members.items()}
    info = tuple((r, _cluster_info(t)) for r, t in tallies.items())
    # A one-mention cluster's tally is made again when needed: kept for all, they cost some 7 MB at 1,000 files.
    return _DocMerge(mentions, roots, info, {r: t for r, t in tallies.items() if len(members[r]) > 1})


def merge_documents(docs: Sequence[tuple[Mention, ...]], memo: MergeMemo) -> tuple[list[Actor], dict[str, str]]:
    """``merge_actors`` of the documents' mentions one after another, with a memo, for mentions already held per
    document (each document's in text order): a story of 1,000 files need not be flattened and regrouped."""
    runs = [(ms[0].document, ms) for ms in docs if ms]
    distinct = len(runs) > 1 and len({path for path, _ in runs}) == len(runs)
    # A run the story holds as it is (the same tuple) was found to be one document's when it was added.
    held = memo.story.docs if memo.story is not None else {}
    if distinct and all(_held_as(held.get(path), ms) or len(set(map(_document_of, ms))) == 1 for path, ms in runs):
        return _one_word_kinds(*_absorb_glued(*_merge_story(runs, memo)))
    return merge_actors([m for ms in docs for m in ms], memo)


def _held_as(done: _DocMerge | None, mentions: tuple[Mention, ...]) -> bool:
    return done is not None and done.mentions is mentions


def merge_actors(mentions: Sequence[Mention], memo: MergeMemo | None = None) -> tuple[list[Actor], dict[str, str]]:
    """Merge mentions into actors, most mentioned first; also map every lower-cased form to the actor's name.

    With a ``memo`` the work for documents whose mentions are unchanged since the last call is reused: when each
    document's mentions come together, the cross-document indexes change only by the changed documents' clusters
    and untouched actors are kept, so a call costs the change plus one pass over the story's names. The result
    is the same as without it.
    """
    if memo is not None:
        runs = [(path, tuple(run)) for path, run in groupby(mentions, key=_document_of)]
        if len(runs) > 1 and len({path for path, _ in runs}) == len(runs):
            return _one_word_kinds(*_absorb_glued(*_merge_story(runs, memo)))
        # One document, or documents interleaved: the whole merge below, and the story indexes start again.
        memo.story = None
    ms = list(mentions)
    uf = _Union(len(ms))
    by_doc: dict[str, list[int]] = defaultdict(list)
    for n, m in enumerate(ms):
        by_doc[m.document].append(n)
    docs: dict[str, _DocMerge] = {}
    info: list[tuple[int, _Info]] = []
    for path, idx in by_doc.items():
        local = tuple(ms[n] for n in idx)
        done = memo.docs.get(path) if memo is not None else None
        if done is None or done.mentions != local:
            done = _merge_one(local)
        docs[path] = done
        for n, r in enumerate(done.roots):
            if r != n:
                uf.union(idx[r], idx[n])
        info.extend((idx[r], i) for r, i in done.info)
    if memo is not None:
        # Only documents of this call are kept, so the memo never outgrows the story.
        memo.docs = docs
    info.sort(key=lambda t: t[0])
    if len(by_doc) > 1:
        doc_of = {idx[r]: path for path, idx in by_doc.items() for r, _ in docs[path].info}
        _merge_across_documents(info, uf, memo, doc_of)

    fresh: dict[tuple[Mention, ...], Actor] = {}
    built = []
    for members in _clusters(uf, len(ms)).values():
        cl = tuple(ms[n] for n in members)
        if memo is None:
            # Hashing every cluster's mentions only pays when a later call can reuse the actor.
            built.append((_build_actor(cl), members))
            continue
        actor = memo.actors.get(cl)
        if actor is None:
            actor = _build_actor(cl)
        fresh[cl] = actor
        built.append((actor, members))
    if memo is not None:
        memo.actors = fresh
    built.sort(key=lambda t: (-t[0].mentions, t[0].name))
    index: dict[str, str] = {}
    # Most-mentioned actors claim a form first when two actors share it (two people called "Kim").
    for actor, members in built:
        for form in (actor.name, *actor.aliases, *(ms[n].name for n in members), *(ms[n].text for n in members)):
            index.setdefault(form.lower(), actor.name)
    return _one_word_kinds(*_absorb_glued([actor for actor, _ in built], index))


# Endings that make words or names of a name ("Washingtonian", "Koreatown", "Trumpism"): never a glued word.
_ENDINGS = DERIVATIONAL | NAME_ENDINGS | frozenset("ing ings ed er ers es ian ians an ans ite ites ese ic ics".split())  # noqa: SIM905
_TWO_LETTER_GLUE = frozenset("in on at of to by or as is".split())  # noqa: SIM905


@lru_cache(maxsize=200_000)
def _glue_cuts(form: str) -> tuple[tuple[str, int], ...]:
    """``_split_glued`` of ``form``, remembered: a story's thousands of names are looked up on every merge."""
    return _split_glued(form)


def _split_glued(form: str) -> tuple[tuple[str, int], ...]:
    """Ways a name may be another name glued to a word that lost its space ("Earthorbit", "Cristiano Ronaldoput",
    "Raidersat Mile High Stadium"): (the name before the glued word, how sure), longest first. Sure (2): a word
    wordfreq has never seen, then a common word or a function word; likely (1): then a rarer word of four letters
    or more ("Clintonvied"); possible (0): a rare word wordfreq knows, then a function word ("Poston")."""
    out: list[tuple[str, int]] = []
    words = form.split(" ")
    for k, w in enumerate(words):
        # "O'Rourkesupporter", "al-Tanfbase": a name's apostrophe or hyphen comes before the glued part.
        part = max(w.rfind("'"), w.rfind("-")) + 1
        if (
            len(w) < 4
            or not w.replace("'", "").replace("-", "").isalpha()
            or w.isupper()
            or not w[part : part + 1].isupper()
        ):
            continue
        whole = zipf(w.lower())
        if whole >= 2.5:
            continue
        before = " ".join(words[:k])
        for cut in range(len(w) - 1, part + 1, -1):
            head, tail = w[:cut], w[cut:]
            if not tail.islower() or tail in _ENDINGS or not (head[-1].islower() or head.isupper()):
                continue
            if len(w) < 5 and not (head.isupper() and tail in FUNCTION_WORDS):
                continue  # four letters: only an acronym and a function word ("USis")
            function = tail in _TWO_LETTER_GLUE or tail in FUNCTION_WORDS or tail == "a"
            if tail == "a" and (len(head) < 4 or whole >= 2.0):
                continue
            if head[part:].isupper() and len(head) - part >= 2 and (function or len(tail) >= 3):
                # "NASAtelecon", "USis": no word runs on from an acronym's capitals in lowercase but its endings.
                sure = 2
            elif whole > 0:
                # The article after a name is glued more often than a rare name ends in it ("Omara", "Wilda").
                # So is a very common word after a name ("Taylormade").
                sure = 1 if tail == "a" or (len(tail) >= 4 and zipf(tail) >= 5.0) else 0 if function else -1
            elif function or (len(tail) >= 3 and zipf(tail) >= 3.0) or (len(tail) == 2 and zipf(tail) >= 5.0):
                # Very common two-letter words glue too ("Oval Officeup for", "Mr. Kingco-owns").
                sure = 2
            else:
                sure = 1 if len(tail) >= 4 and zipf(tail) >= 2.0 else -1
            if sure >= 0:
                out.append((f"{before} {head}" if before else head, sure))
    return tuple(out)


def _absorb_glued(actors: list[Actor], index: dict[str, str]) -> tuple[list[Actor], dict[str, str]]:
    """Names that are another actor's name glued to a common word ("Earthorbit" beside "Earth", "Cristiano
    Ronaldoput" beside "Cristiano Ronaldo"): a glued alias is dropped, and an actor named so joins the actor the
    story names without the glued word (or takes that name when it is its own). The story's names are the
    evidence, so nothing is cut that no other mention backs."""
    # Only names with a way to split whose head the index knows are worth a closer look.
    suspects: list[int] = []
    for n, a in enumerate(actors):
        cuts = _glue_cuts(a.name)
        if cuts and _known_head(cuts, index):
            suspects.append(n)
            continue
        for form in a.aliases:
            cuts = _glue_cuts(form)
            if cuts and _known_head(cuts, index):
                suspects.append(n)
                break
    if not suspects:
        return actors, index
    first: dict[str, int] = {}
    for n, a in enumerate(actors):
        # Most-mentioned actors come first and own a name two actors share, as in the index.
        first.setdefault(a.name, n)
    out = list(actors)
    joins: dict[int, int] = {}
    for n in suspects:
        a = actors[n]
        aliases = tuple(x for x in a.aliases if not _glue_cuts(x) or _backed_cut(x, index, actors, first, a) is None)
        cut = _backed_cut(a.name, index, actors, first, a) if _glue_cuts(a.name) else None
        target = None if cut is None else n if cut[1] is None else first[cut[1]]
        if cut is not None and target == n:
            # Its own shorter form: the actor takes that name ("Craig Menearin" -> "Craig Menear").
            display = next((x for x in aliases if x.lower() == cut[0].lower()), cut[0])
            out[n] = replace(a, name=display, aliases=tuple(x for x in aliases if x != display))
            continue
        if len(aliases) != len(a.aliases):
            out[n] = replace(a, aliases=aliases)
        if target is not None:
            joins[n] = target

    def home(n: int) -> int:
        seen = {n}
        while n in joins and joins[n] not in seen:
            n = joins[n]
            seen.add(n)
        return n

    gone: dict[int, int] = {}
    for n in joins:
        dest = home(n)
        if dest in joins:
            continue  # a ring of joins: everyone stays
        b, base = out[n], out[dest]
        known = {base.name.lower(), *(x.lower() for x in base.aliases)}
        out[dest] = _fold(base, b, tuple(x for x in b.aliases if x.lower() not in known))
        gone[n] = dest
    names = {actors[n].name: out[n].name for n in suspects if n not in gone and out[n].name != actors[n].name}
    names.update({actors[n].name: out[d].name for n, d in gone.items() if first.get(actors[n].name) == n})
    result = [a for n, a in enumerate(out) if n not in gone] if gone else out
    if gone:
        # Joined actors gained mentions: most mentioned first again, ties in their old order.
        result.sort(key=attrgetter("mentions"), reverse=True)
    if names:
        # The index is this call's own: its values are renamed in place.
        for form, name in index.items():
            if name in names:
                index[form] = names[name]
    return result, index


def _one_word_kinds(actors: list[Actor], index: dict[str, str]) -> tuple[list[Actor], dict[str, str]]:
    """A one-word "person" with no role whose name the story's other documents give an organisation mentioned more
    often is that organisation ("Instagram" tagged PERSON in two articles, ORG in three; one "Chase" each way may
    be a person and a bank). Documents merge their own mentions first, so such a name has no fuller personal name
    in its documents."""
    orgs: dict[str, int] = {}
    for n, a in enumerate(actors):
        # The most mentioned of several: a "person" the story re-typed as a team or a brand ("the Sabres") is a
        # second organisation of that name, which joins it.
        if (
            a.kind == "organization"
            and " " not in a.name
            and (a.name not in orgs or actors[orgs[a.name]].mentions < a.mentions)
        ):
            orgs[a.name] = n
    if not orgs:
        return actors, index
    joins = {
        n: orgs[a.name]
        for n, a in enumerate(actors)
        if a.name in orgs
        and orgs[a.name] != n
        and " " not in a.name
        and (
            (a.kind == "person" and not a.roles and actors[orgs[a.name]].mentions > a.mentions)
            or a.kind == "organization"
        )
    }
    if not joins:
        return actors, index
    out = list(actors)
    for n, t in joins.items():
        b, base = actors[n], out[t]
        known = {base.name.lower(), *(x.lower() for x in base.aliases)}
        out[t] = _fold(base, b, tuple(x for x in b.aliases if x.lower() not in known))
    result = [a for n, a in enumerate(out) if n not in joins]
    result.sort(key=attrgetter("mentions"), reverse=True)
    # Both actors bore the one name, so the index's values need no renaming.
    return result, index


def _known_head(cuts: tuple[tuple[str, int], ...], index: dict[str, str]) -> bool:
    return any(prefix.lower() in index for prefix, _ in cuts)


def _backed_cut(
    form: str, index: dict[str, str], actors: list[Actor], first: dict[str, int], actor: Actor
) -> tuple[str, str | None] | None:
    """The first way ``form`` splits into a name the story uses and that name's actor (None: ``actor``'s own), or
    None if there is no such way: the actor's own
    other form ("Huffington Poston" of "Huffington Post"), another actor's name written so (case kept: "Fl" in
    "Flexport" is not "FL"), or a form of an actor of one of the same documents ("Mrs. Clinton" of "Hillary
    Clinton"; "Moon" of "Moon Jae" elsewhere is not the moon of "Moonquickly")."""
    for prefix, sure in _glue_cuts(form):
        target = index.get(prefix.lower())
        if target == actor.name or prefix == actor.name or prefix in actor.aliases:
            return prefix, None
        if sure < 1:
            continue
        if prefix in first:
            return prefix, prefix
        n = first.get(target) if target is not None else None
        last = prefix.rpartition(" ")[2]
        if n is None or (len(last) < 3 and not (last.isupper() and len(last) == 2)):
            continue
        if not set(actors[n].documents).isdisjoint(actor.documents):
            return prefix, actors[n].name
    return None


def _fold(a: Actor, b: Actor, aliases: tuple[str, ...]) -> Actor:
    """Actor ``a`` with ``b``'s mentions, documents and roles, and ``aliases`` added."""
    return replace(
        a,
        aliases=a.aliases + aliases,
        roles=tuple(dict.fromkeys((*a.roles, *b.roles))),
        mentions=a.mentions + b.mentions,
        documents=tuple(dict.fromkeys((*a.documents, *b.documents))),
    )


def _clusters(uf: _Union, n: int) -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        out[uf.find(i)].append(i)
    return out


_Tally = dict[tuple[str, str, str, "str | None", str], int]
"""Mentions as counts of what building an actor reads of each (name, text, kind, role, label), in order of first
occurrence: an actor is a function of its mentions' tally and documents, and a story's actor sums the tallies of its
documents' clusters instead of reading every mention again."""


def _tally(cl: Iterable[Mention]) -> _Tally:
    out: _Tally = {}
    for m in cl:
        k = (m.name, m.text, m.kind, m.role, m.label)
        out[k] = out.get(k, 0) + 1
    return out


def _cluster_forms(t: _Tally) -> dict[str, Counter[str]]:
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for (name, *_), n in t.items():
        forms[_key(name)][name] += n
    return forms


def _display(c: Counter[str]) -> str:
    """Best display of one key: cased forms first, then the most frequent."""
    return max(c, key=lambda f: (not f.islower(), any(ch.isupper() for ch in f[1:]) or f.istitle(), c[f], f))


# Titles that go before a given name, not a surname (a closed list).
_ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "pope", "emperor", "sheikh", "emir", "sultan"})


_REGNAL = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")
# The titles a monarch numbered by reign bears ("Queen Elizabeth", "King Charles", "Pope Benedict"); not a prince's, a
# princess's, a sheikh's or an emir's, who bear no number and share given names with kings ("Sheikh Mohammed" of Dubai
# is not Morocco's "Mohammed VI", "Prince Edward" not "Edward VIII").
_MONARCH_TITLES = frozenset({"king", "queen", "emperor", "pope"})


def _royal_given(fam: str, key: str) -> tuple[str, bool] | None:
    """The given name of a monarch's two-word name and whether it carries a regnal number: "queen elizabeth" ->
    ("elizabeth", False), "elizabeth ii" -> ("elizabeth", True); None for other names ("elizabeth warren", "prince
    edward", and "jet li" or "charles i", whose one letter is no sure numeral)."""
    if fam != "person" or key.count(" ") != 1:
        return None
    first, second = key.split(" ")
    if first in _MONARCH_TITLES:
        return (second, False) if second.isalpha() else None
    if len(second) > 1 and _REGNAL.fullmatch(second) and first.isalpha() and first not in _ROYAL_TITLES:
        return first, True
    return None


# Gulf rulers' titles, which no regnal number follows ("Sheikh Mohammed" of Dubai, "Emir Tamim" of Qatar); a prince
# is often the king he became ("Prince Charles", "Charles III"), so his title is not here.
_UNNUMBERED_TITLES = frozenset({"sheikh", "emir", "amir"})


def _unnumbered_ruler(short: str, full: tuple[str, ...]) -> bool:
    """A sheikh's or an emir's name and a monarch's given name with a regnal number: two people ("Sheikh Mohammed" and
    "Mohammed VI" of Morocco), for such rulers bear no number (review s19 r2 MED-18)."""
    last = full[-1] if full else ""
    return (
        short.split(" ", 1)[0] in _UNNUMBERED_TITLES
        and " " in short
        and len(full) == 2
        and len(last) > 1
        and _REGNAL.fullmatch(last) is not None
    )


def _royal_pairs(
    titled: Mapping[str, Collection[str]],
    numbered: Mapping[str, Collection[str]],
    crowned: Callable[[str], bool],
) -> list[tuple[str, str]]:
    """Monarchs named by a title before one given name joined to the one name of the story with that given name and a
    regnal number that the story gives a monarch's title too ("queen elizabeth" -> "elizabeth ii" of "Queen Elizabeth
    II's third child"; "king charles" stays apart beside "charles ii" and "charles iii", and beside a "charles ii" who
    licensed a theatre in 1663: a predecessor cited for history bears no title). ``titled`` and ``numbered`` hold the
    two kinds of names by their given names (see _royal_given); ``crowned`` tells of a numbered name whether it bears
    a monarch's title. Only given names of both kinds are looked at."""
    out = []
    for given in titled.keys() & numbered.keys():
        full = [key for key in numbered[given] if crowned(key)]
        if len(full) == 1:
            out.extend((short, full[0]) for short in titled[given])
    return out


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
        # more often are an epithet or a title, not part of the name.
        for n in range(1, len(words) - 1):
            tail = " ".join(words[n:])
            if tail in counts and counts[tail] > counts[best] and words[n] not in PARTICLES:
                return _display(forms[tail])
    return _display(forms[best])


def _vote_kind(t: _Tally) -> str:
    votes: Counter[str] = Counter()
    surnames = {name.rsplit(" ", 1)[1] for name, _, kind, _, _ in t if kind == "person" and " " in name}
    for (name, _, tagged, role, label), n in t.items():
        # A full name's surname alone is that person, whatever the tagger said ("DuVernay" tagged ORG).
        kind = "person" if name in surnames else tagged
        # What the text says overrides a tag, and outweighs one ("energy company Burisma" tagged PERSON); a place tag
        # the text re-typed by a company use ("Bloomberg reported") counts once: towns report and announce too.
        # A place tag an organisation noun re-typed ("news site Politico") is what the text says, and counts twice.
        said = (tagged != LABEL_KINDS.get(label, tagged) and label not in ("GPE", "LOC")) or label == NAMED_COMPANY
        votes[kind] += (2 if (kind == "person" and " " in name) or said else 1) * n
        if role:
            # Titles and roles belong to people ("Jeff Sanborn, president of ..." tagged ORG).
            votes["person"] += 2 * n
    kind = max(votes, key=lambda k: (votes[k], k == "person"))
    if (
        kind == "place"
        and votes["organization"] >= votes["place"]
        and all(" " not in name and not place_rank(name) for name, *_ in t)
    ):
        # "from YouTube. Though YouTube is": a one-word name split between place and organisation that the
        # gazetteer does not know is a brand ("Central Avenue" or "Forest Hill" keep their place).
        kind = "organization"
    multi_person = any(tagged == "person" and len(name.split()) > 1 for name, _, tagged, _, _ in t)
    if (
        kind == "person"
        and multi_person
        and all(place_rank(name) >= 2 for name, _, tagged, _, _ in t if tagged == "person")
    ):
        # "Sioux Falls" tagged PERSON: a city's name of several words is no person's.
        return "place"
    if kind != "place" and not multi_person:
        rank = max(place_rank(name) for name, *_ in t)
        labels = {label for *_, label in t}
        # A capital tagged PERSON or a country tagged ORG is a place; an organisation named like a town
        # needs a surer entry ("Herat", not "Metro").
        everyday = all(zipf(name.lower()) >= 3.95 for name, *_ in t if " " not in name)
        if rank >= 3 or (
            rank >= 2 and (labels & {"PERSON", THING_USE, "PRODUCT", "WORK_OF_ART", "EVENT"} or not everyday)
        ):
            return "place"
    return kind


def _build_actor(cl: Sequence[Mention]) -> Actor:
    return _actor_of(_tally(cl), tuple(dict.fromkeys(m.document for m in cl)))


def _actor_of(t: _Tally, docs: tuple[str, ...]) -> Actor:
    """The actor of mentions tallied as ``t`` in ``docs`` (in story order)."""
    name = _build_name(t)
    forms = _cluster_forms(t)
    by_use = sorted(forms.items(), key=lambda kv: -sum(kv[1].values()))
    aliases = tuple(_display(c) for k, c in by_use if k != _key(name))
    if ", " in name and all(kind == "place" for _, _, kind, _, _ in t):
        # The town alone ("Mountain View") is how the story names it next time.
        town = name.split(", ", 1)[0]
        if _key(town) not in forms:
            aliases += (town,)
    roles: Counter[str] = Counter()
    shown: dict[str, Counter[str]] = defaultdict(Counter)
    for (_, _, _, role, _), n in t.items():
        if role:
            roles[role.lower()] += n
            shown[role.lower()][role] += n
    role_list = tuple(shown[r].most_common(1)[0][0] for r, _ in roles.most_common())
    return Actor(name, _story_kind(t), aliases, role_list, sum(t.values()), docs)


def _story_kind(t: _Tally) -> str:
    """The voted kind; a one-word "person" the story never names in full nor gives a role, and mostly uses as a
    thing ("Twitter users", "on Twitter"), is an organisation. Only the whole story's actor is so re-typed: a
    document's vote decides which actors its mentions join."""
    kind = _vote_kind(t)
    if kind != "person" or any(" " in name or role for name, _, _, role, _ in t):
        return kind
    if all(_brand_cased(name) for name, *_ in t):
        return "organization"
    things = sum(n for (*_, label), n in t.items() if label == THING_USE)
    if things and things == sum(t.values()) and all(_plural_name(name) for name, *_ in t):
        # "as the Bruins beat the Devils": a plural name used only as a thing is a team even when named once.
        return "organization"
    return "organization" if things >= 2 and 2 * things > sum(t.values()) else kind


def _plural_name(name: str) -> bool:
    """A one-word name shaped like a plural ("Bruins"), not like a surname in -ss, -us or -is ("Ross", "Davis")."""
    return name.isalpha() and name.endswith("s") and not name.endswith(("ss", "us", "is"))


# Surname prefixes written with a capital inside the name ("MacArthur", "FitzGerald", "VanDyke").
_CAPITAL_PREFIXES = ("mac", "fitz", "van", "von", "del", "des", "das", "dos", "ter", "ten", "ver")


def _brand_cased(name: str) -> bool:
    """A capital after two lowercase letters or more inside one word ("SpaceX", "YouTube", "WikiLeaks"): how brands
    are written, not people, whose inner capitals follow a short prefix ("McCain", "LeBron", "DeSantis")."""
    k = next((i for i in range(3, len(name)) if name[i].isupper()), 0)
    return (
        k > 0
        and name[0].isupper()
        and name[1:k].isalpha()
        and name[1:k].islower()
        and not name.lower().startswith(_CAPITAL_PREFIXES)
    )


def _plain_name(fam: str, key: str) -> str | None:
    """A person's full name without its middle initials ("donald j. trump" -> "donald trump"), or None."""
    if fam != "person" or " " not in key:
        return None
    words = key.split()
    kept = [w for w in words[1:-1] if len(w.rstrip(".")) > 1]
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


def _crosses_families(fam: str, key: str) -> bool:
    """Whether one name joins across person and thing families: a name of several words is one actor whatever one
    document's tagger made of it ("Bernie Sanders" tagged ORG once); one word may be two ("Jordan")."""
    return fam != "group" and " " in key


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


def _initials_index(i: _Info) -> tuple[str, ...]:
    """The initials a long name is found by across documents (a person's two initials never: "GB" is gigabytes)."""
    return tuple(x for x in i.initials if len(x) > SHORT_ACRONYM or i.fam != "person")


def _short_acronym_meets(
    letters: str, sure: bool, kind: str, mine: Collection[str], where: Collection[str], context: _Context
) -> bool:
    """Whether an acronym in documents ``mine`` meets a long name (of ``kind``) of ``where`` with its initials: three
    letters or more do; two only a country or a state, a name some document restates them beside (``sure``), or an
    organisation of one story (see _one_story: "EU" of a story naming the "European Union" elsewhere; not "AI" of a
    tech article and the "Amnesty International" of a report on protests, nor a dateline's "CA" and a street)."""
    return len(letters) > SHORT_ACRONYM or sure or (kind == "organization" and _one_story(mine, where, context))


def _restated_index(i: _Info) -> tuple[str, ...]:
    return tuple(x for x in i.restated if len(x) <= SHORT_ACRONYM)


SHORT_ACRONYM = 2
"""An acronym of this many letters or fewer stands for too many names ("CA", "GE", "TD", "GB", "AI") to meet another
document's long name by its initials alone: only a country or a state ("UK", "NJ"), a name some document restates
it beside ("European Union (EU)"), or a name of the same story (see _short_acronym_meets)."""


def _merge_across_documents(
    info: Sequence[tuple[int, _Info]], uf: _Union, memo: MergeMemo | None, doc_of: Mapping[int, str]
) -> None:
    """Join per-document clusters that name the same actor: same full name, country, acronym or spelling."""
    by_key: dict[tuple[str, str], int] = {}
    by_country: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for root, i in info:
        uf.union(by_key.setdefault((i.fam, i.key), root), root)
        if i.country:
            uf.union(by_country.setdefault(i.country, root), root)
        if _crosses_families(i.fam, i.key):
            uf.union(by_name.setdefault(i.key, root), root)
    for plain, initialled in _initialled_people(list(by_key)).items():
        uf.union(by_key[("person", plain)], by_key[("person", initialled)])
    given: dict[str, list[str]] = defaultdict(list)
    for fam, key in by_key:
        if (split := _given_and_rest(fam, key)) is not None:
            given[split[1]].append(split[0])
    for short, full in _nicknamed_people(given):
        uf.union(by_key[("person", short)], by_key[("person", full)])
    royals: tuple[dict[str, list[str]], dict[str, list[str]]] = (defaultdict(list), defaultdict(list))
    for fam, key in by_key:
        if (royal := _royal_given(fam, key)) is not None:
            royals[royal[1]][royal[0]].append(key)
    crowned = {i.key for _, i in info if i.fam == "person" and i.titles & _MONARCH_TITLES} if royals[1] else set()
    for short, full in _royal_pairs(*royals, crowned.__contains__):
        uf.union(by_key[("person", short)], by_key[("person", full)])
    # A short person name alone in its document joins the one full name elsewhere that ends or starts with it,
    # unless the text uses it as a thing ("on the Moon" is not "Moon Jae-in"); see _lone_name_joins.
    by_end: dict[str, list[tuple[int, _Info]]] = defaultdict(list)
    singles: dict[str, list[tuple[int, _Info]]] = defaultdict(list)
    in_doc: dict[str, list[_Info]] = defaultdict(list)
    for root, i in info:
        in_doc[doc_of.get(root, "")].append(i)
        if i.kind == "person" and len(i.words) > 1:
            for w in _name_ends(i.words):
                by_end[w].append((root, i))
        if i.kind == "person" and len(i.words) == 1:
            singles[i.key].append((root, i))
    context = {path: _context(infos) for path, infos in in_doc.items()}
    for same in singles.values():
        if all(i.thing for _, i in same):
            continue
        comps: dict[object, list[tuple[frozenset[str], set[str]]]] = defaultdict(list)
        for r, f in by_end.get(same[0][1].words[0], []):
            comps[uf.find(r)].append((f.titles, {doc_of.get(r, "")}))
        titles = frozenset().union(*(i.titles for _, i in same))
        hit = _lone_name_joins(same[0][1].words[0], titles, {doc_of.get(r, "") for r, _ in same}, comps, context)
        if hit is not None:
            uf.union(same[0][0], hit)  # type: ignore[arg-type]
    # Acronyms meet long names through their initials, spellings meet within buckets of like names:
    # comparing every pair would be quadratic in the number of actors of a large story.
    by_initials: dict[tuple[str, str], list[tuple[int, str, tuple[str, str], bool]]] = defaultdict(list)
    # One entry per distinct name: clusters sharing a name are already joined by key above.
    buckets: dict[tuple[str, int, str], dict[str, int]] = defaultdict(dict)
    kg_docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for root, i in info:
        kg_docs[(i.fam, i.key)].add(doc_of.get(root, ""))
        for initials in _initials_index(i):
            by_initials[(i.fam, initials)].append((root, i.kind, (i.fam, i.key), i.known_place))
        for letters in _restated_index(i):
            by_initials[(i.fam, letters)].append((root, i.kind, (i.fam, i.key), True))
        if len(i.key) >= 8:
            # _similar never joins names shorter than 8 characters.
            buckets[(i.fam, len(i.key.split()), i.key[:1])].setdefault(i.key, root)
    for root, i in info:
        if i.acronym:
            letters = i.key.replace(" ", "")
            mine = kg_docs[(i.fam, i.key)]
            hits = {
                uf.find(r)
                for r, other, kg, sure in by_initials.get((i.fam, letters), [])
                if (i.kind != "place" or other == "place")
                and _short_acronym_meets(letters, sure, other, mine, kg_docs[kg], context)
            }
            if len(hits) == 1:
                uf.union(root, hits.pop())
    seen = memo.buckets if memo is not None else {}
    checked: dict[tuple[str, int, str], tuple[frozenset[str], frozenset[tuple[str, str]]]] = {}
    for b, bucket in buckets.items():
        keys = frozenset(bucket)
        old_keys, old_pairs = seen.get(b, (frozenset(), frozenset()))
        # Pairs of names compared last time keep their answer; only new names are compared.
        pairs = {p for p in old_pairs if p[0] in keys and p[1] in keys}
        new = [k for k in bucket if k not in old_keys]
        for a_i, ka in enumerate(new):
            for kb in (*new[a_i + 1 :], *(k for k in bucket if k in old_keys)):
                if _similar(ka, kb, b[0] == "person"):
                    pairs.add((ka, kb))
        checked[b] = (keys, frozenset(pairs))
        for ka, kb in pairs:
            uf.union(bucket[ka], bucket[kb])
    if memo is not None:
        memo.buckets = checked


# A key group: every per-document cluster of one family under one name; cross-document merging always joins them.
_KeyGroup = tuple[str, str]
_ClusterId = tuple[str, int]


class _Story:
    """Cross-document indexes over key groups, kept up to date by removing and adding one document's clusters.

    Merging across documents never separates clusters sharing a family and a name, so key groups are the nodes;
    a changed document touches only the index entries of its own clusters.
    """

    __slots__ = (
        "acronyms", "actors", "buckets", "by_end", "changes", "context", "countries", "docs", "families", "given",
        "groups", "initialled", "initials", "members", "meta", "order", "royals", "similar", "singles", "sums",
        "words",
    )  # fmt: skip

    def __init__(self) -> None:
        self.docs: dict[str, _DocMerge] = {}
        # Each document's clusters: local root -> local indices of its mentions, and its acronyms in order.
        self.members: dict[str, dict[int, tuple[int, ...]]] = {}
        self.acronyms: dict[str, list[tuple[_KeyGroup, _Info]]] = {}
        self.order: list[str] = []
        self.groups: dict[_KeyGroup, dict[_ClusterId, _Info]] = {}
        self.words: dict[_KeyGroup, tuple[str, ...]] = {}
        self.countries: dict[str, Counter[_KeyGroup]] = defaultdict(Counter)
        # Long names by their initials, with their kinds and whether they are sure (see _short_acronym_meets).
        self.initials: dict[tuple[str, str], Counter[tuple[_KeyGroup, str, bool]]] = defaultdict(Counter)
        # Each document's people and organisations of several words (see _context).
        self.context: dict[str, frozenset[tuple[str, str]]] = {}
        self.by_end: dict[str, set[_KeyGroup]] = defaultdict(set)
        self.singles: set[_KeyGroup] = set()
        self.buckets: dict[tuple[str, int, str], set[str]] = defaultdict(set)
        self.similar: dict[_KeyGroup, set[_KeyGroup]] = defaultdict(set)
        # Names of several words by their families, and people's plain names by their forms with middle initials.
        self.families: dict[str, set[str]] = defaultdict(set)
        self.initialled: dict[str, set[str]] = defaultdict(set)
        # People's given names by the rest of their full names ("morrison" -> {"tim", "timothy"}).
        self.given: dict[str, set[str]] = defaultdict(set)
        # Royals' names by their given names: titled ("queen elizabeth") and numbered ("elizabeth ii").
        self.royals: tuple[dict[str, set[str]], dict[str, set[str]]] = (defaultdict(set), defaultdict(set))
        # Built actors by the key groups of their component, with their index forms and first cluster.
        self.actors: dict[frozenset[_KeyGroup] | _KeyGroup, tuple[Actor, tuple[str, ...], _ClusterId]] = {}
        # The tallies of the larger components (see _Sum), by the same keys, and the clusters added (+1) and removed
        # (-1) since the last call, by key group: a component that only gained or lost some clusters is updated by
        # those instead of summed again over all its documents.
        self.sums: dict[frozenset[_KeyGroup] | _KeyGroup, _Sum] = {}
        self.changes: dict[_KeyGroup, list[tuple[int, str, _DocMerge, int]]] = defaultdict(list)
        # The titles and documents of the larger key groups, made once until a document of theirs changes.
        self.meta: dict[_KeyGroup, tuple[frozenset[str], frozenset[str]]] = {}

    def add(self, path: str, done: _DocMerge, dirty: set[_KeyGroup]) -> None:
        self.docs[path] = done
        members: dict[int, list[int]] = defaultdict(list)
        for n, r in enumerate(done.roots):
            members[r].append(n)
        self.members[path] = {r: tuple(idx) for r, idx in members.items()}
        acronyms = []
        for root, i in done.info:
            kg = (i.fam, i.key)
            group = self.groups.get(kg)
            if group is None:
                group = self.groups[kg] = {}
                self._new_group(kg, i)
            group[(path, root)] = i
            if i.country:
                self.countries[i.country][kg] += 1
            for initials in _initials_index(i):
                self.initials[(i.fam, initials)][(kg, i.kind, i.known_place)] += 1
            for letters in _restated_index(i):
                self.initials[(i.fam, letters)][(kg, i.kind, True)] += 1
            if i.acronym:
                acronyms.append((kg, i))
            dirty.add(kg)
            self.changes[kg].append((1, path, done, root))
            self.meta.pop(kg, None)
        self.acronyms[path] = acronyms
        self.context[path] = _context(i for _, i in done.info)

    def remove(self, path: str, dirty: set[_KeyGroup]) -> None:
        done = self.docs.pop(path)
        del self.members[path], self.acronyms[path], self.context[path]
        for root, i in done.info:
            kg = (i.fam, i.key)
            group = self.groups[kg]
            del group[(path, root)]
            if i.country:
                _discount(self.countries, i.country, kg)
            for initials in _initials_index(i):
                _discount(self.initials, (i.fam, initials), (kg, i.kind, i.known_place))
            for letters in _restated_index(i):
                _discount(self.initials, (i.fam, letters), (kg, i.kind, True))
            if not group:
                del self.groups[kg]
                self._gone_group(kg)
            dirty.add(kg)
            self.changes[kg].append((-1, path, done, root))
            self.meta.pop(kg, None)

    def _new_group(self, kg: _KeyGroup, i: _Info) -> None:
        self.words[kg] = i.words
        if _crosses_families(*kg):
            self.families[kg[1]].add(kg[0])
        plain = _plain_name(*kg)
        if plain is not None:
            self.initialled[plain].add(kg[1])
        if (split := _given_and_rest(*kg)) is not None:
            self.given[split[1]].add(split[0])
        if (royal := _royal_given(*kg)) is not None:
            self.royals[royal[1]][royal[0]].add(kg[1])
        if i.fam == "person":
            if len(i.words) > 1:
                for w in _name_ends(i.words):
                    self.by_end[w].add(kg)
            else:
                self.singles.add(kg)
        if len(i.key) >= 8:
            # _similar never joins names shorter than 8 characters; like names share a bucket.
            bucket = self.buckets[(i.fam, len(i.key.split()), i.key[:1])]
            for other in bucket:
                if _similar(i.key, other, i.fam == "person"):
                    self.similar[kg].add((i.fam, other))
                    self.similar[(i.fam, other)].add(kg)
            bucket.add(i.key)

    def _gone_group(self, kg: _KeyGroup) -> None:
        fam, key = kg
        words = self.words.pop(kg)
        split = _given_and_rest(fam, key)
        royal = _royal_given(fam, key)
        for index, entry, value in (
            (self.families, key, fam),
            (self.initialled, _plain_name(fam, key), key),
            (self.given, split and split[1], split and split[0]),
            (self.royals[royal[1]] if royal else {}, royal and royal[0], key),
        ):
            if entry is not None and entry in index:
                index[entry].discard(value)
                if not index[entry]:
                    del index[entry]
        if fam == "person":
            if len(words) > 1:
                for w in _name_ends(words):
                    self.by_end[w].discard(kg)
                    if not self.by_end[w]:
                        del self.by_end[w]
            else:
                self.singles.discard(kg)
        if len(key) >= 8:
            b = (fam, len(key.split()), key[:1])
            self.buckets[b].discard(key)
            if not self.buckets[b]:
                del self.buckets[b]
            for other in self.similar.pop(kg, ()):
                self.similar[other].discard(kg)
                if not self.similar[other]:
                    del self.similar[other]

    def _titles_and_docs(self, kg: _KeyGroup) -> tuple[frozenset[str], Collection[str]]:
        """The titles of a key group's clusters (see _Info.titles) and its documents."""
        known = self.meta.get(kg)
        if known is not None:
            return known
        group = self.groups[kg]
        made = (frozenset().union(*(i.titles for i in group.values())), frozenset(path for path, _ in group))
        if len(group) >= _META_KEPT:
            self.meta[kg] = made
        return made

    def components(self) -> list[list[_KeyGroup]]:
        """Key groups joined across documents, as ``_merge_across_documents`` joins their clusters (alone left out)."""
        parent: dict[_KeyGroup, _KeyGroup] = {}

        def find(a: _KeyGroup) -> _KeyGroup:
            while (p := parent.get(a, a)) != a:
                parent[a] = parent.get(p, p)
                a = p
            return a

        def union(a: _KeyGroup, b: _KeyGroup) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb

        for counts in self.countries.values():
            if len(counts) > 1:
                first, *rest = counts
                for kg in rest:
                    union(kg, first)
        # As by name in _merge_across_documents, before short names look for their one full name.
        for key, fams in self.families.items():
            if len(fams) > 1:
                first, *rest = fams
                for fam in rest:
                    union((fam, key), (first, key))
        for plain, forms in self.initialled.items():
            if len(forms) == 1 and ("person", plain) in self.groups:
                union(("person", plain), ("person", next(iter(forms))))
        for short, full in _nicknamed_people(self.given):
            union(("person", short), ("person", full))
        for short, full in _royal_pairs(
            *self.royals, lambda key: bool(self._titles_and_docs(("person", key))[0] & _MONARCH_TITLES)
        ):
            union(("person", short), ("person", full))
        # No person name joins another one here, so the order of short names does not matter.
        for kg in self.singles:
            lone = self.groups[kg]
            if all(i.thing for i in lone.values()):
                continue
            comps: dict[object, list[tuple[frozenset[str], Collection[str]]]] = defaultdict(list)
            for r in self.by_end.get(self.words[kg][0], ()):
                comps[find(r)].append(self._titles_and_docs(r))
            titles, docs = self._titles_and_docs(kg)
            hit = _lone_name_joins(self.words[kg][0], titles, docs, comps, self.context)
            if hit is not None:
                union(kg, hit)  # type: ignore[arg-type]
        # Acronyms in story order: one acronym's join can leave the next a single match.
        # The documents of a key group are looked up only for a two-letter acronym and an organisation that is not
        # sure: three letters, or a sure entry, meet without them (see _short_acronym_meets).
        for path in self.order:
            for kg, i in self.acronyms[path]:
                entries = self.initials.get((i.fam, (letters := i.key.replace(" ", ""))))
                if not entries:
                    continue
                short = len(letters) <= SHORT_ACRONYM
                mine: Collection[str] | None = None
                hits = set()
                for r, other, sure in entries:
                    if i.kind == "place" and other != "place":
                        continue
                    if short and not sure:
                        if other != "organization":
                            continue
                        if mine is None:
                            mine = self._titles_and_docs(kg)[1]
                        if not _one_story(mine, self._titles_and_docs(r)[1], self.context):
                            continue
                    hits.add(find(r))
                if len(hits) == 1:
                    union(kg, hits.pop())
        for kg, others in self.similar.items():
            for other in others:
                union(kg, other)
        # Most key groups join nothing: only those in ``parent`` and their roots make components of several.
        out: dict[_KeyGroup, list[_KeyGroup]] = defaultdict(list)
        for kg in parent:
            out[find(kg)].append(kg)
        for root, kgs in out.items():
            if root not in parent:
                kgs.append(root)
        return [kgs for kgs in out.values() if len(kgs) > 1]


_META_KEPT = 4
"""Key groups of at least this many clusters keep their titles and documents (see _Story._titles_and_docs)."""


def _discount(index: dict, key: object, entry: object) -> None:  # type: ignore[type-arg]
    counts = index[key]
    counts[entry] -= 1
    if counts[entry] <= 0:
        del counts[entry]
        if not counts:
            del index[key]


def _merge_story(runs: list[tuple[str, tuple[Mention, ...]]], memo: MergeMemo) -> tuple[list[Actor], dict[str, str]]:
    """``merge_actors`` for documents given one after another, updating the memo's story by what changed."""
    try:
        return _update_story(runs, memo)
    except BaseException:
        # Stopped half-way, the story's indexes are ahead of its kept actors and sums (and the changes that would
        # update them are forgotten by the next call): the next call starts again from its documents.
        memo.story = None
        raise


def _update_story(runs: list[tuple[str, tuple[Mention, ...]]], memo: MergeMemo) -> tuple[list[Actor], dict[str, str]]:
    story = memo.story
    if story is None:
        story = memo.story = _Story()
    dirty: set[_KeyGroup] = set()
    story.changes.clear()
    current = dict(runs)
    for path in [p for p in story.docs if p not in current]:
        story.remove(path, dirty)
    for path, local in runs:
        done = story.docs.get(path)
        if done is not None and (done.mentions is local or done.mentions == local):
            continue
        if done is not None:
            story.remove(path, dirty)
        cached = memo.docs.get(path)
        story.add(path, cached if cached is not None and cached.mentions == local else _merge_one(local), dirty)
    memo.docs = dict(story.docs)
    order = [p for p, _ in runs]
    kept = set(story.order)
    if [p for p in order if p in kept] != [p for p in story.order if p in current]:
        # Actors list their documents and mentions in story order; a new order builds them again.
        story.actors.clear()
        story.sums.clear()
    story.order = order
    pos = {p: n for n, p in enumerate(order)}
    # Where a document stands in story order, for the components' tallies (see _Sum): its path when the documents
    # come in path order (as a StoryBuilder gives them), which a document added between two others does not change;
    # else its position, and no tally is kept from one call to the next.
    rank: Mapping[str, object] = _Identity() if all(a < b for a, b in pairwise(order)) else pos
    sums = story.sums if isinstance(rank, _Identity) else {}
    fresh_sums: dict[frozenset[_KeyGroup] | _KeyGroup, _Sum] = {}

    def build(key: frozenset[_KeyGroup] | _KeyGroup, kgs: Sequence[_KeyGroup]) -> _Entry:
        total = sums.get(key)
        if total is not None and not total.update(kgs, story.changes, rank):
            total = None
        if total is None:
            total = _Sum.of(story, kgs, rank)
        if total.size >= _Sum.KEPT and isinstance(rank, _Identity):
            fresh_sums[key] = total
        return _component_actor(total, rank)

    # A key group alone is its own key: a frozenset for each of thousands of actors on every call would be garbage.
    fresh: dict[frozenset[_KeyGroup] | _KeyGroup, _Entry] = {}
    joined: set[_KeyGroup] = set()
    for kgs in story.components():
        joined.update(kgs)
        key = frozenset(kgs)
        entry = story.actors.get(key)
        if entry is None or not dirty.isdisjoint(kgs):
            entry = build(key, kgs)
        elif key in sums:
            fresh_sums[key] = sums[key]
        fresh[key] = entry
    for kg in story.groups:
        if kg in joined:
            continue
        entry = story.actors.get(kg)
        if entry is None or kg in dirty:
            entry = build(kg, (kg,))
        elif kg in sums:
            fresh_sums[kg] = sums[kg]
        fresh[kg] = entry
    story.actors = fresh
    story.sums = fresh_sums
    story.changes.clear()
    built = sorted(fresh.values(), key=lambda e: (-e[0].mentions, e[0].name, pos[e[2][0]], e[2][1]))
    index: dict[str, str] = {}
    # Most-mentioned actors claim a form first when two actors share it (two people called "Kim").
    for actor, forms, _ in built:
        for form in forms:
            index.setdefault(form, actor.name)
    return [e[0] for e in built], index


_Entry = tuple[Actor, tuple[str, ...], _ClusterId]
"""A built component: its actor, its lower-cased forms for the index and its first cluster in story order."""


class _Identity(dict):  # type: ignore[type-arg]
    """A document's path as its own rank (see _merge_story)."""

    def __missing__(self, key: str) -> str:
        return key


def _doc_tally(done: _DocMerge, roots: Sequence[int]) -> _Tally:
    """The tally of one document's clusters ``roots`` of one component: a document's clusters of one actor are joined
    in reading order (their mentions interleave), so first occurrences, which break ties, come as in its mentions."""
    if len(roots) == 1:
        return done.tallies.get(roots[0]) or _tally((done.mentions[roots[0]],))
    wanted = set(roots)
    return _tally(done.mentions[n] for n, r in enumerate(done.roots) if r in wanted)


class _Sum:
    """A component's tally over its documents, kept as counts with each entry's first occurrence in story order (the
    rank of the document, the place in its tally), so that clusters can be added and taken away: the tally of
    component's actor is made of these counts in order of first occurrence."""

    __slots__ = ("counts", "first", "roots")
    KEPT = 32
    """Components of at least this many clusters keep their sum from one call to the next (the rest are summed again:
    a few small tallies)."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str, str, str | None, str], int] = {}
        self.first: dict[tuple[str, str, str, str | None, str], tuple[object, int]] = {}
        self.roots: dict[str, list[int]] = {}
        """Each document's clusters in the component (their local roots, ascending)."""

    @property
    def size(self) -> int:
        return sum(map(len, self.roots.values()))

    @classmethod
    def of(cls, story: _Story, kgs: Sequence[_KeyGroup], rank: Mapping[str, object]) -> _Sum:
        out = cls()
        for kg in kgs:
            for path, root in story.groups[kg]:
                out.roots.setdefault(path, []).append(root)
        for path, roots in out.roots.items():
            roots.sort()
            out._add(_doc_tally(story.docs[path], roots), rank[path])
        return out

    def _add(self, part: _Tally, where: object) -> None:
        counts, first = self.counts, self.first
        for j, (key, n) in enumerate(part.items()):
            had = counts.get(key)
            if had is None:
                counts[key] = n
                first[key] = (where, j)
            else:
                counts[key] = had + n
                if (where, j) < first[key]:
                    first[key] = (where, j)

    def update(
        self,
        kgs: Sequence[_KeyGroup],
        changes: Mapping[_KeyGroup, list[tuple[int, str, _DocMerge, int]]],
        rank: Mapping[str, object],
    ) -> bool:
        """Take away the removed clusters and add the added ones; False when that cannot be done (a removed document
        held the first occurrence of an entry other documents still have): the sum must be made again."""
        removed: dict[str, tuple[_DocMerge, list[int]]] = {}
        added: dict[str, tuple[_DocMerge, list[int]]] = {}
        for kg in kgs:
            for sign, path, done, root in changes.get(kg, ()):
                (added if sign > 0 else removed).setdefault(path, (done, []))[1].append(root)
        counts, first = self.counts, self.first
        for path, (done, roots) in removed.items():
            roots.sort()
            if self.roots.pop(path, None) != roots:
                return False
            where = rank[path]
            for key, n in _doc_tally(done, roots).items():
                left = counts[key] - n
                if left > 0:
                    if first[key][0] == where:
                        return False
                    counts[key] = left
                else:
                    del counts[key], first[key]
        for path, (done, roots) in added.items():
            roots.sort()
            if path in self.roots:
                return False
            self.roots[path] = roots
            self._add(_doc_tally(done, roots), rank[path])
        return True


def _component_actor(total: _Sum, rank: Mapping[str, object]) -> _Entry:
    """The actor of one component from its sum, its lower-cased forms for the index and its first cluster."""
    first = total.first
    tally = {key: total.counts[key] for key in sorted(first, key=first.__getitem__)}
    docs = sorted(total.roots, key=rank.__getitem__)
    actor = _actor_of(tally, tuple(docs))
    forms = (actor.name, *actor.aliases, *(name for name, *_ in tally), *(text for _, text, *_ in tally))
    return actor, tuple(dict.fromkeys(f.lower() for f in forms)), (docs[0], total.roots[docs[0]][0])
