"""When a report was made, not what it reports: the day or clock time the parser hung on a reported clause ("said
on Monday the bill would pass", "said at 1500 GMT"), and times that only date a verb ("has spoken about before")."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def _past_report_time(cue: Token, clause: Token, lo: int) -> int:
    """Start a reported clause after the time of the report the parser hung on it: "Senate leaders said on Monday the
    bill would pass", "The mayor said Tuesday the city would recover" report 'the bill would pass' (with "that" after
    the time the clause starts at "that" already)."""
    # The report's own time the parser hung on the cue may stand before ("said on Monday at 0600 hours the offensive
    # had begun": 'on Monday' is the cue's).
    start = cue.i + 1
    for c in cue.rights:
        if c.i == start and c.right_edge.i < lo and c.dep_ in ("prep", "npadvmod") and _time_phrase_only(c):
            start = c.right_edge.i + 1
    if clause.dep_ != "ccomp" or lo != start or clause.left_edge.i != lo:
        return lo
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i <= lo:
        return lo
    before = [c for c in clause.children if lo <= c.i < subj.left_edge.i]
    clock = {i for c in before for t in c.subtree for i in _clock_time(t)}
    # (a year belongs to the report: "She said in 2008 she had voted for Obama"; a clock time does not: "said at 0900
    # local time the border would reopen")
    timed = all(_time_phrase_only(c, clock) for c in before)
    return subj.left_edge.i if before and timed else lo


def _subject_after_day(cue: Token, clause: Token, lo: int) -> int:
    """Start a reported clause at the name the parser joined to the report's day: "said on Wednesday Australia would
    not back down" (the object of "on" became "Wednesday Australia", and the clause was left without a subject);
    "said Friday China had lodged a protest" (the day became part of the subject)."""
    doc = cue.doc
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        # Only the day of the report: a month or a holiday describes the subject ("said January inflation data would
        # be key", "said Christmas sales were ..."), and a day's possessive is the subject's ("said Tuesday's vote").
        k = lo
        while k < subj.i and doc[k].lower_ in _REPORT_DAYS and doc[k].dep_ == "compound" and doc[k].head.i == subj.i:
            k += 1
        return k
    if clause.dep_ != "ccomp" or lo != clause.left_edge.i or lo < 2:
        return lo
    name = doc[lo - 1]
    if not (
        name.dep_ == "pobj"
        and name.pos_ == "PROPN"
        and name.ent_type_ not in ("", "DATE", "TIME")
        and name.head.dep_ == "prep"
        and name.head.head.i == cue.i
    ):
        return lo
    k = name.left_edge.i
    while k < name.i and doc[k].lower_ in _REPORT_DAYS:
        k += 1
    return k if k > name.left_edge.i else lo


# The days a report is dated by ("said on Wednesday", "said Friday"), in English whatever the locale.
_REPORT_DAYS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight")
)


def _time_phrase_only(c: Token, clock: set[int] | None = None) -> bool:
    """Whether a dependent is a date or a time and nothing else ("on Monday", "Tuesday", "at 1500 GMT"); ``clock``:
    the clock times' tokens, when the caller found them over a wider span than this dependent."""
    if clock is None:
        clock = {i for t in c.subtree for i in _clock_time(t)}
    return all(
        t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("prep", "det") or t.is_punct or t.i in clock for t in c.subtree
    ) and not any(t.like_num and len(t.text) == 4 and t.i not in clock for t in c.subtree)


def _clock_time(tok: Token) -> tuple[int, ...]:
    """The tokens of a clock time of four digits with its zone ("1500 GMT", "0900 local time", "1800 hours") when
    ``tok`` is its number, else none: a time of day, never a year."""
    text = tok.text
    if len(text) != 4 or not text.isdigit() or int(text[:2]) > 23 or int(text[2:]) > 59:
        return ()
    doc = tok.doc
    k = tok.i + 1
    if k >= len(doc):
        return ()
    nxt = doc[k]
    if nxt.text in _time_zones() or nxt.lower_ in ("hours", "hrs", "h"):
        return (tok.i, k)
    if nxt.lower_ == "local" and k + 1 < len(doc) and doc[k + 1].lower_ == "time":
        return (tok.i, k, k + 1)
    return ()


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    """The time zones' abbreviations of the IANA database ("GMT", "UTC", "EST", "CET", "JST", ...; read once, when a
    four-digit number is first met before a reported clause), and the US news' short zones ("ET", "PT")."""
    import datetime
    import zoneinfo

    found = {"GMT", "UTC", "ET", "CT", "MT", "PT"}
    for name in zoneinfo.available_timezones():
        try:
            zone = zoneinfo.ZoneInfo(name)
        except (OSError, ValueError):
            continue
        for month in (1, 7):
            abbr = datetime.datetime(2024, month, 15, tzinfo=zone).tzname()
            if abbr and abbr.isalpha() and abbr.isupper():
                found.add(abbr)
    return frozenset(found)


def _after_time(c: Token, t: Token) -> bool:
    """Whether a "relative clause" on the time a cue is set at is what was said: "The mayor said at the time that he
    was in Paris", "The New York Times reported at the time that the RT editor ... conveyed ...", "claimed at the
    time that they were being treated well" (the parser read "the time that ..." as "the time when ..."). Only "at
    the time" or "at that time" right after the cue (or its addressee): "said on the day that the bill passed" and
    "spoke that week that ..." tell when. The "that" must be no argument of the clause ("the time that followed" is a
    relative clause)."""
    if c.dep_ != "prep" or c.lower_ != "at" or t.dep_ != "relcl":
        return False
    noun = t.head
    if noun.lower_ != "time" or noun.dep_ != "pobj" or noun.head.i != c.i or noun.i != c.i + 2:
        return False
    if c.nbor(1).lower_ not in ("the", "that"):
        return False
    cue = c.head
    before = [g for g in cue.children if g.dep_ in ("dobj", "dative") and cue.i < g.i < c.i]
    if c.i != (max(g.right_edge.i for g in before) if before else cue.i) + 1:
        return False
    first = t.doc[t.left_edge.i]
    if first.lower_ != "that" or first.dep_ not in ("advmod", "mark"):
        return False
    return any(g.dep_ in ("nsubj", "nsubjpass") and g.i != first.i for g in t.children)


# Adverbs that say how often or when, never what about ("spoken about before", "talked about often").
_TIME_ADVERBS = {
    "before",
    "often",
    "repeatedly",
    "previously",
    "frequently",
    "recently",
    "lately",
    "earlier",
    "again",
    "already",
    "always",
    "since",
}
# Words counting occasions ("many times", "several occasions").
_OCCASIONS = {"time", "times", "occasion", "occasions"}


def _time_phrase(tok: Token) -> bool:
    """Whether a preposition's object only says when or how often: a date or a time, an adverb of time
    ("before", "often"), or a count of occasions ("many times", "on several occasions")."""
    if tok.lower_ in _TIME_ADVERBS or tok.ent_type_ in ("DATE", "TIME"):
        return True
    return tok.lower_ in _OCCASIONS and any(c.dep_ in ("amod", "nummod", "det") for c in tok.children)
