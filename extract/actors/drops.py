"""The drops every candidate passes once the document's entities are all read (``CANDIDATE_DROPS``, in order).

A candidate that passed its entity's guards (see ``guards``) may still be no actor by what the rest of the document
says: a word of a title, a fragment of a longer name, a product, a priced item, a thing's name, a holiday, a common
noun in capitals. Each drop returns True when the candidate goes; one corrects a kind instead and returns False."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.actors.entities import _STATING
from extract.actors.filters import COMMON_NOUN_LETTERS, _common_acronyms, _fragments
from extract.actors.guards import _Doc
from extract.actors.names import TITLE_WORDS, _is_acronym, _key, _words
from extract.actors.things import (
    _OWNED_THINGS,
    THING_NOUNS,
    _given_name_word,
    _occasions,
    _product_lines,
    _quoted,
)
from extract.actors.tokens import _Candidate
from extract.repair import zipf

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class _Known:
    """What the whole document's candidates say about names, learnt once before the drops."""

    roles: list[tuple[int, int]]
    """Token spans of the candidates' roles."""
    fragments: set[str]
    """Lone common words that are pieces of names or plain words (see ``filters._fragments``), and product lines."""
    product_words: set[str]
    """Words of products: the product line's own word and the model word alone ("the Pro" after "MacBook Pro")."""
    things: set[str]
    """Names of things (see ``guards._named_thing``) that the document does not also use as an actor's."""
    common: set[str]
    """Acronyms the document uses as common nouns (see ``filters._common_acronyms``)."""
    occasions: set[str]
    """One-word names written as a time ("Since Diwali"): holidays (see ``things._occasions``)."""
    lettered_actors: set[str]
    """Names of an everyday word and a letter that the document uses as an actor's somewhere ("Group M said")."""
    models: set[str]
    """Organisations' names the document also counts in the plural ("the MacBook ... older MacBooks"): see
    ``_counted_models``."""
    model_plurals: set[str]
    """Those plurals ("MacBooks")."""

    @classmethod
    def of(cls, d: _Doc) -> _Known:
        cands = d.cands
        # A maker written alone besides its priced product is no fragment of it: the product is dropped, the maker
        # stays ("Apple AirPods Pro for $235 ... Apple said", review s17 round 3 MED-1).
        fragments = (_fragments(d.doc, cands, d.sents, d.casing) - d.makers) | _product_lines(d.doc, d.sents)
        # A product's model word alone is the product too ("the Pro" after "MacBook Pro"), as is an artefact's noun
        # ("Keyboard" tagged a person after "Magic Keyboard").
        product_words = d.product_words | {
            k.rsplit(" ", 1)[1] for k in d.products | d.product_uses if " " in k and not _given_name_word(k.split()[-2])
        }
        # A thing's name that the document also uses as an actor's stays ("a NASA spacecraft ... NASA said"), unless
        # the text says outright what it names.
        used = {_key(c.name) for c in cands} if d.thing_names else set()
        things = {k for k, use in d.thing_names.items() if use == 2 or k not in used}
        held = {_key(c.name) for c in cands if c.role}
        models, plurals = _counted_models(d)
        if d.product_uses:
            # A name used as a product's ("using SecureDrop", "the original Nintendo Switch") is the product wherever
            # else the document writes it ("the Nintendo Switch pro controller"), unless it speaks or holds a role.
            # Its plural names copies of it ("the iPhone ... millions of iPhones").
            uses = d.product_uses | {k + end for k in d.product_uses for end in ("s", "es")}
            things |= uses - d.speakers - held
        # Only a document with a one-word organisation in capitals asks which capitals are common nouns.
        acronyms = any(c.kind == "organization" and c.end - c.start == 1 and c.name.isupper() for c in cands)
        return cls(
            roles=[c.role_span for c in cands if c.role_span],
            fragments=fragments,
            product_words=product_words,
            things=things,
            common=_common_acronyms(d.sents) if acronyms else set(),
            occasions=_occasions(d.toks, cands),
            lettered_actors={_key(c.name) for c in cands if _lettered(c, d) and _used_as_actor(c, d)},
            models=models - d.speakers - held,
            model_plurals=plurals - d.speakers - held,
        )


def _counted_models(d: _Doc) -> tuple[set[str], set[str]]:
    """Keys of organisations' names the document also counts in the plural ("the MacBook ... older MacBooks", "a Mac
    ... two Macs"), and keys of those plurals: models or copies of a product (see ``_counted_model`` for the mentions
    that go). Not a people ("Indian" and "Indians"), a family ("Biden" and "the Bidens": the surname of a person the
    document names in full), a place ("Boeing ... their Boeings" tagged a place) or a plural that nothing counts
    ("Time magazine ... The Times", "Times readers": review s24 finding 2)."""
    kinds: dict[str, set[str]] = {}
    for c in d.cands:
        kinds.setdefault(_key(c.name), set()).add(c.kind)
    counted = {_key(c.name) for c in d.cands if c.kind == "organization" and _counted_plural(c, d)}
    singulars: set[str] = set()
    plurals: set[str] = set()
    for k, seen in kinds.items():
        plural = k + "s" if k + "s" in kinds else k + "es"
        if (
            plural in counted
            and kinds[plural] == {"organization"}
            and "organization" in seen
            and "group" not in seen
            and k not in d.surnames
        ):
            singulars.add(k)
            plurals.add(plural)
    return singulars, plurals


def _counted_plural(c: _Candidate, d: _Doc) -> bool:
    """A plural noun in use ("on MacBooks in 2015", "older MacBooks", "their Macs"): heading its noun phrase, without
    "the", which a name of a plural form takes as its own ("The Times ran", "the Yankees beat"), and no modifier
    ("Times readers")."""
    root = d.toks[c.end - 1]
    return root.dep_ != "compound" and not any(t.dep_ == "det" and t.lower_ == "the" for t in root.children)


# Parts of speech of a word before a noun that counts or describes one copy among others: "older MacBooks", "their
# Macs", "two iPhones", "the MacBook".
_COUNTING_POS = frozenset(("ADJ", "NUM", "DET", "PRON"))


def _counting_word(c: _Candidate, d: _Doc) -> bool:
    """The name heads its noun phrase and has a word of its own before it that counts or describes it: lowercase, or
    opening the sentence but no article ("Older MacBooks ran hot", "their Macs", "the MacBook"; not "The Times ran",
    nor a modifier: "Times readers")."""
    root = d.toks[c.end - 1]
    return root.dep_ != "compound" and any(
        t.pos_ in _COUNTING_POS and t.i < c.start and (t.is_lower or (t.is_sent_start and t.pos_ != "DET"))
        for t in root.children
    )


# The words a tournament's draw names its groups, pools, paths and pots with, before one capital letter ("Group A",
# "Path C", "Pot 1" has a digit): a closed list; not "Area" ("Area C" of the West Bank) or "Studio", "Station".
_DRAW_WORDS = frozenset({"group", "groups", "pool", "pools", "path", "paths", "pot", "pots"})


def _lettered(c: _Candidate, d: _Doc) -> bool:
    """ "in Group A", "The Group E victory", "Path C: Scotland, Norway": a draw's word and one capital letter, which
    name a tournament's group or a draw's path (the tagger may leave the letter out; review s22 r1a MED-4: not "Area
    C")."""
    i, j, texts, lowers = c.start, c.end, d.texts, d.lowers
    if j - i == 2 and len(texts[i + 1].rstrip(".")) == 1:
        letter = texts[i + 1].rstrip(".")  # "go into Path A.": the sentence's period may stay on the letter
    elif j - i == 1 and j < len(texts) and len(texts[j]) == 1 and d.toks[i].whitespace_:
        letter = texts[j]
    else:
        return False
    return letter.isalpha() and letter.isupper() and texts[i][:1].isupper() and lowers[i] in _DRAW_WORDS


def _used_as_actor(c: _Candidate, d: _Doc) -> bool:
    """The name speaks ("Group M said it would respond") or the text says what it is ("Group M, the ad buyer")."""
    root = d.toks[c.end - 1]
    speaks = root.dep_ in ("nsubj", "nsubjpass") and root.head.lower_ in _STATING
    # An apposition set off by a comma right after the name ("Group M, the ad buyer"), not a line's label that the
    # parser hangs on it ("France (Group H): 10th appearance").
    described = any(t.dep_ == "appos" and t.left_edge.i == c.end + 1 and d.texts[c.end] == "," for t in root.children)
    return speaks or _key(c.name) in d.speakers or described


def _inside_title(c: _Candidate, d: _Doc, k: _Known) -> bool:
    """Names inside a title ("Defense" in "Secretary of Defense") are part of the role, not actors, unless they are
    places or groups ("US", "Polish") or multi-word names ("European Commission"). "Shadow Home" in "Shadow Home
    Secretary": a portfolio modifying the title word after it; a name tagged a place is no portfolio ("Jefferies
    analyst Jonathan Matuszewski": the firm), nor a possessive owner of the office ("Apple's chief executive, Tim
    Cook", "Labour's chair, Anneliese Dodds")."""
    inside = next(((s, e) for s, e in k.roles if s <= c.start and c.end <= e), None)
    return bool(
        inside
        and c.label not in ("EMPLOYER", "GPE")
        and c.kind == "organization"
        and not _is_acronym(c.name)
        and (c.end - c.start == 1 or (c.end < inside[1] and d.toks[c.end].lower_ in TITLE_WORDS))
        and not _employer_at_end(c, d, inside[1])
        and not (c.end < inside[1] and d.toks[c.end].tag_ == "POS")
    )


# A word this frequent in English is an everyday one ("Defense", "State", "Finance"); a company's is rare ("SpaceX").
_PORTFOLIO_ZIPF = 3.5


def _employer_at_end(c: _Candidate, d: _Doc, end: int) -> bool:
    """ "president and chief operating officer of SpaceX": a one-word name that ends the role after "of", "at" or
    "for" and is no everyday word is the employer, an organisation of its own; "Secretary of Defense" ends on a
    portfolio."""
    return (
        c.end == end
        and c.end - c.start == 1
        and c.start > 0
        and d.lowers[c.start - 1] in ("of", "at", "for")
        and zipf(d.lowers[c.start]) < _PORTFOLIO_ZIPF
    )


def _lettered_class(c: _Candidate, d: _Doc, k: _Known) -> bool:
    """A tournament's group or a draw's path ("in Group A", "Path C: Scotland"), no actor, unless the document uses
    the name as one somewhere: a company named so speaks or is described (review s22 r1a MED-4: "Group M")."""
    return _lettered(c, d) and _key(c.name) not in k.lettered_actors


def _fragment(c: _Candidate, d: _Doc, k: _Known) -> bool:
    """A lone common word that is a piece of a name or a plain word, or a line of products ("Windows 7", "Windows
    10")."""
    return _key(c.name) in k.fragments


def _product_person(c: _Candidate, d: _Doc, k: _Known) -> bool:
    """A "person" the document names a product, or the product's own word alone ("Mac", "the Pro")."""
    return c.kind == "person" and (_key(c.name) in d.products or _key(c.name) in k.product_words)


def _priced_or_thing(c: _Candidate, d: _Doc, k: _Known) -> bool:
    """A priced product, or a thing's name (a mission, a vaccine, a novel), wherever the document writes it."""
    return _key(c.name) in d.priced or _key(c.name) in k.things


def _counted_model(c: _Candidate, d: _Doc, k: _Known) -> bool:
    """A copy of a model the document counts in the plural: the plural, or the singular where it has a word of its
    own or modifies a word ("the MacBook ... older MacBooks", "MacBook keyboards ... on MacBooks"); "Workers at Toyota
    went on strike. Used Toyotas now cost ..." keeps the company written alone (review s24 r2 finding 4)."""
    key = _key(c.name)
    if key in k.model_plurals:
        return True
    return key in k.models and (_counting_word(c, d) or _modifies_a_copy(d.toks[c.end - 1]))


# A name that modifies a word after it: "MacBook keyboards", "former Mac and PC users", "the MacBook-like case".
_MODIFIER_DEPS = frozenset(("compound", "nmod", "npadvmod"))
# Nouns a model's name modifies besides artefacts: its models, and the people who use or own copies ("MacBook models",
# "Mac users", "Tesla owners"); not the company's people or its stock ("Ford workers", "Tesla CEO", "Tesla shares").
_COPY_HEADS = _words("model models user users owner owners")


def _modifies_a_copy(tok: Token) -> bool:
    """The name modifies an artefact, a part of one, a model or its users, or an adjective ("MacBook keyboards",
    "former Mac and PC users", "the MacBook-like case"); review s24 r3 F4."""
    if tok.dep_ not in _MODIFIER_DEPS:
        return False
    head = tok.head
    words = (head.lower_, head.lower_[:-1])  # "keyboards" of keyboard
    return head.pos_ == "ADJ" or any(w in THING_NOUNS or w in _OWNED_THINGS or w in _COPY_HEADS for w in words)


def _occasion(c: _Candidate, d: _Doc, k: _Known) -> bool:
    """ "Since Diwali", "during Diwali": a holiday, no place, here and wherever else the document names it."""
    return c.kind != "person" and _key(c.name) in k.occasions


def _common_acronym(c: _Candidate, d: _Doc, k: _Known) -> bool:
    """ "USB" of "USB-C ports", "GPU" of "your CPU and GPU": letters the document uses as a common noun."""
    if c.end - c.start != 1 or _key(c.name) in d.speakers:
        return False
    # The closed list's letters are no place either ("AI could hit jobs" tagged a place; review s29 rev1 RA4).
    return (c.kind == "organization" and c.name in k.common) or (c.kind != "person" and c.name in COMMON_NOUN_LETTERS)


def _quoted_title(c: _Candidate, d: _Doc, k: _Known) -> bool:
    """A place's name the text calls a song or a film, where written as a title in quote marks."""
    return _key(c.name) in d.titled and _quoted(d.toks, c.start, c.end)


def _company_alone(c: _Candidate, d: _Doc, k: _Known) -> bool:
    """A name written alone without a role that the document uses as a company's elsewhere is the company's."""
    if c.kind != "organization" and c.end - c.start == 1 and not c.role and _key(c.name) in d.companies:
        c.kind = "organization"
    return False


# Words of a wire story's credit line before "by" ("Reporting by", "Editing by", "Additional reporting by", "Photo by").
_CREDITS = _words("reporting editing writing compiled photo photos photograph photography graphics video produced")


def _credited(c: _Candidate, d: _Doc, k: _Known) -> bool:
    """ "(Reporting by Nelson Banya; Editing by Sandra Maler and Mark Potter)", "Additional reporting by Jessica
    Elgot.": the people a credit line names wrote or edited the story; they are not in it. The names run from the
    credit's "by" (others listed with "and" or commas); "The report by Jane Doe, an economist, said" is no credit."""
    if c.kind != "person":
        return False
    texts, lowers = d.texts, d.lowers
    x = c.start - 1
    while x > 0 and (texts[x][:1].isupper() or texts[x] in (",", "and", "&", ".")) and lowers[x] != "by":
        x -= 1
    return x > 0 and lowers[x] == "by" and lowers[x - 1] in _CREDITS and "\n" not in d.doc[x : c.start].text


CANDIDATE_DROPS: tuple[Callable[[_Candidate, _Doc, _Known], bool], ...] = (
    _lettered_class,
    _inside_title,
    _fragment,
    _product_person,
    _priced_or_thing,
    _counted_model,
    _occasion,
    _common_acronym,
    _quoted_title,
    _company_alone,
    _credited,
)
"""The drops in the order they run."""


def _kept(d: _Doc) -> list[_Candidate]:
    """The document's candidates that no drop removes, in order."""
    k = _Known.of(d)
    out = []
    for c in d.cands:
        for drop in CANDIDATE_DROPS:
            if drop(c, d, k):
                break
        else:
            out.append(c)
    return out
