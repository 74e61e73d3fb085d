"""Merging the clusters of several documents from scratch: same full name, country, acronym, middle initials,
clipped given names, royal names, lone surnames and close spellings (``story`` keeps the same joins up to date)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from extract.actors.merge.acronyms import _initials_index, _restated_index, _short_acronym_meets
from extract.actors.merge.given_names import _given_and_rest, _nicknamed_people
from extract.actors.merge.lone_names import _context, _lone_name_joins, _name_ends
from extract.actors.merge.people import _initialled_people
from extract.actors.merge.royals import _MONARCH_TITLES, _royal_given, _royal_pairs
from extract.actors.merge.spellings import _similar

if TYPE_CHECKING:
    from extract.actors.merge.cluster_info import _Info
    from extract.actors.merge.memo import MergeMemo
    from extract.actors.merge.union import _Union


def _crosses_families(fam: str, key: str) -> bool:
    """Whether one name joins across person and thing families: a name of several words is one actor whatever one
    document's tagger made of it ("Bernie Sanders" tagged ORG once); one word may be two ("Jordan")."""
    return fam != "group" and " " in key


def _short_name_claims(bares: Iterable[tuple[str, str, str]]) -> Counter[tuple[str, str]]:
    """How many distinct full names claim each short name (``_Info.bare``), from (family, short key, full key)."""
    return Counter((fam, bare) for fam, bare, _ in set(bares))


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
    # "Ceres Robotics Inc." of an article that also writes "Ceres Robotics" is the "Ceres Robotics" of another: not
    # "Sierra Nevada Corp", written so only, beside the mountains' "Sierra Nevada" of another article. A short name two
    # full names claim ("Tata" of "Tata Motors Ltd" and of "Tata Steel Ltd") joins neither (review s27 rev3q HIGH 2).
    claims = _short_name_claims((i.fam, i.bare, i.key) for _, i in info if i.bare)
    for root, i in info:
        if i.bare and (i.fam, i.bare) in by_key and claims[(i.fam, i.bare)] == 1:
            uf.union(root, by_key[(i.fam, i.bare)])
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
