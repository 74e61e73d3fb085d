"""An Actor from a cluster's tally (name, kind, aliases, roles, mentions, documents), and one actor folded into
another."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from extract.actors.merge.actor_kinds import _story_kind
from extract.actors.merge.naming import _build_name, _display
from extract.actors.merge.royals import _ROYAL_TITLES
from extract.actors.merge.tally import _cluster_forms, _tally
from extract.actors.merge.titles import _strip_titles
from extract.actors.names import TITLE_WORDS, _key, _tokens, us_state_abbreviations
from extract.actors.places import _region_code as _postal_code
from extract.records import Actor, Mention

if TYPE_CHECKING:
    from extract.actors.merge.tally import _Tally


# Titles news abbreviates before a name and the words they stand for: "Gov." and "Governor" are one role (review s26
# rev2q LOW 8: Kristi Noem's 'Gov.', 'Governor').
_SPELLED = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "prof": "professor",
    "supt": "superintendent",
    "insp": "inspector",
    "cmdr": "commander",
    "adm": "admiral",
    "cpl": "corporal",
    "maj": "major",
    "det": "detective",
}


def _role_key(role: str) -> str:
    """A role as the story compares roles: lower case, abbreviated titles spelled out, no "the" ("south dakota
    governor"; "ambassador to the Ukraine" is "ambassador to Ukraine", review s26 rev3q LOW 10)."""
    return " ".join(_SPELLED.get(w.rstrip("."), w) for w in role.lower().split() if w != "the")


# Words before a title that make another office of it ("former President", "Deputy Director"): a closed list.
_OFFICE_WORDS = frozenset(
    "former acting interim late deputy vice assistant associate senior junior co ex".split()  # noqa: SIM905
)


def _without_contained(roles: tuple[str, ...]) -> tuple[str, ...]:
    """The roles but one that another says with a name before it: "planetary scientist" beside "NASA planetary
    scientist", "Governor" beside "South Dakota Gov." (the added words capitalised, none of ``_OFFICE_WORDS``)."""
    keys = [_role_key(r).split() for r in roles]
    out = []
    for n, (role, key) in enumerate(zip(roles, keys, strict=True)):
        longer = [
            roles[m]
            for m, other in enumerate(keys)
            if m != n and len(other) > len(key) and other[len(other) - len(key) :] == key
        ]
        if any(_named_qualifier(r, len(key)) for r in longer):
            continue
        out.append(role)
    return tuple(out)


def _named_qualifier(role: str, tail: int) -> bool:
    """The words of ``role`` before its last ``tail`` words (as the key counts them) are capitalised names."""
    words = [w for w in role.split() if w.lower() != "the"]
    extra = words[: len(words) - tail]
    return bool(extra) and all(w[:1].isupper() and w.lower().rstrip(".") not in _OFFICE_WORDS for w in extra)


def _fold(a: Actor, b: Actor, aliases: tuple[str, ...]) -> Actor:
    """Actor ``a`` with ``b``'s mentions, documents and roles, and ``aliases`` added."""
    roles = {_role_key(r): r for r in reversed((*a.roles, *b.roles))}
    return replace(
        a,
        aliases=a.aliases + aliases,
        roles=_without_contained(tuple(dict.fromkeys(roles[_role_key(r)] for r in (*a.roles, *b.roles)))),
        mentions=a.mentions + b.mentions,
        documents=tuple(dict.fromkeys((*a.documents, *b.documents))),
    )


def _build_actor(cl: Sequence[Mention]) -> Actor:
    return _actor_of(_tally(cl), tuple(dict.fromkeys(m.document for m in cl)))


def _actor_of(t: _Tally, docs: tuple[str, ...]) -> Actor:
    """The actor of mentions tallied as ``t`` in ``docs`` (in story order)."""
    kind = _story_kind(t)
    name = _build_name(t)
    forms = _cluster_forms(t)
    by_use = sorted(forms.items(), key=lambda kv: -sum(kv[1].values()))
    aliases = tuple(_display(c) for k, c in by_use if k != _key(name))
    if ", " in name and all(kind == "place" for _, _, kind, _, _ in t):
        # The town alone ("Mountain View") is how the story names it next time.
        town = name.split(", ", 1)[0]
        if _key(town) not in forms:
            aliases += (town,)
    for code in dict.fromkeys(text for name, text, kind, _, _ in t if kind == "place" and text != name):
        if _region_code(code) and _key(code) not in forms and code not in aliases:
            # "NEWARK, NJ" named New Jersey: the code as written is how the story's listings name it ("NJ").
            aliases += (code,)
    roles: Counter[str] = Counter()
    shown: dict[str, Counter[str]] = defaultdict(Counter)
    for (_, _, _, role, _), n in t.items():
        # A role is a person's office: mentions the tagger took for a person give none to the organisation or place
        # the story makes of them ("Rob Goldman, President Ascom North America": not Ascom's; "Blue Origin, Kent,
        # Washington": not Kent's).
        if role and kind == "person":
            roles[_role_key(role)] += n
            shown[_role_key(role)][role] += n
    # A role written both ways is shown spelled out ("Governor", not "Gov."), else as most often written.
    role_list = _without_contained(
        tuple(
            next((f for f, _ in shown[r].most_common() if f.lower() == r), shown[r].most_common(1)[0][0])
            for r, _ in roles.most_common()
        )
    )
    return Actor(name, kind, aliases, role_list, sum(t.values()), docs)


def _office_names(actors: list[Actor], index: dict[str, str]) -> tuple[list[Actor], dict[str, str]]:
    """People named only with an office's title before one name are shown by the name (see _without_office), the
    titled form kept as an alias, unless another person of the story bears that name or ends on it ("Vice President
    Biden" beside "Hunter Biden" and "Joe Biden" stays: "Biden" would say neither)."""
    renames: dict[str, str] = {}
    for a in actors:
        if a.kind == "person" and (bare := _without_office(a.name)) != a.name:
            renames[a.name] = bare
    if not renames:
        return actors, index
    taken = Counter(_key(a.name).rsplit(" ", 1)[-1] for a in actors if a.kind == "person")
    renames = {old: new for old, new in renames.items() if taken[_key(new)] == 1}
    if not renames:
        return actors, index
    out = [replace(a, name=renames[a.name], aliases=(a.name, *a.aliases)) if a.name in renames else a for a in actors]
    return out, {form: renames.get(name, name) for form, name in index.items()}


def _without_office(name: str) -> str:
    """A person named only with an office's title before one name is shown by the name, as "Trump" is beside
    "President Trump": "Chief Minister Siddaramaiah" is "Siddaramaiah", "President Lula" is "Lula" (the title is the
    role already). A royal's title is how news names them ("Pope Francis", "King Charles"), a courtesy title tells two
    people apart ("Mrs. Clinton"), and a name of two words or more after the title is left whole."""
    words = name.split()
    keys = _tokens(_key(name))
    bare = _strip_titles(keys)
    n = len(keys) - len(bare)
    if not n or len(bare) != 1 or len(words) != len(keys) or keys[0] in _ROYAL_TITLES:
        return name
    if not all(w in TITLE_WORDS for w in keys[:n]) or not words[-1][:1].isupper():
        return name
    return words[-1]


def _region_code(text: str) -> bool:
    """A US state's or a Canadian province's postal code or AP abbreviation as written ("NJ", "ON", "Ill.", "Mich")."""
    abbreviations = us_state_abbreviations()
    written = text in abbreviations or f"{text}." in abbreviations
    return written or _postal_code(text)
