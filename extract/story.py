"""Aggregating per-document facts into one story: canonical actors, speakers, figure groups, conflicts.

`build_story` does it from scratch.  A `StoryBuilder` does the same but remembers each document's share of the work,
so rebuilding a large story after one file changed redoes the per-document work of that file only.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from itertools import chain
from typing import TYPE_CHECKING

from extract.bulk import no_cycle_collection
from extract.diff import know_documents
from extract.keys import claim_key
from extract.records import Actor, Claim, Conflict, DocFacts, Figure, Quote, Story

if TYPE_CHECKING:
    from extract.actors import MergeMemo
    from extract.figures.conflicts import ConflictKey, Related


def _canonical(name: str | None, index: Mapping[str, str]) -> str | None:
    if not name:
        return name
    return index.get(name.lower(), name)


def _canonical_all(
    names: Sequence[str], index: Mapping[str, str], document: str, known_only: bool = False
) -> tuple[str, ...]:
    """The actors' names for ``names`` in ``document`` (the one actor of that document with the name first); with
    ``known_only`` names no actor has are dropped."""
    out: list[str] = []
    for n in names:
        low = n.lower()
        c = index.get(_local_name(low, document)) or (index.get(low) if known_only else _canonical(n, index))
        if c and c not in out:
            out.append(c)
    return tuple(out)


NEWEST_FIRST = "claims_newest_first"
"""Key in ``Story.extra``: True when the story's claims are ordered by their own first-seen stamps, newest first, then
by (document, start), as a StoryBuilder leaves them (the claims panel then needs no pass over them to check)."""


def _figure_group(f: Figure) -> str:
    return (f.about or "").lower()


def _named(text: str | None) -> tuple[str, ...]:
    """What the text calls an unresolved speaker, when that can be an actor's name (not "he", "officials")."""
    return (text,) if text and text[:1].isupper() and text.lower() not in _PRONOUNS else ()


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that", "who", "which"})


ARTICLES = frozenset({"the", "a", "an"})
"""The articles a description is named without (_bare), and the panels put back (tui/widgets/speakers.py)."""


def _bare(words: list[str]) -> list[str]:
    """The words without a leading article."""
    return words[1:] if words and words[0].lower() in ARTICLES else words


def _described(text: str | None) -> str | None:
    """A speaker no actor stands for but the text describes with a proper name or adjective ("Senior US officials",
    "the Ukrainian intelligence services"): the text's words without a leading article, so one description is one
    speaker across a story ('US military says' in a headline, 'The US military said' in the body: review s27 rev4q
    4). The panels show it as written (tui/widgets/speakers.py). Common nouns alone ("officials", "the statement")
    and pronouns name nobody."""
    words = (text or "").split()
    if not words or len(words) > 6 or words[0].lower() in _PRONOUNS:
        return None
    rest = _bare(words)
    if _one_person_by_nationality(words, rest):
        return None
    # The first word is capitalised anyway when the sentence opens with it: only later capitals, or acronyms, count.
    proper = any(w.isupper() and len(w) > 1 for w in rest) or any(w[:1].isupper() for w in words[1:])
    return " ".join(rest) if rest and proper else None


# A singular word for one person of a nation or place: "American", "Belarusian", "Californian", "Israeli", "Frenchman".
_ONE_OF_A_NATION = re.compile(r"^[A-Z][a-z]+(?:an|ese|i|man|woman)$")
# The same with no modifier before it: "the Belarusian", not "the Vatican", "the Taliban" (bodies that speak); the
# countries' own demonyms (_demonyms) add those in -an ("the American", "the Kenyan").
_ONE_OF_A_NATION_ALONE = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|i|man|woman)$")


@cache
def _demonyms() -> frozenset[str]:
    """The one-word demonyms of the world's countries ("American", "Kenyan", "Sri Lankan" is two words and left
    out), from countryinfo's data files (MIT), read directly: its module is not imported. Empty when the data cannot
    be read (the rule then falls back on the word endings above)."""
    import importlib.util
    import json
    from pathlib import Path

    out: set[str] = set()
    try:
        spec = importlib.util.find_spec("countryinfo")  # finds the package without running its __init__
        if spec is None or not spec.submodule_search_locations:
            return frozenset()
        folder = Path(next(iter(spec.submodule_search_locations))) / "data"
        places: set[str] = set()
        for entry in sorted(folder.glob("*.json")):
            if entry.is_file():
                data = json.loads(entry.read_text(encoding="utf-8"))
                places.add(str(data.get("name") or ""))
                for word in str(data.get("demonym") or "").split(","):
                    word = word.strip()
                    if word.isalpha() and word[:1].isupper():
                        out.add(word)
        out -= places  # a place's own name given as its demonym ("Gibraltar": review s30 revA-R9)
    except (ModuleNotFoundError, OSError, ValueError):
        return frozenset()
    return frozenset(out)


def _one_person_by_nationality(words: list[str], rest: list[str]) -> bool:
    """ "the 20-year-old American", "the veteran Belarusian", "the Frenchman": a description of one person the
    story named and the quotes engine could not pick (two people in the sentence before), not a group that speaks
    as one ("Senior US officials", "the Ukrainian intelligence services"): the speaker stays unnamed, shown as
    written (quotes probe s29 Q-P2)."""
    if not rest or words[0].lower() != "the":
        return False
    head, before = rest[-1], rest[:-1]
    if before:
        return bool(_ONE_OF_A_NATION.match(head)) and all(not w[:1].isupper() for w in before)
    if _ONE_OF_A_NATION_ALONE.match(head) or head in _ONE_OF_A_NATION_NOUNS:
        return True
    return head in _demonyms() and not head.endswith(("sh", "ch", "s"))  # not "the Swiss", "the French": a people


# The nouns for one person of a nation that are not its adjective, which is what countryinfo lists ("the Spaniard",
# "the Briton" in sports copy: review s30 revA-R8); a closed class, like the articles.
_ONE_OF_A_NATION_NOUNS = frozenset(
    ("Briton", "Croat", "Dane", "Finn", "Kurd", "Pole", "Scot", "Serb", "Slovak", "Slovene", "Spaniard", "Swede")
    + ("Turk",)
)


def _quote_speakers(q: Quote) -> tuple[str, ...]:
    # An extractor that found who speaks but could not tie it to a mention ("... Trump tweeted") leaves the
    # speaker empty: the story's actors may still know the name.
    return q.speakers or ((q.speaker,) if q.speaker else _named(_speaker_text(q)))


def _claim_sources(c: Claim) -> tuple[str, ...]:
    return c.sources or ((c.source,) if c.source else _named(_source_text(c)))


def _speaker_text(q: Quote) -> str | None:
    """What names an unresolved speaker: what its pronoun stands for ('They say' after 'Analysts expect'), else the
    words the text gives."""
    return (q.stands_for or q.speaker_text) if not q.speakers and not q.speaker else q.speaker_text


def _source_text(c: Claim) -> str | None:
    """``_speaker_text`` for a claim's source."""
    return (c.stands_for or c.source_text) if not c.sources and not c.source else c.source_text


@dataclass(frozen=True, slots=True)
class _DocPart:
    """One document's share of a story: its quotes and claims with canonical speakers, and its warnings."""

    facts: DocFacts
    names: tuple[str, ...]
    """Lower-cased speaker and source names the document uses."""
    resolved: tuple[str | None, ...]
    """What the actor index mapped each of ``names`` to when this part was made."""
    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]
    """Claims with canonical sources, in reading order, not yet stamped with first-seen times."""
    claim_keys: tuple[str, ...]
    """The stable key of each claim (extract/keys.py), made once rather than on every stamping."""
    warnings: tuple[str, ...]
    figure_groups: tuple[tuple[str, tuple[Figure, ...]], ...]
    """The document's figures by what they count: groups in order of first appearance, each in reading order."""
    conflict_splits: tuple[tuple[str, tuple[tuple[ConflictKey, tuple[Figure, ...]], ...]], ...]
    """For each of those groups, its figures that can conflict split by their conflict key (made once per document, so
    finding a story's conflicts needs no per-figure work for unchanged documents)."""
    name_set: frozenset[str] = frozenset()
    """``names`` as a set: a build checks every kept part's names against the index keys that moved, a set of a few
    keys after one new file, and a set against a set walks only the smaller one (0.2 ms instead of 1.2-1.9 ms over a
    1,000-file story's parts, for a tuple of 11 names on average)."""


def _figure_groups(figures: Sequence[Figure]) -> tuple[tuple[str, tuple[Figure, ...]], ...]:
    groups: dict[str, list[Figure]] = {}
    for fig in figures:
        groups.setdefault(_figure_group(fig), []).append(fig)
    return tuple((g, tuple(sorted(fs, key=_start))) for g, fs in groups.items())


def _conflict_splits(
    groups: tuple[tuple[str, tuple[Figure, ...]], ...], key_of: Callable[[Figure], ConflictKey | None]
) -> tuple[tuple[str, tuple[tuple[ConflictKey, tuple[Figure, ...]], ...]], ...]:
    out = []
    for g, figs in groups:
        split: dict[ConflictKey, list[Figure]] = {}
        for fig in figs:
            if (key := key_of(fig)) is not None:
                split.setdefault(key, []).append(fig)
        # Every group, even one with nothing that can conflict: the story's group order comes from all of them.
        out.append((g, tuple((k, tuple(fs)) for k, fs in split.items())))
    return tuple(out)


def _start(record: Figure | Claim) -> int:
    return record.start


_ROLE = "role:"
"""Prefix of the actor index's entries for roles ("role:french president" -> "Emmanuel Macron")."""


def _role_keys(text: str | None, document: str) -> tuple[str, ...]:
    """The index keys a speaker given by title alone ("the French president") can have: the title held by one actor
    of the same document, then by one actor of the story, then the title without the place or body it belongs to
    ("Austria's interior minister", "the company's chief executive"), which only an actor of the same document can
    hold (another country's minister may hold it too).

    Only a title qualified by a proper name ("the French president", "the US defense secretary", "the Secretary of
    State") names one office, whoever in the story holds it. A title of one word ("the spokesperson"), one qualified
    by an adjective ("the former official", "the senior official") or a description ("the man", "the New York man")
    names someone of its own document only: another article's spokesperson speaks for another body. An indefinite
    one ("a senior official") introduces someone the text does not name, and names nobody."""
    from extract.actors.names import TITLE_WORDS

    given = (text or "").split()
    if given and given[0].lower() in ("a", "an"):
        return ()
    words = _bare(given)
    if not words or len(words) > 6 or words[0].lower() in _PRONOUNS:
        return ()
    role = " ".join(words).lower()
    keys = [_local_role(role, document)]
    if _office(words, TITLE_WORDS):
        keys.append(_ROLE + role)
    if len(words) > 1 and words[0].lower().endswith(("'s", "\u2019s")):
        keys.append(_local_role(" ".join(words[1:]), document))
    return tuple(keys)


def _office(words: list[str], titles: Collection[str]) -> bool:
    """A title word qualified by a proper name or acronym ("French", "US", "of State"), not only by adjectives."""
    if not any(w.lower().strip(".,") in titles for w in words):
        return False
    return any(w[:1].isupper() and w.lower().strip(".,") not in titles for w in words)


def _local_role(role: str, document: str) -> str:
    return f"{_ROLE}{role.lower()}\0{document}"


_NAME = "name:"
"""Prefix of the actor index's entries for a name or alias two actors of the story share, in one document
("name:bloomberg\0a.txt" -> "Bloomberg", the news agency of that article, not Michael Bloomberg of another)."""


def _local_name(name: str, document: str) -> str:
    return f"{_NAME}{name}\0{document}"


def _with_roles(actors: Sequence[Actor], index: dict[str, str]) -> dict[str, str]:
    """The actor index plus each role exactly one actor of the story holds, so a speaker the text gives by title
    ("as the French president claimed") is the actor the story gives that title; and, for a name or alias two
    actors share, the one actor of each document that has it."""
    holders: dict[str, set[str]] = {}
    names = [a.name.lower() for a in actors]
    counts = Counter(names)
    counts.update(x.lower() for a in actors if a.aliases for x in a.aliases)
    shared = {form for form, n in counts.items() if n > 1}
    for a, name in zip(actors, names, strict=True):
        for form in (name, *(x.lower() for x in a.aliases)) if a.aliases else (name,):
            if form in shared:
                for doc in a.documents:
                    holders.setdefault(_local_name(form, doc), set()).add(a.name)
    for a in actors:
        for role in a.roles:
            holders.setdefault(_ROLE + role.lower(), set()).add(a.name)
            for doc in a.documents:
                holders.setdefault(_local_role(role, doc), set()).add(a.name)
    return {**index, **{k: next(iter(v)) for k, v in holders.items() if len(v) == 1}}


class _RoleIndex:
    """``_with_roles`` kept up to date from one build to the next: only the actors that are not the very objects of
    the last build (most come back unchanged after one file changed) add or take away their entries.

    Each entry key holds a count of each actor name that gives it (an actor may give one key twice); a key with one
    name is in the index. A form two actors share gives each actor's documents a local name key, so an actor gained
    or lost redoes those of its forms' other holders."""

    def __init__(self) -> None:
        self._actors: dict[int, Actor] = {}
        self._counts: Counter[str] = Counter()
        """Lower-cased names and aliases: how many times the story's actors give each."""
        self._owners: dict[str, Actor | dict[int, Actor]] = {}
        """Each lower-cased name or alias -> the actor giving it, or the actors (by id) when several do."""
        self._local: dict[str, list[tuple[str, str]]] = {}
        """Each form shared by two actors or more -> the local name entries it gave (key, actor name)."""
        self._holders: dict[str, str | Counter[str]] = {}
        """Each entry key -> the name giving it once, or how many times each name gives it."""
        self.single: dict[str, str] = {}
        """Entry keys with one holder -> that actor's name."""

    def update(self, actors: Sequence[Actor], index: dict[str, str]) -> dict[str, str]:
        """``_with_roles(actors, index)``."""
        try:
            return self._update(actors, index)
        except BaseException:
            # Stopped half-way, the actors held are ahead of their entries: the next update adds every actor again.
            self.__init__()  # type: ignore[misc]
            raise

    def _update(self, actors: Sequence[Actor], index: dict[str, str]) -> dict[str, str]:
        new = {id(a): a for a in actors}
        if len(new) != len(actors):  # one actor object twice: made from scratch
            self.__init__()  # type: ignore[misc]
            return _with_roles(actors, index)
        old = self._actors
        gone = [a for k, a in old.items() if k not in new]
        came = [a for k, a in new.items() if k not in old]
        self._actors = new
        gone, came, renewed = _same_roles(gone, came)
        touched: set[str] = set()
        keys: set[str] = set()
        for a, sign in chain(((a, -1) for a in gone), ((a, 1) for a in came)):
            self._count_forms(a, sign, touched)
            for key in _role_entries(a):
                self._hold(key, a.name, sign)
                keys.add(key)
        for a, b in renewed:
            # The same name and roles in other documents (a new article named a president the story names in 600):
            # only the entries of the documents that came or went move, not two per role and document.
            self._count_forms(a, -1, touched)
            self._count_forms(b, 1, touched)
            was, now = Counter(a.documents), Counter(b.documents)
            for doc, sign in chain(((d, -1) for d in (was - now).elements()), ((d, 1) for d in (now - was).elements())):
                for role in b.roles:
                    key = _local_role(role, doc)
                    self._hold(key, b.name, sign)
                    keys.add(key)
        for form in touched:
            for key, name in self._local.pop(form, ()):
                self._hold(key, name, -1)
                keys.add(key)
            if self._counts.get(form, 0) > 1:
                owners = self._owners[form]
                held = owners.values() if isinstance(owners, dict) else (owners,)
                made = [(_local_name(form, doc), a.name) for a in held for doc in a.documents]
                self._local[form] = made
                for key, name in made:
                    self._hold(key, name, 1)
                    keys.add(key)
        for key in keys:
            held = self._holders.get(key)
            if isinstance(held, str):
                self.single[key] = held
            elif held is not None and len(held) == 1:
                self.single[key] = next(iter(held))
            else:
                self.single.pop(key, None)
        return {**index, **self.single}

    def _count_forms(self, a: Actor, sign: int, touched: set[str]) -> None:
        """Count an actor's name and aliases in (1) or out (-1) of the story's forms, as their owner."""
        for form in _forms(a):
            self._counts[form] += sign
            if sign > 0:
                self._own(form, a)
            else:
                self._disown(form, a)
                if self._counts[form] <= 0:
                    del self._counts[form]
            touched.add(form)

    def _own(self, form: str, a: Actor) -> None:
        owners = self._owners.get(form)
        if owners is None:
            self._owners[form] = a
        elif isinstance(owners, dict):
            owners[id(a)] = a
        elif owners is not a:
            self._owners[form] = {id(owners): owners, id(a): a}

    def _disown(self, form: str, a: Actor) -> None:
        owners = self._owners.get(form)
        if owners is a:
            del self._owners[form]
        elif isinstance(owners, dict):
            owners.pop(id(a), None)
            if len(owners) == 1:
                self._owners[form] = next(iter(owners.values()))

    def _hold(self, key: str, name: str, sign: int) -> None:
        held = self._holders.get(key)
        if held is None:
            if sign > 0:
                self._holders[key] = name  # most keys: one name, once
            return
        if isinstance(held, str):
            held = self._holders[key] = Counter({held: 1})
        held[name] += sign
        if held[name] <= 0:
            del held[name]
        if not held:
            del self._holders[key]
        elif len(held) == 1 and (only := next(iter(held.items())))[1] == 1:
            self._holders[key] = only[0]


def _same_roles(gone: list[Actor], came: list[Actor]) -> tuple[list[Actor], list[Actor], list[tuple[Actor, Actor]]]:
    """Pairs of an actor gone and one come with the same name and roles (the same actor, its documents or counts
    changed), and the actors gone and come that pair with none."""
    if not gone or not came:
        return gone, came, []
    by_name: dict[str, list[Actor]] = {}
    for a in gone:
        by_name.setdefault(a.name, []).append(a)
    pairs: list[tuple[Actor, Actor]] = []
    alone: list[Actor] = []
    for b in came:
        held = by_name.get(b.name, [])
        i = next((i for i, a in enumerate(held) if a.roles == b.roles), None)
        if i is None:
            alone.append(b)
        else:
            pairs.append((held.pop(i), b))  # by place: an equal actor may be another object
    return [a for held in by_name.values() for a in held], alone, pairs


def _forms(a: Actor) -> list[str]:
    return [a.name.lower(), *(x.lower() for x in a.aliases)]


def _role_entries(a: Actor) -> list[str]:
    out = []
    for role in a.roles:
        out.append(_ROLE + role.lower())
        out.extend(_local_role(role, doc) for doc in a.documents)
    return out


def _doc_names(f: DocFacts) -> tuple[str, ...]:
    names = {n.lower() for q in f.quotes for n in _quote_speakers(q) if n}
    names.update(n.lower() for c in f.claims for n in _claim_sources(c) if n)
    names.update([_local_name(n, f.document.path) for n in names])
    # Speakers given by title: their part is redone when the actor holding that title changes.
    texts = [_speaker_text(q) for q in f.quotes if not q.speakers and not q.speaker]
    texts += [_source_text(c) for c in f.claims if not c.sources and not c.source]
    names.update(k for t in texts for k in _role_keys(t, f.document.path))
    return tuple(sorted(names))


def _who(
    names: tuple[str, ...], resolved: bool, text: str | None, index: Mapping[str, str], document: str
) -> tuple[str, ...]:
    """Canonical speakers of a quote or sources of a claim: the actors the extractor resolved, else an actor the
    text names, else the one actor the story gives the title the text uses, else the group the text describes
    ("Senior US officials")."""
    who = _canonical_all(names, index, document, known_only=not resolved)
    if not who:
        titled = next((index[k] for k in _role_keys(text, document) if k in index), None)
        who = (titled,) if titled else who
    if not who and (described := _described(text)):
        who = (described,)
    return who


def _make_part(
    f: DocFacts,
    names: tuple[str, ...],
    index: Mapping[str, str],
    key_of: Callable[[Figure], ConflictKey | None],
    old: _DocPart | None = None,
) -> _DocPart:
    """A document's share of the story; ``old``, its previous share, lends its figure groups when its figures are the
    same (a new actor index changes speakers, not figures)."""
    quotes = []
    for q in f.quotes:
        speakers = _who(_quote_speakers(q), bool(q.speakers or q.speaker), _speaker_text(q), index, q.document)
        quotes.append(dataclasses.replace(q, speaker=speakers[0] if speakers else None, speakers=speakers))
    claims = []
    for c in f.claims:
        sources = _who(_claim_sources(c), bool(c.sources or c.source), _source_text(c), index, c.document)
        claims.append(dataclasses.replace(c, source=sources[0] if sources else None, sources=sources))
    warnings = [f"{f.document.path}: {w}" for w in f.warnings]
    if f.document.error:
        warnings.append(f"{f.document.path}: {f.document.error}")
    resolved = tuple(index.get(n) for n in names)
    claims.sort(key=_start)
    if old is not None and old.facts.figures is f.figures:
        groups, splits = old.figure_groups, old.conflict_splits
    else:
        groups = _figure_groups(f.figures)
        splits = _conflict_splits(groups, key_of)
    return _DocPart(
        f,
        names,
        resolved,
        tuple(quotes),
        tuple(claims),
        tuple(map(claim_key, claims)),
        tuple(warnings),
        groups,
        splits,
        frozenset(names),
    )


def _resolves_as(part: _DocPart, index: Mapping[str, str]) -> bool:
    """Whether every name ``part`` uses maps in ``index`` as it did when the part was made."""
    return all(index.get(n) == r for n, r in zip(part.names, part.resolved, strict=True))


_SUBJECT_KINDS = frozenset(("person", "organization"))
_SUBJECTS = 3
"""How many of a document's most named people and organisations (ties included) say what it is about."""

_Subjects = tuple[DocFacts, frozenset[str], frozenset[str]]
"""A document's facts, the index keys its people and organisations are looked up by, and its subjects."""


def _subjects(f: DocFacts, index: Mapping[str, str]) -> _Subjects:
    """The people and organisations a document is about, by the story's actor names: the ones it names most (the
    three with the most mentions, ties included). Places and groups are left out: a country or a nationality is
    named by unrelated articles alike ("United States"), and a passing mention of a company in a long article
    ("Twitter" once in 106 mentions) is no sign of the same story; nor is a news organisation
    (extract.actors.names.is_news_organisation)."""
    from extract.actors.names import is_news_organisation  # with the extractors: a warm start paints without them

    path = f.document.path
    counts: Counter[str] = Counter()
    keys: set[str] = set()
    for m in f.mentions:
        if m.kind in _SUBJECT_KINDS and not (m.kind == "organization" and is_news_organisation(m.name)):
            form = m.name.lower()
            local = _local_name(form, path)
            keys.update((form, local))
            counts[index.get(local) or index.get(form) or m.name] += 1
    if not counts:
        # No person or body the actors found: the names a short item's claims are sourced to stand in ("Pfizer said
        # its cost-cutting plan ...", where the tagger missed "Pfizer"; engine probe s30 P132), else a document whose
        # one name was missed could never be found to tell the same story as another. Only a source resolved to a
        # name, or one the story's actors know by that name: "Officials said ..." names nobody (review s30 revA-R7).
        for c in f.claims:
            for name in _claim_sources(c):
                form = name.lower()
                keys.add(form)  # the index may come to know it: the document's subjects are found again then
                known = index.get(form)
                if (known or c.source or c.sources) and not is_news_organisation(name):
                    counts[known or name] += 1
    if not counts:
        return f, frozenset(keys), frozenset()
    floor = sorted(counts.values(), reverse=True)[:_SUBJECTS][-1]
    return f, frozenset(keys), frozenset(a for a, n in counts.items() if n >= floor)


class StoryBuilder:
    """Builds stories from per-document facts, reusing each unchanged document's work from the previous build.

    Not thread-safe: one builder per story, used by one thread at a time (the tracker's worker).
    """

    def __init__(self) -> None:
        self._memo: MergeMemo | None = None
        self._roles = _RoleIndex()
        self._parts: dict[str, _DocPart] = {}
        self._stamped: dict[str, tuple[tuple[str | None, ...], dict[str, list[Claim]]]] = {}
        """Per document: the first-seen stamps its claims were stamped with, and its stamped claims by stamp."""
        self.touched: frozenset[str] | None = None
        """Documents whose figures, quotes or claims may differ from the previous build's (None: all of them)."""
        self._merged: tuple[tuple[Actor, ...], dict[str, str]] | None = None
        self._ordered: tuple[Claim, ...] | None = None
        """The story's claims newest first, as the last call of ``_newest_first`` ordered them."""
        self._pieces: dict[str, dict[str, list[Claim]]] = {}
        """Per document: the stamped claims by time that ``_ordered`` was made from."""
        self._buckets: dict[str, dict[str, list[Claim]]] = {}
        """First-seen time -> document -> its claims stamped with that time (the documents in no order)."""
        self._bucket_claims: dict[str, tuple[Claim, ...]] = {}
        """First-seen time -> its claims in story order (documents by path, each in reading order)."""
        self._claim_docs: dict[str, str] = {}
        """Each claim key of the parts ``_newest_first`` last saw -> its document."""
        self._keyed: dict[str, tuple[str, ...]] = {}
        """Per document: the claim keys entered in ``_claim_docs`` for it."""
        self._figure_index: _FigureIndex | None = None
        self._sig_of: dict[str, tuple[DocFacts, tuple[object, ...]]] = {}
        """Per document of the last build: its facts and what merging reads of its mentions."""
        self._subjects: dict[str, _Subjects] = {}
        """Per document of the last build: the people and organisations it is about (see _subjects)."""

    def _mention_sig(self, f: DocFacts) -> tuple[DocFacts, tuple[object, ...]]:
        """What merging reads of a document's mentions: everything but their offsets, in text order."""
        known = self._sig_of.get(f.document.path)
        if known is not None and known[0] is f:
            return known
        return f, tuple((m.text, m.name, m.kind, m.role, m.label, m.same_as, m.document) for m in f.mentions)

    def build(
        self,
        facts: Sequence[DocFacts],
        first_seen: Mapping[str, str] | None = None,
        seen_changed: Collection[str] | None = None,
    ) -> Story:
        """Merge documents' facts: one actor per real-world actor, canonical speakers, claims newest first.

        ``seen_changed``: the claim keys whose first-seen time may differ from the last build or stamp (None: any),
        so the claims of other unchanged documents keep their stamps without looking them up.
        """
        # Imported on the first build, not with this module: a warm start paints the stored story before the
        # extractors (and spaCy, which they import) are loaded.
        from extract.actors import MergeMemo, merge_documents
        from extract.figures.conflicts import conflict_key

        if self._memo is None:
            self._memo = MergeMemo()
        facts = sorted(facts, key=lambda f: f.document.path)
        sigs = {f.document.path: self._mention_sig(f) for f in facts}
        same_names = sigs.keys() == self._sig_of.keys() and all(
            sig == self._sig_of[path][1] for path, (_, sig) in sigs.items()
        )
        same_index = self._merged is not None and same_names
        if same_index:
            # Every document names the same actors in the same order (an edit moved or changed other words):
            # merging only looks at names, kinds, roles and their order, so the actors are the same.
            actors, index = self._merged
        else:
            merged, index = merge_documents([f.mentions for f in facts], self._memo)
            actors = tuple(merged)
            index = self._roles.update(actors, index)

        # Every kept part's names map as in the last build's index (a part is kept only then, and an index is
        # remembered only once every part is made with it): a part's names still map where they did unless one of
        # them is a key the new index adds, drops or maps elsewhere. Found in one pass over both indexes (in C),
        # instead of a lookup per name of every document of the story.
        moved: frozenset[str] | None = None
        if not same_index and self._merged is not None:
            moved = frozenset(k for k, _ in self._merged[1].items() ^ index.items())
        parts: dict[str, _DocPart] = {}
        touched = set(self._parts)  # documents dropped from the story lose their facts
        for f in facts:
            path = f.document.path
            old = self._parts.get(path)
            if (
                old is not None
                and old.facts is f
                and (same_index or (old.name_set.isdisjoint(moved) if moved is not None else _resolves_as(old, index)))
            ):
                parts[path] = old  # same facts, and every name it uses still maps to the same actor
                touched.discard(path)
            else:
                parts[path] = _make_part(f, _doc_names(f), index, conflict_key, old)
                touched.add(path)
        # A document's figures may contradict another's only when both are about the same people or organisations:
        # a document whose subjects changed has its conflict keys checked again.
        subjects: dict[str, _Subjects] = {}
        resubjected: list[str] = []
        for f in facts:
            path = f.document.path
            known = self._subjects.get(path)
            # (a set against a set: only the smaller one is walked, and ``moved`` has a few keys after one new file)
            kept = same_index or (moved is not None and known[1].isdisjoint(moved)) if known is not None else False
            if known is not None and known[0] is f and kept:
                subjects[path] = known
                continue
            subjects[path] = _subjects(f, index)
            if known is not None and known[2] != subjects[path][2]:
                resubjected.append(path)
        # Remembered only once every part is made with this index (a failed build must not leave parts of another).
        self._merged = (actors, index)
        self._sig_of = sigs
        self._subjects = subjects
        self.touched = frozenset(touched) if self._parts else None
        old_parts, self._parts = self._parts, parts  # documents gone from the story are forgotten
        for path in touched:  # remade or gone: their claims are stamped again
            self._stamped.pop(path, None)
        figures, conflicts = self._figures_and_conflicts(old_parts, touched, resubjected)
        quotes = tuple(chain.from_iterable(p.quotes for p in parts.values()))
        # Where each document's records are in the story, so an update's look at its documents' figures, quotes and
        # claims (marking them seen, the diff, the claims panel) needs no pass over the whole story's.
        assert self._figure_index is not None
        know_documents(figures, self._figure_index.of_document(parts))
        know_documents(quotes, partial(_quotes_of, parts))
        return Story(
            documents=tuple(f.document for f in facts),
            actors=actors,
            figures=figures,
            quotes=quotes,
            claims=self._newest_first(first_seen or {}, seen_changed),
            conflicts=conflicts,
            warnings=tuple(chain.from_iterable(p.warnings for p in parts.values())),
            extra={NEWEST_FIRST: True},
        )

    def stamp(self, story: Story, first_seen: Mapping[str, str], seen_changed: Collection[str] | None = None) -> Story:
        """``story`` (this builder's latest) with claims re-stamped by first-seen time and re-ordered
        (``seen_changed`` as for ``build``)."""
        return dataclasses.replace(story, claims=self._newest_first(first_seen, seen_changed))

    def _figures_and_conflicts(
        self, old_parts: Mapping[str, _DocPart], touched: Collection[str], resubjected: Collection[str] = ()
    ) -> tuple[tuple[Figure, ...], tuple[Conflict, ...]]:
        """The story's figures grouped by what they count, and its conflicts: redone for the touched documents and,
        for conflicts, the documents whose subjects changed."""
        if self._figure_index is None:
            self._figure_index = _FigureIndex()
        index = self._figure_index
        index.update({p: (old_parts.get(p), self._parts.get(p)) for p in touched})
        for path in resubjected:
            index.recheck(key for _, splits in self._parts[path].conflict_splits for key, _ in splits)
        return index.figures(), index.conflicts(self._related)

    def _related(self, a: str, b: str) -> bool:
        """Whether two documents of the story share a subject (see _subjects)."""
        sa, sb = self._subjects.get(a), self._subjects.get(b)
        return sa is not None and sb is not None and not sa[2].isdisjoint(sb[2])

    def _newest_first(self, first_seen: Mapping[str, str], seen_changed: Collection[str] | None) -> tuple[Claim, ...]:
        """Every claim stamped with its first-seen time, newest first, then in reading order; a document's stamped
        claims are reused while its stamps stay the same, and the order is patched where documents' stamped claims
        changed (a new document's claims form a time of their own): the work is that of the documents that changed,
        not of the story's 10,000 claims (twice per update: the build, then the stamping)."""
        parts = self._parts
        gone = self._pieces.keys() - parts.keys()
        redo: Collection[str]
        if seen_changed is None:
            redo = parts
        else:
            fresh = parts.keys() - self._stamped.keys()
            self._index_claim_keys(chain(gone, fresh))
            docs = self._claim_docs
            redo = fresh.union(docs[k] for k in seen_changed if k in docs) if seen_changed else fresh
        moved: list[str] = []
        for path in redo:
            part = parts[path]
            done = self._stamped.get(path)
            stamps = tuple(first_seen.get(k) for k in part.claim_keys)
            if done is None or done[0] != stamps:
                done = self._stamped[path] = (stamps, _by_stamp(part.claims, stamps))
            if self._pieces.get(path) is not done[1]:
                moved.append(path)
        if seen_changed is None:
            self._index_claim_keys(chain(gone, moved))
        if gone or moved or self._ordered is None:
            self._restack(gone, moved)
        newest = self._ordered
        assert newest is not None
        know_documents(newest, partial(_claims_of, dict(self._pieces)))
        return newest

    def _index_claim_keys(self, paths: Iterable[str]) -> None:
        """Point the claim keys of these documents' parts (none for a document gone) at their documents."""
        docs = self._claim_docs
        for path in paths:
            for key in self._keyed.pop(path, ()):
                if docs.get(key) == path:
                    del docs[key]
            part = self._parts.get(path)
            if part is not None:
                self._keyed[path] = part.claim_keys
                docs.update(dict.fromkeys(part.claim_keys, path))

    def _restack(self, gone: Iterable[str], moved: Iterable[str]) -> None:
        """Take the stamped claims of documents gone or restamped out of their times, put the new ones in, and order
        the story's claims again from the times' own orders (only the times touched are put together again)."""
        buckets, dirty = self._buckets, set()
        for path in chain(gone, moved):
            for when in self._pieces.pop(path, {}):
                bucket = buckets[when]
                del bucket[path]
                if not bucket:
                    del buckets[when]
                dirty.add(when)
            done = self._stamped.get(path) if path in self._parts else None
            if done is not None:
                self._pieces[path] = done[1]
                for when, claims in done[1].items():
                    buckets.setdefault(when, {})[path] = claims
                    dirty.add(when)
        for when in dirty:
            held = buckets.get(when)
            if held is None:
                self._bucket_claims.pop(when, None)
            else:
                self._bucket_claims[when] = tuple(chain.from_iterable(held[p] for p in sorted(held)))
        times = self._bucket_claims
        self._ordered = tuple(chain.from_iterable(times[when] for when in sorted(times, reverse=True)))


_Place = tuple[str, str]
"""Where a document's share of a figure group is filed: (group, document path)."""
_First = tuple[str, int]
"""Where a group first appears in story order: (document path, the group's place among that document's groups)."""
_Splits = tuple[tuple["ConflictKey", tuple[Figure, ...]], ...]


class _FigureIndex:
    """The story's figures by group and by conflict key, kept per document, so that adding, removing or replacing a
    document redoes only the groups and conflict keys it touches.

    Story order, as ``find_conflicts`` over the story's figures sees it: groups in order of first appearance over the
    documents in path order (a group's first (path, place) ranks it), each group in document order.  The figures list
    puts figures counting nothing known (group "") after every real group.
    """

    def __init__(self) -> None:
        self._members: dict[str, dict[str, tuple[int, tuple[Figure, ...], _Splits]]] = {}
        """Group -> document -> (the group's place among the document's groups, its figures there, their splits)."""
        self._first: dict[str, _First] = {}
        self._keyed: dict[ConflictKey, dict[_Place, tuple[int, tuple[Figure, ...]]]] = {}
        """Conflict key -> where its figures are filed -> (their split's place in the document's group, the figures)."""
        self._groups: dict[str, tuple[Figure, ...]] = {}
        """Group -> its figures in story order."""
        self._stale: set[str] = set()
        """Groups whose figures changed since ``figures()`` last put them together."""
        self._order: list[str] | None = None
        """Groups in story order ("" last), or None once a group came, went or moved."""
        self._figures: tuple[Figure, ...] | None = None
        self._checked: dict[ConflictKey, tuple[list[Figure], tuple[Conflict, ...]]] = {}
        """Conflict key -> its figures in story order and their conflicts: one per set of related documents that
        disagree (two unrelated stories' disputes under one key are two rows, never one)."""
        self._found: dict[ConflictKey, tuple[tuple[_First, str, int], tuple[Conflict, ...]]] = {}
        """Conflict key -> (its first place in story order: group's first, document, split), for keys in conflict."""
        self._dirty: set[ConflictKey] = set()
        self._recheck: set[ConflictKey] = set()
        """Keys whose figures are the same but whose documents' subjects changed: their answer is found again."""
        self._families: dict[ConflictKey, set[ConflictKey]] = {}
        """Conflict keys by family (``head_of``): a bare noun's figures may join a longer name's group."""

    def update(self, changes: Mapping[str, tuple[_DocPart | None, _DocPart | None]]) -> None:
        """Swap documents' old parts (None: the document is new) for their new ones (None: it left the story)."""
        before: dict[str, _First | None] = {}  # the touched groups' first places before
        for path, (old, new) in changes.items():
            if old is not None and new is not None and old.figure_groups is new.figure_groups:
                continue  # the same figures (the part was made again for its speakers)
            if old is not None:
                for g, splits in old.conflict_splits:
                    before.setdefault(g, self._first.get(g))
                    del self._members[g][path]
                    self._file(g, path, splits, add=False)
            if new is not None:
                for idx, ((g, figs), (_, splits)) in enumerate(
                    zip(new.figure_groups, new.conflict_splits, strict=True)
                ):
                    before.setdefault(g, self._first.get(g))
                    self._members.setdefault(g, {})[path] = (idx, figs, splits)
                    self._file(g, path, splits, add=True)
        for g, was in before.items():
            members = self._members.get(g)
            self._stale.add(g)
            if not members:
                self._members.pop(g, None)
                self._first.pop(g, None)
                self._order = None
                continue
            first = min((p, held[0]) for p, held in members.items())
            if first != was:
                self._first[g] = first
                self._order = None
                # A key spanning groups orders its figures by their groups' first places: every key filed here may move.
                self._dirty.update(key for _, _, splits in members.values() for key, _ in splits)

    def _file(self, g: str, path: str, splits: _Splits, add: bool) -> None:
        """File (or unfile) one document's splits of group ``g`` under their conflict keys."""
        from extract.figures.conflicts import head_of

        for i, (key, figs) in enumerate(splits):
            self._dirty.add(key)
            places = self._keyed.get(key)
            if add:
                if places is None:
                    self._keyed[key] = {(g, path): (i, figs)}
                    self._families.setdefault(head_of(key), set()).add(key)
                else:
                    places[(g, path)] = (i, figs)
            elif places is not None:
                del places[(g, path)]
                if not places:
                    del self._keyed[key]
                    family = self._families[head_of(key)]
                    family.discard(key)
                    if not family:
                        del self._families[head_of(key)]

    def of_document(self, parts: Mapping[str, _DocPart]) -> Callable[[str], list[Figure]]:
        """A document's figures in ``figures()`` as it is now (see know_documents), for the parts the index holds."""
        return partial(_figures_of, parts, dict(self._first))

    def recheck(self, keys: Iterable[ConflictKey]) -> None:
        """Check these keys' conflicts again at the next ``conflicts`` (a document of theirs changed subjects)."""
        for key in keys:
            self._dirty.add(key)
            self._recheck.add(key)

    def figures(self) -> tuple[Figure, ...]:
        if self._stale:
            for g in self._stale:
                members = self._members.get(g)
                if members is None:
                    self._groups.pop(g, None)
                else:
                    self._groups[g] = tuple(chain.from_iterable(members[p][1] for p in sorted(members)))
            self._stale.clear()
            self._figures = None
        if self._order is None:
            first = self._first
            self._order = sorted((g for g in first if g), key=first.__getitem__) + ([""] if "" in first else [])
            self._figures = None
        if self._figures is None:
            self._figures = tuple(chain.from_iterable(self._groups[g] for g in self._order))
        return self._figures

    def conflicts(self, related: Related | None = None) -> tuple[Conflict, ...]:
        """The story's conflicts, figures of two documents only where ``related`` says both are about the same story
        (None: any two are)."""
        from extract.figures.conflicts import conflicts_in_groups, head_of, with_bare_heads

        first = self._first

        def place(item: tuple[_Place, tuple[int, tuple[Figure, ...]]]) -> tuple[_First, str]:
            return first[item[0][0]], item[0][1]

        # A key to check again takes its family along: a bare noun's figures may have joined a longer name's.
        recheck = set(self._recheck)
        for key in self._recheck:
            recheck.update(self._families.get(head_of(key), ()))
        self._dirty.update(recheck)
        # A family with a one-word key ("these combatants at 13,000": "soldier") and a longer one ("north korean
        # soldier") is checked whole, as find_conflicts joins the bare noun's figures to the name it takes up.
        dirty = set(self._dirty)
        for key in self._dirty:
            family = self._families.get(head_of(key), ())
            if " " not in key[0] or len(family) > 1 and any(" " not in k[0] for k in family):
                dirty.update(family)  # (a bare key that just left: the names it had joined go back to their own)
        ordered_of: dict[ConflictKey, list] = {}
        figs_of: dict[ConflictKey, list[Figure]] = {}
        for key in dirty:
            places = self._keyed.get(key)
            if places is not None:
                ordered_of[key] = sorted(places.items(), key=place)
                figs_of[key] = [f for _, (_, fs) in ordered_of[key] for f in fs]
        for head in {head_of(key) for key in figs_of}:
            family = {k: figs_of[k] for k in self._families.get(head, ()) if k in figs_of}
            if len(family) > 1:
                figs_of.update(with_bare_heads(family))
        for key in dirty:
            known = self._checked.pop(key, None)
            self._found.pop(key, None)
            if key not in figs_of:
                continue
            ordered = ordered_of[key]
            figs = figs_of[key]
            if known is not None and known[0] == figs and key not in recheck:  # a list compare, in C
                found = known[1]
            elif len(figs) < 2:
                found = ()  # one figure contradicts nothing
            else:
                found = tuple(conflicts_in_groups({key: figs}, related))
            self._checked[key] = (figs, found)
            if found:
                self._found[key] = (min((first[g], path, i) for (g, path), (i, _) in ordered), found)
        self._dirty.clear()
        self._recheck.clear()
        return tuple(c for _, found in sorted(self._found.values(), key=_first_place) for c in found)


def _quotes_of(parts: Mapping[str, _DocPart], document: str) -> tuple[Quote, ...]:
    """A document's quotes in the story built from ``parts`` (the parts' quotes, in path order)."""
    part = parts.get(document)
    return part.quotes if part is not None else ()


def _claims_of(pieces: Mapping[str, dict[str, list[Claim]]], document: str) -> list[Claim]:
    """A document's claims in story order (newest first, then reading order), from its stamped claims by time."""
    piece = pieces.get(document)
    return [c for when in sorted(piece, reverse=True) for c in piece[when]] if piece else []


def _figures_of(parts: Mapping[str, _DocPart], first: Mapping[str, _First], document: str) -> list[Figure]:
    """A document's figures in story order: its groups in the order of their first places (figures counting nothing
    known, group "", last), each in reading order."""
    part = parts.get(document)
    if part is None:
        return []
    groups = sorted(part.figure_groups, key=lambda item: (item[0] == "", first[item[0]]))
    return [f for _, figs in groups for f in figs]


def _first_place(item: tuple[tuple[_First, str, int], tuple[Conflict, ...]]) -> tuple[_First, str, int]:
    return item[0]


def build_story(facts: Sequence[DocFacts], first_seen: Mapping[str, str] | None = None) -> Story:
    """Merge documents' facts into a story from scratch (see StoryBuilder for repeated builds).

    With the cyclic collector paused, as the app's tracker builds: aggregating makes records only, and a full
    collection that came due half-way walked the whole heap (`storywatch extract` on the 160 articles: one full pass
    of about 0.1 s in a build of 0.3-0.45 s of CPU)."""
    with no_cycle_collection():
        return StoryBuilder().build(facts, first_seen)


def _by_stamp(claims: Sequence[Claim], stamps: Sequence[str | None]) -> dict[str, list[Claim]]:
    """A document's claims (in reading order) stamped with their first-seen times, by time ("" for none)."""
    out: dict[str, list[Claim]] = {}
    for c, when in zip(claims, stamps, strict=True):
        when = when or c.first_seen
        out.setdefault(when or "", []).append(c if when == c.first_seen else dataclasses.replace(c, first_seen=when))
    return out
