"""Organisations spaCy did not tag ("The Deseret News observed", "Facebook co-founder Mark Zuckerberg"), names
restated in parentheses ("Union of Rationalist Atheists and Agnostics (UAAR)") and names that end on "'s"
("McDonald's said")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.actors.filters import _valid_name
from extract.actors.lexicon import _TITLE_MODIFIERS, ORG_HEADS
from extract.actors.names import TITLE_WORDS, _is_acronym, _key, everyday_capitalised, place_rank
from extract.actors.tokens import _Candidate, _Sents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _untagged_organisations(
    doc: Doc, ents: Sequence[Span], cands: Sequence[_Candidate], sents: _Sents
) -> list[_Candidate]:
    """Runs of capitalised proper nouns the tagger left out that end on an organisation noun ("The Deseret News
    observed")."""
    toks, texts = sents.toks, sents.texts
    heads = [
        i
        for i, low in enumerate(sents.lowers)
        if low in ORG_HEADS and texts[i][:1].isupper() and toks[i].tag_ in ("NNP", "NNPS")
    ]
    if not heads:
        return []
    covered = {k for e in ents for k in range(e.start, e.end)} | {k for c in cands for k in range(c.start, c.end)}
    out: list[_Candidate] = []
    for h in heads:
        if h in covered:
            continue
        floor = sents.bounds(h)[0]
        k = h
        while (
            k > floor
            and toks[k - 1].tag_ in ("NNP", "NNPS")
            and toks[k - 1].is_alpha
            and toks[k - 1].text[:1].isupper()
            and not toks[k - 1].is_stop
            and k - 1 not in covered
        ):
            k -= 1
        if k == h or (k == floor and not (k > 0 and toks[k - 1].lower_ == "the")):
            # One word ("News") or a capitalised sentence opening ("Police Department said") is no evidence.
            continue
        if k == floor + 1 and toks[floor].lower_ != "the":
            continue
        name = doc[k : h + 1].text
        if _valid_name(name, "organization") and not place_rank(name):
            out.append(_Candidate("ORG", k, h + 1, "organization", name, None, None))
    return out


def _named_by_org_noun(doc: Doc, ents: Sequence[Span], cands: Sequence[_Candidate], sents: _Sents) -> list[_Candidate]:
    """Names the tagger left out right after a lowercase organisation noun that they restate ("US team Cloud9 and
    Immortals, from Brazil", "the startup Acme"), and the names coordinated with them (see kinds._after_org_noun:
    not the subject of a clause, "the company Smith founded")."""
    from extract.actors.kinds import _after_org_noun
    from extract.actors.lexicon import ORG_NOUNS

    toks, texts = sents.toks, sents.texts
    # Not the end of a hyphenated adjective ("the old-school Mac Pro").
    nouns = [
        k
        for k, low in enumerate(sents.lowers)
        if low in ORG_NOUNS and toks[k].is_lower and not (k > 0 and texts[k - 1] == "-")
    ]
    if not nouns:
        return []
    covered = {k for e in ents for k in range(e.start, e.end)} | {k for c in cands for k in range(c.start, c.end)}

    def name_word(k: int) -> bool:
        t = toks[k]
        return (
            k not in covered
            and t.pos_ in ("PROPN", "NOUN")  # "Cloud9" is tagged a common noun
            and texts[k][:1].isupper()
            and texts[k].isalnum()
            and sents.lowers[k] not in TITLE_WORDS
        )

    out: list[_Candidate] = []
    for noun in nouns:
        i = j = noun + 1
        while j < len(toks) and j - i < 4 and name_word(j):
            j += 1
        if j == i or not _after_org_noun(toks, i, j):
            continue
        spans = [(i, j)] + [(c.i, c.i + 1) for c in toks[j - 1].conjuncts if c.i >= j and name_word(c.i)]
        for a, b in spans:
            name = doc[a:b].text
            if _valid_name(name, "organization") and not place_rank(name):
                out.append(_Candidate("ORG", a, b, "organization", name, None, None))
                covered.update(range(a, b))
    return out


def _employers(doc: Doc, toks: Sequence[Token], cands: Sequence[_Candidate]) -> list[_Candidate]:
    """Untagged organisations that open a person's title ("Facebook co-founder Mark Zuckerberg")."""
    covered = {k for c in cands for k in range(c.start, c.end)}
    out: list[_Candidate] = []
    lower: set[str] | None = None
    for c in cands:
        if c.kind != "person" or not c.role_span or c.role_span[1] != c.start:
            continue
        s, e = c.role_span
        if toks[s].lower_ == "the":
            s += 1
        k = s
        while (
            k < e - 1
            and toks[k].tag_ in ("NNP", "NNPS")
            and toks[k].text[:1].isupper()
            and toks[k].lower_ not in TITLE_WORDS
            and not (toks[k].ent_type_ or toks[k].is_stop or k in covered)
        ):
            k += 1
        if k == s or not (toks[k].lower_ in TITLE_WORDS or (toks[k].is_lower and toks[k].pos_ == "NOUN")):
            continue
        name = doc[s:k].text
        if (
            any(t.lower_ in _TITLE_MODIFIERS for t in toks[s:k])
            or place_rank(name)
            or not _valid_name(name, "organization")
            or _portfolio(toks, s, k)
        ):
            continue
        if lower is None:
            lower = {t.text for t in toks if t.is_lower}
        if any(t.lower_ in lower for t in toks[s:k]):
            # The story writes the word in lowercase elsewhere ("Online Leader"): a heading word, not a name.
            continue
        out.append(_Candidate("EMPLOYER", s, k, "organization", name, None, None))
    return out


# Offices of a government whose holder's title names a portfolio before them ("Home Affairs Minister").
_CABINET_TITLES = frozenset(("minister", "secretary"))


def _portfolio(toks: Sequence[Token], s: int, k: int) -> bool:
    """ "Home Affairs Minister Amit Shah", "Union Civil Aviation Minister K. Rammohan Naidu": everyday words before a
    capitalised "Minister" or "Secretary" name the office's portfolio, no employer (probe s27 actors class 6); a
    company's or a place's name before it is not everyday words ("Maharashtra Chief Minister")."""
    return (
        toks[k].lower_ in _CABINET_TITLES
        and toks[k].text[:1].isupper()
        and all(everyday_capitalised(t.text) for t in toks[s:k])
    )


def _abbreviates(acronym: str, name: str) -> bool:
    """The acronym's letters are initials of the name's words, in any order ("UAAR" for "Unione degli Atei e
    Agnostici Razionalisti" translated); "(AP)" after a dateline "LOS ANGELES" is no abbreviation."""
    initials = Counter(w[0] for w in _key(name).replace("-", " ").split())
    letters = Counter(c for c in acronym.lower() if c.isalnum())
    return acronym[:1].lower() in initials and not letters - initials


def _parenthesised(toks: Sequence[Token], cands: Sequence[_Candidate]) -> dict[int, str]:
    """Names restated in parentheses right after them: "Union of Rationalist Atheists and Agnostics (UAAR)",
    "CEI (Italian Episcopal Conference)"; maps each of the pair to the other's name."""
    out: dict[int, str] = {}
    # A name inside another is skipped: "Meta Platforms (META)" holds the gazetteer's "Meta" between the pair.
    top: list[int] = []
    reach = -1
    for n, c in enumerate(cands):
        if c.end > reach:
            top.append(n)
            reach = c.end
    # An acronym in parentheses after two different names is a code of something else ("Bayern Munich (GER)",
    # "Borussia Dortmund (GER)": a country's in a draw; review s28 rev1 A2).
    after: dict[str, set[str]] = {}
    for n, m in zip(top, top[1:], strict=False):
        a, b = cands[n], cands[m]
        if a.end + 1 == b.start and toks[a.end].text == "(":
            after.setdefault(b.name, set()).add(_key(a.name))
    for n, m in zip(top, top[1:], strict=False):
        a, b = cands[n], cands[m]
        if a.end + 1 != b.start or toks[a.end].text != "(" or (b.end < len(toks) and toks[b.end].text != ")"):
            continue
        if a.kind in ("person", "group") or b.kind in ("person", "group"):
            continue
        short, long = (b, a) if _is_acronym(b.name) else (a, b)
        if not _is_acronym(short.name) or _is_acronym(long.name):
            continue
        foreign = _foreign_acronym(short, long) and len(after.get(short.name, ())) < 2
        if _abbreviates(short.name, long.name) or foreign:
            out[n], out[m] = b.name, a.name
    for n, m in zip(top, top[1:], strict=False):
        a, b = cands[n], cands[m]
        if a.kind == "person" and b.end - b.start <= 5 and _known_as(toks, a.end, b.start):
            # "Shaquille O'Neal, known as Shaq,", "Changpeng Zhao, known as CZ,": the person's other name.
            out[n], out[m] = b.name, a.name
            b.kind = "person"
    return out


# What sets a person's other name after the name ("Andres Manuel Lopez Obrador, known as AMLO").
_KNOWN_AS = (
    ("known", "as"),
    ("also", "known", "as"),
    ("better", "known", "as"),
    ("formerly", "known", "as"),
    ("previously", "known", "as"),
    ("popularly", "known", "as"),
    ("aka",),
    ("a.k.a.",),
    ("nicknamed",),
    ("dubbed",),
)


def _known_as(toks: Sequence[Token], end: int, start: int) -> bool:
    """The words between a name's end and the next name are ", known as" (or "(also known as", "better known as",
    "aka")."""
    between = [t.lower_ for t in toks[end:start]]
    if not between or between[0] not in (",", "("):
        return False
    return tuple(between[1:]) in _KNOWN_AS


def _foreign_acronym(short: _Candidate, long: _Candidate) -> bool:
    """An organisation of several words with its acronym of three letters or more in parentheses after it, whose
    letters are its name's in another language: "Party for Freedom (PVV)" (Partij voor de Vrijheid), "Doctors Without
    Borders (MSF)", "Kurdistan Workers' Party (PKK)". Two letters stand for too much to be taken without the initials;
    a place before an agency's code is a dateline ("LOS ANGELES (AP)")."""
    letters = short.name.replace(".", "")
    return (
        short.start > long.start
        and short.kind == long.kind == "organization"
        and long.end - long.start >= 2
        and len(letters) >= 3
        and letters.isalpha()
    )


_S_ENDINGS = frozenset(("'s", "\u2019s"))
# Where a name is written after a preposition as a place one goes to ("at Macy's", "from Lowe's"); not "for", after
# which a possessive may stand for what it owns ("a win for Trump's team and for Sanders's").
_SHOP_PREPOSITIONS = frozenset(("at", "from", "in", "inside", "outside"))


def _names_with_s(toks: Sequence[Token], cands: Sequence[_Candidate], full_surnames: set[str]) -> None:
    """A name the document always writes with "'s" is a name that ends so ("McDonald's", "Lowe's", "Macy's",
    "Kohl's"), when the "'s" is once no possessive: the name is a clause's subject ("McDonald's said on Monday",
    "Lowe's reports earnings Wednesday") or where one shops ("Shoppers at Macy's"). Such a name is an organisation's
    (the tagger calls some a person: "Kohl's", "Domino's") unless it is a place's ("St. John's"). Not a person the
    document names in full ("Bernie Sanders ... for Sanders's") nor a name written once without it ("Trump ...
    Trump's lawyers")."""
    groups: dict[str, list[_Candidate]] = {}
    for c in cands:
        groups.setdefault(_key(c.name), []).append(c)
    for key, group in groups.items():
        if key in full_surnames or key.endswith(("'s", "s'")):
            continue
        if not all(c.cut == 0 and c.end < len(toks) and toks[c.end].text in _S_ENDINGS for c in group):
            continue
        if not any(_not_possessive(toks, c) for c in group) or _written_without(toks, group[0]):
            continue
        for c in group:
            c.name += toks[c.end].text.replace("\u2019", "'")
            c.end += 1
            if c.kind != "place":
                c.kind = "organization"


def _written_without(toks: Sequence[Token], c: _Candidate) -> bool:
    """The name's last word is written somewhere without "'s" after it (an untagged "Trump spoke" beside "Trump's
    was the loudest voice")."""
    last = toks[c.end - 1].text
    return any(t.text == last and (t.i + 1 >= len(toks) or toks[t.i + 1].text not in _S_ENDINGS) for t in toks)


def _not_possessive(toks: Sequence[Token], c: _Candidate) -> bool:
    """The name before "'s" is a clause's subject or the object of a preposition of a place, no possessive, or a stock
    ticker follows the "'s" ("Lowe's (LOW) stock": a ticker follows a company's name)."""
    tok = toks[c.end - 1]
    if tok.dep_ == "pobj" and tok.head.lower_ in _SHOP_PREPOSITIONS:
        return True
    # A subject whose "'s" is a case marker and whose verb is finite or has a finite auxiliary of its own ("McDonald's
    # said", "McDonald's will open", "Macy's also said", "Kellogg's has cut"); not an "'s" of "is" or "has" ("Apple's
    # been slow", where the 's is the auxiliary; "Germany's now at risk", "Netflix's expected to": review s24 r2
    # finding 5, r3 F1).
    if tok.dep_ in ("nsubj", "nsubjpass") and toks[c.end].dep_ == "case":
        verb = tok.head
        finite = ("VBZ", "VBD", "VBP", "MD")
        # The verb after the name, with no subject of its own ("Germany's now at risk ..., economists said").
        alone = verb.i > tok.i and not any(ch.dep_ in ("nsubj", "nsubjpass") and ch.i != tok.i for ch in verb.children)
        if alone and (
            verb.tag_ in finite
            or any(a.dep_ in ("aux", "auxpass") and a.tag_ in finite and a.i != c.end for a in verb.children)
        ):
            return True
    k = c.end + 1
    return (
        k + 2 < len(toks)
        and toks[k].text == "("
        and toks[k + 2].text == ")"
        and 1 <= len(toks[k + 1].text) <= 5
        and toks[k + 1].text.isalpha()
        and toks[k + 1].text.isupper()
    )
