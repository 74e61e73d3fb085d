"""A person's role from the words around the name: a title before it ("Polish Defense Minister X"), an apposition
after it ("X, the US Secretary of Defense"), a title the translation moved away, "his Russian counterpart"; and
the nouns that name people ("writer", "goalkeeper")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.actors.lexicon import PERSON_NOUNS, PROFESSIONS
from extract.actors.names import (
    _MAX_ROLE_TOKENS,
    HONORIFICS,
    ROLE_LINKS,
    TITLE_WORDS,
    _is_title_word,
    _words,
    everyday_capitalised,
)
from extract.actors.tokens import _Candidate, _Sents
from extract.repair import zipf

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _phrase_ok(tok: Token, prev: Token | None, nxt: Token | None = None) -> bool:
    """Whether a token can sit inside a title phrase ("US Secretary of Defense"); ``nxt`` is the token after it."""
    if (
        tok.text == "-"
        and (tok.whitespace_ or (prev is not None and prev.whitespace_))
        and not _spaced_title_dash(prev)
    ):
        return False  # a spaced dash parts phrases ("WASHINGTON - Secretary of State X": a dateline), unlike "Vice-"
    if tok.lower_ in ROLE_LINKS or tok.tag_ == "POS":
        return True
    if _title_dot(tok):
        return True  # "Lt" + "." + "Col" + ".": the dot of a title the tokenizer split off
    if tok.lower_ == "the" and prev is not None and prev.lower_ in ROLE_LINKS:
        return True
    if tok.lower_ == "to" and prev is not None and prev.lower_ in TITLE_WORDS:
        return True  # "ambassador to Britain", "envoy to Ukraine": the title word's own "to"
    if tok.lower_ == "the" and prev is not None and prev.lower_ == "to" and prev.i > 0 and _title(prev.doc[prev.i - 1]):
        return True  # "U.S. Ambassador to the European Union Gordon Sondland"
    if (
        tok.tag_ == "CD"
        and tok.text.isdigit()
        and prev is not None
        and nxt is not None
        and prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and nxt.pos_ == "NOUN"
    ):
        return True  # "a member of the Apollo 10 crew": a number inside a name the title's noun follows
    if (
        tok.pos_ in ("ADP", "DET")
        and prev is not None
        and prev.text == "-"
        and not prev.whitespace_
        and not tok.whitespace_
    ):
        return True  # "editor-in-chief", "attorney-at-law": a word the hyphens join inside one title
    if (
        tok.pos_ == "ADP"
        and tok.is_lower
        and prev is not None
        and nxt is not None
        and prev.is_alpha
        and prev.text[:1].isupper()
        and nxt.is_alpha
        and nxt.text[:1].isupper()
    ):
        return True  # "program administrator for the Refugees in Towns Project": a name's own small word
    return tok.pos_ in ("PROPN", "NOUN", "ADJ") and not tok.is_punct and tok.text.strip() != ""


def _spaced_title_dash(prev: Token | None) -> bool:
    """ "UN Secretary - General Antonio Guterres", "WHO Director - General Tedros": a spaced dash right after a title
    word inside its line is a compound title's hyphen, as PDF and translated copy space it (review s27 rev2q MED 6);
    after any other word, or a word opening its line (a dateline's "PRESIDENT -"), it parts phrases."""
    if prev is None or not _title(prev) or prev.i == 0:
        return False
    before = prev.doc[prev.i - 1]
    return "\n" not in before.text and "\n" not in before.whitespace_


def _left_phrase(toks: Sequence[Token], end: int, floor: int) -> int:
    """Farthest start of a title-like phrase that ends just before token ``end``."""
    k = end
    while k > floor and end - k < _MAX_ROLE_TOKENS:
        tok = toks[k - 1]
        prev = toks[k - 2] if k - 2 >= floor else None
        if not _phrase_ok(tok, prev) or (tok.ent_type_ == "PERSON" and not _portfolio(tok, prev)):
            break
        k -= 1
    return k


def _portfolio(tok: Token, prev: Token | None) -> bool:
    """ "Director of Transport Luis Brandt": the object of a title's "of" that the tagger took into the person's name
    after it (``splits._split_portfolio`` cut it off the name) is the title's portfolio."""
    return (
        prev is not None and prev.lower_ in ("of", "for") and tok.head.i == prev.i and prev.head.lower_ in TITLE_WORDS
    )


def _starts_phrase(tok: Token) -> bool:
    return not (tok.lower_ in ROLE_LINKS or tok.lower_ == "the" or tok.tag_ == "POS")


# Suffixes of nouns for people ("writer", "actor", "student", "cosplayer", "chairwoman").
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "eer", "ive", "ate")


# Suffixes that make nouns for people whatever the stem ("geologist", "comedian", "defenseman", "pioneer").
_PERSON_SUFFIXES = ("ist", "ian", "man", "woman", "person", "eer")


# Nouns for people the agent-suffix rule misses: their stems are no words (a short, closed list), and the sports
# pages' words for a manager or a player ("Arsenal boss Mikel Arteta", "Bills quarterback Josh Allen").
_PERSON_HEADS = frozenset(
    """member partner administrator agent barrister fellow aide expert suspect victim witness friend peer boss
    quarterback cornerback halfback fullback rookie veteran""".split()  # noqa: SIM905
)


def _title(tok: Token) -> bool:
    """A title word, also as news abbreviates it with a dot ("Sen.", "Rep.", "Gov."; "Lt" + "." the tokenizer split)."""
    low = tok.lower_
    if low == ".":
        return _title_dot(tok)
    return low in TITLE_WORDS or (low[-1:] == "." and low[:-1] in TITLE_WORDS)


def _title_dot(tok: Token) -> bool:
    """The dot of an abbreviated title the tokenizer split off ("Lt" + "." + "Col" + "." + "Alexander Vindman"), not
    the full stop after a title that ends a sentence ("... press secretary.")."""
    if tok.text != "." or tok.i == 0 or tok.i + 1 >= len(tok.doc) or tok.is_sent_end:
        return False
    prev = tok.doc[tok.i - 1]
    return not prev.whitespace_ and prev.lower_ in TITLE_WORDS and tok.doc[tok.i + 1].text[:1].isupper()


# Nouns for who wrote a study, a role of that study only: the apposition after the name says what the person is.
_AUTHORSHIP = _words("author authors co-author coauthor")


def _says_less(toks: Sequence[Token], span: tuple[int, int], after: tuple[int, int] | None) -> bool:
    """A role before the name that the apposition ``after`` it says better: title words only ("Rep.", "Lt. Col.": "Rep.
    José Serrano (D-NY), chairman of the subcommittee"), or a phrase no title word heads when it names an authorship
    ("Senior author Dr. Silvia S. Martins, associate professor of epidemiology"; review s26 rev2q LOW 8) or the
    apposition is a job ("study leader X, a professor of ..."); not "Actor Tom Hanks, a longtime supporter of the
    charity", "Striker Marco Rossi, a father of three" (review s26 rev3q HIGH 3)."""
    if after is None:
        return False
    if all(_title(toks[k]) for k in range(*span)):
        return True
    head = _phrase_head(toks, *span)
    if _title(head):
        return False
    return head.lower_ in _AUTHORSHIP or _job(_phrase_head(toks, *after))


def _job(tok: Token) -> bool:
    """A title word or an occupation ("professor", "scientist", "spokesman"), not a relation or a stance ("father",
    "supporter")."""
    low = tok.lower_
    return _title(tok) or low in PROFESSIONS or (low.endswith("ist") and len(low) > 5)


def _is_role_head(tok: Token) -> bool:
    """A title ("Minister", "Gov.") or a singular lowercase noun for a person ("writer"), not "novel", "players",
    "scissor" or "document"; or such a noun capitalised as a title is, when it is an everyday word and no given name
    before a name word, inside a sentence ("Public Ombudsman Nadia Cruz", "Public Defender Anna Lopez"; not
    "Hunter")."""
    if _title(tok):
        return True
    if not tok.is_alpha:
        return False
    if tok.tag_ == "NN" and tok.text.islower():
        return _person_noun(tok.lower_)
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return (
        tok.tag_ == "NNP"
        and tok.text.istitle()
        and not tok.is_sent_start  # "Enter Lugg, Instacart, DoorDash": a verb opening a sentence
        and nxt is not None
        and nxt.is_alpha
        and nxt.text.istitle()  # a name word follows, not "MX Master 3 Mouse"
        and everyday_capitalised(tok.text)
        and _person_noun(tok.lower_)
    )


@lru_cache(maxsize=4096)
def _person_noun(word: str) -> bool:
    """A noun for a person by its ending: a sure suffix, or an agent suffix on a stem that is a word ("writer" of
    write, "investor" of invest, "goalkeeper" of keep); "scissor" and "document" have no such stem."""
    if word in PROFESSIONS or word in PERSON_NOUNS or word in _PERSON_HEADS:
        return True
    if word.endswith(_PERSON_SUFFIXES) and len(word) >= 6:
        return True
    for suffix in AGENT_SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        stem = word[: -len(suffix)]
        # A compound's last part is a stem too ("filmmaker" of make).
        for k in range(len(stem) - 2):
            if k and (k < 3 or zipf(stem[:k]) < 3.0):
                continue
            part = stem[k:]
            if k and zipf(word[k:]) < 3.0:
                continue  # a compound ends on a noun of its own ("keeper" of goalkeeper), not "nament"
            forms = {part, part + "e"}
            if len(part) > 3 and part[-1] == part[-2]:
                forms.add(part[:-1])  # "planner" of plan
            if any(zipf(f) >= 2.5 for f in forms):
                return True
    return False


def _phrase_head(toks: Sequence[Token], start: int, end: int) -> Token:
    """The noun a title phrase is about: the word before its first "of" ("Secretary" of Defense), else the last;
    a lowercase noun for a person after a capitalised name is the head ("Joint Council for ... campaigner")."""
    last = toks[end - 1]
    if (
        last.is_lower
        and end - start > 2
        and toks[start].text[:1].isupper()
        and toks[end - 2].text[:1].isupper()
        and _is_role_head(last)
    ):
        return last
    for k in range(start + 1, end):
        if toks[k].lower_ in ("of", "for") or (toks[k].lower_ == "to" and toks[k - 1].lower_ in TITLE_WORDS):
            return toks[k - 1]
    return toks[end - 1]


def _role_before(ent: Span, i: int, sents: _Sents) -> tuple[int, int] | None:
    """A pre-name title ("Polish Defense Minister X") or a preceding apposition ("the US Secretary of Defense, X").

    The longest phrase whose head is a title wins: "the Victory Plan of the president Volodymyr Zelensky"
    gives "president", "the US Secretary of Defense, Lloyd Austin" gives "US Secretary of Defense".
    """
    toks = sents.toks
    floor = sents.bounds(ent.start)[0]
    end = i
    comma = end - 1 >= floor and toks[end - 1].text == ","
    if comma:
        end -= 1
    if end <= floor:
        return None
    k = end
    while k > floor and (toks[k - 1].lower_ in HONORIFICS or toks[k - 1].lower_.rstrip(".") in HONORIFICS):
        k -= 1
    if k > floor and toks[k - 1].lower_ in ("of", "for", "to", "the", "a", "an"):
        # "in favor of Hillary Clinton", "worker for Mrs. Clinton", "fund-raiser for the Clinton campaign": the
        # name is the object of the phrase or modifies a noun after it, and no title.
        return None
    # "CNN's chief medical correspondent Dr. Sanjay Gupta", "the company's founder, Dr. Anna Berg": a courtesy title
    # between the title and the name is neither's part.
    if k < end and not comma and k - 1 > floor and toks[k - 1].text == ",":
        comma = True
        k -= 1
    end = k
    left = _left_phrase(toks, end, floor)
    if not comma and _title(toks[end - 1]) and toks[end - 1].text[:1].isupper():
        # "a senior adviser to President Joe Biden", "a spokesman for Governor Karen Lee": the name's own title stands
        # right before it; the phrase with "to" or "for" before that title is another person's role (review s25 r3
        # finding 1).
        links = [x for x in range(left, end) if toks[x].lower_ in ("to", "for")]
        if links:
            left = links[-1] + 1
    for start in range(left, end):
        if _starts_phrase(toks[start]) and _role_fits(ent, toks, start, end, comma, floor):
            if not comma and _clause_of_noun(ent, toks, start, end):
                return None
            return start, end
    return None


def _clause_of_noun(ent: Span, toks: Sequence[Token], start: int, end: int) -> bool:
    """ "the letter Mike wrote", "a state Trump won", "a hotelier Trump tapped": the name is the subject of a
    clause that describes the noun before it, which is then no title of the name."""
    root = ent.root
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.i < ent.end:
        nxt = toks[ent.end] if ent.end < len(toks) else None
        verb = nxt if nxt is not None and nxt.head.i == root.i else verb
    if verb is None or verb.i < ent.end or verb.dep_ not in ("relcl", "acl") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return start <= verb.head.i < end or verb.head.i == root.i


def _role_fits(ent: Span, toks: Sequence[Token], start: int, end: int, comma: bool, floor: int) -> bool:
    head = _phrase_head(toks, start, end)
    if not comma:
        return _is_role_head(head)
    # Before a comma a phrase is a role only when it is a whole title phrase the parser can link to the name.
    before = toks[start - 1] if start > floor else None
    if before is not None and before.pos_ not in ("DET", "PRON", "PUNCT", "CCONJ") and before.lower_ != "to":
        return False
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    return head.lower_ in TITLE_WORDS or (ent.root.dep_ == "appos" and ent.root.head.i == head.i)


_TITLE_JOINS = frozenset(("and", "&"))
# A bracket after a name that may stand between it and its apposition: a party and state ("(D-NY)", "(R-Texas)"), an
# age, a ticker. Longer brackets are asides of their own.
_MAX_BRACKET_TOKENS = 6


def _past_bracket(toks: Sequence[Token], j: int, stop: int) -> int:
    """The token after a short bracket that opens right at ``j`` ("Rep. José Serrano (D-NY), chairman of the
    subcommittee": the comma after "(D-NY)"), else ``j``."""
    if j >= stop or toks[j].text != "(":
        return j
    for k in range(j + 1, min(stop, j + 2 + _MAX_BRACKET_TOKENS)):
        if toks[k].text == ")":
            return k + 1 if k > j + 1 else j
        if toks[k].text in ("(", ",") or toks[k].ent_type_ == "PERSON":
            return j
    return j


def _joined_title(toks: Sequence[Token], k: int, prev: Token | None, stop: int) -> bool:
    """ "and" joining two parts of one title in an apposition ("president and chief operating officer of SpaceX",
    "the Health and Human Services secretary"): a noun, name or adjective on both sides, and no person after it."""
    if toks[k].lower_ not in _TITLE_JOINS or prev is None or k + 1 >= stop:
        return False
    nxt = toks[k + 1]
    return (
        prev.pos_ in ("NOUN", "PROPN", "ADJ")
        and nxt.pos_ in ("NOUN", "PROPN", "ADJ")
        and nxt.ent_type_ != "PERSON"
        and not nxt.is_punct
    )


def _role_after(ent: Span, j: int, sents: _Sents) -> tuple[int, int] | None:
    """A following apposition ("X, the US Secretary of Defense, said")."""
    toks = sents.toks
    stop = sents.bounds(ent.start)[1]
    j = _past_bracket(toks, j, stop)
    if j >= stop or toks[j].text != ",":
        return None
    k = j + 1
    if k < stop and toks[k].lower_ in ("the", "a", "an"):
        k += 1
    start = k
    prev = None
    while (
        k < stop
        and k - start < _MAX_ROLE_TOKENS
        and (_phrase_ok(toks[k], prev, toks[k + 1] if k + 1 < stop else None) or _joined_title(toks, k, prev, stop))
        and toks[k].ent_type_ != "PERSON"
    ):
        prev = toks[k]
        k += 1
    if k < stop and toks[k].ent_type_ == "PERSON" and toks[k - 1].text[:1].isupper() and toks[k - 1].tag_ != "POS":
        # "Susan Rice, the national security adviser to President Barack Obama": the title's "to" or "for" and the
        # next person's title after it are no part of this one's role (review s25 r3 finding 1).
        link = next((x for x in range(start + 1, k) if toks[x].lower_ in ("to", "for")), None)
        if link is None:
            # "Andrew, Queen Elizabeth II's third child": the title is the next person's, not this one's.
            return None
        k = link
    # The whole phrase, else its part before the first "and" ("senior foreign exchange trader" of "... trader and
    # strategist at Tempus Inc.": the second part's head is no title and no apposition of the name).
    joins = [x for x in range(start + 1, k) if toks[x].lower_ in _TITLE_JOINS]
    for end in [k] + joins[:1]:
        found = _apposition_title(ent, toks, start, end)
        if found is not None:
            return found
    return None


def _apposition_title(ent: Span, toks: Sequence[Token], start: int, k: int) -> tuple[int, int] | None:
    """The title phrase at [start, k) after the name's comma, trimmed of the words no title ends on, if its head is a
    title word or an apposition of the name."""
    while k > start and (
        toks[k - 1].lower_ in ROLE_LINKS
        or toks[k - 1].lower_ in _TITLE_JOINS
        or toks[k - 1].lower_ == "the"
        or (toks[k - 1].pos_ == "ADP" and toks[k - 1].is_lower)
    ):
        k -= 1
    while (
        k - start >= 2
        and toks[k - 1].text[:1].isupper()
        and toks[k - 2].is_lower
        and toks[k - 2].pos_ in ("NOUN", "ADJ")
    ):
        # "a wealthy hotelier Trump tapped as ...": a name after the lowercase noun starts another clause.
        k -= 1
    if k <= start:
        return None
    # The head is the last noun before "of" ("Secretary" in "Secretary of Defense"), or before a title's "to" ("envoy"
    # of "special envoy to Ukraine").
    head_i = next(
        (
            t.i - 1
            for t in toks[start:k]
            if t.lower_ in ("of", "for") or (t.lower_ == "to" and toks[t.i - 1].lower_ in TITLE_WORDS)
        ),
        k - 1,
    )
    head = toks[head_i]
    if head.lower_ in TITLE_WORDS or (head.dep_ == "appos" and head.head.i == ent.root.i and head.pos_ == "NOUN"):
        return start, k
    return None


def _role_displaced(ent: Span, i: int, sents: _Sents) -> tuple[int, int] | None:
    """A title that is the subject of the clause the name closes, as word-for-word translation leaves it:
    "the North Korean Foreign Minister arrived in Moscow, Choe Son-hui" -> "North Korean Foreign Minister".
    """
    toks = sents.toks
    floor = sents.bounds(ent.start)[0]
    if i - 1 <= floor or toks[i - 1].text != ",":
        return None
    for k in range(i - 2, max(floor, i - 12) - 1, -1):
        tok = toks[k]
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PRON" or tok.text in ",;:":
            return None
        if tok.lower_ in TITLE_WORDS and tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN"):
            start = _left_phrase(toks, k + 1, floor)
            while start < k and not _starts_phrase(toks[start]):
                start += 1
            if start > floor and toks[start - 1].lower_ == "the":
                return start, k + 1
            return None
    return None


def _role_text(doc: Doc, span: tuple[int, int]) -> str:
    s, e = span
    return " ".join(doc[s:e].text.split())


def _title_before(toks: Sequence[Token], k: int) -> str:
    """The title whose last word is ``toks[k]``: the capitalised nouns before it the parser hangs on it ("Vice" of
    "Vice President"), up to two; not an adjective ("Former President Obama")."""
    start = k
    while (
        start > 0
        and k - start < 2
        and toks[start - 1].is_title
        and toks[start - 1].pos_ in ("PROPN", "NOUN")
        and toks[start - 1].dep_ == "compound"
        and start <= toks[start - 1].head.i <= k
        # A rank the tagger put in a person's entity is still the title's ("Det" of "Det Supt Smith").
        and (not toks[start - 1].ent_type_ or _is_title_word(toks[start - 1]))
    ):
        start -= 1
    return " ".join(t.text for t in toks[start : k + 1])


def _linked_title(toks: Sequence[Token], i: int, j: int) -> bool:
    """An organisation named after an office: its last title word is the object of its "of" ("Office of Inspector
    General", "Office of the Surgeon General"), not a title before whoever follows ("House of Representatives
    Speaker Nancy Pelosi", where the parser hangs "Speaker" on Pelosi)."""
    last = toks[j - 1]
    return last.dep_ == "pobj" and last.head.lower_ == "of" and i <= last.head.i < j - 1


# Nouns that say how a person relates to another ("his Russian counterpart"), not what the person is.
RELATIONAL = _words("counterpart colleague equivalent predecessor successor")


def _relational_roles(doc: Doc, toks: Sequence[Token], cands: Sequence[_Candidate]) -> None:
    """ "X met his Russian counterpart, Y": Y holds X's title for another country ("Russian Foreign Minister");
    when the story gives X no title the relation says nothing of Y's role."""
    for n, c in enumerate(cands):
        if c.kind != "person" or not c.role_span:
            continue
        s, e = c.role_span
        head = _phrase_head(toks, s, e)
        if head.lower_ not in RELATIONAL:
            continue
        owner = _relation_owner(toks, cands, n, s)
        span = _title_of(toks, cands, owner) if owner is not None else None
        base = _without_origin(doc, toks, span) if span else ""
        mods = [t.text for t in toks[s : head.i] if t.lower_ not in ("the", "a", "an")]
        c.role = " ".join([*mods, base]) if base else None


def _relation_owner(toks: Sequence[Token], cands: Sequence[_Candidate], n: int, start: int) -> _Candidate | None:
    """Whose counterpart: the name before "'s", else the nearest person before (for "his", "her")."""
    before = toks[start - 1] if start else None
    if before is not None and before.tag_ == "POS":
        return next((c for c in cands[:n] if c.end == before.i and c.kind == "person"), None)
    floor = max(0, start - 80)
    for c in reversed(cands[:n]):
        if c.start < floor:
            break
        if c.kind == "person":
            return c
    return None


def _title_of(toks: Sequence[Token], cands: Sequence[_Candidate], owner: _Candidate) -> tuple[int, int] | None:
    """The owner's title here, else one the document gives the same surname elsewhere."""
    spans = [owner.role_span] if owner.role_span else []
    surname = owner.name.rsplit(" ", 1)[-1]
    spans += [c.role_span for c in cands if c.role_span and c.kind == "person" and c.name.endswith(surname)]
    return next((sp for sp in spans if _phrase_head(toks, *sp).lower_ not in RELATIONAL), None)


def _without_origin(doc: Doc, toks: Sequence[Token], span: tuple[int, int]) -> str:
    """A title without the country it serves ("Foreign Minister" of "the North Korean Foreign Minister")."""
    s, e = span
    while s < e - 1 and (
        toks[s].lower_ in ("the", "a", "an")
        or toks[s].tag_ == "POS"
        or toks[s].ent_type_ in ("NORP", "GPE")
        or (toks[s].pos_ == "ADJ" and toks[s].text[:1].isupper())
    ):
        s += 1
    return _role_text(doc, (s, e))
