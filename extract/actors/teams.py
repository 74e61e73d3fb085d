"""Teams and one-word names used as things: "Wild coach Bruce Boudreau" (a team, not a place), "the Browns beat
the Steelers" (a team, not a person), "Twitter users", "posted on Twitter"; "The Obamas" stay a family."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from extract.actors.lexicon import PERSON_NOUNS
from extract.actors.names import TITLE_WORDS, _key, _words, country_code, is_town, place_rank
from extract.actors.tokens import _Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# What a team has and a town or a region does not (a closed list): its coach, players and roster; not its fans, wins
# or losses, which regions and candidates have too.
_TEAM_NOUNS = _words("coach coaches goalie goaltender defenseman defensemen quarterback roster lineup")


def _team_place(tok: Token, name: str) -> bool:
    """A one-word "place" no gazetteer knows (or a name the tagger calls an adjective) that is a team's name: it
    modifies or owns a team noun ("Wild coach Bruce Boudreau", "the Wild's roster"). A score in the sentence is no
    sign: a range is written so too ("the Midwest could see 6-10 inches")."""
    if tok.dep_ not in ("compound", "poss", "amod") or tok.head.lower_ not in _TEAM_NOUNS:
        return False
    return not _known_place(name)


def _known_place(name: str) -> bool:
    return bool(is_town(name) or country_code(name) or place_rank(name))


def _team_named_for_place(tok: Token, name: str) -> bool:
    """A town's name that modifies a team noun names the town's team there ("Barcelona coach Hansi Flick", "Ohio State"
    aside): a town has no coach. Only that mention: elsewhere the document may mean the town (review s26 probe class
    3)."""
    return tok.dep_ in ("compound", "poss") and tok.head.lower_ in _TEAM_NOUNS and _known_place(name)


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


def _plural_teams(
    toks: Sequence[Token], texts: Sequence[str], cands: Sequence[_Candidate], surnames: Collection[str]
) -> set[str]:
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
    # Each distinct word is keyed once, and only its mentions are read (``texts`` are the tokens' texts).
    written = {text for text in set(texts) if _key(text) in lone}
    return {
        _key(text) for i, text in enumerate(texts) if text in written and _team_use(toks, i, _family(text, surnames))
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


# Words that open a football club's name before its town's ("Real Madrid", "Inter Milan", "Atletico Madrid", "FC Porto",
# "Borussia Dortmund", "Bayern Munich") and words that close one after it ("Manchester United", "Bolton Wanderers",
# "Tottenham Hotspur", "Wigan Athletic"): closed lists of the words clubs are named with.
_CLUB_OPENERS = frozenset(
    {
        *("Real", "Atletico", "Atlético", "Athletic", "Inter", "Sporting", "Olympique", "Borussia", "Bayern"),
        *("Dynamo", "Dinamo", "FC", "AFC", "AC", "AS", "CF", "SV", "VfB", "VfL", "RB"),
    }
)
_CLUB_CLOSERS = frozenset(
    {"United", "City", "Town", "FC", "AFC", "CF", "Athletic", "Albion", "Rovers", "Wanderers", "Hotspur"}
)
# Closers that end towns' names too ("Boulder City", "Union City"): a club's only in a sentence about a game.
_TOWN_CLOSERS = frozenset(("City", "Town"))


def _club_words(words: Sequence[str]) -> tuple[int, int]:
    """How many words of ``words`` open and close a club's name around a town's: (1, 0) for "Real Madrid", (0, 1) for
    "Manchester United", (0, 0) for no club's name ("Madrid", "Mexico City", "West Ham", "Real estate")."""
    if len(words) < 2:
        return 0, 0
    opener = int(words[0] in _CLUB_OPENERS)
    closer = int(words[-1] in _CLUB_CLOSERS and not opener)
    town = " ".join(words[opener : len(words) - closer])
    if not (opener or closer) or not town or not is_town(town) or _known_place(" ".join(words)):
        return 0, 0
    return opener, closer


# Words of a sentence about a game: a contest's verbs, a club's people, the game itself.
_GAME_WORDS = (
    _CONTEST_VERBS
    | _TEAM_NOUNS
    | _words(
        """drew draw draws host hosts hosted won win wins lost lose loses league cup match matches fixture final season
    striker strikers midfielder midfielders defender winger goalkeeper keeper manager signed signing transfer goal
    goals scored"""
    )
)


def _game_sentence(sent: Span) -> bool:
    """A sentence about a game: a word of ``_GAME_WORDS``; a score alone is no sign, dates' ranges are written so
    ("Oct. 28–29, at Riveredge in Chesapeake City, MD")."""
    return any(t.lower_ in _GAME_WORDS for t in sent)


def club_names(doc: Doc, ents: Sequence[Span], texts: Sequence[str]) -> list[Span]:
    """ "Real Madrid beat Manchester City 3-1", "Athletic Bilbao keeper Kepa Arrizabalaga", "Tottenham Hotspur": a
    town's name with a club's word before or after it names the club, an organisation, whatever the tagger said or
    left out ("Real" of "Real Madrid" is untagged; "Manchester City" is tagged a place). "City" and "Town" close
    towns' names too, so they make a club only in a sentence about a game ("Boulder City said" stays). Not a place
    the gazetteer knows whole ("Mexico City", "Cape Town")."""
    from spacy.tokens import Span

    out: list[Span] = []
    taken = 0
    for e in ents:
        if e.start < taken:
            continue  # the closer of the club before ("Manchester" + "United", tagged apart)
        start, end = e.start, e.end
        if e.label_ in ("GPE", "LOC", "ORG", "PERSON", "FAC", "NORP"):
            if start > taken and texts[start - 1] in _CLUB_OPENERS and doc[start - 1].whitespace_:
                start -= 1
            if end < len(texts) and texts[end] in _CLUB_CLOSERS and doc[end - 1].whitespace_:
                end += 1
            opener, closer = _club_words(texts[start:end])
            start = start if opener or start == e.start else e.start
            end = end if closer or end == e.end else e.end
            if (opener or closer) and texts[end - 1] in _TOWN_CLOSERS and not _game_sentence(doc[start].sent):
                opener = closer = 0
                start, end = e.start, e.end
            if opener or closer:
                e = Span(doc, start, end, label="ORG")
        out.append(e)
        taken = e.end
    return out
