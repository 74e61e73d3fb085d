"""Names that are another actor's name glued to a common word that lost its space ("Earthorbit", "Cristiano
Ronaldoput"): their aliases dropped, their actors joined to the name the story backs."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from operator import attrgetter

from extract.actors.merge.build import _fold
from extract.records import Actor
from extract.repair import DERIVATIONAL, FUNCTION_WORDS, NAME_ENDINGS, zipf

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
