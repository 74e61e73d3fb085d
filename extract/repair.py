"""Text repair before NLP, with a character map back to the file on disk.

Repairs only substitute characters one for one or insert characters, so every character of the
repaired text maps to exactly one position of the original and offsets survive the round trip.

Besides quote marks and odd spaces, two faults of scraped and machine-translated pages are repaired:
- names glued to the next word where a link boundary lost its space ("Lloyd Austinhe stated",
  "NATOless than", "South Koreawhich has"): a space is inserted when the glued whole is no English word,
  the tail is a common word, and the head is a name by the document's own evidence;
- mis-cased names ("SErgei", "kyiv"): the case is fixed when the document or a gazetteer says how.
"""

from __future__ import annotations

import calendar
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.datelines import Dateline

# Curly quotes and apostrophes are normalised for the parser only; the file keeps its own marks. Each mark becomes an
# ASCII one that is never replaced in turn, so ``str.replace`` of each mark the text holds is one translation, and a
# hundred times faster than ``str.translate`` with a mapping.
_SAME_LENGTH: dict[str, str] = {
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
}
_HASHTAG_LINE = re.compile(r"(?m)^[ \t]*#\w+(?:[ \t]+#\w+)*[ \t]*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# Terminal escape sequences (ECMA-48) that start with ESC: CSI ("ESC [ 31 m", "ESC [ 2 J"), OSC up to BEL or ST
# ("ESC ] 0 ; title BEL"), the string controls DCS/SOS/PM/APC up to ST, and two- or three-character escapes
# ("ESC ( B", "ESC c"). Their parameters are no prose: "ESC [ 2 J" read as "2 J" made a figure of 2 joules. An
# unterminated string control ends at the line's end; any run is capped so a stray ESC never blanks a page. The
# one-character C1 forms (0x9B CSI, 0x9D OSC) are left to _CONTROL, one character each: in decoded text they are
# mojibake far more often ("â€\x9d" is a broken closing quote), and a sequence read from them would blank prose.
_ESCAPE = re.compile(
    r"\x1b\[[0-?]{0,32}[ -/]{0,8}[@-~]"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c\n]{0,512}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[!-/]{0,4}[0-~]"
)
# A word: letters, optionally joined by hyphens ("Kosiniak-Kamyszsaid"); apostrophes end it ("NATO's").
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A quote mark glued to a letter on one side: the only places a closing/opening quote can lack its space.
# The mark is matched first and the letters around it looked at after: a pattern opening with a look-behind tries it
# at every position of the text.
_GLUED_QUOTE = re.compile(r'"(?=[^\W\d_])(?:(?<=[^\W\d_]")|(?<=[^\W\d_][.,!?;:]"))')
# A comma after a closing quote mark, glued to the next word as machine translation and European copy write it
# ('"We will defend what belongs to us",added Illa').
_GLUED_AFTER_QUOTE = re.compile(r'",(?=[^\W\d_])')
# A dotted abbreviation of single capitals ("L.A.", "U.S.") right before a position.
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
# The abbreviated ends of company and personal names ("Walt Disney Co.", "Sierra Nevada Corp.", "Jr.").
_COMPANY = re.compile(r"(?<![\w.])(?:Co|Corp|Inc|Ltd|Bros|Jr|Sr)\.$")
# A middle initial after a capitalised name ("Charles G."), before which only a function word can be glued.
_INITIAL = re.compile(r"[A-Z][a-z]+ [A-Z]\.$")
# Top-level domains, which follow a full stop in web addresses ("Inc.com"), not after a lost space.
_WEB_DOMAINS = frozenset("com org net gov edu info biz".split())  # noqa: SIM905
# Sentence ends before which a capital letter says nothing about a name.
_SENTENCE_END = frozenset(".!?\n\"'(:")

# Closed-class words (and the commonest reporting verbs) that follow a name in running text; a name glued
# to one of these is the commonest fault of scraped links ("Austinhe", "Koreawhich", "Kamyszsaid").
FUNCTION_WORDS = frozenset(
    """he she it they we who whom whose which that this there and or but nor for as at by in on of to from
    with without although though while when where whether after before since because if than then less
    more has have had is was were are be been will would could should can may might must did does do not
    so also no said says stated warned added told claimed announced insisted reported noted wrote asked""".split()  # noqa: SIM905
)
# Indefinite pronouns are closed-class too ("regionsomething"), and so are the adverbs of time that follow a
# subject ("The Presidentlater took action").
FUNCTION_WORDS = FUNCTION_WORDS | frozenset(
    "something someone somebody anything anyone nothing everything everyone later earlier yesterday today".split()  # noqa: SIM905
)
# Words that begin an object after a verb ("warundo the Ukrainian fabric").
DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())  # noqa: SIM905
# Prepositions and bound prefixes that start lowercase compounds ("overdrew", "hyperpersonalized").
BOUND_PREFIXES = frozenset(
    """over under up out back down off through fore counter super hyper multi inter intra micro macro mini
    mega ultra anti pre post re co sub trans non semi self cross by mis un in ex electro psycho bio eco
    tele auto poly mono""".split()  # noqa: SIM905
)
# Nouns for people that make demonyms ("Englishman", "Frenchwomen"), which wordfreq knows when they are words.
PERSON_NOUNS = frozenset("man men woman women".split())  # noqa: SIM905
# Particles inside personal names ("Ursula von der Leyenwarned").
NAME_PARTICLES = frozenset("von van der den de du da dos di del della la le bin ibn al el".split())  # noqa: SIM905
HONORIFICS = frozenset("mr mrs ms dr prof sir".split())  # noqa: SIM905
# Abbreviated titles whose full stop does not end a sentence ("Mrs. Clinton", "Gov. Matt Bevin").
TITLE_ABBREVIATIONS = HONORIFICS | frozenset(
    "messrs mme mlle sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt rev fr st supt insp det pres hon".split()  # noqa: SIM905
)
# Word-forming endings: "lifehood" or "statesmanship" are words (perhaps rare ones), not two glued words.
DERIVATIONAL = frozenset(
    "hood ship ness less ful fully able ible like wise ward wards dom ism ist ment ments man men".split()  # noqa: SIM905
)
# Words that end place names and surnames ("Koreatown", "Goldsworthy"): a name plus one of these is one name.
NAME_ENDINGS = frozenset(
    """town land ville burg berg borough field wood port gate stone bridge ford ham shire worth worthy side view
    house water well dale more ton son""".split()  # noqa: SIM905
)
_MIN_SUFFIX = 2
_MIN_PREFIX = 3


@dataclass(frozen=True, slots=True)
class Repaired:
    """Repaired text plus the positions where characters were inserted."""

    text: str
    """The text the parser sees."""
    original: str
    """The file text."""
    inserts: tuple[int, ...] = ()
    """Sorted positions in ``text`` of inserted characters."""

    def to_original(self, pos: int) -> int:
        """Map an offset in ``text`` to the offset in ``original``."""
        return pos - bisect_right(self.inserts, pos - 1) if self.inserts else pos

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``text`` to the original; inserted characters vanish."""
        s, e = self.to_original(start), self.to_original(end)
        return s, max(s, e)

    def original_slice(self, start: int, end: int) -> str:
        """The original text under a span of ``text``."""
        s, e = self.span(start, end)
        return self.original[s:e]


def normalise_same_length(text: str) -> str:
    """Quote marks, odd spaces, terminal escape sequences, control characters and hashtag lines, one character for
    one."""
    for mark, ascii_mark in _SAME_LENGTH.items():
        if mark in text:
            text = text.replace(mark, ascii_mark)
    if "\x1b" in text:
        text = _ESCAPE.sub(lambda m: " " * len(m.group()), text)
    text = _CONTROL.sub(lambda m: "\n" if m.group() in "\x0b\x0c" else " ", text)
    return _HASHTAG_LINE.sub(lambda m: " " * len(m.group()), text)


def apply_inserts(text: str, original: str, positions: list[int], char: str = " ") -> Repaired:
    """Insert ``char`` before each position of ``text`` (positions in ``text``, which is 1:1 with original)."""
    if not positions:
        return Repaired(text, original)
    out: list[str] = []
    inserts: list[int] = []
    prev = 0
    for n, p in enumerate(sorted(set(positions))):
        out.append(text[prev:p])
        inserts.append(p + n)
        out.append(char)
        prev = p
    out.append(text[prev:])
    return Repaired("".join(out), original, tuple(inserts))


# ---------------------------------------------------------------------------------------------- evidence


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """wordfreq's English frequencies, loaded once (a dict lookup is far cheaper than zipf_frequency)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The lowercase words wordfreq puts at Zipf 4.0 or more (about 7,000: "the", "said", "government"), none of which
    any repair changes where it stands after a space: neither a lowercase name (``_is_lower_name`` wants below 4.0) nor
    glue (``_glued_whole`` wants a rare whole) nor camel case. Repair skips them at once."""
    return frozenset(
        w
        for w, f in _frequencies().items()
        if f and w.islower() and w.lower() == w and "-" not in w and math.log10(f) + 9 >= 4.0
    )


@lru_cache(maxsize=1 << 15)
def zipf(word: str) -> float:
    """Zipf frequency of a single lower-cased word (0 when wordfreq does not know it); memoised, since repair and
    the extractors ask for the same words again and again."""
    f = _frequencies().get(word)
    return math.log10(f) + 9 if f else 0.0


@dataclass(slots=True)
class _Evidence:
    """What the document itself says about its words."""

    alone: Counter[str]
    """Lower-cased words as they stand alone in the text (hyphenated names whole)."""
    lower: Counter[str]
    """Words written in lowercase."""
    capitalised: Counter[str]
    """Lower-cased words seen capitalised on their own (not starting a sentence, not inside a longer name)."""
    named: Counter[str] = field(default_factory=Counter)
    """Lower-cased words seen capitalised anywhere but at a sentence start, inside longer names too."""
    upper: Counter[str] = field(default_factory=Counter)
    """Acronyms of two letters or more as they stand alone ("US", "NATO"), case kept."""


@dataclass(slots=True)
class _Words:
    """The words of a text as parallel lists (read once from their matches, which are slow to query)."""

    matches: list[re.Match[str]]
    text: list[str]
    start: list[int]
    end: list[int]
    caps: list[bool]
    """Whether each word starts with a capital."""

    @classmethod
    def of(cls, text: str) -> _Words:
        matches = list(_WORD.finditer(text))
        ws = [m.group() for m in matches]
        return cls(matches, ws, [m.start() for m in matches], [m.end() for m in matches], [w[0].isupper() for w in ws])


def _evidence(text: str, words: _Words) -> _Evidence:
    ws, starts, ends, caps = words.text, words.start, words.end, words.caps
    lows = [w.lower() for w in ws]
    # Each count is gathered as a list and counted at once (Counter's C loop); only ``get`` reads them.
    alone = Counter(lows)
    alone.update([low.rsplit("-", 1)[1] for low in lows if "-" in low])
    lower = Counter([low for w, low in zip(ws, lows, strict=True) if w.islower()])
    upper_words: list[str] = []
    named_words: list[str] = []
    capitalised_words: list[str] = []
    glued_tails: dict[str, set[str]] = {}
    last = len(ws) - 1
    for n in [n for n, cap in enumerate(caps) if cap]:
        w = ws[n]
        if len(w) >= 2 and w[1].isupper():
            if w.isupper():
                upper_words.append(w)
                continue
            if len(w) >= 4:
                caps_end = len(w) - len(w.lstrip(_CAPITALS))
                if w[caps_end:] in FUNCTION_WORDS:
                    glued_tails.setdefault(w[:caps_end], set()).add(w[caps_end:])
        elif w.isupper():
            continue
        if not _sentence_start(text, starts[n]):
            named_words.append(lows[n])
            if not (n and caps[n - 1] and text[ends[n - 1] : starts[n]] == " ") and not (
                n < last and caps[n + 1] and text[ends[n] : starts[n + 1]] == " "
            ):
                capitalised_words.append(lows[n])
    upper = Counter(upper_words)
    # An acronym glued to two different function words ("USin", "USof") is an acronym even when the story never
    # writes it alone.
    upper.update({head: 1 for head, tails in glued_tails.items() if len(tails) >= 2 and head not in upper})
    return _Evidence(alone, lower, Counter(capitalised_words), Counter(named_words), upper)


def _sentence_start(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0:
        return True
    if text[k] == "." and k < pos - 1:
        # The stop of a title or an initial ("Mrs. Clinton", "George W. Bush") ends no sentence.
        j = k
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        abbreviation = text[j:k]
        if (j == 0 or not text[j - 1].isalnum()) and (
            (len(abbreviation) == 1 and abbreviation.isupper())
            or (abbreviation[:1].isupper() and abbreviation.lower() in TITLE_ABBREVIATIONS)
        ):
            return False
    if text[k] in "\"'" and k > 0 and text[k - 1] in ",;":
        return False  # a quotation closed mid-sentence (', " Sabatier shares')
    return text[k] in _SENTENCE_END


# ---------------------------------------------------------------------------------------------- glue


def glue_split(
    word: str,
    evidence: _Evidence | None = None,
    after_name: bool = False,
    next_word: str = "",
    spaced: bool = True,
    next_name: str = "",
) -> int | None:
    """Where to split a word that is a name glued to the next word, or None when it is one word.

    ``word`` is a whole word of the text ("Austinhe", "Kosiniak-Kamyszsaid", "NATOless"); ``after_name`` says
    it follows a capitalised word ("Lloyd Austinhe"); ``next_word`` is the word after it ("stated"), ``spaced``
    whether only a space stands between them; ``next_name`` the two capitalised words after it ("Inner Mongolia").
    """
    ev = evidence or _Evidence(Counter(), Counter(), Counter())
    glued = _glued_whole(word, ev, next_word)
    if glued is None:
        return None
    return _glue_cut(word, ev, glued[0], glued[1], after_name, next_word, spaced, next_name)


def _glued_whole(word: str, ev: _Evidence, next_word: str) -> tuple[float, bool] | None:
    """The first test of ``glue_split``, which needs no context but the next word: None when the whole word (its
    last hyphenated part) is one word, else its Zipf frequency and whether it is rare enough to be web glue."""
    head_start = word.rfind("-") + 1
    last = word[head_start:]
    if len(last) < 4 or last.isupper():
        return None
    whole = zipf(last.lower())
    # wordfreq is built from web text that has the same lost spaces, so it lists some glued pairs ("whosay",
    # "parison") as very rare words; below 2.0 a split needs the document's own evidence for the head.
    rare = 0 < whole < _RARE_WHOLE
    if _RARE_WHOLE <= whole < _RARE_ACRONYM and last[1].isupper():
        # An acronym the story writes alone, then a function word, is glued below 3.0 too ("USin" 2.3, "USis"),
        # and so is one the story never writes alone before a preposition and lowercase text ("USin late").
        caps = len(last) - len(last.lstrip(_CAPITALS))
        rare = (
            caps >= 2
            and last[caps:] in FUNCTION_WORDS
            and (ev.upper.get(last[:caps], 0) > 0 or (last[caps:] in _PREPOSITIONS and next_word[:1].islower()))
        )
    if whole > 0 and not rare and not (whole < 2.5 and head_start == 0 and _two_function_words(last.lower())):
        return None
    return whole, rare


def _glue_cut(
    word: str,
    ev: _Evidence,
    whole: float,
    rare: bool,
    after_name: bool,
    next_word: str,
    spaced: bool,
    next_name: str,
    after_title: bool = False,
) -> int | None:
    """The rest of ``glue_split`` for a word ``_glued_whole`` let through: the best cut, or None. ``after_title``:
    the word right after is a title ("Governor", "Mr")."""
    head_start = word.rfind("-") + 1
    # "iPhoneor", "xCloudor": a brand written with a lowercase letter before its capital is a name too.
    name_like = word[0].isupper() or (len(word) > 2 and word[0].islower() and word[1].isupper())
    in_name = after_name or head_start > 0
    next_lower = next_word[:1].islower()
    # "Mr Rostin told", "talks with Vantor ended", "Mr Korvin says", "Vantor has": a function word cut from a name
    # cannot run into a verb, an auxiliary, a conjunction or "to".
    verb_next = (
        next_word in IRREGULAR_PAST
        or next_word in _VERB_OR_LINK
        or (next_lower and len(next_word) >= 5 and next_word.endswith("ed"))
    )
    # A word wordfreq never saw, written the same way twice and never split elsewhere, is a name, not the same
    # lost space twice ("Vantor Energy ... Vantor shares").
    repeated_name = whole == 0 and name_like and ev.alone.get(word.lower(), 0) >= 2
    once = ev.alone.get(word.lower(), 0) <= 1
    best: tuple[float, int] | None = None
    for cut in range(head_start + 2, len(word) - _MIN_SUFFIX + 1):
        prefix, suffix = word[:cut], word[cut:]
        if not suffix.islower():
            continue
        s_zipf = zipf(suffix)
        if s_zipf < 3.0:
            continue
        p_low = prefix.lower()
        head = prefix[head_start:]
        p_zipf = zipf(head.lower())
        if (
            repeated_name
            and p_zipf < _RARE_ACRONYM
            and not head.isupper()
            and p_low not in FUNCTION_WORDS
            and not (ev.alone.get(p_low, 0) or ev.named.get(p_low, 0))
            # unless the grammar says the cut opens the next phrase ("Immacolatain New York" twice)
            and not _runs_on(suffix, next_word, in_name, next_name)
        ):
            continue
        known = p_zipf > 0 or ev.alone.get(p_low, 0) > 0 or head.isupper() or _camel(head)
        if (head[-1].isupper() and not head.isupper() and not (ev.capitalised.get(p_low) or ev.named.get(p_low))) or (
            len(head) > 2 and head[0].isupper() and head[1].isupper() and not head.isupper() and p_zipf == 0
        ):
            continue  # "MinnesotaCare", "EPAover": a capital inside one word, not the end of a name
        # Prepositions after a name run on like function words ("Boris Johnsonover fears").
        function = suffix in FUNCTION_WORDS or (name_like and suffix in PREPOSITIONS)
        seen = ev.alone.get(p_low, 0) > 0
        if word[0].islower() and not seen and not function:
            # "kWonboard": a lowercase-first brand before a content word must stand alone elsewhere ("iPhone").
            continue
        if (
            rare
            and not (
                (head.isupper() or (function and name_like))
                and (head.isupper() or ev.capitalised.get(p_low, 0) or ev.named.get(p_low, 0) or _known_place(head, 3))
            )
            and not (function and p_low in FUNCTION_WORDS and head_start == 0)
            # "the National Capitalis breathing", "Magistrate's Courtin London": a common word closing a longer
            # name, then a function word that opens the phrase after it.
            and not (
                in_name
                and function
                and spaced
                and p_zipf >= 3.0
                and len(head) >= 4
                and _runs_on(suffix, next_word, True, next_name)
            )
        ):
            # A rare word is split only into an acronym or a known name and a function word ("Parison Monday"),
            # or into two function words ("Hesaid").
            continue
        if (
            head.isupper()
            and len(head) >= 2
            and head[0].isalpha()
            and (
                len(head) >= 3
                or function
                or (seen and s_zipf >= 3.5 and len(suffix) >= 3)
                or (whole == 0 and suffix in PERSON_NOUNS)
            )
        ):
            # "NATOless", "WHOsay", "USand": an acronym running into a lowercase word (not an ending: "DJing").
            # A two-letter function word counts after an acronym of three capitals ("NASAis", "FBIto").
            # A rarer word of five letters or more counts after an acronym of three ("CDCadvises"), and a common
            # one after an acronym of two the story writes alone ("TVbox"), or a noun for people ("A UKman's").
            # Two capitals before a two-letter function word need the story to write the acronym alone ("USin",
            # "HPis"): no English word is so made.
            ok = (
                (function or s_zipf >= 3.5 or (len(suffix) >= 5 and s_zipf >= 3.0))
                and (
                    len(suffix) >= 3
                    or (
                        function
                        and (
                            len(head) >= 3
                            or ev.upper.get(head, 0) > 0
                            or (suffix in _PREPOSITIONS and next_word[:1].islower())
                        )
                    )
                )
                and suffix not in _INFLECTIONS
            )
        elif (len(head) < _MIN_PREFIX and not (head_start and len(head) == 2)) or p_low in FUNCTION_WORDS:
            # Two function words run together ("Thisis", "Hewas") are never one English word; a part of two
            # letters is a name only after a hyphen ("Park Joo-Hoin") or when the story writes it alone ("Xi").
            ok = (p_low in FUNCTION_WORDS and function and head_start == 0) or (
                function
                and whole == 0
                and name_like
                and len(head) == 2
                and (ev.capitalised.get(p_low, 0) > 0 or ev.named.get(p_low, 0) > 0)
                and p_low not in FUNCTION_WORDS
            )
        elif name_like:
            # The document writes the name elsewhere ("Rutte" ... "Rutteand").
            # A word wordfreq has never seen, whose head the story writes capitalised elsewhere or which ends in
            # a function word of three letters or more ("Bosmasaid", "Wistronand"): a name and the next word.
            named_here = ev.capitalised.get(p_low, 0) > 0 or ev.named.get(p_low, 0) > 0
            if function and len(suffix) >= 3:
                ok = (
                    seen
                    or in_name
                    or p_zipf >= 2.0
                    or (whole == 0 and len(head) >= 4 and p_zipf > 0 and suffix in FUNCTION_WORDS)
                ) and (known or not _known_word_split(word, head_start))
                if ok and p_zipf < _KNOWN_HEAD and not (seen or named_here or in_name or _known_place(head, 3)):
                    ok = _opens_phrase(suffix, next_word, spaced, verb_next, next_name, once)
                elif (
                    ok
                    and suffix == "and"
                    and after_title
                    and p_zipf == 0
                    and head_start == 0
                    and spaced
                    and next_word[:1].isupper()
                    and not next_name
                    and p_zipf < _KNOWN_HEAD
                    and not (seen or named_here or _known_place(head, 3))
                ):
                    # "Governor Thaawarchand Gehlot", "Mr Premchand Gupta": right after a title, a word ending in
                    # "and" whose head wordfreq has never seen, then one capitalised word, is a given name and its
                    # surname. Two surnames joined by a lost space follow a given name ("Chancellor Olaf Scholzand
                    # Macron") or have a head wordfreq knows a little ("Mr Tinubuand Atiku": 1.9), a full name after
                    # them ("Sadovyiand Vitali Klitschko") or a head the story writes elsewhere (review s28 rev1 R1).
                    ok = False
            elif function and whole == 0 and named_here and len(head) >= 3:
                ok = True
            elif function:
                # Two letters ("he", "or") end many names: the head must be known and the next word lowercase,
                # or the head written capitalised on its own elsewhere ("Batmanin Batman: The", "Livornoin 2010").
                ok = (
                    (next_lower and (seen or p_zipf >= 3.0 or (in_name and p_zipf >= 2.0)))
                    or (
                        (whole == 0 or rare)
                        and len(head) >= 4
                        and spaced
                        and _runs_on(suffix, next_word, in_name, next_name, ev.alone.get(word.lower(), 0) <= 1)
                    )
                    or (ev.capitalised.get(p_low, 0) > 0 and suffix in _PREPOSITIONS)
                    # "Barack Obamato Facebook": the last word of a full name the story or wordfreq knows.
                    or (in_name and suffix in _PREPOSITIONS and (p_zipf >= 3.0 or ev.named.get(p_low, 0) > 0))
                    # "NTU Hospital Stationor Shandao Station": a common last word of a name, then "or"/"and".
                    or (in_name and suffix in ("or", "and") and p_zipf >= 3.0)
                    # "in Parison November", "Kiribatiis buying": a country, state or big city, then a function word.
                    or (suffix in _PREPOSITIONS and _known_place(head, 3))
                    or (whole == 0 and suffix in FUNCTION_WORDS and _known_place(head, 3))
                    # "Robin Gudbransonin a", "Plaskettof the", "Spotifyor Pandora": a word wordfreq has never seen
                    # whose head it knows, then a preposition and a lowercase clause, or inside a name; not the
                    # endings of names ("Pastorino", "Kestis").
                    or (
                        whole == 0
                        and p_zipf > 0
                        and len(head) >= 4
                        and suffix in _NAME_SAFE_PARTICLES
                        and (next_lower or in_name or suffix == "or")
                    )
                )
                # Inside a name, a head wordfreq knows only a little (a language, "Dari" 2.5, "Farsi" 2.7) is a
                # surname's start as often as a name: "Carolina Darias said" is not "Dari as said".
                # Not before an auxiliary: "Prime Minister Donald Tuskis expected" (Tusk 2.95) opens a passive
                # (review s28 rev1 R2).
                known_head = _KNOWN_IN_NAME if in_name and whole == 0 and suffix not in _VERB_OR_LINK else _KNOWN_HEAD
                if ok and p_zipf < known_head and not (seen or named_here or _known_place(head, 3)):
                    # Names end in "-or", "-in", "-on" ("Vantor Energy", "Anna Korvin said", "Vantor, who"): a head
                    # neither wordfreq nor the story knows is cut off only where the function word opens the next
                    # phrase, never before a mark or a past verb, and before a capital only where the grammar says
                    # so ("Immacolatain New York").
                    ok = _opens_phrase(suffix, next_word, spaced, verb_next, next_name, once)
            elif suffix in PERSON_NOUNS and whole == 0 and len(head) >= 4 and _known_place(head):
                # "A New Yorkman pleaded", "a Texaswoman": demonyms in -man/-woman are words wordfreq knows
                # ("Englishman", "Frenchwoman"), so a place and a noun for people that it never saw are two words.
                ok = True
            elif (
                not known
                or suffix in DERIVATIONAL
                or (suffix in NAME_ENDINGS and not _backed_head(word, p_low, p_zipf, head, ev, next_lower))
                or len(suffix) < 3
                or (s_zipf < 3.5 and not _strong_name(p_low, p_zipf, suffix, s_zipf, ev))
            ):
                ok = False
            else:
                # A content word after a name the story writes capitalised elsewhere ("Tokyoallies", "Harry
                # Kanescored"), but not after an everyday word ("Lightcloud") unless it sits inside a name or is
                # a known place ("Texaslast week"); or a long common word closing a run of names ("Marc Lamont
                # Hillcommented").
                seen = ev.capitalised.get(p_low, 0) > 0 or ev.named.get(p_low, 0) > 0
                # An everyday word the story writes capitalised twice and never lowercase is a name ("Trump").
                everyday = p_zipf >= 4.5 and not (
                    max(ev.capitalised.get(p_low, 0), ev.named.get(p_low, 0)) >= 2 and not ev.lower.get(p_low, 0)
                )
                verb = suffix.endswith("ed") or (suffix.endswith("s") and not suffix.endswith("ss"))
                # A word written the same way twice is a name ("Jeongdong Theater"), unless its head stands
                # capitalised elsewhere too: then one name lost its space at each of its links ("Tom Cruisevideo").
                repeated = ev.alone.get(word.lower(), 0) >= 2 and not (
                    ev.capitalised.get(p_low, 0) or (seen and not next_word[:1].isupper())
                )
                past = suffix.endswith("ed") or suffix in IRREGULAR_PAST
                ok = (
                    not repeated
                    and (
                        (seen and (not everyday or in_name or _known_place(head)))
                        or (in_name and verb and len(suffix) >= 5 and s_zipf >= 4.0 and p_zipf >= 2.5)
                        # "Wikinewsspoke with": a known name, then a past-tense verb opening a lowercase clause.
                        or (
                            past
                            and next_lower
                            and len(suffix) >= 5
                            and s_zipf >= 4.0
                            and p_zipf >= 1.0
                            and len(head) >= 4
                        )
                        # "Nacer Chadlireplaced Axel": a long past-tense verb closing a full name.
                        or (in_name and past and len(suffix) >= 6 and s_zipf >= 3.5 and len(head) >= 4)
                        # "Esports Championshipran throughout": an irregular past after a full name's known last word.
                        or (
                            in_name
                            and suffix in IRREGULAR_PAST
                            and next_lower
                            and whole == 0
                            and p_zipf >= 3.0
                            and len(head) >= 4
                        )
                        # "the Channellast year": a known word, then "last" before a lowercase noun.
                        or (suffix == "last" and next_lower and whole == 0 and p_zipf >= 3.0 and len(head) >= 4)
                        # "Winnipegdefeated Nashville": a known name, then a long past-tense verb and its object.
                        or (
                            whole == 0
                            and suffix.endswith("ed")
                            and len(suffix) >= 6
                            and s_zipf >= 4.0
                            and p_zipf >= 3.0
                            and len(head) >= 4
                        )
                        # "Hillary Clintoncampaigning in": a full name's known last word, then a participle.
                        or (
                            in_name
                            and whole == 0
                            and next_lower
                            and suffix.endswith("ing")
                            and len(suffix) >= 6
                            and s_zipf >= 3.5
                            and p_zipf >= 3.0
                            and len(head) >= 4
                        )
                        # "the Dallaschapter of": a country, state or big city, then a common word opening the clause.
                        or (next_lower and len(suffix) >= 4 and s_zipf >= 4.0 and _known_place(head, 3))
                        # "MicroMegadescribe": a camel-cased brand (its last part a word of 3+ letters) and a verb.
                        or (_camel(head) and len(suffix) >= 5 and s_zipf >= 4.0)
                    )
                    or (
                        # "John Stonesearly in", "Tom Cruisevideo," (as often as the story links the name): a full
                        # name's last word, a known word but no everyday one, then a common word of four letters or
                        # more and lowercase text ("Jesse Lehrich said" keeps its rare head).
                        in_name
                        and not everyday
                        and not next_word[:1].isupper()
                        and len(suffix) >= 4
                        and s_zipf >= 4.2
                        and p_zipf >= 3.0
                        and len(head) >= 4
                    )
                    or (
                        # "the Freedomarticle were" after "Freedom Magazine": the first word of a longer name the
                        # story writes, glued to a common word wordfreq never saw it run into, then lowercase text.
                        ev.named.get(p_low, 0) > ev.capitalised.get(p_low, 0)
                        and whole == 0
                        and next_lower
                        and len(suffix) >= 5
                        and s_zipf >= 4.5
                        and p_zipf >= 3.0
                        and len(head) >= 4
                    )
                    or (
                        # "Man of the Matchaward", "Border Forcevessel": inside a name, two common words that
                        # wordfreq has never seen run together.
                        in_name
                        and whole == 0
                        and len(suffix) >= 4
                        and (s_zipf >= 4.0 or (len(suffix) >= 6 and s_zipf >= 3.5))
                        and p_zipf >= 4.0
                        and len(head) >= 4
                    )
                    or (
                        # "the Montigovernment": a name wordfreq knows but rarely sees, then a very common word.
                        whole == 0 and 2.0 <= p_zipf < 3.5 and s_zipf >= 5.0 and len(suffix) >= 5 and len(head) >= 4
                    )
                    or (
                        # "National Guardmembers called" after "the Guard": an everyday word the story writes
                        # capitalised elsewhere and never lowercase, before a common word and a lowercase clause.
                        whole == 0
                        and seen
                        and not ev.lower.get(p_low, 0)
                        and next_lower
                        and len(suffix) >= 5
                        and s_zipf >= 4.0
                        and len(head) >= 4
                    )
                )
        else:
            # Lowercase compounds are common ("overdrew", "earhooks"): a head of four letters or more glued to
            # a function word, or a verb whose object follows ("warundo the"), and never a bound prefix.
            if p_zipf < 3.5 or p_low in BOUND_PREFIXES or suffix in DERIVATIONAL:
                ok = False
            elif function:
                ok = len(suffix) >= 3 and len(prefix) >= 4 and (seen or p_zipf >= 4.5)
            else:
                ok = seen and len(suffix) >= 4 and s_zipf >= 3.5 and next_word.lower() in DETERMINERS
        if not ok:
            continue
        # A function word after the cut outweighs a head seen elsewhere ("States and", not "State sand").
        # A head neither wordfreq nor the story knows is a poor guess ("Mexicogover nor", not "Mexico governor").
        score = (4.0 if seen else 0.0) + min(p_zipf, 5.0) + s_zipf + (5.0 if function else 0.0)
        score -= 0.0 if known else 6.0
        if best is None or score > best[0]:
            best = (score, cut)
    if best is None and whole == 0 and name_like:
        return _after_strong_name(word, head_start, ev, next_word)
    return None if best is None else best[1]


def _after_strong_name(word: str, head_start: int, ev: _Evidence, next_word: str) -> int | None:
    """A name the story writes capitalised again and again, run into an article, a negated auxiliary or a rarer
    word of five letters or more that opens a lowercase clause ("Clarkea realistic", "Clintondidn't",
    "Hillary Clintonexhorted them"): wordfreq has never seen the whole."""
    for cut in range(len(word) - 1, head_start + 2, -1):
        head, suffix = word[head_start:cut], word[cut:]
        low = word[:cut].lower()
        if not suffix.islower() or not (ev.capitalised.get(low, 0) >= 2 or ev.named.get(low, 0) >= 3):
            continue
        if ev.lower.get(low, 0) or head[-1] == suffix[0] == "a":
            continue  # an everyday word ("Coal", "coal"), or "Burmaa"
        if suffix in ("a", "an"):
            ok = next_word[:1].islower() and len(head) >= 3
        elif suffix in NEGATED_AUXILIARIES:
            ok = next_word == "t"
        else:
            ok = (
                len(suffix) >= 5
                and zipf(suffix) >= 2.3
                and next_word[:1].islower()
                and suffix not in DERIVATIONAL
                and suffix not in NAME_ENDINGS
            )
        if ok:
            return cut
    return None


# Auxiliaries before "n't", which the word pattern cuts off at the apostrophe ("Clintondidn" + "'t").
NEGATED_AUXILIARIES = frozenset(
    "didn doesn don isn wasn weren aren hasn haven hadn couldn wouldn shouldn won can mustn".split()  # noqa: SIM905
)


_PREPOSITIONS = frozenset("in on at of to by".split())  # noqa: SIM905
# Prepositions of two syllables or more, a closed class, that follow a name as its phrase ends.
PREPOSITIONS = frozenset(
    """about above across against along amid among around behind below beneath beside besides between beyond
    despite during inside into near onto outside over past through throughout toward towards under until upon
    via within""".split()  # noqa: SIM905
)
# Two-letter function words that seldom end a personal name in any language ("-no", "-to", "-is", "-as" do).
_NAME_SAFE_PARTICLES = frozenset("of in on at by or".split())  # noqa: SIM905
_INFLECTIONS = frozenset("ing ings ed er ers es".split())  # noqa: SIM905
_RARE_WHOLE = 2.0
_RARE_ACRONYM = 3.0
# The function words (all in FUNCTION_WORDS) no preposition or "or" stands before: auxiliaries, modals, report verbs,
# conjunctions, "to".
_VERB_OR_LINK = frozenset(
    """has have had is was were are be been will would could should can may might must did does do said says stated
    warned added told claimed announced insisted reported noted wrote asked and or but nor to""".split()  # noqa: SIM905
)
_CALENDAR_NAMES = frozenset([*calendar.month_name[1:], *calendar.day_name])
_KNOWN_HEAD = 2.5  # a head wordfreq sees this often is a known name ("Spotify" 3.7); "Vant" 1.9 is not
_KNOWN_IN_NAME = 3.0  # the same inside a name, for a word wordfreq has never seen ("Darias": "Dari" 2.5)
_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Irregular past tenses of verbs that follow a news subject ("Wikinewsspoke with", "Kanewon the").
IRREGULAR_PAST = frozenset(
    """spoke told wrote took gave met won ran saw came went made began left led held found thought knew became
    brought kept got sent said sought struck stood chose drew bought built caught fought taught spent heard meant
    threw broke put hit set cut shut cast beat cost hurt quit spread swept sold paid lost fell rose shot fled drove
    flew grew stole swore woke""".split()  # noqa: SIM905
)


def _strong_name(p_low: str, p_zipf: float, suffix: str, s_zipf: float, ev: _Evidence) -> bool:
    """A head the story writes capitalised twice (alone or inside names) and never lowercase, no everyday word,
    before a less common word of five letters or more ("in Scientologyjargon", "Koreasubstituted Park")."""
    return (
        s_zipf >= 3.0
        and len(suffix) >= 5
        and ev.capitalised.get(p_low, 0) + ev.named.get(p_low, 0) >= 2
        and not ev.lower.get(p_low, 0)
        and p_zipf < 5.0
    )


def _known_word_split(word: str, head_start: int) -> bool:
    """Whether the word reads as a word wordfreq knows and a common word of four letters or more ("TD
    Ameritradefounder"): then a head nobody knows before a function word ("Ameritradefo under") is a misreading."""
    return any(
        word[k:].islower() and zipf(word[head_start:k].lower()) > 0 and zipf(word[k:]) >= 3.5
        for k in range(head_start + 3, len(word) - 3)
    )


def _backed_head(word: str, p_low: str, p_zipf: float, head: str, ev: _Evidence, next_lower: bool) -> bool:
    """A head the story writes capitalised on its own twice and never lowercase, no everyday word nor a big place
    (which make names: "Koreatown"), glued once to a word that ends names, before lowercase text ("the
    Arrowheadwater stayed" beside "Arrowhead", "Mrs. Clintonside by side")."""
    return (
        next_lower
        and ev.capitalised.get(p_low, 0) >= 2
        and not ev.lower.get(p_low, 0)
        and ev.alone.get(word.lower(), 0) <= 1
        and p_zipf < 5.0
        and not _known_place(head, 3)
    )


def _place_glued(word: str) -> bool:
    """A known place glued to a function word in turn ("Courtin Londonin February")."""
    return any(
        word[k:] in FUNCTION_WORDS and _known_place(word[:k], 2)
        for k in range(4, len(word) - 1)
        if word[k - 1].islower()
    )


def _runs_on(suffix: str, next_word: str, in_name: bool, next_name: str = "", once: bool = False) -> bool:
    """Whether a two-letter function word after a name nobody knows opens the phrase that follows: a preposition
    before an article ("Batkoof the", "Ryan Pulockin the"), "in" before a known place ("Immacolatain Livorno"),
    "is"/"as" before an article or a participle ("Adoramais taking", "Wunderlistas a tool")."""
    if suffix in ("in", "of") and next_word in DETERMINERS:
        return in_name or suffix == "of"
    if suffix in ("in", "at") and next_word[:1].isupper():
        # A full name's last word before a known place or an everyday word capitalised ("Grynbaumin July"), or
        # before a name of two capitalised words ("Xilingolin Inner Mongolia", "Raidersat Mile High Stadium").
        return (
            _known_place(next_word, 1)
            or _place_glued(next_word)
            # A word written once: a name written so again and again is one ("Digistat Patient Watch").
            or (bool(next_name) and (once or _known_place(next_name, 1)))
            or (in_name and zipf(next_word.lower()) >= 4.5)
        )
    if suffix in ("is", "as"):
        # "ICICI Bankas its", "the USis not": an article, a possessive, a participle or a negation follows.
        return next_word in DETERMINERS or (
            suffix == "is"
            and next_word.islower()
            and (next_word == "not" or (len(next_word) >= 5 and next_word.endswith("ing")))
        )
    return False


def _opens_phrase(suffix: str, next_word: str, spaced: bool, verb_next: bool, next_name: str, once: bool) -> bool:
    """Whether a function word cut from the end of a rare name would open the phrase after it: a lowercase word that
    is no past verb ("Gudbransonin a", not "Anna Korvin said"), or a known place or a name written once after "in"
    or "at" ("Immacolatain New York", not "Critics of Rostin Group"); never a mark ("Vantor, who")."""
    if not spaced or verb_next:
        return False
    # A month or a weekday is a capitalised word a preposition opens ("Grynbaumin July"); "Group" is not.
    return (
        next_word[:1].islower()
        or (suffix in _PREPOSITIONS and next_word in _CALENDAR_NAMES)
        or _runs_on(suffix, next_word, False, next_name, once)
    )


def _camel(head: str) -> bool:
    """ "MicroMega": a capital inside the word opens a last part of three letters or more ("GlaxoSmithK" is not)."""
    k = max((i for i, c in enumerate(head) if c.isupper()), default=0)
    return k > 0 and head[0].isupper() and len(head) - k >= 3 and head[k + 1 :].islower()


def _known_place(name: str, rank: int = 2) -> bool:
    from extract.actors import place_rank

    return place_rank(name) >= rank


def _two_function_words(word: str) -> bool:
    """ "thisis", "hewas": web typos frequent enough for wordfreq to list, yet never one word."""
    return any(word[:k] in FUNCTION_WORDS and word[k:] in FUNCTION_WORDS for k in range(2, len(word) - 1))


def _shared_heads(words: list[str]) -> Counter[str]:
    """Heads that start two or more capitalised words unknown to wordfreq, each time before a different common
    word ("Trumplast", "Trumpranks", "Trumpcritic"): the story's own evidence that the head is a name even when
    every mention of it lost its space."""
    tails: dict[str, set[str]] = {}
    seen: set[str] = set()
    for w in words:
        if len(w) < 5 or not w[0].isupper() or w in seen or "-" in w:
            continue
        seen.add(w)
        if zipf(w.lower()) > 0:
            continue
        for cut in range(3, len(w) - 1):
            tail = w[cut:]
            if tail.islower() and zipf(tail) >= 3.0 and w[cut - 1].islower():
                tails.setdefault(w[:cut].lower(), set()).add(tail)
    return Counter({head: len(t) for head, t in tails.items() if len(t) >= 2})


def _glue_inserts(text: str, words: _Words, ev: _Evidence) -> list[int]:
    ws, starts, ends, caps, matches = words.text, words.start, words.end, words.caps, words.matches
    shared = _shared_heads(ws)
    if shared:
        named = ev.named.copy()
        named.update(shared)
        ev = _Evidence(ev.alone, ev.lower, ev.capitalised, named, ev.upper)
    out: list[int] = []
    found: set[str] = set()
    missed: list[tuple[int, str, str]] = []
    n_text = len(text)
    n_words = len(ws)
    # What a word's own tests say, once per distinct word (most words recur): ``_glued_whole`` unless it read the
    # next word, and ``_camel_split``, which reads the word, the evidence and the whole text only.
    common = _common_words()
    whole_of: dict[str, tuple[float, bool] | None] = {}
    camel_of: dict[str, int | None] = {}
    for n, w in enumerate(ws):
        start, end = starts[n], ends[n]
        if start and text[start - 1] != " ":
            # Most words follow a space; the rest may be glued to a mark before them.
            pos = _after_mark(text, matches, n, w, start, end)
            if pos is not None:
                out.append(pos)
                continue
        if len(w) < 4 or w in common:
            continue
        # Hashtags, handles, file names and web addresses are not running text.
        if (start and text[start - 1] in "#@./_") or (
            end + 1 < n_text and text[end] in "./@_" and text[end + 1].isalnum()
        ):
            continue
        nxt = ws[n + 1] if n + 1 < n_words else ""
        if w in whole_of:
            glued = whole_of[w]
        else:
            glued = _glued_whole(w, ev, nxt)
            last = w[w.rfind("-") + 1 :]
            if len(last) < 4 or not last[1].isupper():  # only an acronym's test reads the next word
                whole_of[w] = glued
        cut = None
        if glued is not None:
            cut = _glue_cut(
                w,
                ev,
                glued[0],
                glued[1],
                _after_name(text, words, n),
                nxt,
                *_next_of(text, words, n),
                after_title=_after_title(text, words, n),
            )
        if cut is None and caps[n]:
            cut = camel_of[w] if w in camel_of else camel_of.setdefault(w, _camel_split(w, ev, text))
        if cut is not None:
            out.append(start + cut)
            if caps[n]:
                found.add(w[:cut].lower())
        elif caps[n]:
            missed.append((n, w, nxt))
    if found and missed:
        # A head split off inside a full name ("Tom Cruisevideo") is a name where it lost its space after "the"
        # too ("the Cruisevideo"); only words starting with such a head are tried again.
        named = ev.named.copy()
        named.update(found)
        again = _Evidence(ev.alone, ev.lower, ev.capitalised, named, ev.upper)
        for n, w, nxt in missed:
            low = w.lower()
            if any(low.startswith(h) for h in found):
                end = ends[n]
                cut = glue_split(w, again, False, nxt, text[end : end + 2] == " " + nxt[:1])
                if cut is not None:
                    out.append(starts[n] + cut)
    return out


def _after_title(text: str, words: _Words, n: int) -> bool:
    """Whether word ``n`` comes right after a person's title or a courtesy title ("Governor", "Mr", "Gov.")."""
    if not n:
        return False
    prev = words.text[n - 1]
    gap = text[words.end[n - 1] : words.start[n]]
    return gap in (" ", ". ") and prev[:1].isupper() and prev.lower() in _title_words()


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The actors' closed list of titles and roles, and the courtesy titles and abbreviated titles here."""
    from extract.actors.names import TITLE_WORDS  # (imported late: the actors import this module)

    return TITLE_WORDS | HONORIFICS | TITLE_ABBREVIATIONS


def _after_name(text: str, words: _Words, n: int) -> bool:
    """Whether word ``n`` follows a capitalised word of a name (``glue_split``'s ``after_name``)."""
    if not n:
        return False
    ws, starts, ends = words.text, words.start, words.end
    start = starts[n]
    w = ws[n]
    prev = ws[n - 1]
    return (
        (
            (prev[0].isupper() or prev in NAME_PARTICLES)
            and text[ends[n - 1] : start] == " "
            and not _sentence_start(text, starts[n - 1])
        )
        # "Westminster Magistrate's Courtin London": a name's possessive inside a longer name.
        or (
            prev == "s"
            and n > 1
            and ws[n - 2][0].isupper()
            and text[ends[n - 2] : start] == "'s "
            and w[0].isupper()
            and not _sentence_start(text, starts[n - 2])
        )
        # "Mr. Toccafondisays": a courtesy title is always followed by a name, and so is an initial.
        or (prev.lower() in HONORIFICS and text[ends[n - 1] : start] in (" ", ". "))
        or (len(prev) == 1 and prev.isupper() and text[ends[n - 1] : start] == ". ")
        # "Department of Agriculturenotes", "Man of the Matchaward", "The Globe and Maildubbed": the linked
        # part of a longer name.
        or (
            prev in ("of", "for", "and")
            and n > 1
            and ws[n - 2][0].isupper()
            and text[ends[n - 2] : start] == f" {prev} "
            and w[0].isupper()
        )
        or (
            prev == "the"
            and n > 2
            and ws[n - 2] in ("of", "for")
            and ws[n - 3][0].isupper()
            and text[ends[n - 3] : start] == f" {ws[n - 2]} the "
            and w[0].isupper()
        )
    )


def _next_of(text: str, words: _Words, n: int) -> tuple[bool, str]:
    """``glue_split``'s ``spaced`` and ``next_name`` for word ``n``."""
    ws = words.text
    end = words.end[n]
    nxt = ws[n + 1] if n + 1 < len(ws) else ""
    spaced = text[end : end + 2] == " " + nxt[:1]
    next_name = ""
    if spaced and nxt[:1].isupper() and n + 2 < len(ws):
        after = ws[n + 2]
        if after[:1].isupper() and words.start[n + 2] == words.end[n + 1] + 1:
            next_name = f"{nxt} {after}"
    return spaced, next_name


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _around(word: str, cut: int) -> tuple[str, str]:
    """The two sides of a cut inside ``word``, each kept within its hyphen-separated part ("Pro-UKGovernment" cut
    before "Government": "UK" and "Government")."""
    start = word.rfind("-", 0, cut) + 1
    end = word.find("-", cut)
    return word[start:cut], word[cut : len(word) if end < 0 else end]


def _camel_split(word: str, ev: _Evidence, text: str = "") -> int | None:
    """Where a name lost its space before a capitalised word ("the FreedomMagazine", "Home SecretaryYvette Cooper"):
    a word wordfreq never saw whose tail is a word wordfreq knows and whose head is a name by the story's evidence.

    Written once, a head the story writes elsewhere as a name is enough; written more than once, the head must stand
    alone as a name elsewhere ("GoogleScience"), since brands written so recur ("MicroMega"). A head wordfreq knows and
    the story never writes in lowercase, before a word the story writes as a name and never in lowercase, is a name
    too ("GoogleChrome", "KingdomHome"). An acronym the story writes alone splits off a capitalised word
    ("UKGovernment"), and so does a short one before a word the story writes alone as a name ("LASheriff").
    """
    if word[1:].islower():
        return None  # every pattern below needs a capital after the first letter
    if text and zipf(word.lower()) < _RARE_WHOLE:
        # "WorldCup", "FIRSTGlobal": the story writes the two words apart elsewhere (wordfreq lists rare web glue).
        for m in _ANY_CAMEL.finditer(word):
            head = word[word.rfind("-", 0, m.start()) + 1 : m.start()]
            end = word.find("-", m.start())
            tail = word[m.start() : len(word) if end < 0 else end]
            if (
                len(head) >= 2
                and len(tail) >= 2
                and re.search(rf"(?<!\w){re.escape(head)} {re.escape(tail)}(?![a-z])", text)
            ):
                return m.start()
    once = ev.alone.get(word.lower(), 0) <= 1
    for m in _CAMEL.finditer(word):
        cut = m.start()
        head, tail = _around(word, cut)
        if not (
            len(head) >= 3
            and len(tail) >= 3
            and head[1:].islower()
            and tail[1:].islower()
            and zipf((head + tail).lower()) == 0
            and zipf(tail.lower()) >= 3.0
        ):
            continue
        h, t = head.lower(), tail.lower()
        if ev.capitalised.get(h, 0) or (
            once
            and (
                ev.named.get(h, 0)
                or (
                    zipf(h) >= 3.0
                    and not ev.lower.get(h, 0)
                    and (ev.capitalised.get(t, 0) or ev.named.get(t, 0))
                    and not ev.lower.get(t, 0)
                )
            )
        ):
            return cut
    for m in _ACRONYM_CAMEL.finditer(word):
        cut = m.start()
        head, tail = _around(word, cut)
        # "LAWeekly", "UKGovernment": an acronym the story writes alone, then a capitalised word wordfreq knows.
        if (
            once
            and len(head) >= 2
            and head.isupper()
            and len(tail) >= 3
            and tail[1:].islower()
            and (ev.upper.get(head, 0) > 0 or (len(head) <= 4 and ev.capitalised.get(tail.lower(), 0) > 0))
            and zipf((head + tail).lower()) == 0
            and zipf(tail.lower()) >= 3.0
        ):
            return cut
    return None


_ACRONYM_CAMEL = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z])")
_ANY_CAMEL = re.compile(r"(?<=[A-Za-z])(?=[A-Z][a-z])")


def _after_mark(text: str, words: list[re.Match[str]], n: int, w: str, start: int, end: int) -> int | None:
    """Where to insert a space before or inside word ``n``, glued to the mark before it, or None."""
    before = text[start - 1]
    if before == ".":
        if (
            start > 2
            and w.islower()
            and (w in FUNCTION_WORDS or (len(w) >= 3 and zipf(w.split("-", 1)[0]) >= 2.5 and w not in _WEB_DOMAINS))
            and (
                _DOTTED.search(text, max(0, start - 12), start)
                or _COMPANY.search(text, max(0, start - 6), start)
                # "Charles G.and": a middle initial, then a function word.
                or (w in FUNCTION_WORDS and len(w) >= 2 and _INITIAL.search(text, max(0, start - 20), start))
            )
            and not (end + 1 < len(text) and text[end] in "./@_" and text[end + 1].isalnum())
        ):
            # "East L.A.station", "the U.S.aid", "Walt Disney Co.executive": a word glued to an abbreviation.
            return start
        if (
            len(w) >= 3
            and w[0].isupper()
            and w[1:].islower()
            and zipf(w.lower()) >= 3.0
            and _DOTTED.search(text, max(0, start - 12), start)
            and not (end + 1 < len(text) and text[end] in "./@_" and text[end + 1].isalnum())
        ):
            # "the U.S.President", "Washington, D.C.The": a capitalised word glued to a dotted abbreviation.
            return start
    elif before == "'":
        if (
            start > 2
            and text[start - 2] == "s"
            and w.islower()
            and len(w) >= 3
            and n
            and words[n - 1].group()[0].isupper()
            and words[n - 1].end() == start - 1
            and (w in FUNCTION_WORDS or zipf(w.split("-", 1)[0]) >= 3.0)
        ):
            # "Britney Spears'new album": a plural or sibilant possessive glued to the word after it.
            return start
        if w[0] == "s" and len(w) >= 3 and start > 1 and text[start - 2].isalpha() and _possessive_glue(text, words, n):
            # "Trump'spolicies": a possessive name glued to the noun it owns.
            return start + 1
    elif before == "&" and start > 1 and text[start - 2].isupper():
        # "PG&Eofficials", "AT&Tcustomers": an acronym with an ampersand glued to a lowercase word.
        caps = len(w) - len(w.lstrip(_CAPITALS))
        tail = w[caps:]
        if 1 <= caps <= 3 and len(tail) >= 3 and tail.islower() and (tail in FUNCTION_WORDS or zipf(tail) >= 3.0):
            return start + caps
    elif before.isdigit() and (
        w in FUNCTION_WORDS
        and len(w) >= 3
        and w.islower()
        and not text[end : end + 1].isalnum()
        and _alnum_name_before(text, start)
    ):
        # "IE6and", "Apple A10and": a product's number glued to the function word after it.
        return start
    elif (
        before.isdigit()
        and w.islower()
        and len(w) >= 3
        and (w in FUNCTION_WORDS or zipf(w) >= 3.0)
        and w not in _INFLECTIONS
        and _numbered_name_before(text, start)
    ):
        # "Red Dead Redemption 2port", "the EB-5program": a name's number glued to the word after it, where the
        # story writes the name with its number standing alone ("Redemption 2.", "EB-5 visas").
        return start
    return None


def _numbered_name_before(text: str, pos: int) -> bool:
    """Whether the digits before ``pos`` close a capitalised name ("Redemption 2", "EB-5") that the story writes
    elsewhere with nothing alphanumeric after the number."""
    k = pos
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    if k < 2 or text[k - 1] not in " -":
        return False
    j = k - 1
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    if not text[j : k - 1][:1].isupper() or (j and text[j - 1].isalnum()):
        return False
    name = text[j:pos]
    return any(not text[m.end() : m.end() + 1].isalnum() for m in re.finditer(r"(?<!\w)" + re.escape(name), text))


def _alnum_name_before(text: str, pos: int) -> bool:
    """Whether the digits before ``pos`` close a name of letters and digits that starts with a capital ("IE6")."""
    k = pos
    while k > 0 and text[k - 1].isalnum():
        k -= 1
    return text[k].isupper() and any(c.isalpha() for c in text[k:pos]) and (k == 0 or text[k - 1] not in ".@/_#")


def _possessive_glue(text: str, words: list[re.Match[str]], n: int) -> bool:
    """Whether word ``n`` ("spolicies") is a possessive's "s" glued to a common word, after a capitalised name."""
    w = words[n].group()
    rest = w[1:]
    first, last = rest.split("-", 1)[0], rest.rpartition("-")[2]
    return (
        n > 0
        and words[n - 1].group()[0].isupper()
        and words[n - 1].end() == words[n].start() - 1
        and w.islower()
        # After a name's apostrophe an "s" is the possessive's, even before a word it makes ("House'sword"), a
        # function word ("Herbert'sat"), a rarer long word ("Kong'seroding") or a compound ("Epstein'sco-accused").
        and (
            (len(first) >= 3 and zipf(first) >= 3.0)
            or first in FUNCTION_WORDS
            or (len(first) >= 6 and zipf(first) >= 2.0)
            or (first != last and len(last) >= 4 and zipf(last) >= 2.0)
        )
    )


def _wire_inserts(text: str, found: Sequence[Dateline]) -> list[int]:
    """Spaces around a press release's wire glued between double hyphens ("SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc.
    said"), which the tokenizer keeps in the words on either side ("Francisco--(BUSINESS", "WIRE)--Acme"): the town,
    the wire and the story's first word then read as words of their own. ``found``: the text's datelines (their
    offsets hold in the text with its towns recased, which keeps every length)."""
    out: list[int] = []
    for d in found:
        agency, dash = d.agency, d.dash
        if agency is None or dash is None or dash.text != "--" or text[agency.end : agency.end + 1] != ")":
            continue
        opening = agency.start - 3  # the "--" before "(BUSINESS WIRE)"
        if opening < 0 or text[opening : agency.start] != "--(":
            continue
        out += [opening, agency.start - 1, dash.start, dash.end]
        if d.date is not None and d.date.start > agency.end:
            # "--(BUSINESS WIRE)--Dec. 5, 2024--Acme": the date after the wire has double hyphens of its own.
            out += [agency.end + 1, d.date.start]
    return [p for p in out if 0 < p < len(text) and not text[p - 1].isspace() and not text[p].isspace()]


def _quote_inserts(text: str) -> list[int]:
    """A space after a closing quote or before an opening one glued to a word ("threat"for"), and after the comma of a
    closing quote glued to the next word ('us",added')."""
    out: list[int] = []
    for m in _GLUED_QUOTE.finditer(text):
        pos = m.start()
        line_start = text.rfind("\n", 0, pos) + 1
        closing = text.count('"', line_start, pos) % 2 == 1
        out.append(pos + 1 if closing else pos)
    for m in _GLUED_AFTER_QUOTE.finditer(text):
        pos = m.start()
        if text.count('"', text.rfind("\n", 0, pos) + 1, pos) % 2 == 1:
            out.append(pos + 2)
    return sorted(out)


# A lower-case word glued to a number that follows it as a word would ("killed15 people", "about2,000 troops"), not
# inside a longer token ("mp3", "covid19s", "x86_64", "h264-encoded", "abc123def").
_WORD_GLUED_NUMBER = re.compile(r"(?<![\w.@/#-])([a-z]{4,})(\d[\d,.]*)(?![\w@/-])")


def _number_inserts(text: str) -> list[int]:
    """A space between a common English word and a number machine translation glued to it ("have killed15 people":
    one token, no figure). The word must be one wordfreq knows well (Zipf >= 3.5) and not a product or code name's
    usual stem: a rare or coined word before digits ("covid19", "python3", "windows10") stays as written."""
    return [
        m.start(2)
        for m in _WORD_GLUED_NUMBER.finditer(text)
        if zipf(m.group(1)) >= 3.5 and m.group(1) not in _NAMED_WITH_NUMBERS
    ]


# Common words that name things with a number glued on (software, devices, formats): "windows10", "python3".
_NAMED_WITH_NUMBERS = frozenset(("windows", "python", "office", "galaxy", "pixel", "covid", "iphone", "version"))


# ---------------------------------------------------------------------------------------------- casing


def _case_fixes(text: str, words: _Words, ev: _Evidence) -> list[tuple[int, str]]:
    """Same-length case substitutions: (offset, replacement) pairs."""
    fixes: list[tuple[int, str]] = []
    lower_name: dict[str, bool] = {}
    starts, ends = words.start, words.end
    ws = words.text
    # Each distinct word is judged once on its own; only the words that may take a fix are looked at where they
    # stand (the place only ever rules a fix out), since most of an article's words are common lowercase words.
    fixable = {w for w in set(ws).difference(_common_words()) if len(w) >= 3 and _may_fix(w, ev, lower_name)}
    for n in [n for n, w in enumerate(ws) if w in fixable]:
        w = ws[n]
        end = ends[n]
        if text[end : end + 1] == "@":
            continue  # an e-mail address ("awrhawkins@breitbart.com") keeps its case
        start = starts[n]
        for part_start, part in _parts(w) if "-" in w else ((0, w),):
            fix = _part_fix(part_start, part, ev, lower_name)
            if fix is None:
                continue
            if fix[0] == 0 and (text[start - 1] if start else " ") in "#@./_":
                continue  # a hashtag, a handle, a file name or a web address keeps its lowercase name
            fixes.append((start + part_start + fix[0], fix[1]))
    return fixes


def _part_fix(part_start: int, part: str, ev: _Evidence, lower_name: dict[str, bool]) -> tuple[int, str] | None:
    """The case fix of one hyphen-separated part of a word that starts at ``part_start`` in it, wherever the word
    stands: (offset in the part, the new character), or None. ``lower_name`` remembers ``_is_lower_name``."""
    if len(part) >= 4 and part[0].isupper() and part[1].isupper() and part[2:].islower():
        # "SErgei": a shift key held one letter too long (once; "VMware" throughout is a brand).
        # An acronym before an ending or a word ("DJing", "VMware") is written so on purpose.
        low = part.lower()
        tail = part[2:]
        if zipf(low) > 0 and ev.alone.get(low, 0) == 1 and tail not in _INFLECTIONS and zipf(tail) < 3.0:
            return 1, part[1].lower()
    elif part_start == 0 and part.islower():
        low = part.lower()
        name = lower_name.get(low)
        if name is None:
            name = lower_name[low] = _is_lower_name(low, ev)
        if name:
            return 0, part[0].upper()
    return None


def _may_fix(w: str, ev: _Evidence, lower_name: dict[str, bool]) -> bool:
    """Whether ``_case_fixes`` may fix word ``w`` somewhere (``_part_fix`` of any of its parts)."""
    return any(_part_fix(s, part, ev, lower_name) is not None for s, part in (_parts(w) if "-" in w else ((0, w),)))


_POSSESSIVE_S = re.compile(r"(?<=\w)(['\u2019])S\b")


def _dateline_fixes(text: str, found: Sequence[Dateline]) -> list[str] | None:
    """The text's characters with a dateline's town in its usual casing ("VIENNA —" -> "Vienna —", "LOS ANGELES,
    Sept. 28 (UPI) —"), so the parser reads a town, not an acronym, and the name shows as written elsewhere; None when
    there is none. ``found``: the text's datelines."""
    chars: list[str] | None = None
    for d in found:
        # A bare hyphen after a town alone may join it to the next words ("Charlotte - Nearly" read as a name).
        bare = d.dash is not None and d.dash.text == "-" and d.region is None and d.date is None and d.agency is None
        for town in (d.town, *d.more_towns) if d.town is not None and not bare else ():
            if not town.text.isupper() or "." in town.text or _POSSESSIVE_S.search(town.text):
                # "ST. JOHN'S, Newfoundland": in capitals the actors read a saint's abbreviation and a possessive as one
                # place's name; cased, "St. John's" would read as St. John's possessive (and str.title gives "John'S").
                continue
            titled = town.text.title()
            if len(titled) != len(town.text):
                continue  # "İZMİR": "İ" in lower case is two characters, and repairs only substitute one for one
            if len(town.text) > 3 and _known_place(titled, 2):
                if chars is None:
                    chars = list(text)
                chars[town.start : town.end] = titled
    return chars


def _parts(word: str) -> list[tuple[int, str]]:
    out = []
    start = 0
    for piece in word.split("-"):
        out.append((start, piece))
        start += len(piece) + 1
    return out


def _is_lower_name(low: str, ev: _Evidence) -> bool:
    """A lowercase word that is a name: rare as a common word and mostly capitalised here, or a known place."""
    z = zipf(low)
    if z >= 4.0 or len(low) < 3:
        return False
    caps, lower = ev.capitalised.get(low, 0), ev.lower.get(low, 0)
    # A word as common as "intimidating" (zipf 3.5) written capitalised in a list's name stays lowercase elsewhere.
    if caps >= max(1, lower) and (z < 3.0 or (z < 3.5 and caps >= 2 and caps >= 2 * lower)):
        return True
    if z >= 3.5:
        return False
    from extract.actors import place_rank

    return place_rank(low) >= 3


# ---------------------------------------------------------------------------------------------- repair


def repair(original: str) -> Repaired:
    """Repair ``original`` for parsing."""
    text = normalise_same_length(original)
    words = _Words.of(text)
    ev = _evidence(text, words)
    fixes = _case_fixes(text, words, ev)
    if fixes:
        chars = list(text)
        for pos, ch in fixes:
            chars[pos] = ch
        text = "".join(chars)
    from extract import datelines

    # Read once: recasing a town keeps every offset, so the wires' hyphens are where the reader found them.
    found = datelines.read(text)
    recased = _dateline_fixes(text, found)
    if recased:
        text = "".join(recased)
    inserts = _glue_inserts(text, words, ev) + _quote_inserts(text) + _wire_inserts(text, found)
    inserts += _number_inserts(text)
    wraps = _wrapped_lines(text)
    if wraps:
        chars = list(text)
        for pos in wraps:
            chars[pos] = " "
        text = "".join(chars)
    return apply_inserts(text, original, inserts)


# A line break with a letter or a comma before it and a letter after it: where a hard-wrapped sentence may go on.
_LINE_GOES_ON = re.compile(r"(?<=[^\W\d_,]|,)\n(?=[^\W\d_])")
_PROSE_WORD = re.compile(r"\b[a-z]{2,}\b")
_WRAPPED_LINE = 40


def _wrapped_lines(text: str) -> list[int]:
    """Line breaks inside a sentence of hard-wrapped text, which a parse of one line at a time cuts in two ("The
    president, Donald\nTrump, said ...": a person "Donald" and an organisation "Trump"; "when it comes to\nbuilding
    your brand"): the break is read as a space (same length, offsets unchanged). The line before is prose (a
    lowercase word of two letters or more) and ends in a word or a comma, not a stop, colon or quote mark; the line
    after opens with a lowercase word, or the two lines meet in a name: a capitalised word ends the one and a
    capitalised word that is no function word ("From", "With") opens the other, followed by a lowercase word or a
    mark ("Donald\nTrump, said", not "Neural Engine\nFace ID"), after a line of 40 characters or more with three
    lowercase words, and the word before the break is a common given name or a title (a person's name goes on; a
    caption ending in a place does not: "... in central London\nPolice said"). A blank line, a list of short items
    and a headline of capitalised words stay apart."""
    out = []
    for m in _LINE_GOES_ON.finditer(text):
        pos = m.start()
        line_start = text.rfind("\n", 0, pos) + 1
        prev = text[line_start:pos]
        if _PROSE_WORD.search(prev) is None:
            continue
        after = _WORD.match(text, pos + 1)
        if after is None:
            continue
        first = after.group()
        if first[0].islower():
            out.append(pos)
            continue
        last = _WORD.findall(prev)
        if len(prev) < _WRAPPED_LINE or len(_PROSE_WORD.findall(prev)) < 3:
            continue  # a short line is a credit or a heading as often ("Photo by Getty Images\nPolice said")
        if not last or not _titlecase(last[-1]) or not _titlecase(first) or first.lower() in FUNCTION_WORDS:
            continue
        if not _opens_a_name(last[-1]):
            continue  # a caption or subhead ending in a place: "... in central London\nPolice said" (review s29 R5)
        rest = text[after.end() : after.end() + 2].lstrip(" ")
        if rest[:1] in (",", ".", ";", ":", ")", "'") or (rest[:1].isalpha() and rest[:1].islower()):
            out.append(pos)
    return out


def _opens_a_name(word: str) -> bool:
    """A title ("President", "Mr") or a given name ("Donald", "Keir": in ten of nomquamgender's sources or more) that
    is no known place ("London", "Jordan" are given names too): a person's name goes on."""
    from extract.quotes.name_gender import name_record  # (imported late: the engine imports this module)

    low = word.lower()
    if low in _title_words():
        return True
    record = name_record(low)
    return record is not None and record[0] >= _GIVEN_NAME_SOURCES and not _known_place(word)


_GIVEN_NAME_SOURCES = 10


def _titlecase(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()
