"""The story's cross-document indexes over key groups (_Story), kept up to date by removing and adding one
document's clusters: they join what ``across_documents`` joins."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection
from typing import TYPE_CHECKING

from extract.actors.merge.acronyms import SHORT_ACRONYM, _initials_index, _restated_index
from extract.actors.merge.across_documents import _crosses_families, _short_name_claims
from extract.actors.merge.given_names import _given_and_rest, _nicknamed_people
from extract.actors.merge.lone_names import _context, _lone_name_joins, _name_ends, _one_story
from extract.actors.merge.people import _plain_name
from extract.actors.merge.royals import _MONARCH_TITLES, _royal_given, _royal_pairs
from extract.actors.merge.spellings import _similar
from extract.records import Actor

if TYPE_CHECKING:
    from extract.actors.merge.cluster_info import _Info
    from extract.actors.merge.memo import _DocMerge
    from extract.actors.merge.sums import _Sum


# A key group: every per-document cluster of one family under one name; cross-document merging always joins them.
_KeyGroup = tuple[str, str]

_ClusterId = tuple[str, int]


class _Story:
    """Cross-document indexes over key groups, kept up to date by removing and adding one document's clusters.

    Merging across documents never separates clusters sharing a family and a name, so key groups are the nodes;
    a changed document touches only the index entries of its own clusters.
    """

    __slots__ = (
        "acronyms", "actors", "bares", "buckets", "by_end", "changes", "context", "countries", "docs", "families",
        "given", "groups", "initialled", "initials", "members", "meta", "order", "royals", "similar", "singles", "sums",
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
        # Organisations' key groups with a legal form, by the names without it their clusters also write (_Info.bare).
        self.bares: dict[_KeyGroup, Counter[str]] = defaultdict(Counter)
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
            if i.bare:
                self.bares[kg][i.bare] += 1
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
            if i.bare:
                _discount(self.bares, kg, i.bare)
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
        claims = _short_name_claims((legal[0], bare, legal[1]) for legal, bares in self.bares.items() for bare in bares)
        for legal, bares in self.bares.items():
            for bare in bares:
                if (legal[0], bare) in self.groups and claims[(legal[0], bare)] == 1:
                    union(legal, (legal[0], bare))
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
