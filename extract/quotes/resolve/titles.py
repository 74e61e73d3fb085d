"""Titles and offices: "the minister" is the person the story gave that title (same modifiers, no lower rank),
the one the text went on about since; title words written out ("Gov." -> governor)."""

from __future__ import annotations

from bisect import bisect_left

from extract.actors.names import TITLE_WORDS
from extract.quotes.lexicon import _HONORIFIC, _TITLE_ABBREV
from extract.quotes.resolve.base import _Base
from extract.records import Mention

# Words that make a title another office, one rank below it ("Vice President", "deputy minister", "Lieutenant
# Governor", "assistant secretary", "Under Secretary").
_SECOND_RANKS = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant", "under"})


# Ranks that only grade the title right after them ("associate professor", "Lt. Gen.", "vice admiral"): still the
# title ('the professor', 'the general'); "Deputy Attorney General", "deputy commander" are other offices.
_GRADED = frozenset(
    {
        ("lieutenant", "general"),
        ("lieutenant", "colonel"),
        ("vice", "admiral"),
        ("associate", "professor"),
        ("assistant", "professor"),
    }
)


# Words that make a title's holder a past or coming one ("former", "ex-", "then-"): never the one who holds it now.
_FORMER = frozenset(
    {"former", "ex", "previous", "then", "late", "onetime", "one-time", "outgoing", "incoming", "erstwhile"}
)


def _title_word(low: str) -> str:
    """A lower-case title word written out ("gov." -> "governor"; "Lt" is a token apart from its dot: "lieutenant"; the
    British police's initialisms: "dci" -> "detective chief inspector"). Only the abbreviations that are no word or
    acronym of their own lose their dot ("SEC Chairman" is no secretary)."""
    return _TITLE_ABBREV.get(low) or _POLICE_RANKS.get(low) or (_TITLE_ABBREV[low + "."] if low in _DOTLESS else low)


# The British police's initialisms for a rank before a name ("DCI Sarah Jones", "PC Tom Reed"); "DC" is left out, as
# it names Washington as often ("DC Mayor Muriel Bowser").
_POLICE_RANKS = {
    "dci": "detective chief inspector",
    "dcs": "detective chief superintendent",
    "di": "detective inspector",
    "ds": "detective sergeant",
    "pc": "police constable",
}


# British style drops the dot ("Det Supt John Smith", "Sgt Mary Jones", "Cllr Ann Lee"): these are no word of their own.
_DOTLESS = frozenset(
    {"lt", "gov", "sen", "gen", "col", "supt", "sgt", "det", "insp", "capt", "cmdr", "adm", "maj", "cllr"}
)


# What ``_Titles._holders`` finds for one title: the holders' mention indexes and starts, where each holder's name first
# holds the title, and every person mention of a holder's name (index, name) with their starts.
_Holders = tuple[list[int], list[int], dict[str, int], list[tuple[int, str]], list[int]]


class _Titles(_Base):
    """Titles and offices."""

    def by_title(self, title: str, pos: int, mods: set[str] = frozenset()) -> Mention | None:  # type: ignore[assignment]
        """The person the story gave this title (with the same modifiers: "the French president" is not the
        president of the Commission), not a second rank of it the title does not say ("the president" is not "Vice
        President Joseph R. Biden Jr.", "the minister" no deputy minister), the one named last before ``pos`` in a
        sentence after the nearest titled mention's: of two governors, the one the text went on about since ("Gov.
        Eric Holcomb ... Kentucky Gov. Matt Bevin ... Teachers didn't see Holcomb at the Statehouse. ... The governor
        said": Holcomb); a person named in that mention's own sentence is only acted on ("Sen. Chuck Schumer attacked
        McConnell for the delay. The senator said": Schumer)."""
        qual, starts, first, named, named_starts = self._holders(title, frozenset(mods))
        n = bisect_left(starts, pos) - 1
        while n >= 0 and self.mentions[qual[n]].end > pos:
            n -= 1
        if n < 0:
            return self._named_after(qual, starts, first, pos)
        titled = self.mentions[qual[n]]
        after = self.d.sent_chars_range(self.d.sent_of_char(self._parser_offset(titled.start)))[1]
        # Only the mentions of a holder's name may be the one the text went on about: walk those back from ``pos``,
        # not every mention since the titled one (one office-holder among many people made each look-up linear).
        j = bisect_left(named_starts, pos) - 1
        while j >= 0 and self.mentions[named[j][0]].start > titled.start:
            k, name = named[j]
            m = self.mentions[k]
            j -= 1
            if m.end > pos:
                continue
            if first[name] < pos and self._parser_offset(m.start) >= after:
                return m
        return titled

    def _named_after(self, qual: list[int], starts: list[int], first: dict[str, int], pos: int) -> Mention | None:
        """The person a title names in the next sentence or the one after (not its own), when the story gives the
        title to no one before ``pos`` and to that person alone: "The transport minister said an investigation had
        been opened. Indonesia's Transport Minister Budi Santoso later told ..." (a lede names the office first, the
        person next)."""
        if len(first) != 1:
            return None  # two holders of the title: which one the unnamed title means is not told
        k = bisect_left(starts, pos)
        if k >= len(qual):
            return None
        m = self.mentions[qual[k]]
        if _FORMER & set(self._title_seq(qual[k])):
            return None  # "The president said ... Former President Donald Trump said": another holder, by definition
        here = self.d.sent_of_char(self._parser_offset(pos))
        # (a name later in the title's own sentence is the phrase's or an object's: "the widow of chief scientist
        # Jim Green said")
        return m if 1 <= self.d.sent_of_char(self._parser_offset(m.start)) - here <= 2 else None

    def _holders(self, title: str, mods: frozenset[str]) -> _Holders:
        """The person mentions holding ``title`` with ``mods`` and no lower rank, in the text's order, their starts,
        where each holder's name first holds it, and every person mention of a holder's name (index, name) in the
        text's order with their starts (once per title asked)."""
        key = (title, mods)
        found = self._holder_cache.get(key)
        if found is None:
            qual = [
                k
                for k in self._titled(title)
                if mods <= set(self._title_seq(k)) and not self._lower_rank(self._title_seq(k), title, mods)
            ]
            first: dict[str, int] = {}
            for k in qual:
                first.setdefault(self._holder_key(self.mentions[k]), self.mentions[k].start)
            named: list[tuple[int, str]] = []
            if first:
                for k, m in enumerate(self.mentions):
                    if m.kind == "person" and (name := self._holder_key(m)) in first:
                        named.append((k, name))
            found = (
                qual,
                [self.mentions[k].start for k in qual],
                first,
                named,
                [self.mentions[k].start for k, _ in named],
            )
            self._holder_cache[key] = found
        return found

    def _holder_key(self, m: Mention) -> str:
        """Whom a person mention names, past the titles and honorifics the mention carries ("President Trump", "Mr.
        Trump": "trump"; a surname alone is the one full name of the story, as in ``full_name``)."""
        words = self.full_name(m).lower().split()
        while len(words) > 1 and (_title_word(words[0]) in TITLE_WORDS or words[0] in _HONORIFIC):
            words = words[1:]
        if len(words) == 1:
            return self._full.get(words[0], words[0]).lower()
        return " ".join(words)

    def _titled(self, title: str) -> list[int]:
        """Indexes, in the text's order, of the person mentions whose title words hold ``title`` (an index of every
        title word, built once per document)."""
        if self._title_index is None:
            index: dict[str, list[int]] = {}
            for k, m in enumerate(self.mentions):
                if m.kind == "person":
                    for w in dict.fromkeys(self._title_seq(k)):
                        index.setdefault(w, []).append(k)
            self._title_index = index
        return self._title_index.get(title, [])

    def _title_seq(self, k: int) -> list[str]:
        """The title words of the ``k``-th mention: its role's, then the ones the text puts next to it (once per
        mention)."""
        seq = self._title_seqs.get(k)
        if seq is None:
            m = self.mentions[k]
            seq = [x for w in (m.role or "").lower().replace("-", " ").split() for x in _title_word(w).split()]
            seq += self._titles_near(m)
            self._title_seqs[k] = seq
        return seq

    @staticmethod
    def _lower_rank(seq: list[str], title: str, mods: set[str]) -> bool:
        """Whether every time a title word is given it is a rank below it that the title asked for does not say: a
        second-rank word among the title words right before it ("vice president", "Deputy Foreign Minister",
        "lieutenant governor"), not one elsewhere ("the president of Vice Media") nor one right before a title it only
        grades ("associate professor", "Lt. Gen.": still the professor, the general; not "Deputy Attorney General")."""

        def lower(i: int) -> bool:
            j = i - 1
            while j >= 0 and (seq[j] in TITLE_WORDS or seq[j] in _SECOND_RANKS):
                if seq[j] in _SECOND_RANKS and seq[j] not in mods and not (j == i - 1 and (seq[j], title) in _GRADED):
                    return True
                j -= 1
            return False

        return all(lower(i) for i, w in enumerate(seq) if w == title)

    def _titles_near(self, m: Mention) -> list[str]:
        """Title words the text puts next to a mention, in order ("President Obama", "Austin, the secretary")."""
        i = self._tok_of(m)
        if i is None:
            return []
        doc = self.d.doc
        tok = doc[i]
        head = tok
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        words: list[str] = []
        if head.dep_ == "appos":
            words += [
                x for t in head.head.subtree if t.i < head.i and not t.is_punct for x in _title_word(t.lower_).split()
            ]
        for t in head.subtree:
            if (t.i < head.i or t.dep_ == "appos") and not t.is_punct:
                words += _title_word(t.lower_).split()
        return words
