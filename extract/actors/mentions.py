"""Mentions of named actors in one parsed document: entities cleaned, split and joined, kinds and roles."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.actors.names import (
    _MAX_ROLE_TOKENS,
    AGENCY_ACRONYMS,
    CAPTION_WORDS,
    DESIGNATORS,
    GAZETTEER_LABELS,
    HONORIFICS,
    LABEL_KINDS,
    NAME_LINKS,
    NAME_SUFFIXES,
    NAMED_COMPANY,
    PARTICLES,
    ROLE_LINKS,
    THING_USE,
    TITLE_WORDS,
    _is_acronym,
    _is_title_word,
    _key,
    _tokens,
    _words,
    clean_name,
    common_given_name,
    country_code,
    is_region,
    is_town,
    legal_forms,
    place_first_words,
    place_rank,
    us_state_codes,
)
from extract.records import Mention
from extract.repair import DERIVATIONAL, FUNCTION_WORDS, IRREGULAR_PAST, NAME_ENDINGS, zipf

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from extract.repair import Repaired

# ---------------------------------------------------------------------------------------------- mentions


def _trim(ent: Span, sents: _Sents) -> tuple[int, int, list[Token]]:
    """Token range of the name inside an entity, plus leading title tokens that were cut off."""
    toks, texts, lowers = sents.toks, sents.texts, sents.lowers
    i, j = ent.start, ent.end
    # A name never spans a line break, an opening parenthesis or a colon ("First Drive: Welcome").
    for k in range(i, j):
        if ("\n" in texts[k] or texts[k] in ("(", ":")) and any(t.is_alpha for t in toks[i:k]):
            j = k
            break
    # "American Music Awards after Swift scolded ...": a lowercase subordinator ("after", "while", "since") opens
    # a clause, which no name holds, and a lowercase verb ("Garrett hit Rudolph") is one; the name ends before it.
    for k in range(i + 1, j):
        if (
            toks[k].is_lower
            and lowers[k] not in NAME_LINKS
            and (toks[k].dep_ == "mark" or toks[k].pos_ in ("VERB", "AUX"))
        ):
            j = k
            break
    # Title-case headings: "Stadia Is Essentially A Beta Version" holds a capitalised auxiliary, and in "What Does
    # Stadia Offer?" the word after the subject of the inverted question is its verb.
    for k in range(i + 1, j):
        if lowers[k] in _AUXILIARIES and toks[k].tag_ in _FINITE and texts[k][:1].isupper():
            j = k
            break
    if (
        j - i >= 2
        and i > 0
        and lowers[i - 1] in _AUXILIARIES
        and toks[i - 1].tag_ in _FINITE
        and texts[i - 1][:1].isupper()
        and j < len(toks)
        and texts[j] == "?"
        and lowers[j - 1] not in ORG_HEADS
        and lowers[j - 1] not in DESIGNATORS
        and zipf(lowers[j - 1]) >= 3.5
        # "What Does Stadia Offer?": a bare verb after do or a modal; after "Is"/"Has" only a participle ("Is Gavin
        # Newsom Running?"), since "Who Is Jack Smith?" asks who a person is.
        and (lowers[i - 1] in _BARE_VERB_AUXILIARIES or lowers[j - 1].endswith(("ing", "ed")))
    ):
        j -= 1
    if j - i >= 2 and _question_modal(i, j, sents):
        i += 1
    # "Rathbun the Scientology": a lowercase "the" inside a name only follows a linking word.
    for k in range(i + 1, j):
        if texts[k] == "the" and lowers[k - 1] not in _LINKS_BEFORE_THE:
            j = k
            break
    titles: list[Token] = []
    # Articles, courtesy titles and lowercase modifiers ("older MacBook Pro") are not part of a name.
    while i < j - 1 and (
        lowers[i] in HONORIFICS
        or _style_word(texts, i)
        or texts[i] in "\"'"
        or toks[i].pos_ in ("DET", "PUNCT")
        or (
            toks[i].is_lower
            and toks[i].is_alpha
            and lowers[i] not in PARTICLES
            and texts[i + 1] != "-"
            and any(not t.is_lower for t in toks[i + 1 : j] if t.is_alpha)
        )
        or _opening_adjective(i, j, ent.label_, sents)
    ):
        i += 1
    if ent.label_ == "PERSON":
        for k in range(i, j - 2):
            # Name words after it, not counting a generational suffix ("EJ Dionne Jr" keeps its initials).
            rest = [t for t in toks[k + 1 : j] if t.lower_.rstrip(".") not in NAME_SUFFIXES and t.text != "."]
            if (
                _abbreviated_title(texts[k])
                and lowers[k] not in TITLE_WORDS
                and len(rest) >= 2
                and all(t.is_alpha and t.is_title for t in rest)
            ):
                # "Browns DL Sheldon Richardson", "DL Myles Garrett": a team and a position's abbreviation before a
                # full name ("CEO" stays for the title loop below; "TJ Watt" has one word after it).
                i = k + 1
                break
        if j - i >= 2 and all(_is_title_word(toks[k]) or texts[k] == "." for k in range(i, j)):
            # "Lt Col" before "Alexander Vindman": titles only, no name ("King", "Dean", "Prince" alone are names).
            return i, i, []
        if j - i == 1 and _pronoun_surname(toks, i):
            i -= 1
        while i < j - 1 and _gerund(toks[i]):
            # "Hosting Cook at Dreamforce": a gerund opening the sentence is no given name.
            i += 1
        while i < j - 1 and lowers[i] in TITLE_WORDS and texts[i][:1].isupper():
            titles.append(toks[i])
            i += 1
    while j > i and (
        texts[j - 1] in ("'s", "\u2019s", "'", "\u2019")
        or _style_word(texts, j - 1)
        or (texts[j - 1] == "." and j - 2 > i and _style_word(texts, j - 2))
        or lowers[j - 1] in CAPTION_WORDS
        or texts[j - 1].isdigit()
        or toks[j - 1].tag_ == "POS"
        or (toks[j - 1].is_punct and texts[j - 1] not in (".",))
        # "Office for the Western District of": a name does not end on a linking word, though a hyphenated
        # given name may end on one ("Hau Lung-bin").
        or (
            toks[j - 1].is_lower
            and lowers[j - 1] in _LINKS_NOT_LAST
            and not (j - 2 > i and texts[j - 2] == "-" and not toks[j - 2].whitespace_)
        )
        # "Minnesota Vikings - while": a dash between spaces ends a name.
        or (
            toks[j - 1].is_lower and j - 2 > i and texts[j - 2] in ("-", "\u2013", "\u2014") and toks[j - 2].whitespace_
        )
    ):
        j -= 1
    return i, j, titles


# Auxiliaries that open an inverted question or join a heading's subject to the rest; finite tags only, so that a
# name ("Will Smith", "Theresa May", "Can Yaman") is none.
_AUXILIARIES = _words("is are was were does do did has have had will can could should would")
_BARE_VERB_AUXILIARIES = _words("does do did will can could should would")
_FINITE = frozenset(("VBZ", "VBP", "VBD", "MD"))


def _opening_adjective(i: int, j: int, label: str, sents: _Sents) -> bool:
    """ "Recent Samsung smart TVs", "Older Apple phones": an everyday adjective opening the sentence, capitalised
    only there, that modifies the common noun after a name modifying it too; the tagger tags the adjectives of names
    as proper nouns ("Big Machine", "General Motors"), and a name that heads its phrase keeps its first word ("Live
    Nation is producing the tour", "Groupe LAPS"). Adjectives of titles ("Former", "Acting") stay for the role."""
    tok, last = sents.toks[i], sents.toks[j - 1]
    return (
        tok.tag_ in ("JJ", "JJR", "JJS")
        and sents.texts[i].istitle()
        and sents.is_start(i)
        and sents.lowers[i] not in _TITLE_MODIFIERS
        and tok.head.i >= j
        and last.head.i >= j
        and last.head.pos_ == "NOUN"
        and sents.texts[i + 1][:1].isupper()
        and zipf(sents.lowers[i]) >= _EVERYDAY_ADJECTIVE
        and _used_alone(i + 1, label, sents)
    )


def _used_alone(k: int, label: str, sents: _Sents) -> bool:
    """The word at ``k`` is written elsewhere in the text after a word that is not capitalised ("a Samsung TV",
    "Samsung said" after a period): a name of its own, not the end of a longer one ("Royal Caribbean", "Pink
    Floyd")."""
    word, texts = sents.texts[k], sents.texts
    toks = sents.toks
    return any(
        n != k
        and (n == 0 or not texts[n - 1][:1].isupper() or sents.is_start(n))
        # "the Caribbean" (a place) is not the rest of "Royal Caribbean" written alone; "European" is of "Regular
        # European pricing" (both nationalities).
        and (toks[n].ent_type_ == label or toks[n].ent_type_ not in ("GPE", "LOC", "FAC", "NORP"))
        for n, text in enumerate(texts)
        if text == word
    )


_EVERYDAY_ADJECTIVE = 4.0


def _question_modal(i: int, j: int, sents: _Sents) -> bool:
    """ "Will Warren continue to face the heat, or will Buttigieg rise?": a modal the parser reads as one ("Will",
    "Can", "Should"), opening a question before a bare verb, is the question's, not a given name's ("Will Smith
    starred in ...", "Will Smith said" keep theirs), unless the story writes that full name again elsewhere and no
    other person of that surname."""
    toks, texts = sents.toks, sents.texts
    if toks[i].tag_ != "MD" or not texts[i].istitle() or sents.lowers[i] not in _BARE_VERB_AUXILIARIES:
        return False
    if j >= len(toks) or toks[j].tag_ != "VB" or not sents.is_start(i):
        return False
    stop = sents.bounds(i)[1]
    end = next((k for k in range(stop - 1, i, -1) if not toks[k].is_space and texts[k] not in ('"', "\u201d")), i)
    if texts[end] != "?":
        return False
    # "Will" is a given name only when the story writes the full name again outside the question ("Will Forte host
    # Saturday Night Live again? ... Will Forte said") and names no one else with that surname ("Elizabeth Warren"):
    # news names a person in full in its body, and a headline's "Will Trump win ...? Trump said" is the modal's
    # (review s17 round 3 HIGH-2).
    surname = texts[j - 1]
    full_again = any(
        text == surname and n - 1 != i and texts[n - 1] == texts[i] for n, text in enumerate(texts) if n > 0
    )
    return not full_again or any(
        text == surname
        and n - 1 != i
        and texts[n - 1][:1].isupper()
        and toks[n - 1].tag_ == "NNP"
        and texts[n - 1] != texts[i]
        for n, text in enumerate(texts)
        if n > 0
    )


def _style_word(texts: Sequence[str], k: int) -> bool:
    """A word of the style "Rt. Hon." or "Rt Hon" (Right Honourable) before a parliamentarian's name, which the
    tagger glues to the name before it ("the House of Representatives Rt. Hon. B. U. Nzeribe"); "Hon Hai" is a name."""
    if texts[k] == "Rt":
        return True
    return texts[k] == "Hon" and ((k + 1 < len(texts) and texts[k + 1] == ".") or (k > 0 and texts[k - 1] == "Rt"))


def _after_style(i: int, texts: Sequence[str]) -> bool:
    """Whether "Rt Hon" or "Rt. Hon." comes right before token ``i``."""
    k = i - 1 - (i > 0 and texts[i - 1] == ".")
    return k > 0 and texts[k] == "Hon" and _style_word(texts, k)


def _abbreviated_title(text: str) -> bool:
    """Two or three capitals, no roman numeral: a position or a title written short ("DL", "QB", "CEO")."""
    return 2 <= len(text) <= 3 and text.isalpha() and text.isupper() and not _ROMAN.fullmatch(text)


def _pronoun_surname(toks: Sequence[Token], i: int) -> bool:
    """A capitalised pronoun right before a lone given name is a surname ("He Jianxiong, the former director").

    English puts no bare name straight after a subject pronoun, and a given name no English word shares
    (wordfreq) cannot be a verb or an adverb after it; "He" and "Yu" are common Chinese surnames.
    """
    if i == 0:
        return False
    prev, tok = toks[i - 1], toks[i]
    return (
        # The tagger calls "He" before a name NNP at times.
        (prev.tag_ == "PRP" or prev.lower_ in ("he", "she"))
        and prev.text not in ("I", "It")
        and prev.text[:1].isupper()
        and prev.text[1:].islower()
        and bool(prev.whitespace_)
        and tok.is_title
        and tok.is_alpha
        and zipf(tok.lower_) < 3.0
    )


# Words after which a lowercase "the" may sit inside a name, and words no name ends on.
_LINKS_BEFORE_THE = NAME_LINKS | {"and", "to", "at"}
_LINKS_NOT_LAST = NAME_LINKS | {"and", "the", "&"}


def _gerund(tok: Token) -> bool:
    """A verb in -ing opening its sentence ("Hosting Cook at ..."): its stem is a common word, unlike "Sterling"."""
    low = tok.lower_
    return (
        tok.is_sent_start is True
        and len(low) >= 6
        and low.endswith("ing")
        and max(zipf(low[:-3]), zipf(low[:-3] + "e")) >= 3.5
    )


def _phrase_ok(tok: Token, prev: Token | None) -> bool:
    """Whether a token can sit inside a title phrase ("US Secretary of Defense")."""
    if tok.lower_ in ROLE_LINKS or tok.tag_ == "POS":
        return True
    if tok.lower_ == "the" and prev is not None and prev.lower_ in ROLE_LINKS:
        return True
    return tok.pos_ in ("PROPN", "NOUN", "ADJ") and not tok.is_punct and tok.text.strip() != ""


def _left_phrase(toks: Sequence[Token], end: int, floor: int) -> int:
    """Farthest start of a title-like phrase that ends just before token ``end``."""
    k = end
    while k > floor and end - k < _MAX_ROLE_TOKENS:
        tok = toks[k - 1]
        if not _phrase_ok(tok, toks[k - 2] if k - 2 >= floor else None) or tok.ent_type_ == "PERSON":
            break
        k -= 1
    return k


def _starts_phrase(tok: Token) -> bool:
    return not (tok.lower_ in ROLE_LINKS or tok.lower_ == "the" or tok.tag_ == "POS")


# Suffixes of nouns for people ("writer", "actor", "student", "cosplayer", "chairwoman").
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "eer", "ive", "ate")


# Suffixes that make nouns for people whatever the stem ("geologist", "comedian", "defenseman", "pioneer").
_PERSON_SUFFIXES = ("ist", "ian", "man", "woman", "person", "eer")
# Nouns for people the agent-suffix rule misses: their stems are no words (a short, closed list).
_PERSON_HEADS = frozenset(
    "member partner administrator agent barrister fellow aide expert suspect victim witness friend peer".split()  # noqa: SIM905
)


def _is_role_head(tok: Token) -> bool:
    """A title ("Minister") or a singular lowercase noun for a person ("writer"), not "novel", "players",
    "scissor" or "document"."""
    if tok.lower_ in TITLE_WORDS:
        return True
    return tok.tag_ == "NN" and tok.text.islower() and tok.is_alpha and _person_noun(tok.lower_)


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
        if toks[k].lower_ in ("of", "for"):
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
    if k > floor and toks[k - 1].lower_ in ("of", "for", "the", "a", "an"):
        # "in favor of Hillary Clinton", "worker for Mrs. Clinton", "fund-raiser for the Clinton campaign": the
        # name is the object of the phrase or modifies a noun after it, and no title.
        return None
    for start in range(_left_phrase(toks, end, floor), end):
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


def _role_after(ent: Span, j: int, sents: _Sents) -> tuple[int, int] | None:
    """A following apposition ("X, the US Secretary of Defense, said")."""
    toks = sents.toks
    stop = sents.bounds(ent.start)[1]
    if j >= stop or toks[j].text != ",":
        return None
    k = j + 1
    if k < stop and toks[k].lower_ in ("the", "a", "an"):
        k += 1
    start = k
    prev = None
    while k < stop and k - start < _MAX_ROLE_TOKENS and _phrase_ok(toks[k], prev) and toks[k].ent_type_ != "PERSON":
        prev = toks[k]
        k += 1
    if k < stop and toks[k].ent_type_ == "PERSON" and toks[k - 1].text[:1].isupper() and toks[k - 1].tag_ != "POS":
        # "Andrew, Queen Elizabeth II's third child": the title is the next person's, not this one's.
        return None
    while k > start and (toks[k - 1].lower_ in ROLE_LINKS or toks[k - 1].lower_ == "the"):
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
    # The head is the last noun before "of" ("Secretary" in "Secretary of Defense").
    head_i = next((t.i - 1 for t in toks[start:k] if t.lower_ in ("of", "for")), k - 1)
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


@lru_cache(maxsize=8192)
def _valid_name(name: str, kind: str) -> bool:
    """Whether a cleaned entity can name an actor: capitalised, not a handle, fragment or version number (memoised:
    a story names the same actors again and again)."""
    if len(name) < 2 or not any(c.isupper() for c in name) or name[0] in "@#" or name.endswith("-"):
        return False
    parts = [w for w in name.replace("-", " ").split() if w.isalpha()]
    if len(parts) > 1 and name.isupper() and all(zipf(w.lower()) >= 3.0 for w in parts) and not place_rank(name):
        # Section headings in capitals ("UP NEXT", "TIP-INS"), not names.
        return False
    if "/" in name or "|" in name:
        return False
    if name in _time_zones():
        # "15:11 GMT": a time zone, which spaCy tags ORG.
        return False
    if kind == "organization" and _section_label(name):
        return False
    if name[0].islower() and len(name) <= 3:
        # Units and symbols ("kW", "mAh"), not names.
        return False
    if name.lower() in PARTICLES:
        # "Von" alone is what is left of "Von der Leyen" after a bad split.
        return False
    if not name.isupper() and (key := _key(name)) in DESIGNATORS and key in legal_forms():
        # "Inc." alone is what is left of "Dräger, Inc." after a split at the comma: a legal form names nobody (in
        # capitals it may be an acronym: "SNC" of "Sierra Nevada Corporation", "S.C.", "AG"; and cleanco's forms of
        # other countries are names too: "Sal", "Sia", "Ong", "Teo").
        return False
    if kind != "organization" and any(_mixed(w) for w in name.split()):
        # "IE6", "Windows XP2": people and places are not named with digits glued to letters.
        return False
    return any(c.isalpha() for c in name)


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    """Time-zone abbreviations from the system time-zone database ("GMT", "UTC", "EST"), not country codes."""
    import zoneinfo

    return frozenset(
        z for z in zoneinfo.available_timezones() if len(z) == 3 and z.isupper() and (z[-1] == "T" or z[:2] == "UT")
    )


def _section_label(name: str) -> bool:
    """ "Lifestyle-Religion": a page's section path, everyday words joined by a hyphen, not a name."""
    parts = name.split("-")
    return (
        len(parts) > 1
        and " " not in name
        and all(p.istitle() and p.isalpha() and zipf(p.lower()) >= 4.0 and not place_rank(p) for p in parts)
    )


def _recase(name: str, kind: str) -> str:
    """Usual casing for a lowercase name ("donald trump", "kyiv") when it can only be a name; else unchanged.

    spaCy tags lowercase names in machine-translated text; a lowercase "name" made of everyday words
    ("vehicle miles") is a tagging error, so each word must be rarer than the commonest English words.
    """
    words = name.split()
    if not all(w.isalpha() for w in words):
        return name
    if kind == "place" and place_rank(name) < 2:
        return name
    if kind == "person" and (len(words) < 2 or any(zipf(w) >= 5.0 for w in words)):
        return name
    if kind == "organization":
        return name
    return " ".join(w[:1].upper() + w[1:] for w in words)


# Head nouns of events ("Google Science Fair", "Taipei Lantern Festival", "FIFA World Cup"); a closed list.
EVENT_HEADS = _words("fair festival expo cup championship championships olympics tournament marathon exhibition gala")
# Head nouns of research works ("Australian National Iodine Nutrition Study"): what they found is reported, they
# do not act; a closed list.
WORK_HEADS = _words("study studies survey census")
# Bodies named after their leader ("the Monti government", "the Biden administration").
_LED_BY = _words("government administration cabinet presidency")


def _is_event(name: str) -> bool:
    """A multi-word name whose head is an event noun, possibly followed by a place ("Fan Expo Canada")."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[0] == "Operation":
        # "Operation Clambake", "Operation Desert Storm": a named campaign, not who runs it.
        return True
    for p in range(len(words) - 1, 0, -1):
        # After "for" or "of" a work noun is a field ("Salk Institute for Biological Studies").
        work = words[p].lower() in WORK_HEADS and not any(w in ("for", "of") for w in words[:p])
        if (words[p].lower() in EVENT_HEADS or work) and words[p][:1].isupper():
            rest = " ".join(words[p + 1 :])
            return not rest or place_rank(rest) >= 2
    return False


def _names_a_work(toks: Sequence[Token], i: int, j: int) -> bool:
    """ "the National Iodine Nutrition study": a name of several words before a lowercase work or event noun names
    that work, unless it ends on an organisation noun ("the Pew Research Center survey")."""
    if j - i < 2 or j >= len(toks):
        return False
    nxt, last = toks[j], toks[j - 1].lower_
    return (
        nxt.is_lower
        and (nxt.lower_ in WORK_HEADS or nxt.lower_ in EVENT_HEADS)
        and last not in ORG_HEADS
        and last not in DESIGNATORS
        and last not in _BODY_HEADS
    )


# Kinds of things that carry a proper name, written after it in lowercase: "NASA's Europa Clipper mission", "its
# Dragonfly mission", "the T3 terminal", "a more detailed CT scan", "two Star Trek novels", "Feather Duvet Lung
# disease". A name between a possessive owner and one of these names the thing, no actor (the owner is written apart);
# without an owner only the nouns no organisation makes or runs count (_NAME_ONLY_HEADS): "A World Bank program",
# "an FBI probe", "the IMF mission", "the Pfizer vaccine", "the Netflix series" name their owner or maker. Not
# "models", "devices", "shares" or "team", whose modifier is the maker or the owner even after a possessive ("his
# Ford sedan"); a closed, linguistic list.
NAMED_THINGS = _words(
    """mission missions program programs programme programmes spacecraft lander rover probe telescope satellite
    rocket disease syndrome virus terminal franchise novel novels series scan scans"""
)
_NAME_ONLY_HEADS = _words("disease syndrome virus terminal novel novels scan scans")
# Of those, the ones a person's name before still names (an eponym: "Alzheimer disease"); a person's name before a
# novel is its author's ("a John M. Ford novel").
_EPONYM_HEADS = _words("disease syndrome virus")
_NAMING_VERBS = _words("called named dubbed")


def _thing_use(toks: Sequence[Token], i: int, j: int, label: str) -> int:
    """How the text says a name names a thing of NAMED_THINGS. 1: it modifies one after a possessive owner ("its
    Dragonfly mission") or one of _NAME_ONLY_HEADS ("the T3 terminal"), which a use as an actor elsewhere in the
    document outweighs; 2: the text's own words
    say so: the noun closes the tagged name ("the Wheel of Time series") or the name is what one is called ("a mission
    called Europa Clipper", "the medieval disease dubbed the Black Death"); 0: neither."""
    last = toks[j - 1]
    if j - i > 1 and last.is_lower and last.lower_ in NAMED_THINGS:
        return 2
    head = last.head
    if last.dep_ == "compound" and head.i >= j and head.is_lower and head.lower_ in NAMED_THINGS:
        if label == "PERSON" and head.lower_ not in _EPONYM_HEADS:
            return 0
        if head.lower_ in _NAME_ONLY_HEADS:
            return 1
        # A possessive names the owner of a body too ("Trump's Justice Department probe"): a name that is plainly a
        # body's stays the owner. An acronym is no sign ("NASA's DART mission", "the Pentagon's JEDI program") unless it
        # is a known agency's ("the Trump administration's EPA program"); another the story also uses as an actor stays
        # by that use ("The city's FEMA program ..., FEMA said").
        last_word = toks[j - 1].lower_
        known = j - i == 1 and toks[i].text.replace(".", "") in AGENCY_ACRONYMS  # "Biden's EPA probe" (r2 MED-3)
        body = last_word in ORG_HEADS or last_word in _BODY_HEADS or known
        return 1 if not body and any(c.dep_ == "poss" and c.i < i for c in head.children) else 0
    if head.lower_ in _NAMING_VERBS and head.i < i and head.head.is_lower and head.head.lower_ in NAMED_THINGS:
        return 2
    return 0


# Last words of names of bodies that ORG_HEADS leaves out, because alone they are common nouns.
_BODY_HEADS = _words("center centre network group office board service program programme team")


# Post-nominal letters that may close a personal name ("Jane Smith MP").
_SUFFIX_CAPS = _words("JR SR MP MEP QC KC MD OBE MBE")
_ROMAN = re.compile(r"[IVXLC]+")


def _acronym_tail(span: Sequence[Token]) -> bool:
    """The last word is an acronym in everyday use ("VR", "XP"), after a word not in capitals: not a generation
    number ("Louis XV"), post-nominal letters or a citation's initials ("Ruskin KJ"), which wordfreq knows less."""
    last, before = span[-1].text, span[-2].text
    return (
        len(last) >= 2
        and last.isalpha()
        and last.isupper()
        and last not in _SUFFIX_CAPS
        and not _ROMAN.fullmatch(last)
        and not before.isupper()
        and zipf(last.lower()) >= 3.6
    )


def _mixed(word: str) -> bool:
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


@dataclass(frozen=True, slots=True)
class _Sents:
    """Sentence starts of a doc, computed once (``Span.sent`` scans the whole doc on every call), and its tokens."""

    starts: list[int]
    """Token index of each sentence start, ascending."""
    n: int
    """Number of tokens."""
    toks: list[Token]
    """The doc's tokens, made once: every ``doc[k]`` and ``for tok in doc`` builds a new Token object."""
    texts: list[str]
    """``Token.text`` of each token: the attribute looks the string up each time it is read."""
    lowers: list[str]
    """``Token.lower_`` of each token."""

    @classmethod
    def of(cls, doc: Doc) -> _Sents:
        starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        toks = list(doc)
        return cls(starts or [0], len(doc), toks, [t.text for t in toks], [t.lower_ for t in toks])

    def text(self, i: int, j: int) -> str:
        """``doc[i:j].text`` from the token texts, without making a Span and its Tokens."""
        if j - i <= 1:
            return self.texts[i] if j > i else ""
        toks, texts = self.toks, self.texts
        return "".join([texts[k] + toks[k].whitespace_ for k in range(i, j - 1)]) + texts[j - 1]

    def bounds(self, i: int) -> tuple[int, int]:
        """[start, end) of the sentence holding token ``i``."""
        k = bisect_right(self.starts, i) - 1
        return self.starts[k], self.starts[k + 1] if k + 1 < len(self.starts) else self.n

    def is_start(self, i: int) -> bool:
        k = bisect_right(self.starts, i) - 1
        return k >= 0 and self.starts[k] == i


@dataclass(slots=True)
class _Candidate:
    label: str
    start: int
    end: int
    kind: str
    name: str
    role: str | None
    role_span: tuple[int, int] | None
    cut: int = 0
    """Characters of the last token that are not part of the name (a common word glued to it)."""


def _fragments(doc: Doc, cands: Sequence[_Candidate], sents: _Sents) -> set[str]:
    """Lone common words ("Court", "Defense", "Iodine") that are pieces of names or plain words, not names.

    The document's own evidence decides: it writes the word in lowercase as often, or uses it once alone and
    otherwise only inside longer capitalised names.  A fragment that a longer name of the same sort here
    contains is kept (merging joins it to that name); one with no such name is dropped.
    """
    alone: Counter[str] = Counter()
    person: set[str] = set()
    for c in cands:
        if c.end - c.start == 1 and c.name[:1].isupper() and not c.name.isupper():
            alone[_key(c.name)] += 1
            if c.kind == "person":
                person.add(_key(c.name))
    words = {w for w in alone if w.isalpha() and not place_rank(w) and zipf(w) >= 3.0}
    if not words:
        return set()
    lower: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    toks = sents.toks
    for n, low in enumerate(sents.lowers):
        if low not in words:
            continue
        t = toks[n]
        if sents.texts[n].islower():
            lower[low] += 1
            continue
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        prev = toks[n - 1] if n else None
        prev2 = toks[n - 2] if n > 1 else None
        if (
            # A caption's credit word after a name ("Belle Image: Nick Moreau") is not part of a longer name.
            (nxt is not None and _capitalised(nxt) and nxt.lower_ not in CAPTION_WORDS)
            or (prev is not None and _capitalised(prev) and not sents.is_start(t.i))
            or (prev is not None and prev.lower_ in ("of", "for") and prev2 is not None and _capitalised(prev2))
        ):
            inside[low] += 1
    hosts: dict[str, set[str]] = {"person": set(), "thing": set()}
    for c in cands:
        if c.end - c.start > 1 and c.kind != "group":
            hosts["person" if c.kind == "person" else "thing"].update(_tokens(_key(c.name)))
    out = set()
    for w in words:
        weak = lower[w] >= alone[w] or (alone[w] == 1 and inside[w])
        if weak and w not in hosts["person" if w in person else "thing"]:
            out.add(w)
    return out


_VERSIONED = re.compile(r"([A-Z][A-Za-z]*[A-Za-z])(\d{1,2})")


def _product_lines(doc: Doc, sents: _Sents) -> set[str]:
    """Names the text writes with two or more version numbers ("IE6" and "IE9", "Internet Explorer 6" and
    "Internet Explorer 9", "Windows 7" and "Windows 10"): a line of products, not an actor."""
    versions: dict[str, set[str]] = defaultdict(set)
    toks, texts = sents.toks, sents.texts
    for i, text in enumerate(texts):
        if not text[-1:].isdigit():
            continue
        if not i or not texts[i - 1][:1].isupper():
            if i and (m := _VERSIONED.fullmatch(text)):
                versions[_key(m.group(1))].add(m.group(2))
            continue
        tok = toks[i]
        if tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or toks[i - 1].ent_type_ in ("DATE", "TIME"):
            # "March 8", "$ 5": a date or an amount, not a version.
            continue
        m = _VERSIONED.fullmatch(text)
        if m:
            versions[_key(m.group(1))].add(m.group(2))
        elif text.isdigit() and len(text) <= 2:
            k = i
            while k > 0 and i - k < 3 and toks[k - 1].is_alpha and texts[k - 1][:1].isupper():
                k -= 1
            versions[_key(sents.text(k, i))].add(text)
    lines = {name for name, seen in versions.items() if len(seen) > 1}
    # "Explorer" alone is the product line "Internet Explorer" too.
    return lines | {name.rsplit(" ", 1)[1] for name in lines if " " in name}


def _capitalised(tok: Token) -> bool:
    """A capitalised content word (not "The" or "In" starting a phrase)."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_stop


_GROUP_OF_STATES = re.compile(r"[A-Z]\d{1,2}")
# A web site named by its address ("Gawker.com", "Scientology.org") is the organisation that runs it.
_SITE = re.compile(r"([A-Z][\w-]{2,})\.(?:com|org|net|gov|edu|info|io)")
# Entities whose words may hold a place spaCy did not tag on its own ("Massachusetts" Institute of Technology).
_HOST_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})


def _gazetteer_places(doc: Doc, ents: Sequence[Span], sents: _Sents) -> list[_Candidate]:
    """Places the gazetteer knows that spaCy missed or left inside another name ("University of Sheffield")."""
    host: dict[int, Span] = {}
    blocked: set[int] = set()
    for ent in ents:
        if ent.label_ in _HOST_LABELS:
            host.update(dict.fromkeys(range(ent.start, ent.end), ent))
        else:
            blocked.update(range(ent.start, ent.end))
    out: list[_Candidate] = []
    n_tok = len(doc)
    toks, texts = sents.toks, sents.texts
    after = 0
    # Capitalised words outside blocking entities, in order; a place found skips the words it covers.
    for k in [k for k, text in enumerate(texts) if text[:1].isupper() and k not in blocked]:
        tok = toks[k]
        if k < after or not tok.is_alpha or tok.is_stop:
            continue
        found = 0
        for n in (3, 2, 1):
            end = k + n
            if end > n_tok or any(j in blocked or not texts[j][:1].isupper() for j in range(k, end)):
                continue
            ent = host.get(k)  # type: ignore[assignment]  # the loop above bound ent to a Span; here it may be None
            if any(host.get(j) is not ent for j in range(k, end)):
                continue
            if ent is not None and (ent.start, ent.end) == (k, end) or ent is None and tok.pos_ != "PROPN":
                continue
            if (
                ent is not None
                and k > ent.start
                and sents.lowers[k - 1] not in ("of", "for", "in", "the", ",")
                and not (out and out[-1].end == k)
            ):
                # Inside a name a place starts it, follows "of" or another place ("University of Texas
                # Arlington"); "Captain America" is no place.
                continue
            text = sents.text(k, end)
            rank = place_rank(text)
            # A lone word that is also everyday English ("Metro", "Reading") needs a surer entry; a region's name
            # passes a region's bar even when a city shares it ("Ontario").
            if not rank or (
                n == 1 and rank < 3 and zipf(text.lower()) >= (3.95 if rank == 2 and not is_region(text) else 4.4)
            ):
                continue
            # Outside any entity the word must stand alone, not start or end an untagged longer name.
            if ent is None and (
                (k > 0 and _capitalised(toks[k - 1]) and not sents.is_start(k))
                or (end < n_tok and _capitalised(toks[end]))
            ):
                continue
            out.append(_Candidate("GAZETTEER", k, end, "place", text, None, None))
            found = n
            break
        after = k + (found or 1)
    return out


def _entities(doc: Doc, sents: _Sents) -> list[Span]:
    """spaCy's entities, with names it split at a particle joined again ("Ursula von der" + "Leyen")."""
    from spacy.tokens import Span

    toks, texts = sents.toks, sents.texts
    ents = _abbreviated_places(doc, list(doc.ents), sents)
    surnames = {texts[e.end - 1] for e in ents if e.label_ == "PERSON"}
    out: list[Span] = []
    n = 0
    while n < len(ents):
        ent = ents[n]
        end = ent.end
        while (
            end < len(toks) and sents.lowers[end - 1] in PARTICLES and texts[end][:1].isupper() and toks[end].is_alpha
        ):
            end += 1
            if n + 1 < len(ents) and ents[n + 1].start < end:
                end = max(end, ents[n + 1].end)
                n += 1
        start = ent.start
        if ent.label_ == "PERSON" and len(ent) == 1 and start > 0:
            start = _given_name(ents, ent, out[-1].end if out else 0, sents)
        if ent.label_ == "PERSON" and end - start >= 2:
            end = _hyphenated_given_name(end, sents)
        if ent.label_ == "ORG":
            end = _org_tail(doc, end, sents)
            start = _org_head(doc, start, end, out[-1].end if out else 0, sents)
            nxt = ents[n + 1] if n + 1 < len(ents) else None
            if (
                nxt is not None
                and nxt.start == end
                and nxt.label_ == "GPE"
                and toks[end - 1].whitespace_ == " "
                and place_rank(texts[end - 1]) >= 3
                and end - start > 1
            ):
                # "Food Standards Australia New Zealand": a body of two countries names both.
                end = nxt.end
                n += 1
            elif (
                nxt is not None
                and nxt.start == end
                and nxt.label_ in ("GPE", "LOC", "ORG", "FAC")
                and sents.lowers[end - 1] in ("of", "for")
                and end - start > 1
            ):
                # "the U.S. Attorney's Office for the Western District of" + "New York": an organisation's name
                # does not end on its linking word; the place it links to is the rest of it.
                end = nxt.end
                n += 1
        for part in _split_parenthesis(Span(doc, start, end, label=ent.label_), sents):
            for piece in _split_commas(part, sents):
                for one in _split_and(piece, sents):
                    for two in (x for y in _split_for(one, sents) for x in _split_moved(y, sents)):
                        for three in _split_tail_person(two, sents):
                            out.extend(_split_place_person(three, sents, surnames))
        n += 1
    out = _national_branches(doc, out, sents)
    out = _defined_acronyms(doc, out, sents)
    out += _conjuncts(doc, out, toks)
    out += _capitalised_words(doc, out, sents)
    out += _numbered_names(doc, out, sents)
    # Every span is at least one token long: ``toks[e.end - 1]`` is ``e[-1]`` without building a Token.
    surnames = {
        last for e in out if e.label_ == "PERSON" and toks[e.end - 1].is_alpha and (last := texts[e.end - 1]).istitle()
    }
    full_names = {sents.text(e.start, e.end) for e in out if e.label_ == "PERSON" and len(e) > 1}
    for n, e in enumerate(out):
        # spaCy tags some full names PRODUCT ("Dries Mertens"); the same full name tagged PERSON elsewhere tells, or
        # the surname tagged PERSON when both words are rare as common words ("Google Chrome", "Magic Mouse" and
        # "World Cup" are no names).
        if (
            e.label_ in GAZETTEER_LABELS
            and 1 < len(e) <= 3
            and texts[e.end - 1] in surnames
            and texts[e.start].istitle()
            and (
                sents.text(e.start, e.end) in full_names
                or (zipf(toks[e.start].lower_) < _NAME_WORD_ZIPF and zipf(toks[e.end - 1].lower_) < _NAME_WORD_ZIPF)
            )
        ):
            out[n] = Span(doc, e.start, e.end, label="PERSON")
    products = {texts[e.end - 1] for e in out if e.label_ == "PRODUCT" and len(e) > 1}
    if products:
        # "Google Chrome ... tied with Chrome": the product's short name, which the tagger takes for a person,
        # unless it is the surname of a full name tagged PERSON too.
        surnames = {texts[e.end - 1] for e in out if e.label_ == "PERSON" and len(e) > 1}
        out = [
            e
            for e in out
            if not (
                e.label_ == "PERSON" and len(e) == 1 and (text := texts[e.start]) in products and text not in surnames
            )
        ]
    out += _who_people(doc, out, sents)
    return sorted(out + _surnames(doc, out, sents) + _company_repeats(doc, out, sents), key=lambda e: e.start)


# Verbs whose subject reports or states something (the pipeline has no lemmas): a name of digits and capitals before
# one is a company's.
_STATING = _words(
    """say says said tell tells told announce announces announced report reports reported state states stated
    confirm confirms confirmed deny denies denied add adds added warn warns warned claim claims claimed"""
)


def _numbered_names(doc: Doc, ents: Sequence[Span], sents: _Sents) -> list[Span]:
    """ "3M said": the tokenizer cuts a name of digits and capitals in two ("3" + "M") and the tagger tags neither,
    so the cue's subject is "M". Such a pair with no space inside, as the subject of a verb of saying, is an
    organisation's name; elsewhere it is more often a unit, a network or a format ("$3M", "5G", "4K", "3D")."""
    from spacy.tokens import Span

    toks, texts = sents.toks, sents.texts
    pairs = [
        k
        for k in range(len(toks) - 1)
        if texts[k].isdigit()
        and not toks[k].whitespace_
        and texts[k + 1].isalpha()
        and texts[k + 1][:1].isupper()
        and (k == 0 or not toks[k - 1].is_currency)
        and not any(e.start <= k + 1 and k < e.end and e.label_ != "CARDINAL" for e in ents)
    ]
    # Once the text makes the name a speaker, its other uses are the company too ("3M shares fell").
    names = {
        texts[k] + texts[k + 1] for k in pairs if toks[k + 1].dep_ == "nsubj" and toks[k + 1].head.lower_ in _STATING
    }
    return [Span(doc, k, k + 2, label="ORG") for k in pairs if texts[k] + texts[k + 1] in names]


# "St.", "Ste.", "Ft.", "Mt.", "Pt." before a place's name (Saint, Sainte, Fort, Mount, Port), as capitals write them.
PLACE_ABBREVIATIONS = frozenset({"ST", "STE", "FT", "MT", "PT"})


def _abbreviated_places(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "ST. JOSEPH, Mich. (AP) —": in capitals the tokenizer cuts "ST." in two and the tagger takes the word after
    the dot for a person or an organisation ("JOSEPH", "LOUIS"); Saint, Fort or Mount and the capitals after its dot
    are one place's name ("St. Joseph"), as "St. Louis" is in running text."""
    from spacy.tokens import Span

    texts, toks = sents.texts, sents.toks
    found: list[tuple[int, int]] = []
    for k in range(len(texts) - 2):
        if texts[k] in PLACE_ABBREVIATIONS and texts[k + 1] == "." and _capital_word(texts[k + 2]):
            if k > 0 and not (toks[k - 1].is_space and "\n" in texts[k - 1]) and texts[k - 1][-1:] != "\n":
                # Only a dateline opens its line so: "ON MAIN ST. POLICE SAID" is a street's abbreviation.
                continue
            end = k + 3
            while end < len(texts) and end < k + 5 and (_capital_word(texts[end]) or texts[end] in ("'S", "\u2019S")):
                # "ST. JOHN\u2019S, Newfoundland (CP) —": a possessive belongs to the name.
                end += 1
            if end < len(texts) and texts[end] not in _DATELINE_ENDS and "\n" not in texts[end]:
                continue
            found.append((k, end))
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < end and k < e.end for k, end in found)]
    return sorted(kept + [Span(doc, k, end, label="GPE") for k, end in found], key=lambda e: e.start)


def _capital_word(text: str) -> bool:
    return len(text) > 1 and text.isalpha() and text.isupper()


_NAME_WORD_ZIPF = 3.8

# Lowercase words after a hyphen that make a name a modifier ("Al Gore-era", "Ted Cruz-like"), not a given name's.
_COMPOUND_TAILS = _words("era run like free type born made wide less ish")


def _hyphenated_given_name(end: int, sents: _Sents) -> int:
    """Where a full name ends whose given name of two syllables the tagger cut at the hyphen ("president Moon Jae" +
    "-in", "Yoon Suk" + "-yeol"): a short capitalised syllable, a glued hyphen, a short lowercase one that is no
    compound tail ("Al Gore-era"). A participle after the hyphen ("Rand Paul-led") is cut again by ``_trim``."""
    toks, texts = sents.toks, sents.texts
    if end + 1 >= len(toks) or texts[end] != "-" or toks[end - 1].whitespace_ or toks[end].whitespace_:
        return end
    first, second = texts[end - 1], texts[end + 1]
    if (
        len(first) <= 4
        and first.istitle()
        and first.isalpha()
        and len(second) <= 4
        and second.isalpha()
        and second.islower()
        and second not in _COMPOUND_TAILS
    ):
        return end + 2
    return end


def _given_name(ents: Sequence[Span], ent: Span, floor: int, sents: _Sents) -> int:
    """Where a surname tagged alone starts when the tagger left the given name before it outside ("Adolf" of
    "Adolf Hitler"): a capitalised proper noun compounded to it, no title, not opening the sentence, written
    nowhere in lowercase, before a surname the tagger calls a person at least twice in the document."""
    toks = sents.toks
    tok = toks[ent.start - 1]
    if (
        tok.i < floor
        or tok.ent_iob_ != "O"
        or tok.tag_ != "NNP"
        or tok.dep_ != "compound"
        or tok.head.i != ent.start
        or not tok.is_title
        or not tok.is_alpha
        or sents.is_start(tok.i)
        or _is_title_word(tok)
        or zipf(tok.lower_) >= _NAME_WORD_ZIPF
    ):
        return ent.start
    text, low = ent.text, tok.lower_
    if sum(e.label_ == "PERSON" and e.text == text for e in ents) < 2 or low in sents.texts:
        return ent.start
    return ent.start - 1


def _national_branches(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "the company Hitwise UK's": an untagged brand (a word rare in English) before a country is that brand's
    national branch, an organisation, not the country."""
    from spacy.tokens import Span

    toks = sents.toks
    covered = {k for e in ents for k in range(e.start, e.end)}
    out = []
    for e in ents:
        k = e.start - 1
        if e.label_ != "GPE" or len(e) > 2 or k < 0 or k in covered or sents.is_start(k):
            out.append(e)
            continue
        tok = toks[k]
        if (
            tok.pos_ == "PROPN"
            and tok.dep_ == "compound"
            and e.start <= tok.head.i < e.end
            and tok.is_alpha
            and tok.text[:1].isupper()
            and tok.lower_ not in TITLE_WORDS
            and zipf(tok.lower_) < _BRAND_ZIPF
            and (country_code(e.text) or _is_acronym(e.text))
        ):
            out.append(Span(doc, k, e.end, label="ORG"))
        else:
            out.append(e)
    return out


# A brand's name is a word English text hardly uses otherwise ("Hitwise"), unlike "Northern" or "Air".
_BRAND_ZIPF = 3.0


def _org_head(doc: Doc, start: int, end: int, floor: int, sents: _Sents) -> int:
    """Start of an organisation's name the tagger began too late: "Doctor Who" + "Society of Canada"."""
    toks = sents.toks
    floor = max(floor, sents.bounds(start)[0])
    first = start + (toks[start].lower_ == "the")
    if toks[first].lower_ not in ORG_HEADS and toks[first].lower_ not in DESIGNATORS:
        # Only a name that opens on its organisation noun lacks its modifiers ("Black Friday Apple deals").
        return start
    start = first
    while start - 1 > floor:
        tok = toks[start - 1]
        if not (
            tok.pos_ == "PROPN"
            and tok.dep_ == "compound"
            and tok.is_alpha
            and tok.text[:1].isupper()
            and start <= tok.head.i < end
            and not tok.ent_type_
            and tok.lower_ not in TITLE_WORDS
            and tok.lower_ not in HONORIFICS
        ):
            break
        start -= 1
    return start


def _split_tail_person(ent: Span, sents: _Sents) -> list[Span]:
    """ "the Council on American-Islamic Relations Alia Salem said": a person's name closing an organisation's.

    Only after a name with its own linking word, before a verb or a comma, and with a surname that is no
    everyday word, organisation noun or place."""
    doc = ent.doc
    toks = sents.toks
    if ent.label_ != "ORG" or len(ent) < 5 or ent.end >= len(toks):
        return [ent]
    first, last = toks[ent.end - 2], toks[ent.end - 1]
    if toks[ent.end].pos_ not in ("VERB", "AUX") and toks[ent.end].text != ",":
        return [ent]
    if not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" and not t.is_stop for t in (first, last)):
        return [ent]
    if not any(t.is_lower and t.lower_ in ("of", "on", "for") for t in toks[ent.start : ent.end - 3]):
        return [ent]
    if (
        any(t.lower_ in ORG_HEADS or t.lower_ in DESIGNATORS or t.lower_ in TITLE_WORDS for t in (first, last))
        or zipf(last.lower_) >= 3.8
        or place_rank(last.text) >= 3
        or place_rank(first.text)
        or not toks[ent.end - 3].text[:1].isupper()
    ):
        return [ent]
    from spacy.tokens import Span  # here, not on top: most entities return above

    return [Span(doc, ent.start, ent.end - 2, label="ORG"), Span(doc, ent.end - 2, ent.end, label="PERSON")]


_TITLE_PLACE_LINKS = frozenset({"to", "for", "in", "at"})


def _split_place_person(ent: Span, sents: _Sents, surnames: set[str]) -> list[Span]:
    """ "the envoy to Ukraine Kurt Volker": the place that ends a title, tagged as one ORG with the name after it.

    Only a country or an acronym ("EU") right after a linking word of a title, then two or three capitalised words,
    none an organisation noun ("China Mobile Limited" stays), the last one a surname the text gives a person
    elsewhere or no everyday word ("Volker"), or after a given name ("Nikki Haley"); not "the U.S. Capitol Police",
    "BMI Albyn Hospital"."""
    toks = sents.toks
    s = ent.start + (sents.lowers[ent.start] == "the")
    # Only what the tagger calls an organisation: a PERSON "Chad Michael Murray" or "Jordan Lee Smith" is a person.
    if ent.label_ != "ORG" or not 3 <= ent.end - s <= 4 or s == 0:
        return [ent]
    k = s - 1
    if sents.lowers[k] == "the" and k > 0:  # "to the UN Nikki Haley", with "the" outside the tagged name
        k -= 1
    before = toks[k]
    if not before.is_lower or before.lower_ not in _TITLE_PLACE_LINKS:
        return [ent]
    place = toks[s]
    if not (country_code(place.text) or _is_acronym(place.text)):
        return [ent]
    rest = toks[s + 1 : ent.end]
    if not all(
        t.is_alpha and t.is_title and t.pos_ == "PROPN" and t.lower_ not in ORG_HEADS and t.lower_ not in DESIGNATORS
        for t in rest
    ):
        return [ent]
    if sents.texts[ent.end - 1] not in surnames and zipf(sents.lowers[ent.end - 1]) >= 3.0:
        from extract.actors.merge import is_given_name

        if not is_given_name(sents.lowers[ent.end - 2]):
            return [ent]
    from spacy.tokens import Span  # here, not on top: most entities return above

    kind = "GPE" if country_code(place.text) else "ORG"
    return [Span(ent.doc, s, s + 1, label=kind), Span(ent.doc, s + 1, ent.end, label="PERSON")]


def _split_for(ent: Span, sents: _Sents) -> list[Span]:
    """ "Lydia Buchtmann for Food Standards Australia": someone speaking for an organisation, tagged as one ORG.

    Only a first name and a surname that is no everyday word or organisation noun ("Joint Council for ...")."""
    doc = ent.doc
    toks = sents.toks
    s = ent.start
    if ent.label_ != "ORG" or len(ent) < 4 or toks[s + 2].lower_ != "for" or not toks[s + 2].is_lower:
        return [ent]
    first, last = toks[s], toks[s + 1]
    if not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" and not t.is_stop for t in (first, last)):
        return [ent]
    if (
        last.lower_ in ORG_HEADS
        or last.lower_ in DESIGNATORS
        or first.lower_ in TITLE_WORDS
        or zipf(last.lower_) >= 3.5
        or place_rank(last.text)
        or place_rank(first.text)
    ):
        return [ent]
    rest = s + 3 + (toks[s + 3].lower_ == "the")
    if ent.end - rest < 1 or not toks[rest].text[:1].isupper():
        return [ent]
    from spacy.tokens import Span  # here, not on top: most entities return above

    return [Span(doc, s, s + 2, label="PERSON"), Span(doc, rest, ent.end, label="ORG")]


def _split_moved(ent: Span, sents: _Sents) -> list[Span]:
    """ "by selling Hipcricket to Augme Technologies", "the move of Thibaut Courtois to Real Madrid": two names tagged
    one entity, joined by a lowercase "to" or "from" that hangs outside it (on the verb or the noun of the move). The
    first is a person's when it opens on a given name. "The National Society for the Prevention of Cruelty to
    Children" keeps its "to", which hangs on a word of the name."""
    if ent.label_ not in ("ORG", "PERSON", "GPE", "FAC") or len(ent) < 3:
        return [ent]
    toks, texts = sents.toks, sents.texts
    for k in range(ent.start + 1, ent.end):
        if (
            texts[k] in ("to", "from")
            and not ent.start <= toks[k].head.i < ent.end
            and texts[k - 1][:1].isupper()
            and (k == ent.end - 1 or texts[k + 1][:1].isupper())
            # A linking word before it ("for the Prevention of Cruelty to Children") makes one long name.
            and not any(toks[x].is_lower for x in range(ent.start, k))
        ):
            # "Chelsea sold Thibaut Courtois to Real Madrid": the tagger may leave the second name out.
            from spacy.tokens import Span  # here, not on top: most entities return above

            first = texts[ent.start].lower()
            person = 2 <= k - ent.start <= 3 and (_known_given_name(first) or common_given_name(first))
            left = Span(ent.doc, ent.start, k, label="PERSON" if person else ent.label_)
            if k == ent.end - 1:
                return [left]
            return [left, *_split_moved(Span(ent.doc, k + 1, ent.end, label=ent.label_), sents)]
    return [ent]


def _defined_acronyms(doc: Doc, ents: list[Span], sents: _Sents) -> list[Span]:
    """ "Movimento 5 Stelle (M5S)": a name defined by the acronym after it is one organisation, whatever pieces the
    tagger made of it; the acronym's letters must start the name's words in order (Schwartz and Hearst)."""
    from spacy.tokens import Span

    toks, texts = sents.toks, sents.texts
    tagged = {e.start: e for e in ents}
    for i in range(2, len(toks) - 1):
        if texts[i - 1] != "(" or texts[i + 1] != ")" or not _is_acronym(texts[i]):
            continue
        tok = toks[i]
        letters = [c.lower() for c in tok.text if c.isalnum()]
        end = i - 1
        k, li = end - 1, len(letters) - 1
        while k >= 0 and li >= 0 and end - k <= len(letters) + 4:
            t = toks[k]
            if t.is_lower and (t.lower_ in NAME_LINKS or t.lower_ in ("and", "the", "&")) or t.text == "-":
                k -= 1
            elif t.text[:1].lower() == letters[li] and (t.is_title or t.is_upper or t.like_num):
                li -= 1
                k -= 1
            else:
                break
        start = k + 1
        if li >= 0 or start >= end or not (toks[start].is_title or toks[start].is_upper):
            continue
        inside = [e for e in ents if e.start < end and e.end > start]
        if any(e.start < start or e.end > end for e in inside) or any((e.start, e.end) == (start, end) for e in inside):
            continue
        if not inside and i not in tagged:
            # Only names the tagger saw something of: "Gross Domestic Product (GDP)" is no actor.
            continue
        if any(e.label_ == "PERSON" and e.end - e.start > 1 for e in inside):
            continue
        ents = [e for e in ents if e not in inside]
        ents.append(Span(doc, start, end, label="ORG"))
        if i not in tagged:
            ents.append(Span(doc, i, i + 1, label="ORG"))
    return sorted(ents, key=lambda e: e.start)


def _capitalised_words(doc: Doc, ents: Sequence[Span], sents: _Sents) -> list[Span]:
    """ "the FIRST Global Challenge": an everyday word in capitals inside a lowercase sentence, opening a
    capitalised name, is an organisation's acronym (the tagger calls it an ordinal)."""
    from spacy.tokens import Span

    covered = {k for e in ents if e.label_ not in ("ORDINAL", "CARDINAL") for k in range(e.start, e.end)}
    out: list[Span] = []
    toks = sents.toks
    for i in range(1, len(toks) - 1):
        tok = toks[i]
        if not (tok.is_upper and tok.is_alpha and len(tok.text) >= 3) or i in covered:
            continue
        prev, nxt = toks[i - 1], toks[i + 1]
        if prev.is_lower and prev.is_alpha and nxt.is_title and nxt.is_alpha and zipf(tok.lower_) >= 3.0:
            out.append(Span(doc, i, i + 1, label="ORG"))
    return out


def _conjuncts(doc: Doc, ents: Sequence[Span], toks: Sequence[Token]) -> list[Span]:
    """ "NTU Hospital Station or Shandao Station", "the State and Homeland Security Departments": an untagged name
    that the parser coordinates with a tagged one is a name of the same sort."""
    from spacy.tokens import Span

    covered = {k for e in ents for k in range(e.start, e.end)}
    n_tok = len(doc)
    out: list[Span] = []
    for e in ents:
        if e.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC") or e.end + 1 >= n_tok:
            continue
        if toks[e.end].lower_ not in ("and", "or"):
            continue
        k = end = e.end + 1
        while (
            end < n_tok
            and end not in covered
            and toks[end].pos_ == "PROPN"
            and toks[end].is_title
            and toks[end].is_alpha
            and not toks[end].is_stop
        ):
            end += 1
        # A shared head after the run belongs to both names ("Departments"), not to the second alone.
        while end > k and not (toks[end - 1].dep_ == "conj" or k <= toks[end - 1].head.i < end - 1):
            end -= 1
        if end == k or not any(toks[x].dep_ == "conj" and e.start <= toks[x].head.i < e.end for x in range(k, end)):
            continue
        if (
            toks[k].lower_ in TITLE_WORDS
            or toks[k].lower_ in HONORIFICS
            or (end - k == 1 and len(toks[k].text) <= 3 and end < n_tok and toks[end].text == ".")
        ):
            # "and Hon. Funke Adedoyin": a title or an abbreviation opens the next name, it is none.
            continue
        out.append(Span(doc, k, end, label=e.label_))
    out.extend(_conjuncts_before(doc, ents, toks, covered))
    return out


def _conjuncts_before(doc: Doc, ents: Sequence[Span], toks: Sequence[Token], covered: set[int]) -> list[Span]:
    """ "Regulators fined Barclays and HSBC": the untagged name before "and" that a tagged name is coordinated with
    (the parser hangs "HSBC" on "Barclays") is a name of the same sort, when its words are no everyday words
    ("Research and Advocacy Director", "Buy Pokemon Sword or Shield")."""
    from spacy.tokens import Span

    out: list[Span] = []
    for e in ents:
        if e.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC") or e.start < 2:
            continue
        if toks[e.start - 1].lower_ not in ("and", "or"):
            continue
        end = start = e.start - 1
        while (
            start > 0
            and start - 1 not in covered
            and toks[start - 1].pos_ == "PROPN"
            and toks[start - 1].is_title
            and toks[start - 1].is_alpha
            and not toks[start - 1].is_stop
        ):
            start -= 1
        if start == end or not any(
            toks[x].dep_ == "conj" and start <= toks[x].head.i < end for x in range(e.start, e.end)
        ):
            continue
        if toks[start].lower_ in TITLE_WORDS or toks[start].lower_ in HONORIFICS:
            continue
        if any(zipf(toks[x].lower_) >= _NAME_WORD_ZIPF for x in range(start, end)):
            continue
        out.append(Span(doc, start, end, label=e.label_))
    return out


def _surnames(doc: Doc, ents: Sequence[Span], sents: _Sents) -> list[Span]:
    """Untagged repeats of a named person's surname ("Mark Rathbun ... Rathbun said") are that person."""
    from spacy.tokens import Span

    toks = sents.toks
    surnames = {
        last.text
        for e in ents
        if e.label_ == "PERSON"
        and len(e) > 1
        and (last := toks[e.end - 1]).is_alpha
        and last.text[:1].isupper()
        and toks[e.end - 2].text != "-"
    }
    if not surnames:
        return []
    covered = {k for e in ents for k in range(e.start, e.end)}
    out: list[Span] = []
    for i, text in enumerate(sents.texts):
        if text not in surnames or i in covered:
            continue
        tok = toks[i]
        prev = toks[tok.i - 1] if tok.i else None
        nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
        inside_name = prev is not None and _capitalised(prev) and not sents.is_start(tok.i)
        if inside_name or (nxt is not None and _capitalised(nxt)):
            continue
        if sents.is_start(tok.i) and zipf(tok.lower_) >= 4.0:
            continue
        out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    return out


def _company_repeats(doc: Doc, ents: Sequence[Span], sents: _Sents) -> list[Span]:
    """Repeats of a one-word organisation's name that is no everyday word, untagged or tagged a product ("The New York
    state attorney general is investigating WeWork amid layoffs. The company confirmed ...", where a later "WeWork's
    founder" is tagged an organisation): the organisation, so that "the company" finds it. Not inside a longer
    capitalised name, nor an everyday word ("Apple", "Target", "Deadline"), which the tagger's silence may mean is no
    name there."""
    from spacy.tokens import Span

    toks, texts = sents.toks, sents.texts
    # A capitalised name ("ecobee" may be a common word in lowercase), not the name of a thing ("its Dragonfly
    # mission ... Dragonfly is scheduled to reach Titan").
    names = {
        texts[e.start]
        for e in ents
        if e.label_ == "ORG"
        and len(e) == 1
        and toks[e.start].is_alpha
        and texts[e.start][:1].isupper()
        and zipf(sents.lowers[e.start]) < _EVERYDAY_ORG
        and not _thing_use(toks, e.start, e.end, "ORG")
    }
    # A surname is no company's name ("Adam Schiff ... Schiff's company"): _surnames makes its repeats the person.
    names -= {texts[e.end - 1] for e in ents if e.label_ == "PERSON"}
    if not names:
        return []
    # The tagger's other reading of the same word, a product, is a slip ("investigating WeWork amid layoffs").
    covered = {k for e in ents if not (e.label_ == "PRODUCT" and len(e) == 1) for k in range(e.start, e.end)}
    out: list[Span] = []
    for i, text in enumerate(texts):
        if text not in names or i in covered or toks[i].ent_type_ not in ("", "PRODUCT"):
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (prev is not None and _capitalised(prev) and not sents.is_start(i)) or (
            nxt is not None and _capitalised(nxt)
        ):
            continue
        out.append(Span(doc, i, i + 1, label="ORG"))
    return out


# Words at least this frequent are everyday words before they are companies' names ("Apple", "Target").
_EVERYDAY_ORG = 4.0


def _org_tail(doc: Doc, end: int, sents: _Sents) -> int:
    """End of an organisation name the tagger cut before its "for"/"of"/"on" part: "Joint Council" + "for the
    Welfare of Immigrants". Only capitalised, untagged words after the link count."""
    toks = sents.toks
    stop = sents.bounds(end - 1)[1]
    while end + 1 < stop and toks[end].lower_ in ("for", "of", "on") and toks[end].is_lower:
        k = end + 1
        if toks[k].lower_ == "the" and toks[k].is_lower:
            k += 1
        run = k
        while (
            run < stop and toks[run].is_title and toks[run].is_alpha and not (toks[run].ent_type_ or toks[run].is_stop)
        ):
            run += 1
        if run == k:
            break
        end = run
    return end


_LAW_HEADS = _words("act bill law treaty accord agreement convention")


def _split_and(ent: Span, sents: _Sents) -> list[Span]:
    """ "Black Widow and Captain America": two names of two words or more joined by "and" are two entities;
    "Procter and Gamble", "Bosnia and Herzegovina" or "Department of Health and Human Services" stay one."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG", "FAC", "LOC"):
        return [ent]
    toks, lowers = sents.toks, sents.lowers
    # "&" joins the words of one name ("Procter & Gamble", "Sales & Regional Operations").
    cut = next((k for k in range(ent.start + 1, ent.end - 1) if lowers[k] == "and"), None)
    if cut is None:
        return [ent]
    last = toks[ent.end - 1].lower_
    if last in ORG_HEADS or last in DESIGNATORS or last in _LAW_HEADS or (last.endswith("s") and zipf(last) >= 3.0):
        # A head noun after the second part names the whole ("Department of Health and Human Services",
        # "Hong Kong Human Rights and Democracy Act").
        return [ent]
    left, right = toks[ent.start : cut], toks[cut + 1 : ent.end]
    # Leading articles and trailing caption words are trimmed later; here every other word must be a title word.
    if left[0].lower_ == "the":
        left = left[1:]

    # After a plural noun the names are several, one word each or more ("the schools Santo Spirito and Immacolata").
    shortest = 1 if ent.start and toks[ent.start - 1].tag_ == "NNS" and toks[ent.start - 1].is_lower else 2

    def named(words: Sequence[Token]) -> bool:
        return len(words) >= shortest and all(t.is_alpha and t.text[:1].isupper() and not t.is_stop for t in words)

    trimmed = right
    while len(trimmed) and trimmed[-1].lower_ in CAPTION_WORDS:
        trimmed = trimmed[:-1]
    if not (named(left) and named(trimmed)) or ent.label_ in ("GPE",) and country_code(ent.text):
        return [ent]
    from spacy.tokens import Span  # here, not on top: most entities return above

    return [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label=ent.label_)]


def _split_commas(ent: Span, sents: _Sents) -> list[Span]:
    """ "Mayer, Disney" or "Irving, Texas": names on both sides of a comma are two entities."""
    doc = ent.doc
    texts = sents.texts
    cuts = [k for k in range(ent.start + 1, ent.end - 1) if texts[k] == ","]
    if not cuts:
        return [ent]
    from spacy.tokens import Span  # here, not on top: most entities return above

    out: list[Span] = []
    start = ent.start
    for k in [*cuts, ent.end]:
        if k > start and texts[start][:1].isupper():
            out.append(Span(doc, start, k, label=ent.label_))
        start = k + 1
    return out


def _split_parenthesis(ent: Span, sents: _Sents) -> list[Span]:
    """ "The World Health Organisation (WHO": the name and its acronym, as two entities."""
    doc = ent.doc
    texts = sents.texts
    for k in range(ent.start + 1, ent.end - 1):
        if texts[k] == "(":
            rest = doc[k + 1 : ent.end]
            if len(rest) == 1 and _is_acronym(rest.text):
                from spacy.tokens import Span

                return [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label=ent.label_)]
            break
    return [ent]


def _who_people(doc: Doc, ents: Sequence[Span], sents: _Sents) -> list[Span]:
    """Untagged capitalised names followed by "who" are people ("Moscow, Choe Son-hui who met ...")."""
    from spacy.tokens import Span

    covered = {k for e in ents for k in range(e.start, e.end)}
    out: list[Span] = []
    toks, texts = sents.toks, sents.texts
    for i, text in enumerate(texts):
        if text not in ("who", "whom", "whose") or i == 0:
            continue
        tok = toks[i]
        end = tok.i - 1 if texts[tok.i - 1] == "," else tok.i
        start = end
        floor = sents.bounds(tok.i)[0]
        while start > floor:
            t = toks[start - 1]
            joined = t.text == "-" or (start - 2 >= 0 and toks[start - 2].text == "-" and t.is_alpha)
            if not (joined or (t.is_alpha and t.text[:1].isupper() and not t.is_stop)):
                break
            start -= 1
        if start >= end or toks[start].text == "-" or toks[start].pos_ != "PROPN":
            continue
        if any(k in covered for k in range(start, end)) or (sents.is_start(start) and end - start == 1):
            continue
        out.append(Span(doc, start, end, label="PERSON"))
    return out


# Plural trade nouns and legal forms that close companies' names and no personal name ("Ceres Robotics", "General
# Dynamics", "Walt Disney Co."); a closed list.
_TRADE_HEADS = _words(
    """robotics systems technologies industries holdings laboratories labs aerospace motors pharmaceuticals
    enterprises networks studios solutions dynamics electronics logistics communications inc corp corporation co
    ltd llc plc gmbh"""
)


# Last words that name a model of a product line ("MacBook Pro", "Switch Lite", "iPhone 11 Pro Max"): marketing
# tiers, never a surname (a closed list).
MODEL_WORDS = _words("pro max mini lite ultra plus air")


def _product_shaped(ent: Span, toks: Sequence[Token], i: int, j: int) -> bool:
    """A name the tagger calls a person that is shaped like a product: a model word after a capitalised name
    ("MacBook Pro", "Switch Lite"), or a word mixing letters and digits or a number after the first word
    ("RAV4 Hybrid", "Thunderbolt 3", "Dell G3 15"); "50 Cent" keeps its leading number."""
    if j - i > 1 and toks[j - 1].lower_ in MODEL_WORDS and toks[j - 1].text[:1].isupper():
        return True
    for k in range(i, j):
        text = toks[k].text
        if any(c.isdigit() for c in text) and (k > i or any(c.isalpha() for c in text)):
            return True
    # A version number after the name ("Thunderbolt 3"), not a score or a range ("Nicolas Jarry 6-4").
    nxt = toks[j] if j < len(toks) else None
    after = toks[j + 1].text if j + 1 < len(toks) else ""
    return nxt is not None and j < ent.end and nxt.text.isdigit() and len(nxt.text) <= 2 and after not in "-\u2013:/,"


# What only an organisation owns: its units, its seat and chief officers (a closed list; not "shares", "shareholders",
# "employees", "label" or "spokesman", which people are said to have too: "Buffett's shareholders").
_COMPANY_PARTS = _words("division divisions subsidiary subsidiaries headquarters ceo cfo")
# What a data company, not a person, is credited with providing (not a map, which a person draws and compiles).
_CHART_NOUNS = _words("graphic graphics chart charts infographic")
_CREDIT_VERBS = _words("provided supplied")


def _owns_as_company(tok: Token) -> bool:
    """A name that owns a part only an organisation has ("Universal's music division") or is credited with a chart
    ("This graphic, provided by Statista, shows")."""
    head = tok.head
    if tok.dep_ == "poss":
        return head.lower_ in _COMPANY_PARTS
    if tok.dep_ != "pobj" or head.lower_ != "by":
        return False
    verb = head.head
    return verb.lower_ in _CREDIT_VERBS and verb.head.lower_ in _CHART_NOUNS


def _home_town(tok: Token) -> bool:
    """A one-word name after ", of" that hangs on a person's name or age ("Ryan S. Hollman, 31, of Hope"): the
    person's home town, as police and court news give it (the gazetteer lacks most small towns); not "the father
    of Hope", "a friend of Hope"."""
    if tok.dep_ != "pobj":
        return False
    of = tok.head
    if of.lower_ != "of" or of.i == 0 or of.doc[of.i - 1].text != ",":
        return False
    owner = of.head
    return owner.ent_type_ == "PERSON" or owner.tag_ == "CD"


# What a team has and a town or a region does not (a closed list): its coach, players and roster; not its fans, wins
# or losses, which regions and candidates have too.
_TEAM_NOUNS = _words("coach coaches goalie goaltender defenseman defensemen quarterback roster lineup")


def _team_place(tok: Token, name: str) -> bool:
    """A one-word "place" no gazetteer knows (or a name the tagger calls an adjective) that is a team's name: it
    modifies or owns a team noun ("Wild coach Bruce Boudreau", "the Wild's roster"). A score in the sentence is no
    sign: a range is written so too ("the Midwest could see 6-10 inches")."""
    if tok.dep_ not in ("compound", "poss", "amod") or tok.head.lower_ not in _TEAM_NOUNS:
        return False
    return not (is_town(name) or country_code(name) or place_rank(name))


def _listed_with_companies(tok: Token, name: str) -> bool:
    """The token is coordinated by "and"/"or" with names tagged organisations only, and names no place the gazetteer
    knows ("the University of Goethe, Frankfurt," is no list)."""
    if tok.dep_ != "conj" and not any(c.dep_ == "conj" for c in tok.rights):
        return False
    others = tok.conjuncts
    return (
        bool(others)
        and all(c.ent_type_ == "ORG" for c in others)
        and any(c.dep_ == "cc" for t in (tok, *others) for c in t.children)
        and not is_town(name)
        and not country_code(name)
        and not place_rank(name)
    )


def _named_as_person(i: int, j: int, lone: Mapping[str, bool], surnames: Collection[str], sents: _Sents) -> bool:
    """A name of two or three capitalised words tagged an organisation or a place that the text uses as a person's:
    its last word is tagged a person when written alone and is a rare word or follows a given name ("Eyamba Sowers
    didn't know ... Sowers said", "Mason Rudolph ... Rudolph"), or it starts with a given name and is coordinated
    with a name tagged a person ("Caitlyn Smith and Kate York"). Not a name whose first words are a known place or
    a name the text tags alone as a thing ("Los Angeles Lakers", "Google Stadia"), nor one ending on a word that
    names a kind of body, building, place or event ("Victoria Hospital", "Bartholomew County"). ``lone`` tells of
    each one-word entity whether it is tagged a person at least once; ``surnames`` are the last words of the full
    names tagged a person."""
    if j - i < 2:
        return False
    toks, texts, lowers = sents.toks, sents.texts, sents.lowers
    # "Eva-Marie Persson": a hyphen joins the parts of one given name.
    words = [k for k in range(i, j) if texts[k] not in (".", "-") and not (k > i and texts[k - 1] == "-")]
    if not 2 <= len(words) <= 3 or j - i > 5:
        return False
    for k in words:
        # A middle initial ("Ryan S. Hollman") may stand between the names.
        initial = k not in (words[0], words[-1]) and _INITIAL.fullmatch(texts[k]) is not None
        if not initial and (not (texts[k].isalpha() and texts[k].istitle()) or toks[k].tag_ != "NNP"):
            return False
    first, last = texts[words[0]], texts[words[-1]]
    if (
        lowers[words[-1]] in _THING_TAILS
        or lowers[words[-1]] in legal_forms()
        or lone.get(first) is False
        or place_rank(sents.text(words[0], words[-1]))
        or place_rank(sents.text(i, j))
    ):
        return False
    given = _known_given_name(first.lower())
    if lone.get(last):
        # "Goldman Sachs ... Jeffrey Sachs ... Sachs said": the lone surname is the other full name's.
        return (given or zipf(last.lower()) < _RARE_SURNAME) and _key(last) not in surnames
    return given and any(_coordinated_person(toks[k]) for k in words)


_RARE_SURNAME = 3.5
_INITIAL = re.compile(r"[A-Z]\.?")


def _coordinated_person(tok: Token) -> bool:
    """The token is coordinated with a word of a name tagged a person, anywhere in its list ("producer John Shanks
    (Bon Jovi, Sheryl Crow, ...)")."""
    return any(c.ent_type_ == "PERSON" for c in tok.conjuncts)


def _known_given_name(word: str) -> bool:
    from extract.actors.merge import is_given_name

    return is_given_name(word)


def _priced(toks: Sequence[Token], i: int, j: int) -> bool:
    """A name of several words right before "for" and an amount of money that hang on it, not the object of a verb
    or a preposition ("Apple AirPods Pro for $235"; not "Get it at Walmart for $238", "bought Big Machine for")."""
    if j - i < 2 or j + 1 >= len(toks) or toks[j].lower_ != "for" or not i <= toks[j].head.i < j:
        return False
    money = toks[j + 1]
    if not (money.is_currency or money.ent_type_ == "MONEY"):
        return False
    head = toks[toks[j].head.i]
    return head.dep_ not in ("dobj", "pobj", "dative", "poss", "conj", "appos")


_CAMEL = re.compile(r"(?:[a-z]+|[A-Z][a-z]{2,})[A-Z][a-z]")


def _product_sign(i: int, j: int, lone: Mapping[str, bool], sents: _Sents) -> bool:
    """A sign that a priced name is a product's, not a person's or a retailer's ("Gerrit Cole for $324 million", "Best
    Buy for $199"): a model word last ("Pro"), a word with a capital or a digit inside ("AirPods", "RDR2"), or a first
    word the text tags alone as a thing (the maker: "Amazon" of "Amazon Echo Buds"); never after a given name."""
    texts = sents.texts
    first = texts[i]
    if _known_given_name(first.lower()) or lone.get(texts[j - 1]):
        # "Hopkins said": a surname the text tags a person alone.
        return False
    if sents.lowers[j - 1] in ORG_HEADS or sents.lowers[j - 1] in DESIGNATORS:
        return False  # "JetBlue Airways for $59", "PayPal Holdings Inc for $4 billion": a company's head noun
    if sents.lowers[j - 1] in MODEL_WORDS or lone.get(first) is False:
        return True
    # A capital inside a word after a lowercase stem or a stem of three letters or more ("iPhone", "AirPods"), not
    # after a name's prefix ("DeAndre", "LeBron", "McDonald", "O'Neal").
    return any(_mixed(w) or _CAMEL.match(w) is not None for w in texts[i:j])


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
        and not toks[start - 1].ent_type_
    ):
        start -= 1
    return " ".join(t.text for t in toks[start : k + 1])


def _linked_title(toks: Sequence[Token], i: int, j: int) -> bool:
    """An organisation named after an office: its last title word is the object of its "of" ("Office of Inspector
    General", "Office of the Surgeon General"), not a title before whoever follows ("House of Representatives
    Speaker Nancy Pelosi", where the parser hangs "Speaker" on Pelosi)."""
    last = toks[j - 1]
    return last.dep_ == "pobj" and last.head.lower_ == "of" and i <= last.head.i < j - 1


def _lowercase_evidence(toks: Sequence[Token]) -> Counter[str]:
    """Lowercase words outside person names: a lowercase "name" whose word the text also writes as a common word
    ("a scissor switch keyboard ... the keyboard") is no name."""
    return Counter(t.lower_ for t in toks if t.is_lower and t.is_alpha and t.ent_type_ != "PERSON")


def extract_mentions(doc: Doc, rep: Repaired, document: str) -> list[Mention]:
    """One Mention per named actor in ``doc`` (parsed from ``rep.text``), offsets into the original file."""
    cands: list[_Candidate] = []
    sents = _Sents.of(doc)
    toks = sents.toks
    ents = _entities(doc, sents)
    # Names the tagger calls products anywhere in the document, and person names shaped like products.
    # A surname the tagger once calls a product ("Swift's performance") stays the person's.
    surnames = {_key(toks[e.end - 1].text) for e in ents if e.label_ == "PERSON" and len(e) > 1}
    products = {k for e in ents if e.label_ == "PRODUCT" and (k := _key(clean_name(e.text))) not in surnames}
    product_words: set[str] = set()
    lowered: Counter[str] | None = None
    texts_ = sents.texts
    lowers_ = sents.lowers
    # Words the tagger calls a person (a surname: "Persson explained") or a thing ("Google") when written alone.
    lone_people = {texts_[e.start] for e in ents if len(e) == 1 and e.label_ == "PERSON"}
    companies: set[str] = set()
    priced: set[str] = set()
    makers: set[str] = set()  # the first word of a priced product ("Apple" of "Apple AirPods Pro for $235")
    thing_names: dict[str, int] = {}  # names of missions, vaccines, novels ... (see _thing_use) and how sure
    lone = {texts_[e.start]: texts_[e.start] in lone_people for e in ents if len(e) == 1}
    for ent in ents:
        label = ent.label_
        if label not in LABEL_KINDS and label not in GAZETTEER_LABELS:
            continue
        i, j, titles = _trim(ent, sents)
        if i >= j:
            continue
        if (
            label == "PERSON"
            and j - i == 1
            and i > 0
            and texts_[i].isupper()
            and _key(texts_[i]) in legal_forms()
            and toks[i - 1].tag_ == "NNP"
            and texts_[i - 1][:1].isupper()
            and toks[i - 1].ent_type_ == ""
        ):
            # "BioNTech SE said": no one is called by a company's legal form; with the name before it, the company.
            i -= 1
            label = "ORG"
        # "ST. JOSEPH" (see _abbreviated_places), which running text writes "St. Joseph".
        abbreviated = label == "GPE" and j - i > 2 and texts_[i] in PLACE_ABBREVIATIONS and texts_[i + 1] == "."
        if label in ("GPE", "LOC") and not abbreviated and _word_before_place(i, j, sents):
            # "Say Mexico demanded that ...": a sentence's first word glued to the place after it.
            i += 1
        # The span's text joined from the token texts, not doc.text: spaCy rebuilds the whole text on every call.
        name = clean_name(sents.text(i, j))
        if abbreviated:
            name = re.sub(r"(['\u2019])S\b", r"\1s", name.title())
        kind = LABEL_KINDS.get(label)
        if kind == "person" and (_product_shaped(ent, toks, i, j) or _key(name) in products):
            # Products are no people: "MacBook Pro" tagged PERSON here and PRODUCT or ORG elsewhere.
            products.add(_key(name))
            if " " in _key(name):
                # "Mac" of "Mac Pro": the product line's own word alone.
                product_words.add(_key(name).split(" ", 1)[0])
            continue
        if kind in ("person", "organization") and _priced(toks, i, j) and _product_sign(i, j, lone, sents):
            # "Apple AirPods Pro for $235", "Sonos Move for $400": a deal's listing prices a product, not an actor
            # (a retailer or a company bought is an object: "Get it on Amazon for $649", "bought Big Machine for").
            priced.add(_key(name))
            if " " in name:
                # "Apple's AirPods Pro": the maker's possessive before the same product.
                maker, rest = name.split(" ", 1)
                makers.add(_key(maker))
                priced.update(_key(f"{maker}{s} {rest}") for s in ("'s", "\u2019s"))
                if " " in rest:
                    # "Amazon's Echo Buds", which the tagger cuts after the possessive.
                    priced.add(_key(rest))
            continue
        if kind == "person" and name.islower():
            if lowered is None:
                lowered = _lowercase_evidence(toks)
            if any(lowered[w] for w in name.split()):
                continue
        if label == "PERSON" and j - i > 1 and toks[j - 1].lower_.rstrip(".") in _TRADE_HEADS:
            # "Ceres Robotics", "Tyvak Nano-Satellite Systems": no personal name ends on a trade noun.
            kind = "organization"
        if label == "ORG" and j - i > 2 and toks[i].lower_ in TITLE_WORDS and toks[i + 1].lower_ == "of":
            # "Founder of Ceres Robotics Inc.": the title belongs to a person, the organisation follows it.
            k = i + 2 + (toks[i + 2].lower_ == "the")
            if j - k >= 2:
                i = k
                name = clean_name(sents.text(i, j))
        if label == "ORG" and toks[j - 1].lower_ in TITLE_WORDS and not _linked_title(toks, i, j):
            k = j
            # "Department of Justice Inspector General Michael Horowitz": the title stops at what "of" links.
            while k > i and toks[k - 1].lower_ in TITLE_WORDS and not _linked_title(toks, i, k):
                k -= 1
            if k - i < 2 or all(toks[x].tag_ == "JJ" for x in range(i, k)):
                # "the North Korean Foreign" (Minister): the start of a title, not an organisation.
                continue
            # "House of Representatives Speaker": the organisation, then the title of whoever follows.
            j = k
            name = clean_name(sents.text(i, j))
        if label in ("ORG", "GPE") and all(toks[k].tag_ == "JJ" for k in range(i, j)):
            kind = "group"
        if label == "NORP" and j - i == 1 and toks[i].tag_ == "NNP" and j < len(doc) and toks[j].lower_ in _LED_BY:
            # "the Monti government": a leader's name before the body he leads, not a nationality.
            kind = "person"
        use = _thing_use(toks, i, j, label)
        if use and (use == 2 or not (place_rank(name) or country_code(name))):
            # "NASA's upcoming Europa Clipper mission", "The HPV vaccine might have protected her": the name of a
            # mission, a vaccine, a novel, no actor; wherever else the document writes it too, unless it is used as
            # an actor there (see below).
            thing_names[_key(name)] = max(use, thing_names.get(_key(name), 0))
            if toks[j - 1].is_lower:
                # "the Wheel of Time series": the name without its noun ("Wheel of Time") is the same thing.
                short = _key(clean_name(sents.text(i, j - 1)))
                thing_names[short] = max(use, thing_names.get(short, 0))
            continue
        if kind != "person" and (_is_event(name) or _names_a_work(toks, i, j)):
            # "Google Science Fair", "FIFA World Cup": events are not actors, their organiser may be.
            if j - i > 1 and _is_acronym(toks[i].text) and not toks[i].is_stop:
                cands.append(_Candidate("ORG", i, i + 1, "organization", toks[i].text, None, None))
            continue
        if label == "ORG" and j - i >= 2 and _after_style(i, sents.texts):
            # "The Rt Hon Keir Starmer MP": the Right Honourable is a parliamentarian, not an organisation.
            kind = "person"
        if kind != "place" and _dateline_town(i, j, name, sents):
            # "UVALDE, Texas (AP) — Uvalde announced ...": a story's dateline is its town, whatever the tagger said.
            kind, name = "place", name.title()
        if name.islower():
            name = _recase(name, kind or "place")
        elif label == "PERSON" and j - i == 1 and name.isupper() and len(name) > 3 and name.isalpha():
            # "WALLACE:" in a transcript is Wallace, not an acronym.
            name = name.title()
        elif name.isupper() and len(name) > 4 and kind in ("place", None) and place_rank(name) >= 2:
            # Datelines ("LOS ANGELES (AP) -", "DUBAI, United Arab Emirates") write the city in capitals.
            name = name.title()
        site = _SITE.fullmatch(name) if kind == "organization" else None
        if site:
            name = site.group(1)
        if kind in ("place", "person") and _GROUP_OF_STATES.fullmatch(name):
            # "G7", "G20": clubs of states, which spaCy tags GPE.
            kind = "organization"
        if not _valid_name(name, kind or "place"):
            continue
        if kind == "person" and j - i > 1 and _acronym_tail(toks[i:j]):
            # "Batman: Arkham VR", "PlayStation VR": a personal name never ends on an acronym; a product or title does.
            continue
        if (
            kind == "place"
            and j - i > 1
            and not abbreviated
            and _acronym_tail(toks[i:j])
            and not place_rank(sents.text(i, j - 1))
        ):
            # "Windows XP": a place the gazetteer does not know, ending on an everyday acronym, is a product's name
            # ("Portland OR" and "Washington DC" start with a known place).
            continue
        if kind is None:
            if place_rank(name) < 2:
                continue
            kind = "place"
        if (
            kind == "person"
            and label == "PERSON"
            and j - i == 1
            and not titles
            and _key(name) not in surnames
            and _owns_as_company(toks[i])
        ):
            # "Universal's music division provided some demos", "This graphic, provided by Statista, shows": no one
            # person has a division or credits a chart; the name is an organisation's (and takes no "he said"), here
            # and wherever else the document writes it alone ("signed to Universal as a songwriter").
            kind = "organization"
            companies.add(_key(name))
        if kind == "person" and label == "PERSON" and j - i == 1 and not titles and _home_town(toks[i]):
            # "Ryan S. Hollman, 31, of Hope": where a person named with an age lives, in police and court news.
            kind = "place"
        if (
            kind in ("person", "place")
            and j - i > 1
            and lowers_[j - 1] in ORG_HEADS
            and place_rank(sents.text(i, j - 1)) >= 2
            and not place_rank(name)
            and not (j - i == 2 and label == "PERSON" and _known_given_name(lowers_[i]))
        ):
            # "the Sacramento Bee, Miami Herald and Kansas City Star": a city's name before an organisation's head
            # noun names a newspaper, a university, a bank ("Miami Herald" was tagged a person); a given name that is
            # also a city's starts a person's name ("Austin Post" tagged a person).
            kind = "organization"
        if kind in ("place", "group") and label in ("GPE", "LOC", "ORG") and j - i == 1 and _team_place(toks[i], name):
            # "Wild coach Bruce Boudreau", "the Wild's 4-1 win over the Sabres": a team, here and wherever else the
            # document names it alone ("gave the Wild a two-goal lead").
            kind = "organization"
            companies.add(_key(name))
        if kind == "place" and label in ("GPE", "LOC") and j - i == 1 and _listed_with_companies(toks[i], name):
            # "acquisitions, including Marvel Entertainment, Lucasfilm and BamTech": a name no gazetteer knows, in a
            # list of organisations only, is one too.
            kind = "organization"
        if kind != "person" and label in ("ORG", "GPE", "LOC") and _named_as_person(i, j, lone, surnames, sents):
            # "Eva-Marie Persson ... Persson explained", "Caitlyn Smith and Kate York": a personal name the tagger
            # called a company or a place.
            kind = "person"
        if label == "ORG" and j - i > 1 and toks[j - 1].lower_ in FACILITY_HEADS:
            # "NTU Hospital Station", "Century City Towers": buildings and venues are places.
            kind = "place"
        described = _apposition_kind(doc, i, j, sents)
        if described is None and kind != "organization" and _after_org_noun(toks, i, j):
            described = "organization"
        if described == "person" and (label in ("GPE", "LOC", "FAC") or place_rank(name)):
            # "In Tulsa, an unarmed man with his hands up": a place is no person whatever the parse attaches to it.
            described = None
        if described is not None and not titles:
            # "Instituto Gonzaga, a catholic school", "Herat, a city in the west": what the text calls it.
            kind = described
        elif (
            kind == "place"
            and label == "GPE"
            and j - i == 1
            and _used_as_company(toks[i])
            and not is_town(name)
            and not country_code(name)
        ):
            # "her Netflix special", "Alibaba's shares", "Bloomberg reported": a one-word "place" that no town or
            # region of any size is named (not "Flint", "Kenosha", "Xinjiang") and that has a spokesperson, shares or
            # a show, or reports news, is a company.
            kind = "organization"
        role_span = None
        if kind == "person" or titles:
            if titles:
                role_span = (titles[0].i, titles[-1].i + 1)
                before = _role_before(ent, titles[0].i, sents)
                if before is not None and before[1] == titles[0].i:
                    role_span = (before[0], role_span[1])
            else:
                role_span = _role_before(ent, i, sents) or _role_after(ent, j, sents) or _role_displaced(ent, i, sents)
        role = _role_text(doc, role_span) if role_span else None
        if kind == "person" and j - i == 1 and i > 0 and _is_title_word(toks[i - 1]):
            # "Professor Eastman", "Ms Bauchtman": the form the story uses for someone named by surname, with the
            # whole title ("Vice President Pence", "Deputy Prime Minister Fedorov", not "President Pence").
            name = f"{_title_before(toks, i - 1)} {name}"
        cands.append(_Candidate(label, i, j, kind, name, role, role_span))
    _relational_roles(doc, toks, cands)
    cands.extend(_employers(doc, toks, cands))
    cands.extend(_untagged_organisations(doc, ents, cands, sents))
    cands.extend(_gazetteer_places(doc, ents, sents))
    cands.sort(key=lambda c: c.start)
    _name_with_region(toks, cands)
    roles = [c.role_span for c in cands if c.role_span]
    # A maker written alone besides its priced product is no fragment of it: the product is dropped, the maker stays
    # ("Apple AirPods Pro for $235 ... Apple said", review s17 round 3 MED-1).
    fragments = (_fragments(doc, cands, sents) - makers) | _product_lines(doc, sents)
    # A product's model word alone is the product too ("the Pro" after "MacBook Pro").
    product_words |= {k.rsplit(" ", 1)[1] for k in products if " " in k}
    # A thing's name that the document also uses as an actor's stays ("a NASA spacecraft ... NASA said"), unless the
    # text says outright what it names.
    used = {_key(c.name) for c in cands} if thing_names else set()
    things = {k for k, use in thing_names.items() if use == 2 or k not in used}
    kept: list[_Candidate] = []
    for c in cands:
        # Names inside a title ("Defense" in "Secretary of Defense") are part of the role, not actors,
        # unless they are places or groups ("US", "Polish") or multi-word names ("European Commission").
        inside = next(((s, e) for s, e in roles if s <= c.start and c.end <= e), None)
        # "Shadow Home" in "Shadow Home Secretary": a portfolio modifying the title word after it; a name tagged a
        # place is no portfolio ("Jefferies analyst Jonathan Matuszewski": the firm).
        if (
            inside
            and c.label not in ("EMPLOYER", "GPE")
            and c.kind == "organization"
            and not _is_acronym(c.name)
            and (c.end - c.start == 1 or (c.end < inside[1] and toks[c.end].lower_ in TITLE_WORDS))
        ):
            continue
        if _key(c.name) in fragments:
            continue
        if c.kind == "person" and (_key(c.name) in products or _key(c.name) in product_words):
            continue
        if _key(c.name) in priced or _key(c.name) in things:
            continue
        if c.kind != "organization" and c.end - c.start == 1 and not c.role and _key(c.name) in companies:
            c.kind = "organization"
        kept.append(c)
    kept = _unglued(doc, kept, sents)
    same_as = _parenthesised(toks, kept)
    # Surnames of the document's people, whose plurals name families ("The Obamas"), not teams.
    family_names = surnames | {_key(toks[c.end - 1].text) for c in kept if c.kind == "person"}
    teams = _plural_teams(toks, kept, family_names)
    out: list[Mention] = []
    for c in kept:
        if c.cut == 0 and c.kind in ("person", "organization") and _sentence_period(c, sents):
            # "..., said Harrison Ford and Stephen Fry.": the tagger leaves the sentence's period on the name.
            c.name = c.name[:-1]
            if sents.texts[c.end - 1] == ".":
                c.end -= 1
            else:
                c.cut = 1
    for n, c in enumerate(kept):
        start, end = rep.span(toks[c.start].idx, toks[c.end - 1].idx + len(toks[c.end - 1].text) - c.cut)
        out.append(
            Mention(
                text=rep.original[start:end],
                name=c.name,
                kind=c.kind,
                start=start,
                end=end,
                document=document,
                role=c.role,
                label=THING_USE
                if c.label == "PERSON" and (_used_as_thing(toks, c, family_names) or _key(c.name) in teams)
                else NAMED_COMPANY
                if c.label in ("GPE", "LOC") and c.kind == "organization" and _after_org_noun(toks, c.start, c.end)
                else c.label,
                same_as=same_as.get(n),
            )
        )
    return out


_DATELINE_ENDS = frozenset((",", "(", "\u2014", "\u2013", "-", "--"))


def _dateline_town(i: int, j: int, name: str, sents: _Sents) -> bool:
    """A town's name in capitals that opens a paragraph and is followed by a comma, "(AP)" or a dash: a dateline
    ("UVALDE, Texas (AP) —", "KENOSHA, Wis. —"), when a town or region of that name exists."""
    toks, texts = sents.toks, sents.texts
    if i > 0 and not (toks[i - 1].is_space and "\n" in texts[i - 1]) and texts[i - 1][-1:] != "\n":
        return False
    if j >= len(toks) or texts[j] not in _DATELINE_ENDS:
        return False
    return len(name) >= 3 and name.isupper() and name.replace(" ", "").isalpha() and is_town(name)


def _word_before_place(i: int, j: int, sents: _Sents) -> bool:
    """A place's name whose first word opens its sentence (or a quote that does) and is an everyday word that starts
    no place's name ("Say Mexico", "Imagine China"), before a known country or city: the rest is the place ("New
    Mexico", "South Korea" and "Central Florida" start with words that start places)."""
    texts = sents.texts
    k = i - 1 if i > 0 and texts[i - 1] in ('"', "\u201c", "'", "\u2018") else i
    if j - i < 2 or not sents.is_start(k) or not texts[i].istitle() or not texts[i].isalpha():
        return False
    rest = sents.text(i + 1, j)
    if not (place_rank(rest) >= 2 or country_code(rest)) or place_rank(sents.text(i, j)):
        return False
    word = texts[i].lower()
    if zipf(word) < _EVERYDAY_FIRST_WORD or word in place_first_words():
        return False
    # A name the text writes again is a place's own ("Inner Mongolia"), not a slip at one sentence's start.
    return sents.toks[i].doc.text.count(sents.text(i, j)) == 1


_EVERYDAY_FIRST_WORD = 5.0


def _sentence_period(c: _Candidate, sents: _Sents) -> bool:
    """A name of several words whose last token keeps the period that ends its sentence ("Stephen Fry.", "Edward
    IV.", "Group D."), not an abbreviation's ("Ceres Robotics Inc.", "James Kennedy Jr.", "U.N.")."""
    texts = sents.texts
    last = texts[c.end - 2] + "." if texts[c.end - 1] == "." and c.end - c.start > 2 else texts[c.end - 1]
    if c.end - c.start < 2 or not c.name.endswith(".") or not last.endswith(".") or last.count(".") > 1:
        return False
    word = last[:-1].lower()
    if not word.isalpha() or word in DESIGNATORS or word in legal_forms() or word in ("jr", "sr"):
        return False
    stop = sents.bounds(c.start)[1]
    return all(sents.toks[k].is_punct or sents.toks[k].is_space for k in range(c.end, stop))


# Prepositions before a medium or a network rather than a person ("across Twitter", "via Instagram").
_MEDIUM_PREPOSITIONS = frozenset(("on", "across", "via", "onto"))


def _used_as_thing(toks: Sequence[Token], c: _Candidate, surnames: Collection[str] = ()) -> bool:
    """A one-word name without a role used as a thing: the modifier of a common noun ("Twitter users", not "Trump
    adviser"), the head after "the" ("the Steelers", not a family of one of ``surnames``: "the Obamas") or the object
    of "on"/"across"/"via" ("posted on Twitter")."""
    if c.end - c.start != 1 or c.role:
        return False
    tok = toks[c.start]
    head = tok.head
    if tok.dep_ == "compound":
        return head.pos_ == "NOUN" and head.lower_ not in PERSON_NOUNS and head.lower_ not in TITLE_WORDS
    if c.start > 0 and toks[c.start - 1].lower_ == "the":
        # "the Steelers", "the Thunder", "land humans on the Moon": no one is called by "the" and a name, but a
        # family is by its surname's plural ("Barack Obama and Michelle Obama ... The Obamas said").
        return not _family(tok.text, surnames)
    return tok.dep_ == "pobj" and head.lower_ in _MEDIUM_PREPOSITIONS


def _family(word: str, surnames: Collection[str]) -> bool:
    """A plural of one of the document's surnames ("Obamas", "Clintons", "Joneses")."""
    k = _key(word)
    return k.endswith("s") and (k[:-1] in surnames or (k.endswith("es") and k[:-2] in surnames))


def _plural_shaped(word: str) -> bool:
    """A capitalised word shaped like a plural ("Browns", "Canadiens"), not like a surname in -ss, -us or -is
    ("Ross", "Marcus", "Davis")."""
    return (
        len(word) > 3
        and word[0].isupper()
        and word[1:].islower()
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
    )


_VERSUS = frozenset(("vs", "vs.", "v", "v.", "versus"))


def _plural_verb(verb: Token) -> bool:
    """A verb in a plural form, or with a plural auxiliary ("are", "have won", "were beaten")."""
    return any(
        v.tag_ == "VBP" or v.lower_ == "were"
        for v in (verb, *(a for a in verb.children if a.dep_ in ("aux", "auxpass")))
    )


def _plural_teams(toks: Sequence[Token], cands: Sequence[_Candidate], surnames: Collection[str]) -> set[str]:
    """Keys of one-word plural names the tagger calls people that the document uses as a team or a band (see
    ``_team_use``), when the name ends no person's full name in the document. No one is called by a plural: every
    mention of such a name in the document is then a thing use ("Browns defensive end Myles Garrett"). A plural of
    one of ``surnames`` is a family ("The Obamas have known the family"), so only a hashtag or a pair of plural names
    makes it a team."""
    lone = {
        _key(c.name)
        for c in cands
        if c.label == "PERSON" and c.end - c.start == 1 and not c.role and _plural_shaped(toks[c.start].text)
    }
    if not lone:
        return set()
    lone -= {_key(toks[c.end - 1].text) for c in cands if c.kind == "person" and c.end - c.start > 1}
    return {
        k
        for i, tok in enumerate(toks)
        if (k := _key(tok.text)) in lone and _team_use(toks, i, _family(tok.text, surnames))
    }


def _team_use(toks: Sequence[Token], i: int, family: bool) -> bool:
    """A plural name written as a hashtag ("#Browns"), in a pair of plural names ("the Browns-Steelers game",
    "Broncos vs. Raiders"), or, unless it is a ``family``'s, as the head after "the" ("facing the Browns") or as the
    lone subject of a plural verb ("Browns have won", "The Nighthawks are"; two people joined take one too)."""
    tok = toks[i]
    if i > 0 and toks[i - 1].text.endswith("#") and not toks[i - 1].whitespace_:
        return True
    if not family and i > 0 and toks[i - 1].lower_ == "the" and tok.dep_ not in ("compound", "nmod", "poss", "amod"):
        return True
    if (
        not family
        and tok.dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ == "conj" for c in tok.children)
        and _plural_verb(tok.head)
    ):
        return True
    n = len(toks)
    for a, b in ((i - 2, i - 1), (i + 2, i + 1)):
        if not 0 <= a < n or not _plural_shaped(toks[a].text):
            continue
        if toks[b].lower_ in _VERSUS:
            return True
        left, right = min(a, i), max(a, i)
        if toks[b].text == "-" and not toks[left].whitespace_ and not toks[b].whitespace_ and right - left == 2:
            return True
    return family and _team_sign(tok)


# Verbs of a game between two sides ("the Browns beat the Steelers", "the Eagles beat the Browns").
# (the small model has no lemmatizer: the forms are listed).
_CONTEST_VERBS = _words(
    """beat beats beating defeat defeats defeated defeating edge edges edged edging rout routs routed routing
    upset upsets upsetting blank blanks blanked outscore outscores outscored"""
)
_TALLY_WORDS = _words("vote votes voted voting poll polls polled ballot ballots")
_POINTS = re.compile(r"^\d{1,3}$")
_SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")


def _team_sign(tok: Token) -> bool:
    """Signs that a plural which is also a family's name is used as a team: the modifier of a common noun ("Browns
    coach", "Browns fans"), a side in a game ("the Browns beat the Steelers", "the Eagles beat the Browns") or a
    sentence with a game's score ("24-20"). A family takes none ("The Obamas said in a statement")."""
    head = tok.head
    if (
        tok.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.lower_ not in PERSON_NOUNS
        and head.lower_.removesuffix("s") not in PERSON_NOUNS
    ):
        return True
    if tok.dep_ in ("nsubj", "dobj") and head.lower_ in _CONTEST_VERBS:
        # The other side is a team too ("beat the Steelers"; not "Donald Trump beat the Clintons").
        other = "dobj" if tok.dep_ == "nsubj" else "nsubj"
        if any(c.dep_ == other and c.tag_ == "NNPS" or _plural_shaped(c.text) for c in head.children if c != tok):
            return True
    sent = list(tok.sent)
    if any(t.lower_ in _TALLY_WORDS for t in sent):
        # "voted 5-2": a tally, not a game's score.
        return False
    for k, t in enumerate(sent):
        if _SCORE.match(t.text):
            return True
        if (
            k + 2 < len(sent)
            and _POINTS.match(t.text)
            and sent[k + 1].text in ("-", "–")
            and _POINTS.match(sent[k + 2].text)
            and not t.whitespace_
            and not sent[k + 1].whitespace_
        ):
            return True
    return False


# What a company or a service has and no town has: staff who speak for it, shares, users, shows (a closed list).
_COMPANY_NOUNS = _words(
    """spokesperson spokeswoman spokesman analyst analysts executive executives ceo cfo cofounder co-founder shares
    stock shareholders investors listing ipo offering earnings subscribers users customers documentary special
    series app subscription"""
)
# What a news outlet does as a subject and a town does not: report news, with a clause or none ("Bloomberg reported
# WeWork is ...", "as Bloomberg has reported"); a town reports a count ("Hopkinton reported 12 new cases") and
# announces, launches and releases as often as a company. Listed as forms, since the pipeline has no lemmatizer.
_REPORT_VERBS = _words("report reports reported")


def _used_as_company(tok: Token) -> bool:
    """A name modifying or owning one of ``_COMPANY_NOUNS``, or the subject (or a conjunct of it) of "report" with
    no object: "an Alibaba spokesperson", "Alibaba's shares", "NBC News and Bloomberg have reported"."""
    head = tok.head
    if tok.dep_ in ("compound", "poss"):
        return head.lower_ in _COMPANY_NOUNS
    while tok.dep_ == "conj" and head.i != tok.i:
        tok, head = head, head.head
    return (
        tok.dep_ == "nsubj"
        and head.pos_ == "VERB"
        and head.lower_ in _REPORT_VERBS
        and not any(c.dep_ in ("dobj", "attr") for c in head.children)
    )


# Last words of names of buildings and venues, which the tagger often calls organisations (a closed list).
FACILITY_HEADS = _words(
    "station stadium arena airport tower towers bridge square street avenue hall plaza palace temple cathedral mosque"
)
# Head nouns of an apposition that say a name is an organisation or a place, not a person (closed lists).
ORG_NOUNS = _words(
    """company firm school organisation organization group charity agency network website site newspaper magazine
    outlet startup business church team club band brand retailer manufacturer maker publisher broadcaster bank
    university college institute party"""
)
PLACE_NOUNS = _words(
    "city town village country region province island county district suburb neighbourhood neighborhood capital"
)


# Nouns that only ever denote people: an apposition or a possessive with one says a name is a person's.
PERSON_NOUNS = _words(
    """man woman boy girl men women teenager child father mother son daughter wife husband brother sister widow
    widower grandfather grandmother uncle aunt nephew niece cousin fiancee fiance girlfriend boyfriend"""
)


def _after_org_noun(toks: Sequence[Token], i: int, j: int) -> bool:
    """ "energy company Burisma", "news site Politico": a name right after a lowercase organisation noun that
    modifies it or that it restates, not the subject of a clause ("the company Smith founded", "the party Netanyahu
    now leads")."""
    if i == 0 or j >= len(toks):
        return False
    noun = toks[i - 1]
    if not noun.is_lower or noun.lower_ not in ORG_NOUNS:
        return False
    # Only a noun with a determiner ("the party", "a company") heads a clause whose subject is the name; a bare
    # title noun ("News site Politico first reported ...") is set before the name as its subject.
    if any(c.dep_ in ("det", "poss", "predet") for c in noun.lefts):
        if toks[j - 1].dep_ in ("nsubj", "nsubjpass"):
            return False
        # "The party Netanyahu now leads", "The team Brady once led": adverbs may stand between subject and verb.
        k = j
        while k < len(toks) - 1 and toks[k].tag_ == "RB":
            k += 1
        if toks[k].tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return False
    return i <= noun.head.i < j or (toks[j - 1].dep_ == "appos" and toks[j - 1].head.i == noun.i)


def _apposition_kind(doc: Doc, i: int, j: int, sents: _Sents) -> str | None:
    """ "X, a catholic school", "X, a 43-year-old man": the kind the apposition after a name gives it, when its noun
    says; "X's wife" makes X a person too."""
    toks = sents.toks
    stop = sents.bounds(i)[1]
    if j + 1 < stop and toks[j].tag_ == "POS" and toks[j + 1].lower_ in PERSON_NOUNS:
        return "person"
    if j >= stop or toks[j].text != ",":
        return None
    for k in range(j + 1, min(stop, j + 10)):
        t = toks[k]
        if t.dep_ == "appos" and i <= t.head.i < j and t.pos_ == "NOUN":
            if t.lower_ in PERSON_NOUNS or t.lower_ in PROFESSIONS:
                return "person"
            return "organization" if t.lower_ in ORG_NOUNS else "place" if t.lower_ in PLACE_NOUNS else None
    return None


# Occupations only a person holds: "Eswar Prasad, a trade professor at Cornell" is a person whatever the tagger
# said (not "leader" or "manufacturer", which companies are too).
PROFESSIONS = _words(
    """professor economist analyst lawyer attorney journalist reporter correspondent columnist editor scientist
    researcher scholar historian author writer novelist poet actor actress singer musician artist student teacher
    doctor physician surgeon nurse farmer activist politician lawmaker senator congressman congresswoman
    strategist consultant pollster diplomat ambassador spokesman spokeswoman spokesperson"""
)

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


# Head nouns that make a run of capitalised words an organisation's name ("Deseret News", "Irving Police
# Department"); a closed, linguistic list.
ORG_HEADS = _words(
    """news times post journal herald tribune gazette telegraph inc corp corporation company ltd llc plc party
    university college institute foundation association council committee commission agency department ministry
    bank union federation society league airlines airways"""
)

# Last words that make a name of two or three words a thing's, not a person's (see _named_as_person).
_THING_TAILS = (
    ORG_HEADS
    | FACILITY_HEADS
    | PLACE_NOUNS
    | DESIGNATORS
    | EVENT_HEADS
    | WORK_HEADS
    | MODEL_WORDS
    | _BODY_HEADS
    | _TRADE_HEADS
    | _words("award prize medal trophy card hospital clinic school jail prison court police sheriff")
)


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


# Words that modify a title ("Vice President", "Acting Director"), never an employer's name.
_TITLE_MODIFIERS = _words("vice acting interim former senior junior late outgoing incoming")


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
        ):
            continue
        if lower is None:
            lower = {t.text for t in toks if t.is_lower}
        if any(t.lower_ in lower for t in toks[s:k]):
            # The story writes the word in lowercase elsewhere ("Online Leader"): a heading word, not a name.
            continue
        out.append(_Candidate("EMPLOYER", s, k, "organization", name, None, None))
    return out


def _town_before(toks: Sequence[Token], end: int) -> bool:
    """The one to three capitalised words before ``end`` name a town: the gazetteer knows them ("Phoenix"), or they
    stand in no list of names ("Oracle, IBM, CA and SAP") and, opening their sentence, are a dateline's ("MOUNTAIN
    VIEW, CA —") rather than a sentence adverb ("Separately, CA said")."""
    start = end
    while start > 0 and end - start < 3 and _capitalised(toks[start - 1]):
        start -= 1
    if start == end:
        return False
    if any(is_town(" ".join(t.text for t in toks[k:end])) for k in range(start, end)):
        return True
    after = toks[end + 2] if end + 2 < len(toks) else None
    if after is not None and after.lower_ in ("and", "or", "&") and not _town_and_state(toks, end + 3):
        return False  # "Oracle, IBM, CA and SAP"; not "Uncasville, CT and Boston, MA" (review s18 r3 MED-QA2)
    if toks[start].is_sent_start:
        # A dateline opens its sentence too: "MOUNTAIN VIEW, CA — Google said", "Uncasville, CT — " (review s18 r3
        # HIGH-QA1); a sentence adverb is one word before the subject ("Separately, CA said").
        words = toks[start:end]
        dateline = after is None or after.is_punct or after.is_space or after.text.startswith("\n")
        return dateline or len(words) > 1 or all(t.text.isupper() for t in words)
    return True


def _town_and_state(toks: Sequence[Token], start: int) -> bool:
    """Whether one to three capitalised words from ``start`` are followed by a comma and a state's postal code
    ("Boston, MA")."""
    k = start
    while k < len(toks) and k - start < 3 and _capitalised(toks[k]):
        k += 1
    return k > start and k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text in us_state_codes()


def _name_with_region(toks: Sequence[Token], cands: Sequence[_Candidate]) -> None:
    """ "Mountain View, California", "Livorno, Tuscany": a town followed by its state, region or country is
    named with it (the town alone becomes an alias when merging), and the region is a place whatever its tag.
    Lists of places ("Texas, California, and Florida") are left alone. A state's postal code after a town and a
    comma is a place whatever its tag ("Mountain View, CA", "Phoenix, AZ Oct. 9": not the company CA)."""
    n_tok = len(toks)
    places = {c.end for c in cands if c.kind == "place"}
    for c in cands:
        if (
            c.kind != "place"
            and c.end - c.start == 1
            and c.start >= 2
            and toks[c.start - 1].text == ","
            and c.name in us_state_codes()
            # After a town: a place's name or a town the gazetteer knows, not any word ("Oracle, IBM, CA and SAP",
            # "Separately, CA said").
            and (c.start - 1 in places or _town_before(toks, c.start - 1))
        ):
            c.kind = "place"
    for a, b in zip(cands, cands[1:], strict=False):
        if a.kind != "place" or b.start != a.end + 1 or toks[a.end].text != "," or "," in a.name:
            continue
        if b.end - b.start > 3 or not (b.kind == "place" or (b.label == "PERSON" and b.end - b.start == 1)):
            continue
        rank = place_rank(b.name)
        if not rank or (b.kind != "place" and rank > 1) or country_code(a.name) or place_rank(a.name) >= 3 > rank:
            continue
        before = toks[a.start - 1] if a.start else None
        after = toks[b.end] if b.end < n_tok else None
        after2 = toks[b.end + 1] if b.end + 1 < n_tok else None
        if before is not None and (before.text == "," or before.lower_ in ("and", "or")):
            continue
        if after is not None and (
            after.lower_ in ("and", "or")
            or (after.text == "," and after2 is not None and (after2.lower_ in ("and", "or") or _capitalised(after2)))
        ):
            continue
        b.kind = "place"
        # A dateline's capitals ("HANOI, Vietnam") are not how the town is written.
        town = a.name.title() if a.name.isupper() and len(a.name) > 3 else a.name
        a.name = f"{town}, {b.name}"


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
    for n in range(len(cands) - 1):
        a, b = cands[n], cands[n + 1]
        if a.end + 1 != b.start or toks[a.end].text != "(" or (b.end < len(toks) and toks[b.end].text != ")"):
            continue
        if a.kind in ("person", "group") or b.kind in ("person", "group"):
            continue
        short, long = (b, a) if _is_acronym(b.name) else (a, b)
        if _is_acronym(short.name) and not _is_acronym(long.name) and _abbreviates(short.name, long.name):
            out[n], out[n + 1] = b.name, a.name
    return out


# ---------------------------------------------------------------------------------------------- glue left over


# Endings that make words, or end names, from a common word ("Goldsworthy", "Koreatown"): no glued word.
_NOT_GLUE = DERIVATIONAL | NAME_ENDINGS | frozenset("ing ings ed er ers es".split())  # noqa: SIM905
# Two-letter words that follow a name in running text; other two-letter tails end names ("Kallis", "Pastorino").
_SHORT_GLUE = frozenset("in on at of to by or as is".split())  # noqa: SIM905


def _glued_word(text: str, heads: Counter[str], lower: Counter[str], in_name: bool = False) -> tuple[int, bool] | None:
    """Where a capitalised word wordfreq has never seen splits into a name and a common lowercase word that lost
    its space ("Assadregime", "Clintonad", "Agencythe"), and whether the story writes the head on its own.
    ``in_name`` says the word closes a longer name ("Robert Lighthizerrecognize"), whose last word is a name.

    Repair leaves such words whole when nothing in the story backs the split; a name must still not carry them.
    A word the story writes twice is a name ("Jeongdong Theater"), and so is an everyday word plus a word
    ("Riveredge", "Homejoy") unless the story writes the head as a name and never lowercase.
    """
    if "-" in text:
        # "Gannett-Gatehousemerger": the last part of a hyphenated name is the word that lost its space.
        first, _, last = text.rpartition("-")
        found = _glued_word(last, heads, lower, True) if first[:1].isupper() and heads.get(text, 0) <= 1 else None
        return None if found is None else (len(first) + 1 + found[0], found[1])
    if len(text) < 5 or not text.isalpha() or not _name_start(text) or text.isupper() or zipf(text.lower()) > 0:
        return None
    # A word the story writes twice is a name, unless the story writes its head alone as a name too and a long
    # common word follows it ("Twitteraccount" twice, "Twitter" alone).
    repeated = heads.get(text, 0) > 1
    best: tuple[float, int, bool] | None = None
    for cut in range(2, len(text)):
        head, tail = text[:cut], text[cut:]
        if not tail.islower() or tail in _NOT_GLUE or not (head[-1].islower() or head.isupper()):
            continue
        t_zipf = zipf(tail)
        h_low = head.lower()
        h_zipf = zipf(h_low)
        # Two words wordfreq knows, no everyday head, a common tail of four letters or more ("Beehivefreeze",
        # "Bionicchip"). Written once, a rarer common word (zipf 3.5) counts when it is long or the head is common
        # too ("Gatehousemerger", "Kennedyclan"); short rarer words after a rarer head end names ("Rubinstain",
        # "Jeongdong"). No name in the 256 clean news texts is so made.
        known_pair = (
            len(head) >= 4
            and _RARE <= h_zipf < _EVERYDAY
            and len(tail) >= 4
            and (t_zipf >= 4.0 or (not repeated and t_zipf >= 3.5 and (len(tail) >= 6 or h_zipf >= 4.0)))
        )
        # An adverb in -ly ends no name, whatever the head ("the Moonquickly").
        adverb = len(head) >= 3 and len(tail) >= 6 and tail.endswith("ly") and t_zipf >= 3.5
        # A head wordfreq hardly knows (most names), then one of the commonest words of four letters or more
        # ("Dathomirfirst", "Pangramarea"): no name of the 560 clean texts is so made; the head is the name,
        # unless it ends in an everyday word itself ("Wilsonbigbrand|system": more than one space was lost).
        common_tail = (
            len(head) >= 4
            and h_zipf < _RARE
            and head[1:].islower()
            and len(tail) >= 4
            and t_zipf >= _COMMONEST
            and not any(zipf(h_low[k:]) >= _EVERYDAY for k in range(1, len(head) - 2))
        )
        if (
            repeated
            and not (known_pair or adverb)
            and not (heads.get(head, 0) > 0 and len(tail) >= 5 and t_zipf >= 3.5)
        ):
            continue
        seen = (
            (heads.get(head, 0) > 0 and (h_zipf < _EVERYDAY or not lower.get(h_low, 0)))
            # Short names of small towns are everywhere in names ("Mary", "Tyre"): a big place or a long name.
            or place_rank(head) >= 3
            or (len(head) >= 6 and t_zipf >= 4.0 and place_rank(head) >= 2)
            or (head.isupper() and len(head) >= 2)
        )
        if tail == "a":
            # The article after a country, a name the story writes alone twice ("Canadaa", "Clintona") or a word
            # wordfreq knows well closing a longer name ("Linda Bucka Nobel Prize"): no name of the 560 clean texts
            # is so made. A given name opening one is no glued word ("Hassana Alidou", "Vidala Smith").
            ok = len(head) >= 4 and (
                place_rank(head) >= 3 or (seen and heads.get(head, 0) >= 2) or (in_name and h_zipf >= 3.0)
            )
        elif len(tail) == 1:
            ok = False
        elif len(tail) == 2:
            # A long head the story backs, then any common two-letter word ("Clintonad", "Chromecastup").
            ok = seen and (tail in _SHORT_GLUE or (len(head) >= 5 and t_zipf >= 4.5))
        elif tail in FUNCTION_WORDS or tail == "the":
            # Possessives end names ("Sceviour"): of the determiners only "the" follows a name. Function words of
            # three letters or more end no name ("Wistronand", "Starhipwill").
            ok = seen or len(head) >= 4
        elif seen:
            # A country, state or big city is a name on its own: any word wordfreq knows may follow it
            # ("Southern Californiabattened the hatches"); no clean word of the 256 texts is so made.
            ok = (
                t_zipf >= 3.3
                or (len(tail) >= 6 and t_zipf >= 2.5)
                or (len(tail) >= 4 and t_zipf > 0 and place_rank(head) >= 3)
            )
        elif in_name:
            # The last word of a full name, then a common word longer than the endings of names ("-stain"), or
            # the past tense of a verb that follows a news subject ("Miguel Bernaltook").
            # An everyday head the story never writes lowercase ("Clinton") only before a verb or a long word: an
            # everyday word makes compounds ("Parabolic Lightcloud").
            verb = tail in IRREGULAR_PAST or (tail.endswith(("s", "ed")) and not tail.endswith("ss"))
            ok = (
                known_pair
                or adverb
                or common_tail
                or (
                    len(head) >= 4
                    and (h_zipf < _EVERYDAY or (not lower.get(h_low, 0) and (verb or len(tail) >= 7)))
                    and (
                        (len(tail) >= 5 and t_zipf >= 4.0)
                        or (len(tail) >= 7 and t_zipf >= 3.0)
                        or tail in IRREGULAR_PAST
                    )
                )
            )
        else:
            # Nothing in the story backs the head: a known word that is no everyday one ("Assad", "Reuters"),
            # then a common content word ("regime", "survey").
            # An everyday head the story never writes lowercase ("Trump", "Navy") needs a long tail: everyday words
            # make compounds with short ones ("Riveredge", "Singleframe").
            ok = (
                known_pair
                or adverb
                or common_tail
                or (
                    h_zipf >= 2.5
                    and (h_zipf < _EVERYDAY or (not lower.get(h_low, 0) and len(tail) >= 7))
                    and len(head) >= 4
                    and len(tail) >= 4
                    # A long tail may be rarer ("Amazonsellers").
                    and (t_zipf >= 4.2 or (len(tail) >= 7 and t_zipf >= 3.5))
                )
            )
        if ok:
            score = (10.0 if seen else 0.0) + t_zipf + len(head) / 10
            if best is None or score > best[0]:
                # Two known words are a name and a word even when the story never writes the name alone: the
                # name is kept ("Kremlinverbal" -> "Kremlin"), not dropped as a guess.
                best = (score, cut, seen or known_pair or common_tail)
    return None if best is None else (best[1], best[2])


def _name_start(text: str) -> bool:
    """A capital first letter, or a lowercase one before a capital ("iPhone", "xCloud")."""
    return text[:1].isupper() or (text[:1].islower() and text[1:2].isupper())


_NAME_LINKS = frozenset(("of", "and", "&", "for"))


@lru_cache(maxsize=8192)
def _may_be_glued(text: str) -> bool:
    """A capitalised word wordfreq has never seen that ends in a lowercase word it knows: worth the story's
    evidence (most names are neither unknown nor so made)."""
    last = text.rpartition("-")[2]
    if (
        len(last) < 3
        or not _name_start(text)
        or not last.isalpha()
        or last.isupper()
        or zipf(text.lower()) > 0
        or zipf(last.lower()) > 0
    ):
        return False
    return any(last[k:].islower() and zipf(last[k:]) > 0 for k in range(2, len(last)))


# Words at least this frequent are everyday words ("River", "Home") before they are names.
_EVERYDAY = 4.45
# Words rarer than this are names or rare words to wordfreq; words at least this frequent are among the commonest
# (about one in 100,000 words: "first", "area", "people").
_RARE = 2.0
_COMMONEST = 5.0


def _unglued(doc: Doc, cands: list[_Candidate], sents: _Sents) -> list[_Candidate]:
    """Candidates with a glued common word cut off: the name before it, or the name after a glued first word
    ("Jefferiesanalyst Jonathan Matuszewski"); a glued word whose head the story never writes alone is dropped."""
    toks, texts = sents.toks, sents.texts
    # spaCy's own flags rule out the lowercase words first.
    suspects = {
        id(c) for c in cands if any(not toks[k].is_lower and _may_be_glued(texts[k]) for k in range(c.start, c.end))
    }
    if not suspects:
        return cands
    heads = Counter(
        text
        for t, text in zip(toks, texts, strict=True)
        if t.is_title or t.is_upper or (not t.is_lower and text[:1].islower() and text[1:2].isupper())
    )
    lower = Counter(text for t, text in zip(toks, texts, strict=True) if t.is_lower)
    out: list[_Candidate] = []
    for c in cands:
        found = None
        k = c.start
        if id(c) in suspects:
            for k in range(c.start, c.end):
                # "University of Liverpoolbiochemist": the linked part of a longer name.
                in_name = k > c.start and (
                    texts[k - 1][:1].isupper()
                    or (k - 1 > c.start and texts[k - 1] in _NAME_LINKS and texts[k - 2][:1].isupper())
                    # "Lashkar-e-Taibabelongs": the last part of a hyphenated name.
                    or (
                        k - 1 > c.start
                        and texts[k - 1] == "-"
                        and not toks[k - 1].whitespace_
                        and not toks[k - 2].whitespace_
                        and toks[k - 2].is_alpha
                    )
                )
                if k + 2 < len(toks) and not toks[k].whitespace_ and texts[k + 1] == "-" and texts[k + 2][:1].isupper():
                    continue  # the first part of a hyphenated name ("Schlosspark-Klinik") lost no space
                found = _glued_word(texts[k], heads, lower, in_name)
                if found is not None:
                    break
        if found is None:
            out.append(c)
            continue
        cut, seen = found
        text = texts[k]
        if k == c.start and c.end - c.start > 1:
            # The glued word opens the span: the name is what follows it.
            out.append(
                _Candidate(c.label, k + 1, c.end, c.kind, clean_name(doc[k + 1 : c.end].text), c.role, c.role_span)
            )
        elif seen or (k > c.start and zipf(text[:cut].lower()) > 0):
            # A head the story backs, or a known last word of a longer name, is the name; a lone guess is dropped.
            tail = len(text) - cut
            name = (
                c.name[:-tail]
                if k == c.end - 1 and c.name.endswith(text)
                else clean_name(doc[c.start : k + 1].text[:-tail])
            )
            kind = c.kind
            if kind != "group" and k == c.start and _nationality_elsewhere(toks, k, text[:cut]):
                # "Frenchduo": a nationality glued to a noun is the group the story names elsewhere, not a person.
                kind = "group"
            out.append(_Candidate(c.label, c.start, k + 1, kind, name, c.role, c.role_span, tail))
    return out


def _nationality_elsewhere(toks: Sequence[Token], k: int, head: str) -> bool:
    """The story writes ``head`` alone elsewhere and the tagger calls it a nationality there (NORP)."""
    return any(t.text == head and t.ent_type_ == "NORP" for t in toks if t.i != k)
