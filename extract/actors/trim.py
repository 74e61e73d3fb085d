"""Where a name starts and ends inside spaCy's entity: articles, courtesy titles, possessives, caption words, a
heading's verbs and a question's modal cut off ("What Does Stadia Offer?", "Will Warren continue ...?")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.actors.lexicon import _ROMAN, _TITLE_MODIFIERS, ORG_HEADS
from extract.actors.names import (
    CAPTION_WORDS,
    DESIGNATORS,
    HONORIFICS,
    NAME_LINKS,
    NAME_SUFFIXES,
    PAIRED_RANKS,
    PARTICLES,
    TITLE_WORDS,
    _is_title_word,
    _words,
    common_given_name,
    everyday_capitalised,
    place_rank,
)
from extract.actors.tokens import _Sents
from extract.repair import zipf

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _article_of_place(i: int, j: int, sents: _Sents) -> bool:
    """ "The Hague", "in the Hague": a "the" that opens a place's name the gazetteer knows with it and not without it
    (lead s26 inbox, probe class 7)."""
    return (
        sents.lowers[i] == "the"
        and i + 1 < j
        and place_rank(f"The {sents.text(i + 1, j)}") >= 2
        and not place_rank(sents.text(i + 1, j))
    )


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
    while (
        i < j - 1
        and not _article_of_place(i, j, sents)
        and (
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
        )
    ):
        i += 1
    if i == ent.start and i > 0 and _article_of_place(i - 1, j, sents):
        i -= 1  # "in the" + "Hague": the tagger left the place's article out
    if ent.label_ == "PERSON":
        for k in range(i + 1, j):
            if _heading_speech_verb(k, sents):
                # "Obama Says African-American Museum Will Tell of ...": a title-case heading's verb of saying after
                # the speaker's name is no part of it.
                j = k
                break
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
        while (
            i < j - 1
            and (lowers[i] in TITLE_WORDS or _paired_rank(i, j, lowers) or _title_noun(i, j, sents))
            and texts[i][:1].isupper()
            and not _given_name_after_role(i, j, sents)
        ):
            titles.append(toks[i])
            i += 1
    scaled = False
    while j > i and (
        texts[j - 1] in ("'s", "\u2019s", "'", "\u2019")
        # "fined Apple 500 million euros and Meta ...": a name never ends on an amount (probe s30 P142); the scale
        # word goes, then the number before it.
        or (j - 1 > i and lowers[j - 1] in _SCALE_WORDS and (scaled := True))
        or (scaled and toks[j - 1].like_num)
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


# Words that scale an amount ("500 million"), which end no name.
_SCALE_WORDS = _words("thousand million billion trillion mn bn")


# Auxiliaries that open an inverted question or join a heading's subject to the rest; finite tags only, so that a
# name ("Will Smith", "Theresa May", "Can Yaman") is none.
_AUXILIARIES = _words("is are was were does do did has have had will can could should would")


_BARE_VERB_AUXILIARIES = _words("does do did will can could should would")


def _heading_speech_verb(k: int, sents: _Sents) -> bool:
    """A capitalised verb of saying in a finite form ("Says", "Warns", "Told"; not "Say" or "Saying") with a
    capitalised word or "to" after it, as title-case headings write the speaker's verb ("Obama Says African-American
    Museum Will Tell", "Trump Said to Weigh New Tariffs"); not a given name ("Said" of "Edward Said Wrote").
    ``quotes.lexicon.SPEECH`` holds the verbs (the cue inventories of PARC and PolNeAR)."""
    texts, lowers = sents.texts, sents.lowers
    word = lowers[k]
    if not texts[k].istitle() or k + 1 >= len(texts) or word not in _finite_speech_forms():
        return False
    after = texts[k + 1]
    return (after[:1].isupper() or after == "to") and not common_given_name(word)


@lru_cache(maxsize=1)
def _finite_speech_forms() -> frozenset[str]:
    from extract.quotes.lexicon import SPEECH  # here: the quotes package imports the actors' word lists

    return frozenset(form for form, lemma in SPEECH.items() if form != lemma and not form.endswith("ing"))


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


def _title_noun(i: int, j: int, sents: _Sents) -> bool:
    """A capitalised everyday English word that opens a person's name as a title would, before two name words or
    more: a noun for a person ("Striker Lena Berg", "Goalkeeper Alisson Becker", "Actor Tom Hanks": an agent noun of
    an English word, see ``roles._person_noun``), or any everyday word right before a title word ("Lady Justice
    Carr", "Lord Chancellor ..."). A given name that is also such a word stays the name ("Hunter", "Walker", "Taylor";
    "Hunter Biden" has one name word after it anyway)."""
    from extract.actors.roles import _person_noun

    texts, lowers = sents.texts, sents.lowers
    low = lowers[i]
    if not everyday_capitalised(texts[i]):
        return False
    before_title = i + 1 < j and lowers[i + 1] in TITLE_WORDS and texts[i + 1].istitle()
    if not (before_title or _person_noun(low)):
        return False
    rest = [k for k in range(i + 1 + before_title, j) if lowers[k].rstrip(".") not in NAME_SUFFIXES]
    return len(rest) >= (1 if before_title else 2) and all(
        texts[k].isalpha() and (texts[k].istitle() or (lowers[k] in PARTICLES and k not in (rest[0], rest[-1])))
        for k in rest
    )


def _given_name_after_role(i: int, j: int, sents: _Sents) -> bool:
    """ "coach Dean Smith", "the ex-governor's aide King Hall": a title word that is also a common given name, before
    one name word only, right after a noun for a person or a title word, is the given name; the word before is the
    title ("Dean Smith" alone stays ambiguous and keeps "Dean" as a title, as "Prince Harry" does)."""
    from extract.actors.roles import _person_noun

    lowers = sents.lowers
    if j - i != 2 or i == 0 or not common_given_name(lowers[i]):
        return False
    before = lowers[i - 1]
    return before in TITLE_WORDS or (sents.texts[i - 1].islower() and _person_noun(before))


def _paired_rank(i: int, j: int, lowers: Sequence[str]) -> bool:
    """ "Det" of "Det Supt", "Maj" of "Maj Gen": a short rank before another title word (not "Det Norske Veritas")."""
    return lowers[i] in PAIRED_RANKS and i + 1 < j and lowers[i + 1] in TITLE_WORDS


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


# "Leqembi from Eisai" tagged "Leqembi from" (probe s30 P224): no name ends on a lowercase preposition either.
_LINKS_NOT_LAST = NAME_LINKS | {"and", "the", "&"} | _words("from by at with in to into")


def _gerund(tok: Token) -> bool:
    """A verb in -ing opening its sentence ("Hosting Cook at ..."): its stem is a common word, unlike "Sterling"."""
    low = tok.lower_
    return (
        tok.is_sent_start is True
        and len(low) >= 6
        and low.endswith("ing")
        and max(zipf(low[:-3]), zipf(low[:-3] + "e")) >= 3.5
    )
