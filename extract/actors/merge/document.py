"""Merging the mentions of one document: surnames, first names and titled names join the full name they belong to
(the nearest of several people sharing one), short organisation and place names join the longer name they are part
of or abbreviate, a name joins its restatement in parentheses, fuller and shorter full names and close spellings of
one name join."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.actors.lexicon import SKY_PLACES
from extract.actors.merge.acronyms import _acronym_variant
from extract.actors.merge.given_names import is_given_name
from extract.actors.merge.part_names import (
    _abbreviated_form,
    _company_short_form,
    _contains,
    _head,
    _same_actor_tail,
)
from extract.actors.merge.people import _father_first, _same_person
from extract.actors.merge.royals import _unnumbered_ruler
from extract.actors.merge.spellings import _kinds_compatible, _similar
from extract.actors.merge.titles import _courtesy_sex, _name_title, _office_of, _strip_titles, _title_fits, _title_held
from extract.actors.names import (
    COMPANY_USE,
    NAME_LINKS,
    NAME_SUFFIXES,
    PARTICLES,
    TITLE_WORDS,
    _initials,
    _is_acronym,
    _key,
    _tokens,
    country_code,
    is_region,
    place_rank,
)
from extract.records import Mention
from extract.repair import zipf

if TYPE_CHECKING:
    from extract.actors.merge.union import _Union


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


def _company_word(g: _Group, ms: Sequence[Mention]) -> bool:
    """A one-word organisation the document uses as a company's ("Amazon founder Jeff Bezos", "Ford shares fell"):
    no surname of a person named in full there ("Amy Amazon", "Harrison Ford"), though a surname tagged a body is."""
    return len(g.tokens) == 1 and any(ms[n].label == COMPANY_USE for n in g.idx)


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
        if not _is_personish(g) and (
            place_rank(g.key) >= 2 or country_code(g.key) or _common_group_word(g) or _company_word(g, ms)
        ):
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
        if not cands and len(g.tokens) == 1 and _is_personish(g):
            # "Luiz Inacio Lula da Silva ... Lula said": a name word inside one person's long name, before the
            # surname (a particle may join it), is the name the person goes by.
            cands = [
                f
                for f in full_people
                if len(f.tokens) >= 3
                and g.tokens[0] in f.tokens[1:-1]
                and g.tokens[0] not in PARTICLES
                # A middle given name alone is rarely the person ("Andrzej Sebastian Duda ... Sebastian said"; review
                # s29 rev1 RA5); a word a particle follows opens the surname ("Lula da Silva").
                and (not is_given_name(g.tokens[0]) or f.tokens[f.tokens.index(g.tokens[0]) + 1] in PARTICLES)
            ]
            if len(cands) > 1:
                cands = []
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
    # The acronyms each name is restated by in parentheses ("Party for Freedom (PVV)").
    restated = {g.key: {_key(o) for n in g.idx if (o := ms[n].same_as) is not None and _is_acronym(o)} for g in things}
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
            if gkind == kind_of[f.key] == "organization" and _abbreviated_form(f.key) == g.key:
                # "Toyota Motor Corp" and "Toyota Motor Corporation": one legal form, abbreviated and written out.
                targets.append(f)
                continue
            if _acronym_variant(g.tokens, f.tokens):
                # "East L.A." and "East Los Angeles", "US Navy" and "United States Navy".
                targets.append(f)
                continue
            p = _contains(f.tokens, g.tokens)
            if p >= 0 and restated[g.key] and restated[f.key] and not restated[g.key] & restated[f.key]:
                # Each restated by another acronym: two bodies ("Party for Freedom (PVV)" is not "People's Party for
                # Freedom and Democracy (VVD)": review s28 rev1 A1).
                continue
            if p < 0 or (gkind == "place" and g.key in SKY_PLACES and kind_of[f.key] != "place"):
                # "the Moon" is no short "Blue Moon" (a lander), nor "Mars" of "Mars Reconnaissance Orbiter".
                continue
            if place_rank(g.key) >= 2 and gkind != kind_of[f.key]:
                continue
            if (
                p > 0
                and gkind == "place"
                and kind_of[f.key] == "organization"
                and p + len(g.tokens) == len(f.tokens)
                and (place_rank(g.key) <= 1 or is_region(g.key))
            ):
                # "Police Scotland ... arrested in Scotland", "Sport England", "Natural Resources Wales": a body named
                # for its country or region, which the story names apart (a club's town still joins: "Real Madrid").
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
            elif p == 0 and gkind == kind_of[f.key] == "organization" and _company_short_form(f.tokens, g.tokens):
                # "Toyota" of "Toyota Motor Corp", "Rolls-Royce" of "Rolls-Royce Holdings" (probe s27 actors class 1).
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
