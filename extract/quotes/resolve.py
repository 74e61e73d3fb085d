"""Resolving a cue's subject to actor mentions: names, pronouns, titles, relative pronouns, statements."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from extract import datelines
from extract.actors.names import AGENCY_ACRONYMS, TITLE_WORDS, common_given_name, is_news_agency
from extract.quotes.content import _after_dateline, _spaced_dash
from extract.quotes.cues import _JUNIOR, _Doc, _hashes, _hyphen_start, _name_as_modifier, _people, _singular, _someone
from extract.quotes.lexicon import (
    _DOCUMENT_NOUNS,
    _EVIDENCE_NOUNS,
    _GENDERED,
    _GENDERED_ROLES,
    _GENERIC_ORG_NOUNS,
    _HONORIFIC,
    _KIN_NOUNS,
    _NOT_SOMEONE_ENTS,
    _ORG_NOUNS,
    _PEOPLE_NOUNS,
    _PERSON_PRONOUNS,
    _PLURAL_PRONOUNS,
    _QUOTE_TOKENS,
    _RELATIVE,
    _STATEMENT_NOUNS,
    _TITLE_ABBREV,
    _VOICE_NOUNS,
    _VOICE_PREPS,
    _WRITER_PRONOUNS,
    SPEECH,
    WEAK,
    verb_forms,
)
from extract.quotes.name_gender import given_name_gender
from extract.records import Mention

# Nouns for a person or people, by office or by kind ("an economist", "a lawmaker", "an official").
_PERSON_NOUNS = frozenset(TITLE_WORDS) | _PEOPLE_NOUNS


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


def _title_word(low: str) -> str:
    """A lower-case title word written out ("gov." -> "governor"; "Lt" is a token apart from its dot: "lieutenant").
    Only the abbreviations that are no word or acronym of their own lose their dot ("SEC Chairman" is no secretary)."""
    return _TITLE_ABBREV.get(low) or (_TITLE_ABBREV[low + "."] if low in _DOTLESS else low)


_DOTLESS = frozenset({"lt", "gov", "sen", "gen", "col"})


# Possessive pronouns as the pronoun they resolve like ("her" is both).
_POSSESSIVE_AS = {"his": "he", "their": "they", "its": "it"}

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.repair import Repaired


# Parts of speech of the words that may stand between a speech verb and the clause it reports: its object
# and adverbials ("told reporters on Tuesday, after the vote, that"), with no verb of their own (of the
# punctuation, only commas).
_BETWEEN_CUE = frozenset({"ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "ADV", "PRON", "PUNCT", "PART"})


class _Resolver:
    """Maps subjects to actor mentions: names, pronouns, titles, relative pronouns, statements."""

    def __init__(self, d: _Doc, rep: Repaired, mentions: Sequence[Mention], inside: list[bool]) -> None:
        self.d = d
        self.rep = rep
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]
        self.inside = inside
        self.bodies: set[str] = set()  # bodies named by their phrase ("Ukraine's defence ministry": body_name)
        self.body_at: list[tuple[int, str, str]] = []  # (offset, name, head noun) of each, in the text's order
        extra = self._bare_surnames()
        if extra:
            self.mentions = sorted([*self.mentions, *extra], key=lambda m: (m.start, -m.end))
            self.starts = [m.start for m in self.mentions]
        self._genders: dict[str, str] | None = None
        self._title_seqs: dict[int, list[str]] = {}
        self._title_index: dict[str, list[int]] | None = None
        self._holder_cache: dict[tuple[str, frozenset[str]], tuple[list[int], list[int], dict[str, int]]] = {}
        self._datelines: list[tuple[int, int]] | None = None
        firsts: dict[str, set[str]] = {}
        given: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.kind == "person" and " " in m.name:
                firsts.setdefault(_surname(m), set()).add(m.name.lower().split()[0])
                given.setdefault(m.name.lower().split()[0], set()).add(m.name)
        self._shared = {last for last, names in firsts.items() if len(names) > 1}
        """Surnames of two people of the story ("Donald Trump", "Ivanka Trump"): their genders are told apart."""
        # A given name alone ("Elise wrote") is the one person of the story named in full with it ("Elise
        # Matthesen"): its gender is hers, whatever "she" after "Elise" casts or misses.
        # (not a word that is also a surname of the story: "Taylor" beside "Taylor Swift" and "James Taylor")
        self._given = {
            first: next(iter(names)) for first, names in given.items() if len(names) == 1 and first not in firsts
        }
        self.by_name = {m.name.lower(): m for m in reversed(self.mentions)}
        fulls: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.kind == "person" and " " in m.name:
                fulls.setdefault(_surname(m), set()).add(m.name)
        # A surname that is also a word of an organisation's name ("Dell" of "Dell Technologies", "Tyson" of "Tyson
        # Foods Inc.") may be the company speaking; one that is also another person's given name ("Taylor" of
        # "Taylor Swift" beside "James Taylor") may be that person. Either stays as written.
        taken = {w for m in self.mentions if m.kind != "person" for w in m.name.lower().replace(".", " ").split()}
        taken |= {m.name.lower().split()[0] for m in self.mentions if m.kind == "person" and " " in m.name}
        self._full = {last: next(iter(names)) for last, names in fulls.items() if len(names) == 1 and last not in taken}
        """Surname -> the one person the story names in full with it ("Williams" -> "Jennifer Williams")."""
        persons = [m for m in self.mentions if m.kind == "person"]
        self.person_names = {m.name.lower() for m in persons} | {_surname(m) for m in persons if " " in m.name}
        self.recent: list[tuple[int, tuple[Mention, ...], str, str, int, bool]] = []
        """(offset, speakers, sentence text, what the text called the speaker, subject offset, whether the
        text gave the speaker by title alone) of attributions, for "the statement" and chains of pronouns."""
        for last, names in fulls.items():
            if len(names) > 1 and last not in taken:
                rest = self._not_kin_aside(names)
                if rest is not None:
                    self._full[last] = rest

    def _not_kin_aside(self, names: set[str]) -> str | None:
        """Of the people of the story who share a surname, the one a surname alone means when all the others are
        named only as someone's relative and never speak there ("His father, Robert Downey, directed films in the
        1960s" beside "Robert Downey Jr."; "His wife, M.K. Pritzker, attended" beside "Gov. JB Pritzker"), and that
        one holds a title or carries the "Jr." that sets the relative apart. A relative who speaks ("His mother,
        Angela Reed, said ...") may be the one quoted by surname, and so may anyone beside a victim given only an
        age ("Marcus Reed, 19, was shot"): None, as for any other pair."""
        named: dict[str, list[Mention]] = {name: [] for name in names}
        for m in self.mentions:
            if m.kind == "person" and m.name in named:
                named[m.name].append(m)
        rest = [name for name, ms in named.items() if not all(self._kin_aside(m) for m in ms)]
        if len(rest) != 1:
            return None
        one = rest[0]
        full = named[one]
        # Only a person who speaks in the story: a victim holds a rank ("Officer Marcus Reed was killed") or a
        # "Jr." ("Marcus Reed Jr., 19, was shot") as often as a public figure does, and never speaks.
        if not any(self._speaks(m) for m in full) or any(self._died(m) for m in full):
            return None
        if self._died_as_pronoun(one, names):
            return None
        # Each relative is that person's: "His" of "His wife, Karen Walsh" is no other man of the story.
        if any(name != one and not all(self._kin_aside(m, one) for m in ms) for name, ms in named.items()):
            return None
        if one.split()[-1].rstrip(".") in _JUNIOR or one.split()[-1].rstrip(".") == "Sr":
            return one
        held = (w for m in full for w in self._titles_near(m))
        return one if any(w in TITLE_WORDS for w in held) else None

    def _died(self, m: Mention) -> bool:
        """Whether a name is the one killed or who died in its clause ("Officer Marcus Reed ... was shot and
        killed", "Reed died Monday"): a victim may have spoken earlier (to a dispatcher), but his relatives speak
        of him after."""
        t = self._name_head(m)
        if t is None:
            return False
        if t.dep_ == "appos":
            t = t.head
        if t.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return False
        verbs = [t.head, *t.head.conjuncts]
        return any(v.lower_ in _DEATH and (_DEATH[v.lower_] == "die") == (t.dep_ == "nsubj") for v in verbs)

    def _died_as_pronoun(self, name: str, names: set[str]) -> bool:
        """Whether a "he" or "she" the story resolves to the person is the one killed or who died ("Officer Marcus
        Reed told the dispatcher he was stopping a car. Minutes later he was shot and killed.")."""
        for t in self.d.doc:
            if t.lower_ not in _DEATH or t.pos_ not in ("VERB", "AUX"):
                continue
            for v in (t, t.head) if t.dep_ == "conj" else (t,):
                want = "nsubj" if _DEATH[t.lower_] == "die" else "nsubjpass"
                subj = next((c for c in v.children if c.dep_ == want and c.lower_ in ("he", "she")), None)
                after = self.d.doc[t.i + 1].lower_ if t.i + 1 < len(self.d.doc) else ""
                if subj is None or t.lower_ == "dying" and after == "to":
                    continue  # "dying to work with Nolan"
                pos = self.rep.to_original(subj.idx)
                lo = self.rep.to_original(self.d.sent_chars[max(0, self.d.sent_of_tok(subj.i) - 1)])
                if any(m.name in names and m.name != name and lo <= m.start < pos for m in self.mentions):
                    continue  # "... his father, Robert Smith, had died at 92. He died peacefully": the relative
                gender = "m" if subj.lower_ == "he" else "f"
                m = self.before(pos, ("person",), gender, sent_start=self.rep.to_original(subj.sent.start_char))
                if m is not None and m.name == name:
                    return True
        return False

    def _speaks(self, m: Mention) -> bool:
        """Whether a name is the subject of a verb of saying ("Gov. JB Pritzker said", "X, the governor, told")."""
        t = self._name_head(m)
        if t is None:
            return False
        if t.dep_ == "appos":
            t = t.head
        return t.dep_ in ("nsubj", "nsubjpass") and (t.head.lower_ in SPEECH or t.head.lower_ in WEAK)

    def _kin_aside(self, m: Mention, other: str = "") -> bool:
        """Whether a name stands beside a noun of kin ("His father, Robert Downey,", "his son Hunter Biden") whose
        clause does not report speech ("His mother, Angela Reed, said" does), holds no title of its own ("his
        father, President Donald Trump"), and, when ``other`` is given, whose owner is that person ("His wife,
        Karen Walsh" after "She sentenced the man" is the man's wife, not the judge Amy Walsh's)."""
        t = self._name_head(m)
        if t is None:
            return False
        if t.dep_ == "appos" and t.head.lower_ in _KIN_NOUNS:
            kin, noun = t.head, t.head
        else:
            noun = next((c for c in t.children if c.dep_ in ("appos", "compound") and c.lower_ in _KIN_NOUNS), None)
            if noun is None:
                return False
            kin = t
        if kin.dep_ in ("nsubj", "nsubjpass") and (kin.head.lower_ in SPEECH or kin.head.lower_ in WEAK):
            return False
        if any(w in TITLE_WORDS for w in self._titles_near(m)):
            return False
        if not other:
            return True
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            return False
        if owner.lower_ in ("his", "her"):
            pos = self.rep.to_original(owner.idx)
            gender = "m" if owner.lower_ == "his" else "f"
            found = self.before(pos, ("person",), gender, sent_start=self.rep.to_original(owner.sent.start_char))
        else:
            found = self.at_tok(owner.i)
        return found is not None and found.name == other

    def _bare_surnames(self) -> list[Mention]:
        """Surnames alone that the tagger named nobody ("Trump has also commented ...", read as a common
        noun): mentions of the one person the story names in full with that surname, so that the subject
        speaks and a later "he" does not skip it for someone named earlier."""
        import numpy as np
        from spacy.strings import hash_string  # type: ignore[attr-defined]

        doc = self.d.doc
        owner: dict[str, Mention | None] = {}
        for m in self.mentions:
            if m.kind == "person" and " " in m.name:
                last = _surname(m)
                prev = owner.get(last, m)
                owner[last] = m if prev is not None and prev.name == m.name else None  # two people: no guess
        owner = {k: v for k, v in owner.items() if v is not None and k.isalpha()}
        if not owner or not len(doc):
            return []
        lower = self.d.lower
        hits = np.zeros(len(lower), dtype=bool)
        for key in owner:
            hits |= lower == np.uint64(hash_string(key))  # a few surnames: one comparison each beats np.isin
        out: list[Mention] = []
        for i in np.flatnonzero(hits).tolist():
            tok = doc[i]
            if not tok.text[:1].isupper() or self.inside[i]:
                continue
            if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].pos_ == "PROPN":
                continue  # "Trump Tower", "Clinton Foundation": another name
            s, e = self.rep.span(tok.idx, tok.idx + len(tok))
            if e <= s or self.covering(s, e) is not None:
                continue
            m = owner[tok.lower_]
            out.append(replace(m, text=self.rep.original[s:e], start=s, end=e, role=None))  # type: ignore[arg-type]
        return out

    def full_name(self, m: Mention) -> str:
        """A speaker's name as the story gives it in full: a surname alone ("Williams said") is the one person of the
        story with that surname ("Jennifer Williams"), so that the story's actors, which know other people of that
        surname from other articles (a boxer "Greedy Williams"), cannot take it for one of them. A surname two
        people of the story share stays as written."""
        if m.kind != "person" or " " in m.name.strip():
            return m.name
        return self._full.get(m.name.lower(), m.name)

    def covering(self, s: int, e: int) -> Mention | None:
        """The longest mention that contains original span [s, e)."""
        k = bisect_right(self.starts, s) - 1
        best: Mention | None = None
        while k >= 0 and self.mentions[k].start > s - 200:
            m = self.mentions[k]
            if m.start <= s and e <= m.end and (best is None or m.end - m.start > best.end - best.start):
                best = m
            k -= 1
        return best

    def at_tok(self, i: int) -> Mention | None:
        """The mention at a token; for a name split by the tagger, the mention named like the whole name."""
        tok = self.d.doc[i]
        s, e = self.rep.span(tok.idx, tok.idx + len(tok))
        m = self.covering(s, e) if e > s else None
        if tok.pos_ == "PROPN":
            parts = [c for c in tok.subtree if c.i < tok.i and c.dep_ == "compound" and c.pos_ == "PROPN"]
            if parts:
                whole = self.rep.original_slice(parts[0].idx, tok.idx + len(tok))
                full = self.by_name.get(" ".join(whole.split()).lower())
                if full is not None and (m is None or len(full.name) > len(m.name)):
                    return full
                pieces = [x for p in parts if (x := self.at_tok_plain(p.i)) is not None and x is not m]
                near = pieces[-1] if pieces else None
                if m is not None and near is not None and _joins(self.rep.original, near, m):
                    # The tagger cut one name in two ("Ursula von der" + "Leyen"): the whole name speaks.
                    start = near.start
                    name = " ".join(self.rep.original[start : m.end].split())
                    return replace(m, name=name, kind="person", start=start)
        return m

    def at_tok_plain(self, i: int) -> Mention | None:
        tok = self.d.doc[i]
        s, e = self.rep.span(tok.idx, tok.idx + len(tok))
        return self.covering(s, e) if e > s else None

    def before(
        self, pos: int, kinds: tuple[str, ...], gender: str = "", limit: int = 3000, sent_start: int | None = None
    ) -> Mention | None:
        """The earlier mention a pronoun most likely means: never inside quotes nor of the other gender;
        a subject earlier in the pronoun's own sentence ("When Ghani announced it, he said"), else the
        nearest subject of a main clause close by, else another subject close by, else the nearest."""
        k = bisect_left(self.starts, pos) - 1
        nearest: Mention | None = None
        subject: Mention | None = None
        genders = self.genders() if gender else {}
        other = self._called_other(pos, gender) if gender else set()
        while k >= 0:
            m = self.mentions[k]
            k -= 1
            if m.end > pos or self.kind_of(m) not in kinds:
                continue
            if pos - m.end > limit:
                break
            known = genders.get(self._gender_key(m)) if gender else None
            if known is not None and known != gender or m.name in other:
                continue
            ti = self._tok_of(m)
            if ti is not None and self.inside[ti]:
                continue
            if nearest is None:
                nearest = m
            if ti is None or pos - m.end > 600:
                if nearest is not m:
                    break
                continue
            level = self._subject_level(ti)
            if level == 0 and subject is None and self._owns_subject(m):
                level = 2  # "Mr. Trump's theatrical embrace is not limited to China. He has ...": the sentence's topic
            if level == 2:
                return m  # the subject of a main clause
            if level == 1 and sent_start is not None and m.start >= sent_start and self._governs(ti, pos):
                return m  # "Morrison did reference his testimony, in which he said ...": the pronoun is in its clause
            if level == 1 and sent_start is not None and m.start >= sent_start and self._reported(ti):
                continue  # "Schumer said McConnell has blocked every bill — “He is ...,” he said": the reporter's
            if level == 1 and sent_start is not None and m.start >= sent_start and self._adverbial(ti):
                return m  # the subject of an adverbial clause opening the pronoun's sentence
            if level == 1 and sent_start is not None and m.start >= sent_start and self._dash_quote(ti, pos):
                return m  # "Sondland has amended his testimony — “I now do recall,” he said": his own words
            if level == 1 and subject is None:
                subject = m
        return subject or nearest

    def _in_dateline(self, m: Mention) -> bool:
        """Whether a mention is part of a dateline opening a line ("SAN FRANCISCO/NEW YORK (Reuters) -")."""
        if self._datelines is None:
            to = self.rep.to_original
            self._datelines = [(to(dl.start), to(dl.end)) for dl in datelines.read(self.d.text)]
        return any(a <= m.start < b for a, b in self._datelines)

    def _owns_subject(self, m: Mention) -> bool:
        """Whether a name owns the subject of its sentence's main verb, a thing and not a person ("Mr. Trump's
        theatrical embrace is not limited to China"): the sentence is about him. "Smith's lawyer said" is about the
        lawyer."""
        h = self._name_head(m)
        if h is None or h.dep_ != "poss":
            return False
        owned = h.head
        return owned.dep_ in ("nsubj", "nsubjpass") and owned.head.dep_ == "ROOT" and not _someone(owned)

    def _called_other(self, pos: int, gender: str) -> set[str]:
        """The people the text has just called by a pronoun of the other gender: the one speaker of each
        attribution before ``pos``, in the same sentence or the two before, said with that pronoun ("Jo Walton
        explained them to me. “...,” she said. “...” ... he'd respond": not Jo Walton)."""
        sent = self.d.sent_of_tok(self._tok_at_offset(pos))
        prev_start = self.rep.to_original(self.d.sent_chars[max(0, sent - 2)])
        out: set[str] = set()
        for off, speakers, _, said, _, _ in reversed(self.recent):
            if off >= pos:
                continue
            if off < prev_start:
                break  # the attributions are noted in the text's order
            low = said.lower()
            if len(speakers) == 1 and low in _PERSON_PRONOUNS and (_GENDERED.get(low, 0) > 0) != (gender == "m"):
                out.add(speakers[0].name)
        return out

    def _reported(self, i: int) -> bool:
        """Whether the subject at token ``i`` is of a clause another subject before it reports with a speech
        verb ("Schumer said McConnell has blocked every bill"): whom the report is about, not who speaks."""
        doc = self.d.doc
        tok = doc[i]
        t = tok if tok.dep_ in ("nsubj", "nsubjpass") else tok.head
        if t.dep_ == "appos":
            t = t.head
        # The cue before the subject's phrase (or its "that"): the parser often hangs the clause on a "he said"
        # after the quote instead ("Belichick said Tom Brady has earned the job — “...,” he said"). Between
        # the cue and the phrase there may be its object and adverbials, never a verb of their own ("said on
        # Tuesday that", "told reporters at a news conference").
        k = t.left_edge.i - 1
        if k >= 0 and doc[k].lower_ == "that":
            k -= 1
        stop = max(0, k - 12)
        while k >= stop and not self.inside[k] and doc[k].lower_ not in SPEECH and not doc[k].is_sent_start:
            if doc[k].pos_ not in _BETWEEN_CUE or doc[k].is_punct and doc[k].text != ",":
                break
            k -= 1
        if k < 0 or self.inside[k]:
            return False
        cue = doc[k]
        if cue.lower_ not in SPEECH and cue.lower_ not in WEAK or not cue.tag_.startswith("VB"):
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < k and not self.inside[c.i] for c in cue.children)

    def _dash_quote(self, i: int, pos: int) -> bool:
        """Whether a dash and a quote opening a sentence of its own come between the subject at token ``i``
        and the pronoun at original offset ``pos``: the quote bears out what the subject's clause told."""
        doc = self.d.doc
        k = self._tok_at_offset(pos)
        for j in range(i + 1, min(k, len(doc)) - 2):
            if doc[j].text in ("\u2014", "\u2013", "--") and not self.inside[j] and doc[j + 1].text in _QUOTE_TOKENS:
                return doc[j + 2].text[:1].isupper() and self.inside[j + 2]
        return False

    def last_subject(self, pron: Token, kinds: tuple[str, ...]) -> list[Mention]:
        """What "it" or "they" stands for: the subject of the clause before it in this sentence or the
        previous one, when that subject is a named actor of a fitting kind. Things ("the ad", "the video")
        are the usual antecedents and are never named, so the nearest name would often be wrong."""
        doc = self.d.doc
        sent = self.d.sent_of_tok(pron.i)
        stop = self.d.sent_starts[max(0, sent - 1)]
        for i in range(pron.i - 1, stop - 1, -1):
            t = doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or self.inside[i]:
                continue
            if t.lower_ == pron.lower_:
                continue  # "it said ... it added": the same antecedent further back
            if t.tag_ == "PRP" and pron.lower_ == "it" and _issues_text(t):
                # "Now they've put out another statement. “...,” it says.": the text speaks for who issued it.
                found = [m for m in self._resolve_head(t, 3) or self._spoke_as(t) if self.kind_of(m) in kinds]
                return list({m.name: m for m in found}.values())
            if t.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
                return []  # another pronoun, or an adjective the parser made a subject
            # The subject resolves as a speaker would ("the statement" to who issued it), conjuncts too.
            found = [m for c in (t, *t.conjuncts) for m in self._resolve_head(c) if self.kind_of(m) in kinds]
            return list({m.name: m for m in found}.values())
        return []

    def they_phrase(self, pron: Token) -> str | None:
        """What the text called the people an unresolved "they" goes on with: the nearest main-clause subject before
        it in this sentence or the previous one, when that subject is plural people or evidence that no actor stands for
        ("Analysts expect sales to grow. They say ...": "Analysts"; "Xi and his comrades do not want war. They
        know ...": "Xi and his comrades"). A singular subject, another pronoun or a plural thing ("the rules")
        leaves the "they" as written."""
        doc = self.d.doc
        sent = self.d.sent_of_tok(pron.i)
        stop = self.d.sent_starts[max(0, sent - 1)]
        for i in range(pron.i - 1, stop - 1, -1):
            t = doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or self.inside[i] or t.lower_ == pron.lower_:
                continue
            verb = t.head.head if t.head.dep_ == "conj" else t.head
            if verb.dep_ != "ROOT" or verb.i == pron.head.i:
                continue  # the subject of a clause inside ("Protesters believe the bill is ...": not "the bill")
            joined = [c for c in t.conjuncts if c.i > t.i]
            if t.pos_ not in ("NOUN", "PROPN") or not (t.tag_ in ("NNS", "NNPS") or joined):
                return None
            if not (_people(t) or t.lower_ in _EVIDENCE_NOUNS or joined and t.ent_type_ == "PERSON"):
                return None
            objects = [o for c in verb.children for o in (c, *c.children) if o.dep_ in ("dobj", "pobj", "dative")]
            if any(o.tag_ in ("NNS", "NNPS") and _people(o) for o in objects):
                return None  # "Officers arrested three protesters. They say they were beaten": either may speak
            span = self._np_span(t)
            return self.rep.original_slice(*span) if span else None
        return None

    def _spoke_as(self, pron: Token) -> list[Mention]:
        """Whom the last attribution before a pronoun, close by, gave the same pronoun to ("“...,” they said in a
        statement on their website. ... Now they've put out another statement": Big Machine)."""
        pos = self.rep.to_original(pron.idx)
        for off, speakers, _, said, _, _ in reversed(self.recent):
            if off >= pos:
                continue
            return list(speakers) if pos - off < 1000 and said.lower() == pron.lower_ else []
        return []

    def kind_of(self, m: Mention) -> str:
        """A mention's kind, a person when the story names a person so elsewhere (NER flips "Trump")."""
        if m.kind != "person" and (m.name.lower() in self.person_names or _surname(m) in self.person_names):
            return "person"
        return m.kind

    def genders(self) -> dict[str, str]:
        """Gender of each person (by surname) from honorifics and the pronouns that follow it alone."""
        if self._genders is not None:
            return self._genders
        import numpy as np

        doc = self.d.doc
        votes: dict[str, list[int]] = {}
        # A name the story gives a person elsewhere is that person where the tagger took it for an organisation
        # ("Ford" beside "Mike Ford"), as for the pronouns that look for it (``kind_of``).
        persons = [m for m in self.mentions if self.kind_of(m) == "person"]
        pstarts = [m.start for m in persons]
        if len(doc) and persons:
            lower = self.d.lower
            sign = _hashes()[1]
            wanted = np.fromiter(sign, dtype=np.uint64)
            for i in np.flatnonzero(np.isin(lower, wanted)).tolist():
                v = sign[int(lower[i])]
                if self.inside[i]:
                    continue
                pos = self.rep.to_original(self.d.idx[i])
                tok = doc[i]
                if tok.lower_ in _GENDERED_ROLES:
                    # "Hope Hicks, a campaign spokeswoman", "spokeswoman Hope Hicks": the role's person.
                    person = self._role_of(tok, persons, pstarts)
                    if person is not None:
                        votes.setdefault(self._gender_key(person), [0, 0])[v > 0] += 3
                    continue
                if (
                    tok.dep_ == "poss"
                    and tok.head.dep_ == "conj"
                    and tok.head.head.pos_ == "PROPN"
                    and tok.head.head.dep_ in ("nsubj", "nsubjpass")
                ):
                    # "Lula da Silva and his wife met", "Glenn Close and her husband met": the subject the kin is
                    # joined to (not an object: "Pelosi praised Rep. Adam Schiff and her leadership team").
                    m = self.at_tok(tok.head.head.i)
                    if m is not None and self.kind_of(m) == "person":
                        votes.setdefault(self._gender_key(m), [0, 0])[v > 0] += 2
                        continue
                if tok.lower_ in _HONORIFIC:
                    k = bisect_left(pstarts, pos + len(tok))
                    if k < len(persons) and persons[k].start - (pos + len(tok)) <= 1:
                        votes.setdefault(self._gender_key(persons[k]), [0, 0])[v > 0] += 3
                    continue
                # "Trump said he ...": a pronoun after the only person of its sentence, who is its subject.
                a, _ = self.d.sent_chars_range(self.d.sent_of_tok(i))
                lo = bisect_left(pstarts, self.rep.to_original(a))
                hi = bisect_left(pstarts, pos)
                keys = {self._gender_key(m) for m in persons[lo:hi]}
                if len(keys) == 1:
                    ti = self._tok_of(persons[hi - 1])
                    if ti is not None and (
                        self._is_subject(ti)
                        and _same_clause(doc[ti], tok)
                        or _owner_again(doc[ti], tok)
                        and self._others_before(persons, pstarts, i, pos, keys) <= 1
                    ):
                        votes.setdefault(keys.pop(), [0, 0])[v > 0] += 1
                elif not keys and tok.dep_ == "nsubj" and self.d.sent_starts[self.d.sent_of_tok(i)] >= i - 1:
                    # "Hajdu announced funding. She said ...": a sentence opening with a pronoun continues
                    # the previous sentence's only person, when that person was its subject.
                    prev = self.d.sent_of_tok(i) - 1
                    if prev >= 0:
                        pa, _ = self.d.sent_chars_range(prev)
                        plo = bisect_left(pstarts, self.rep.to_original(pa))
                        pkeys = {self._gender_key(m) for m in persons[plo:lo]}
                        pt = self._tok_of(persons[lo - 1]) if len(pkeys) == 1 else None
                        # Only the subject of the main clause ("She says Trump represents ... She adds": not Trump).
                        if pt is not None and self._subject_level(pt) == 2:
                            votes.setdefault(pkeys.pop(), [0, 0])[v > 0] += 1
        self._genders = {
            key: ("m" if male > female else "f") for key, (female, male) in votes.items() if male != female
        }
        # A person the text casts no gender for takes the usual gender of the given name, when the name's sources
        # agree ("Mary Barra met Joe Biden ... he said": Biden); the text's own pronouns and honorifics win.
        prior: dict[str, set[str]] = {}
        # A first word the story also uses alone for the person ("Lula said") or one before a lower-case particle
        # ("Lula da Silva") is a short name or a nickname, not a given name the table knows the bearers of.
        alone = {m.name.lower() for m in persons if " " not in m.name}
        for m in persons:
            words = m.name.split()
            if len(words) > 1 and m.kind == "person" and words[0].lower() not in alone and not words[1].islower():
                key = self._gender_key(m)
                if key not in votes:
                    prior.setdefault(key, set()).add(given_name_gender(words[0]))
        for key, found in prior.items():
            if len(found) == 1 and "" not in found:
                self._genders[key] = found.pop()
        return self._genders

    def _others_before(self, persons: list[Mention], pstarts: list[int], i: int, pos: int, keys: set[str]) -> int:
        """How many people other than ``keys`` the previous sentence and this one name before token ``i`` (at
        original offset ``pos``): with two or more ("Jane Smith questioned Tom Ruiz. She asked whether Lisa Park's
        video contradicted his account"), a possessive may take up another man than the owner."""
        sent = self.d.sent_of_tok(i)
        a, _ = self.d.sent_chars_range(max(0, sent - 1))
        lo = bisect_left(pstarts, self.rep.to_original(a))
        hi = bisect_left(pstarts, pos)
        return len({self._gender_key(m) for m in persons[lo:hi]} - keys)

    def _role_of(self, role: Token, persons: list[Mention], pstarts: list[int]) -> Mention | None:
        """The person a role noun describes: the name it stands in apposition to, or the name it precedes as a
        title ("spokeswoman Hope Hicks"), also past a second role the parser hung it on ("Steenburgen's son,
        filmmaker Charlie McDowell": "son" modifies "filmmaker", a title of the name)."""
        heads = [role.head]
        if role.dep_ == "nmod" and role.head.dep_ == "compound" and role.head.pos_ == "NOUN":
            heads.append(role.head.head)
        for t in (*heads, *role.children):
            if t.i == role.i or not (
                t.dep_ == "appos" or role.dep_ in ("appos", "compound", "nmod") and t.i in (h.i for h in heads)
            ):
                continue
            if t.pos_ != "PROPN":
                continue
            pos = self.rep.to_original(t.idx)
            k = bisect_right(pstarts, pos) - 1
            if k >= 0 and persons[k].start <= pos < persons[k].end:
                return persons[k]
        return None

    def _gender_key(self, m: Mention) -> str:
        """Whom a gender vote is about: the surname, or first and last name when two people of the story
        share the surname (a "she" after "Ivanka Trump" says nothing of Donald Trump)."""
        last = _surname(m)
        words = m.name.lower().split()
        if len(words) == 1 and last in self._given:
            full = self._given[last].lower().split()
            last = full[-1]
            words = full
        if last not in self._shared:
            return last
        return f"{words[0]} {last}" if len(words) > 1 else m.name.lower()

    def _tok_at_offset(self, pos: int) -> int:
        """The parser's token at original offset ``pos`` (original offsets map to parser offsets by adding the
        inserts before them)."""
        inserts = self.rep.inserts
        return self.d.tok_at(pos + (bisect_right(inserts, pos + len(inserts)) if inserts else 0))

    def _tok_of(self, m: Mention) -> int | None:
        i = self._tok_at_offset(m.start)
        return i if i < len(self.d.idx) else None

    def _name_head(self, m: Mention) -> Token | None:
        """The token that heads a name in the parse ("Reed" of "Officer Marcus Reed"), through its compounds."""
        i = self._tok_of(m)
        if i is None:
            return None
        t = self.d.doc[i]
        while t.dep_ in ("compound", "flat") and t.head.i != t.i and t.head.pos_ == "PROPN":
            t = t.head
        return t

    def _governs(self, i: int, pos: int) -> bool:
        """Whether the verb of the subject at token ``i`` governs the token at original offset ``pos``."""
        k = self._tok_at_offset(pos)
        tok = self.d.doc[i]
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok.head.head
        return k < len(self.d.doc) and verb.left_edge.i <= k <= verb.right_edge.i and k > i

    def _adverbial(self, i: int) -> bool:
        """Whether the subject at token ``i`` is the subject of an adverbial clause ("When Ghani ...")."""
        tok = self.d.doc[i]
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok.head.head
        return verb.dep_ == "advcl"

    def _subject_level(self, i: int) -> int:
        """2 for the subject of a sentence's main verb, 1 for another subject, 0 otherwise."""
        if not self._is_subject(i):
            # A name opening its sentence is its subject or topic, also when the parser misread it or the
            # verb after it ("Scott bristles at the suggestion ...", "Trump made this statement").
            return 2 if i == self.d.sent_starts[self.d.sent_of_tok(i)] else 0
        tok = self.d.doc[i]
        verb = _subjectless_verb(tok)
        if verb is not None:
            return 2 if verb.dep_ == "ROOT" else 1
        t = tok if tok.dep_ in ("nsubj", "nsubjpass") else tok.head
        if t.dep_ == "appos":
            t = t.head
        return 2 if t.head.dep_ == "ROOT" else 1

    def _is_subject(self, i: int) -> bool:
        tok = self.d.doc[i]
        if _subjectless_verb(tok) is not None:
            return True
        # A name modifying a common noun ("a Clinton surrogate", "Trump's campaign") is not who the phrase is.
        own = (tok,) if tok.dep_ not in ("compound", "flat") or tok.head.pos_ != "PROPN" else (tok, tok.head)
        for t in own:
            if t.dep_ in ("nsubj", "nsubjpass"):
                return True
            if t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass"):
                return True
        return False

    def by_title(self, title: str, pos: int, mods: set[str] = frozenset()) -> Mention | None:  # type: ignore[assignment]
        """The person the story gave this title (with the same modifiers: "the French president" is not the
        president of the Commission), not a second rank of it the title does not say ("the president" is not "Vice
        President Joseph R. Biden Jr.", "the minister" no deputy minister), the one named last before ``pos`` in a
        sentence after the nearest titled mention's: of two governors, the one the text went on about since ("Gov.
        Eric Holcomb ... Kentucky Gov. Matt Bevin ... Teachers didn't see Holcomb at the Statehouse. ... The governor
        said": Holcomb); a person named in that mention's own sentence is only acted on ("Sen. Chuck Schumer attacked
        McConnell for the delay. The senator said": Schumer)."""
        qual, starts, first = self._holders(title, frozenset(mods))
        n = bisect_left(starts, pos) - 1
        while n >= 0 and self.mentions[qual[n]].end > pos:
            n -= 1
        if n < 0:
            return None
        titled = self.mentions[qual[n]]
        after = self.d.sent_chars_range(self.d.sent_of_char(self._parser_offset(titled.start)))[1]
        k = bisect_left(self.starts, pos) - 1
        while k >= 0 and self.mentions[k].start > titled.start:
            m = self.mentions[k]
            k -= 1
            if m.kind != "person" or m.end > pos:
                continue
            name = self.full_name(m).lower()
            if first.get(name, pos) < pos and self._parser_offset(m.start) >= after:
                return m
        return titled

    def _holders(self, title: str, mods: frozenset[str]) -> tuple[list[int], list[int], dict[str, int]]:
        """The person mentions holding ``title`` with ``mods`` and no lower rank, in the text's order, their starts,
        and where each holder's name first holds it (once per title asked)."""
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
                first.setdefault(self.full_name(self.mentions[k]).lower(), self.mentions[k].start)
            found = (qual, [self.mentions[k].start for k in qual], first)
            self._holder_cache[key] = found
        return found

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
            seq = [_title_word(w) for w in (m.role or "").lower().replace("-", " ").split()]
            seq += self._titles_near(m)
            self._title_seqs[k] = seq
        return seq

    def _parser_offset(self, pos: int) -> int:
        """The parser text's offset of original offset ``pos``."""
        return self.d.idx[self._tok_at_offset(pos)]

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
            words += [_title_word(t.lower_) for t in head.head.subtree if t.i < head.i and not t.is_punct]
        for t in head.subtree:
            if (t.i < head.i or t.dep_ == "appos") and not t.is_punct:
                words.append(_title_word(t.lower_))
        return words

    def resolve(self, subj: int, stop: int | None = None) -> tuple[list[Mention], list[str], str]:
        """Mentions a subject refers to (every conjunct), fallback names, and what the text says."""
        doc = self.d.doc
        tok = doc[subj]
        text_span = self._np_span(tok, stop)
        said = self.rep.original_slice(*text_span) if text_span else tok.text
        if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            rel, tok = tok, tok.head.head
            before = doc[rel.i - 1] if rel.i > 0 else rel
            if tok.pos_ in ("VERB", "AUX") and before.pos_ in ("NOUN", "PROPN") and before.i > tok.i:
                # "turned to the police department which reported ...": the parser hung the clause on the
                # verb; the noun right before the pronoun is what it stands for.
                tok = before
            if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
                org = _org_before(tok) if tok.lower_ in _ORG_NOUNS else None
                # "McConnell, now the majority leader, who said": the name speaks; but "Scott Paul, who heads the
                # Alliance for American Manufacturing, a group that has applauded ...": the group is the one just
                # named, which the parser took the appositive away from.
                tok = org if org is not None else tok.head
            holder = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok
            if (
                rel.lower_ in ("who", "whom")
                and tok.ent_type_ != "PERSON"
                and holder.pos_ == "NOUN"
                and _singular(holder.lower_) in _PERSON_NOUNS
            ):
                tok = holder  # "an economist at Goldman Sachs, who said": "who" is the economist, not the bank
            if rel.lower_ in ("who", "whom") and not _someone(tok):
                # "a focal point for demonstrators here, who have ... called for ...": "who" stands for people,
                # so a noun for people right before it is what it stands for, wherever the parser hung it.
                k = rel.i - 1
                while k > tok.i and (doc[k].is_punct or doc[k].dep_ == "advmod"):
                    k -= 1
                if k > tok.i and doc[k].pos_ in ("NOUN", "PROPN") and _someone(doc[k]):
                    tok = doc[k]
                # "calls from black listeners to his radio program who said", "parents of students at the school
                # who said": a thing the parser gave the clause to is only whose or where the people are; the
                # nearest people up its chain of prepositions are who spoke.
                up = _people_before(doc, rel.i) if not _someone(tok) else None
                if up is not None and up.i < tok.i:
                    tok = up
                while tok.ent_type_ in _NOT_SOMEONE_ENTS and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
                    if tok.head.head.pos_ not in ("NOUN", "PROPN"):
                        break
                    tok = tok.head.head  # "a panel in Washington, who said": the place only says where the panel is
                if tok.ent_type_ in _NOT_SOMEONE_ENTS:
                    # "gathered near Trump Tower, who shouted ...": a place or a date is no one, and the
                    # pronoun's true antecedent is not in reach; no speaker is better than a wrong one.
                    return [], [], rel.text
            if rel.lower_ == "who" and _plural_verb(rel) and tok.tag_ == "NNP" and tok.dep_ == "pobj":
                # "star players, including England captain Harry Kane, who have lauded ...": a plural verb's
                # "who" is the plural noun the name was an example of.
                up = tok.head.head
                if up.tag_ == "NNS":
                    tok = up
            said = rel.text
            subject = _predicated(tok)
            if subject is not tok:
                tok = subject
                span = self._np_span(tok)
                said = self.rep.original_slice(*span) if span else tok.text
            if self.at_tok(tok.i) is None and tok.pos_ in ("NOUN", "PROPN"):
                if rel.lower_ == "which" and _thing_noun(tok) and not self._resolve_head(tok):
                    # "a saying about flowers, which describes ...", "gives the city its starry night back,
                    # which reminds us ...": "which" stands for a thing (or the whole clause), and things do
                    # not speak; the row is dropped as for any unresolved "which".
                    return [], [], rel.text
                # "an architect who said ...": nobody named, so the text's noun for the speaker is shown.
                ante = self.d.tok_span(tok.left_edge.i, tok.i)
                said = self.rep.original_slice(*ante) if ante else said
        elif tok.tag_ == "PRP" and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            # "The US Secretary of Defense, Lloyd Austin he stated": the pronoun repeats the noun it hangs on.
            noun = tok.head.head
            if any(self.at_tok(t.i) is not None for t in noun.subtree if t.i < tok.i):
                tok = noun
        heads = [tok, *[c for c in tok.conjuncts if c.i > tok.i]]
        found: list[Mention] = []
        names: list[str] = []
        by_surname: set[int] = set()  # the speakers the text calls by a surname alone
        for h in heads:
            ms = self._resolve_head(h)
            if not ms and h.pos_ == "PROPN" and (not any(c.dep_ == "det" for c in h.children) or _described(h)):
                # "Trump tweeted" where the tagger named no one: the person the story calls by that surname; also
                # "the 14th-ranked Schwartzman said" (an article with a description of the person is no name's).
                m = _by_surname(self, self._propn_name(h), organizations=True)
                ms = [m] if m is not None else []
            for m in ms:
                if all(m.name != f.name for f in found):
                    found.append(m)
                    if h.pos_ == "PROPN" and " " not in self._propn_name(h):
                        by_surname.add(len(found) - 1)
            body = (self.body_name(h) or self.body_again(h)) if not ms else None
            if body is not None:
                names.append(body)
                continue
            if (
                not ms
                and h.pos_ == "PROPN"
                and h.text[:1].isupper()
                and (h.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or h.is_upper)
                and not any(c.dep_ in ("det", "nummod") for c in h.children)
            ):
                name = self._propn_name(h)
                if name:
                    names.append(name)
        if len(found) > 1 and by_surname:
            found = self._paired(found, by_surname, self.rep.to_original(tok.idx))
        if not found and not names and len(heads) == 1 and tok.lower_ in _DOCUMENT_NOUNS and tok.lower_ != "joint":
            # "..., the US military said in a statement on Wednesday. “...,” the statement said.": a statement
            # whose issuer no actor stands for is shown as the text called the issuer.
            said = self._statement_issuer(self.rep.to_original(tok.idx), tok.lower_) or said
        if len(heads) == 1 and tok.lower_ in _PERSON_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
            titled = self._title_speaker(tok, found)
            if titled is not None:
                return [*titled[0]], [], titled[1]
        return found, names, said

    def _paired(self, found: list[Mention], by_surname: set[int], pos: int) -> list[Mention]:
        """Joint speakers by surname are the pair the story introduced together: in "Martha Fry and her brother
        Dale Ford agreed to an interview ... Ford and Fry replied", "Ford" is Dale Ford, though the story is about
        another Ford (John M. Ford). A surname of one person of the story is left to ``full_name``."""
        out = list(found)
        for j, f in enumerate(found):
            low = _surname(f)
            if j not in by_surname or low in self._full:
                continue
            partners = [self.full_name(o) for o in found if o is not f]
            best: Mention | None = None
            for m in self.mentions:
                if m.start >= pos:
                    break
                if m.kind != "person" or " " not in m.name or _surname(m) != low:
                    continue
                if any(o.kind == "person" and o.name in partners and self._one_sentence(o, m) for o in self.mentions):
                    best = m  # the latest person of that surname named in one sentence with a partner
            if best is not None:
                out[j] = replace(f, name=best.name, kind="person")
        return out

    def _one_sentence(self, a: Mention, b: Mention) -> bool:
        """Whether two mentions stand close together in one sentence."""
        lo, hi = min(a.end, b.end), max(a.start, b.start)
        return hi - lo < 150 and not _SENTENCE_END.search(self.rep.original[lo:hi])

    def note(self, off: int, found: Sequence[Mention], sentence: str, said: str, subj: int | None) -> None:
        """Record an attribution's speaker (``off`` the cue's original offset, ``subj`` its subject token)."""
        titled = False
        start = off
        if subj is not None:
            head = self.d.doc[subj]
            start = self.rep.to_original(head.idx)
            if head.lower_ in _PERSON_PRONOUNS:
                titled = bool(said) and said.lower() not in _PERSON_PRONOUNS  # a pronoun that took a title
            else:
                # "the minister", "a Pentagon spokesman" (who speaks for the Pentagon): a person by title alone.
                titled = head.lower_ in TITLE_WORDS and head.tag_ in ("NN", "NNP") and self.at_tok(head.i) is None
        self.recent.append((off, tuple(found), sentence, said, start, titled))

    def _title_speaker(self, pron: Token, found: Sequence[Mention]) -> tuple[tuple[Mention, ...], str] | None:
        """(speakers, text) of a person who spoke by title alone in the pronoun's sentence or the one before
        ("Austria's interior minister said ... “...,” he told reporters"), when no person spoke since and
        the title is more recent than the named person the pronoun would take: "he" goes on with the latest
        person who spoke, and an unnamed one is left for the story to resolve as the title was."""
        pos = self.rep.to_original(pron.idx)
        sent = self.d.sent_of_tok(pron.i)
        prev_start = self.rep.to_original(self.d.sent_chars[max(0, sent - 1)])
        for off, speakers, _, said, start, titled in reversed(self.recent):
            if off >= pos:
                continue
            if off < prev_start:
                return None
            person = titled or said.lower() in _PERSON_PRONOUNS or any(self.kind_of(m) == "person" for m in speakers)
            if not person:
                continue  # an organisation or a document spoke: the person before it may still be meant
            if not titled or len(speakers) > 1 or any(m.start >= start for m in found):
                return None
            if self._other_gender(pron, speakers, said):
                return None  # "John Smith's spokeswoman, Jane Doe, said ... He said": not the spokeswoman
            return speakers, said
        return None

    def _other_gender(self, pron: Token, speakers: Sequence[Mention], said: str) -> bool:
        """Whether a speaker is known to be of the other gender than "he" or "she": by the votes of the story, or
        by a gendered role in what the text calls the speaker ("spokeswoman", "spokesman")."""
        want = _GENDERED.get(pron.lower_, 0)
        if not want:
            return False
        genders = self.genders()
        other = "f" if want > 0 else "m"
        if any(self.kind_of(m) == "person" and genders.get(self._gender_key(m)) == other for m in speakers):
            return True
        return any(_GENDERED_ROLES.get(w.strip(".,;:"), 0) * want < 0 for w in said.lower().split())

    def _np_span(self, tok: Token, stop: int | None = None) -> tuple[int, int] | None:
        lo, hi = tok.left_edge.i, tok.right_edge.i if stop is None else min(stop, tok.right_edge.i)
        lo = _hyphen_start(self.d.doc, lo)  # "said study co-author Anezina Solomonidou": the whole title
        while lo < tok.i and self.d.doc[lo].tag_ in ("VBD", "VBZ", "VBP"):
            lo += 1  # "Said Ellis:": the inverted cue the parser made part of the name
        # "‘lazy,’” Maria Lopez, ...": the parser may hang the end of a quote on the name after it.
        doc = self.d.doc
        closing = [k + 1 for k in range(lo + 1, tok.i) if doc[k].text in _QUOTE_TOKENS and doc[k - 1].is_punct]
        lo = max([lo, *closing])  # (a quoted title inside the name, 'the "Pose" actor', stays)
        # "The deal - officials said - would be signed": a spaced dash the parser took into the name ends the name.
        lo = max([lo, *(k + 1 for k in range(lo + 1, tok.i) if _spaced_dash(doc[k]))])
        if lo < tok.i:
            # "HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists ... have confirmed": the dateline is no speaker, also
            # when the phrase starts inside it ("BRUSSELS/LONDON, Nov 1 (Reuters) - European leaders", 'Nov' hung on
            # 'leaders'): the dateline opening the sentence ends where the name may begin.
            lo = max(lo, min(_after_dateline(self.d, doc[lo].sent.start, tok.i + 1), tok.i))
        for c in tok.rights:
            if c.dep_ in ("relcl", "acl", "advcl") or (c.dep_ == "punct" and c.text in "\"'"):
                hi = min(hi, c.left_edge.i - 1)
        for t in tok.subtree:
            # "economists at the bank, who said ...": a relative clause set off by a comma after a noun deeper in
            # the phrase is what the speaker did, not who the speaker is.
            if t.i > tok.i and t.dep_ == "relcl" and t.left_edge.i > lo and doc[t.left_edge.i - 1].text == ",":
                hi = min(hi, t.left_edge.i - 1)
        if hi > lo and self.d.doc[hi].dep_ == "case":
            hi -= 1  # "Donald Trump's claim": the speaker is "Donald Trump"
        while hi > tok.i and (self.d.doc[hi].dep_ == "cc" or self.d.doc[hi].is_punct):
            hi -= 1  # "Lopez, the director of X and [whose work ...]": no dangling "and"
        hi = _close_bracket(doc, lo, hi)
        return self.d.tok_span(lo, hi)

    def _propn_name(self, h: Token) -> str:
        toks = [c for c in h.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [h]
        return " ".join(t.text for t in toks).strip(" .,")

    def _unnamed_between(self, pron: Token, m: Mention) -> bool:
        """Whether a person the story does not name, "my father" or "our lawyer" (a first-person possessive and a
        singular noun for a person), is the main-clause subject of the pronoun's sentence or the one before, after
        ``m``: the pronoun more likely stands for that person than for the older name.  "His wife" or "her
        manager" does not count: the possessor is most often the named person, whom the pronoun still means ("John
        Smith was arrested. His wife was at home. He said ...")."""
        doc = self.d.doc
        sent = self.d.sent_of_tok(pron.i)
        for i in range(self.d.sent_starts[max(0, sent - 1)], pron.i):
            t = doc[i]
            if t.dep_ != "nsubj" or t.tag_ != "NN" or self.inside[i] or self._subject_level(i) != 2:
                continue
            if not any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON_POSSESSIVES for c in t.children):
                continue
            if t.lower_ not in _KIN_NOUNS and t.lower_ not in TITLE_WORDS:
                continue  # "His voice was hoarse. He said": a thing of his, not another person
            if self.at_tok(i) is not None or any(c.dep_ == "appos" for c in t.children):
                continue  # "his wife, Laura, ...": named after all
            if self.rep.to_original(t.idx) > m.end:
                return True
        return False

    def _unnamed_owned(self, pron: Token, m: Mention, gender: str) -> bool:
        """Whether the main-clause subject of the sentence before the pronoun's is a person the story does not name,
        related to a name ("Mr. Trump's lawyer is not worried. He has said ..."): the pronoun more likely stands for
        that person than for the owner or for anyone named before. A person of the other gender ("Mr. Smith's wife
        was at home. He said ...") leaves the pronoun to the names."""
        doc = self.d.doc
        sent = self.d.sent_of_tok(pron.i)
        if sent == 0 or pron.i != self.d.sent_starts[sent]:
            return False
        a, b = self.d.sent_range(sent - 1)
        for i in range(a, b):
            t = doc[i]
            if t.dep_ != "nsubj" or t.pos_ != "NOUN" or self.inside[i] or t.head.dep_ != "ROOT":
                continue
            noun = _singular(t.lower_)
            if noun not in _KIN_NOUNS and noun not in _PERSON_NOUNS:
                continue
            owner = next((c for c in t.children if c.dep_ == "poss"), None)
            owned_by = self.at_tok(owner.i) if owner is not None and owner.tag_ != "PRP$" else None
            if owned_by is None:
                continue
            if self.kind_of(owned_by) != "person" and noun not in _KIN_NOUNS and not noun.startswith("spokes"):
                continue  # "France's president", "Apple's chief executive": the head, most often named before
            if self.at_tok(i) is not None or any(c.dep_ == "appos" for c in t.children):
                continue  # "Mr. Trump's lawyer, Jay Sekulow, ...": named after all
            role = _GENDERED_ROLES.get(_singular(t.lower_))
            if role is not None and (role > 0) != (gender == "m"):
                continue
            return self.rep.to_original(owner.idx) >= m.start
        return False

    def _relative_of(self, pron: Token, m: Mention, gender: str) -> bool:
        """Whether ``m`` is named only inside the "of" phrase of an unnamed relative who is the main-clause
        subject of the pronoun's sentence or the one before ("The widow of NASA's chief scientist, Jim Green,
        said ... “...,” she said"): the pronoun goes on with the relative, whom the story does not name."""
        doc = self.d.doc
        mi = self._tok_of(m)
        if mi is None:
            return False
        sent = self.d.sent_of_tok(pron.i)
        for i in range(self.d.sent_starts[max(0, sent - 1)], pron.i):
            t = doc[i]
            if t.dep_ != "nsubj" or t.tag_ != "NN" or t.lower_ not in _KIN_NOUNS or self.inside[i]:
                continue
            if self._subject_level(i) != 2 or _GENDERED_ROLES.get(t.lower_, 0) * (1 if gender == "m" else -1) < 0:
                continue  # "The widow of Jim Green said ... He said": not the widow
            if self.at_tok(i) is not None or any(c.dep_ == "appos" for c in t.children):
                continue  # "his wife, Laura, ...": named after all
            if any(c.dep_ in ("ccomp", "xcomp") and c.left_edge.i <= pron.i <= c.right_edge.i for c in t.head.children):
                # "The lawyer of Jim Green said that he told police he was innocent": a pronoun in what the
                # relative reports is, by default, the person the relative is named through.
                continue
            of = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
            if any(c.left_edge.i <= mi <= c.right_edge.i for c in of) and _named_in_of(doc[mi], t):
                return True
            # "Jim Green's widow said ... she said": an owner the role's gender sets apart from the pronoun.
            owner = [c for c in t.children if c.dep_ == "poss" and c.left_edge.i <= mi <= c.i]
            if owner and _GENDERED_ROLES.get(t.lower_, 0) and self.genders().get(self._gender_key(m)) != gender:
                return True
        return False

    def _unnamed_kin(self, pron: Token, m: Mention, gender: str) -> bool:
        """Whether the writer's own kin or role of the pronoun's gender ("my mother", "our father", "one mother"), never
        named, comes in the pronoun's sentence or the four before it (a quote's sentences count), after ``m``,
        whom the story does not show to be of that gender ("Trump ... when my mother mentioned the devil ...
        To which she said": the mother)."""
        if self.genders().get(self._gender_key(m)) == gender:
            return False
        doc = self.d.doc
        sign = 1 if gender == "m" else -1
        sent = self.d.sent_of_tok(pron.i)
        for i in range(self.d.sent_starts[max(0, sent - 4)], pron.i):
            t = doc[i]
            if _GENDERED_ROLES.get(t.lower_, 0) != sign or self.inside[i] or t.tag_ != "NN":
                continue
            # "WIRED spoke to one mother, who ...": someone the story introduces and never names, as the writer's
            # own kin ("my mother"); a predicate ("Lopez is a mother of three") is the named person.
            unnamed = t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
                c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in t.children
            )
            if not unnamed and not any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON_POSSESSIVES for c in t.children):
                continue
            if self.at_tok(i) is not None or any(c.dep_ == "appos" for c in t.children):
                continue  # "my wife, Laura, ...": named after all
            if self.rep.to_original(t.idx) > m.end:
                return True
        return False

    def _chained(self, pron: Token, m: Mention | None) -> Token | None:
        """The same pronoun as the main-clause subject of one of the two sentences before, when no person
        named since then is a subject ("... said Rep. Babin. He raised that point ... landers on the Moon.
        “...,” he continued": "he" goes on with the earlier "He", not with a name in an object)."""
        doc = self.d.doc
        sent = self.d.sent_of_tok(pron.i)
        first = self.d.sent_starts[max(0, sent - 2)]
        end = self.d.sent_starts[sent]
        for i in range(end - 1, first - 1, -1):
            t = doc[i]
            if t.lower_ != pron.lower_ or self.inside[i] or self._subject_level(i) != 2:
                continue
            start = self.rep.to_original(t.idx)
            if m is not None and m.start > start:
                ti = self._tok_of(m)
                if ti is None or self._subject_level(ti) > 0:
                    return None  # a person named as a subject since then is the likelier antecedent
            return t
        return None

    def _resolve_head(self, h: Token, depth: int = 0) -> list[Mention]:
        # A possessive owner ("his claim that ...", "their decision to ...") stands for whom its pronoun would.
        low = _POSSESSIVE_AS.get(h.lower_, h.lower_) if h.tag_ == "PRP$" else h.lower_
        pos = self.rep.to_original(h.idx)
        if low in _WRITER_PRONOUNS:
            return []
        if h.tag_ == "PRP" or low in _PERSON_PRONOUNS or low in _PLURAL_PRONOUNS or low == "it":
            if low in _PERSON_PRONOUNS:
                gender = "m" if _GENDERED.get(low, 0) > 0 else "f"
                sent = self.d.sent_of_tok(h.i)
                m = self.before(pos, ("person",), gender, sent_start=self.rep.to_original(self.d.sent_chars[sent]))
                kept = self._same_speaker(pos, gender, sent)
                if kept is not None and (m is None or m.start < kept[0]):
                    m = kept[1]  # "..., he said. He also said ...": the speaker goes on
                elif depth < 3:
                    chained = self._chained(h, m)
                    if chained is not None:
                        found = self._resolve_head(chained, depth + 1)
                        m = found[0] if found else m
                if m is not None and (
                    self._unnamed_between(h, m)
                    or self._unnamed_kin(h, m, gender)
                    or self._relative_of(h, m, gender)
                    or self._unnamed_owned(h, m, gender)
                ):
                    return []  # "My father ... He also told ...": he is the father, whom the story never names
            elif low in _PLURAL_PRONOUNS:
                joint = self._recent_joint(pos)
                if joint:
                    return joint
                found = self.last_subject(h, ("organization", "group", "place", "person"))
                if len(found) == 1 and (
                    self.kind_of(found[0]) == "person"
                    or self.kind_of(found[0]) != "organization"
                    and not _plural(found[0])
                ):
                    return []  # "they" for one person, one place or one "Republican": a misreading
                return found
            else:
                return self.last_subject(h, ("organization", "place"))[:1]
            return [m] if m is not None else []
        m = self.at_tok(h.i)
        if m is not None:
            return [m]
        # "the Secretary General, Mark Rutte, and President Ursula von der Leyen": every appositive name.
        named: list[Mention] = []
        for c in h.children:
            if c.dep_ != "appos":
                continue
            for a in (c, *c.conjuncts):
                m = self.at_tok(a.i) or next(
                    (x for g in a.subtree if (x := self.at_tok(g.i)) is not None and x.kind == "person"), None
                )
                if m is not None and all(m.name != n.name for n in named):
                    named.append(m)
        if named:
            return named
        renamed = self._renamed(h)
        if renamed is not None:
            return [renamed]
        if h.pos_ in ("NOUN", "PROPN"):
            if low in _VOICE_NOUNS:
                voice = self._voice_of(h)
                if voice:
                    return voice
            if low in _DOCUMENT_NOUNS:
                if h.dep_ == "dobj" and h.head.i != h.i:
                    # "The Kremlin dismissed a statement saying ...", "Customers were sent an email saying ...":
                    # the text speaks because the verb's subject did not write it; its author is not named.
                    return []
                return list(self._recent_statement(pos, low)) or self._issuer(h)
            if low in _ORG_NOUNS:
                owner = self._body_owner(h)
                if owner is not None:
                    return [owner]
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children):
                return []
            mods = {c.lower_ for c in h.lefts if c.dep_ in ("amod", "compound", "nmod") and c.is_alpha}
            # A plural ("the Lakers", "the senators") is no one person's title.
            m = None if h.tag_ in ("NNS", "NNPS") else self.by_title(_TITLE_ABBREV.get(low, low), pos, mods)
            if m is None and (low in _ORG_NOUNS or low in _COMPANY_NOUNS):
                kinds = {c.lower_ for c in h.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_alpha}
                # "the news agency", "the ratings agency", "her agency": no state's agency; only a bare "the agency"
                # or a state's ("the federal agency", "the U.S. agency") may be one named by its acronym or head.
                state = not any(
                    c.dep_ in ("amod", "compound", "nmod", "poss")
                    and c.lower_ not in _STATE_WORDS
                    and c.ent_type_ not in ("GPE", "NORP")
                    for c in h.lefts
                )
                m = self.by_org_noun(low, pos, kinds, state=state)
                if m is None and low in _COMPANY_NOUNS:
                    # "VW has used chrome-like paint ... The automaker says ...": the trade for "the company"
                    m = self._trade_company(low, pos)
            return [m] if m is not None else []
        return []

    def _body_owner(self, h: Token) -> Mention | None:
        """The organisation a body noun speaks for: the organisation that owns an office, a ministry, a department,
        a team, a campaign, a board, its management or press service ("the Pentagon's press office said": the
        Pentagon), and the union whose members name
        it ("The Teamsters union", "The United Auto Workers union"). A company's union is the other side ("The
        Starbucks union", "Boeing's machinists union"), a parent, rival or oversight body is another body ("Google's
        parent company", "Meta's oversight board"), and a court rules for itself: none speaks for the owner."""
        low = h.lower_
        # "Microsoft's board (of directors)", "the Kremlin's press service": a governing or speaking body
        press = low == "service" and any(c.lower_ == "press" for c in h.lefts)
        if low not in _OWNED_BODIES and low != "union" and not press:
            return None
        if any(c.lower_ in _RELATIONAL for c in h.lefts):
            return None
        for c in h.children:
            if c.dep_ not in ("compound", "poss") or c.i > h.i or c.pos_ != "PROPN":
                continue
            if low == "union" and (c.dep_ != "compound" or not _members(c.text)):
                continue  # "The Starbucks union", "Amazon's largest union": the employer is the other side
            m = self.at_tok(c.i)
            if m is not None and self.kind_of(m) == "organization":
                return m
        return None

    def body_name(self, h: Token) -> str | None:
        """ "Ukraine's defence ministry said", "Bolivia's public defender's office said": a body a place owns and
        the text names by a common noun is named by its phrase as written (no "the"), not by its last word."""
        if h.lower_ not in _ORG_NOUNS or not h.text.islower():
            return None
        owners = [c for c in h.children if c.dep_ == "poss" and c.i < h.i]
        if not owners:
            return None
        place = owners[0]
        while place.dep_ == "poss" and place.pos_ != "PROPN" and any(c.dep_ == "poss" for c in place.children):
            place = next(c for c in place.children if c.dep_ == "poss")  # "Bolivia's public defender's office"
        m = self.at_tok(place.i)
        if m is None or self.kind_of(m) != "place":
            return None
        span = self.d.tok_span(h.left_edge.i, h.i)
        if span is None:
            return None
        name = " ".join(self.rep.original_slice(*span).split())
        self.bodies.add(name)
        self.body_at.append((self.rep.to_original(h.idx), name, h.lower_))
        return name

    def body_again(self, h: Token) -> str | None:
        """ "Russia's foreign ministry said ... The ministry said": a plain "the ministry" after a body named by its
        phrase (``body_name``) is that body, unless an organisation with the noun in its name came since."""
        if h.lower_ not in _ORG_NOUNS or h.tag_ != "NN":
            return None
        if [c.lower_ for c in h.children if c.i < h.i] != ["the"]:
            return None
        pos = self.rep.to_original(h.idx)
        for off, name, noun in reversed(self.body_at):
            if off >= pos:
                continue
            if noun != h.lower_ or pos - off > 1500:
                return None
            named = any(
                m.kind == "organization" and off < m.start < pos and h.lower_ in m.name.lower().split()
                for m in self.mentions
            )
            return None if named else name
        return None

    def _renamed(self, h: Token) -> Mention | None:
        """The name closing a noun's phrase after a comma that the parser set beside a name inside the phrase, not
        beside the noun: "The company that runs the AMAs, Dick Clark Productions, denies ..." (beside "the AMAs"),
        "the wife of Senator John McCain, Cindy McCain, said" (beside "John McCain"). A name beside a name renames
        the noun the phrase is about, as one right after the noun would ("The company, Dick Clark Productions,");
        one beside a common noun in an "of" phrase is that noun's ("the widow of NASA's chief scientist, Jim
        Green": the scientist). Only a name of the noun's kind: a person for "wife", a body for "company"."""
        if h.pos_ != "NOUN" or h.tag_ != "NN":
            return None
        doc = self.d.doc
        last = h.right_edge.i
        while last > h.i and doc[last].is_punct:
            last -= 1
        a = doc[last]
        while a.dep_ in ("compound", "flat") and a.head.i > a.i:
            a = a.head
        if a.dep_ != "appos" or a.pos_ != "PROPN" or a.i != last:
            return None
        if doc[a.left_edge.i - 1].text != "," or self.inside[a.i]:
            return None
        up = a.head
        while up.head.i != h.i:
            if up.head.i == up.i or up.head.i < h.i:
                return None
            up = up.head
        # Only an "of" phrase or a relative clause of the noun holds the name it was set beside; in an "of" phrase,
        # a name beside a common noun is that noun's ("the widow of the late senator, Robert Byrd").
        # "The son of the late senator, Robert Byrd Jr.": "Jr." names the son after his father.
        junior = h.lower_ == "son" and a.text.rstrip(".") in _JUNIOR
        if up.i < h.i or not (up.dep_ in ("relcl", "acl") or up.dep_ == "prep" and (a.head.pos_ == "PROPN" or junior)):
            return None
        # In the relative clause, a name beside a noun for a person or a body restates that noun: "The woman who
        # accused the former senator, Al Franken, said" (the senator), "The company that bought the newspaper,
        # the Chicago Tribune, said" (the paper); beside a name or a thing ("the AMAs", "the show") it names the noun.
        if up.dep_ != "prep" and a.head.pos_ == "NOUN" and (a.head.lower_ in _ORG_NOUNS or _someone(a.head)):
            return None
        m = self.at_tok(a.i)
        if m is None:
            return None
        kind = self.kind_of(m)
        # The text makes a name set beside "the company" an organisation, whatever the tagger took it for
        # ("Dick Clark Productions" comes out a person).
        if h.lower_ in _ORG_NOUNS:
            return m if kind in ("organization", "person") else None
        return m if (h.lower_ in _KIN_NOUNS or _someone(h)) and kind == "person" else None

    def by_org_noun(  # type: ignore[assignment]
        self, noun: str, pos: int, kinds: set[str] = frozenset(), state: bool = True
    ) -> Mention | None:
        """ "the bank said": the nearest earlier organisation with the noun in its name; else, for the generic
        "the company", the nearest earlier organisation that is no event ("the American Music Awards"), unless an
        earlier "the company" (or "the group", for a company) spoke and no organisation was named after that
        sentence. "The production company" (a sector word before the noun) is the nearest, unless a quote names it
        after a negation (the other side of a denial): a sector word is no clue to the name, as agencies and schools
        carry them too ("the tech company" after Georgia Tech and Intel is Intel). A public body is never "the
        company" or "the firm" (``_public``)."""
        k = bisect_left(self.starts, pos) - 1
        nearest: Mention | None = None
        while k >= 0:
            m = self.mentions[k]
            k -= 1
            if m.kind != "organization" or m.end > pos:
                continue
            if self._in_dateline(m):
                continue  # "SAN FRANCISCO (Reuters) - Twitter will cut ..., the company said": the wire is no company
            words = m.name.lower().split()
            if noun in words:
                return m
            if (
                nearest is None
                and pos - m.end < 1500
                and (noun not in _BUSINESS_NOUNS or not _event(m) and not self._public(m))
            ):
                nearest = m
        if nearest is not None and noun in _BUSINESS_NOUNS:
            nearest = self._acting(nearest)
        if noun == "agency":
            return self._one_agency(pos) if state else None
        if noun not in _GENERIC_ORG_NOUNS:
            return None
        if kinds:
            # "“At no time did Dick Clark Productions agree to a statement with Big Machine Label Group,” the
            # production company said": a kind of company no name carries; the nearest organisation will do ("the
            # news organization": CNBC), unless it is one a quote names, likely the other side.
            ti = self._tok_of(nearest) if nearest is not None else None
            return None if ti is None or self.inside[ti] and self._denied_in_quote(ti) else nearest
        for off, speakers, sentence, said, start, _ in reversed(self.recent):
            if off >= pos or pos - off > 1500 or len(speakers) != 1 or speakers[0].kind != "organization":
                continue
            words = said.lower().split()
            if len(words) != 2 or words[0] != "the" or words[1] not in _GENERIC_ORG_NOUNS:
                continue
            if words[1] != noun and noun in _BUSINESS_NOUNS and f"the {noun}" in sentence.lower():
                # "The group said the company had illegally fired organizers. The company said it disagreed": the
                # group spoke of the company as another, the nearest other organisation (Amazon).
                return self._nearest_but(pos, speakers[0])
            if words[1] == noun:
                if self._org_named_since(off, pos):
                    break  # "Volkswagen said ... The company said ... Toyota also announced ... The company said"
            elif (
                noun not in _BUSINESS_NOUNS
                or _event(speakers[0])
                or self._public(speakers[0])
                or self._org_named_since(start, pos, speakers[0])
            ):
                # "The group announced that WeWork had reached an agreement with JLL ... the company": another
                # noun for a company named since is not the group.
                break
            # "The group announced that WeWork had reached an agreement with JLL ... the group said": the same noun
            # again goes on with the same speaker, not the organisation named in what it said; and "The group that
            # owns her music, Big Machine, says she may play at the American Music Awards. ... But the company
            # says ...": the company is the one that spoke as "the group", not the event.
            return speakers[0]
        if noun not in _BUSINESS_NOUNS and nearest is not None:
            # "The Teamsters union said on Friday that 340,000 workers at United Parcel Service could strike ...
            # The group said": the group is the organisation that spoke, not one named in what it said.
            for off, speakers, _, _, start, _ in reversed(self.recent):
                if off >= pos or pos - off > 1500 or len(speakers) != 1 or speakers[0].kind != "organization":
                    continue
                spoke = speakers[0]
                if spoke.name != nearest.name and nearest.start > start and not self._org_named_since(off, pos):
                    return spoke
                break
        return nearest

    def _acting(self, m: Mention) -> Mention:
        """The company a sentence is about, for "the company" after it, when the nearest company ``m`` is not it:
        a company named only to modify a noun ("Amazon is now letting you listen to music free, and Spotify investors
        are already nervous": Amazon), one that reports on the sentence's topic ("Tesla shares fell 6 percent,
        Bloomberg reported": Tesla), or one acting in a clause of its own ("Tesla shares rose after Goldman Sachs
        upgraded the stock": Tesla). The topic is the subject of the sentence's verb, or of what a verb of saying
        reports ("Boeing executives met with regulators, the FAA said": Boeing, not the FAA that said it)."""
        ti = self._tok_of(m)
        if ti is None:
            return m
        doc = self.d.doc
        a, b = self.d.sent_range(self.d.sent_of_tok(ti))
        root = next((t for t in doc[a:b] if t.dep_ == "ROOT"), None)
        if root is None:
            return m
        reporting = root.lower_ in SPEECH or root.lower_ in WEAK
        clause = next((c for c in root.children if c.dep_ == "ccomp"), None) if reporting else root
        if clause is None:
            return m
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return m
        last = ti
        while last + 1 < len(doc) and self.rep.to_original(doc[last + 1].idx) < m.end:
            last += 1
        # a common noun right after the name, whatever the parser made of it ("Spotify investors" as a verb)
        modifier = last + 1 < len(doc) and doc[last + 1].tag_ in ("NN", "NNS")
        verb = _clause_verb(doc[ti])
        at_root = verb is not None and verb.i == root.i
        if not (modifier or (reporting and at_root) or (verb is not None and not at_root and not reporting)):
            return m
        for o in self.mentions:
            if o.kind != "organization" or o.name == m.name or _event(o) or self._public(o):
                continue
            oi = self._tok_of(o)
            if oi is None or not a <= oi < b or self.inside[oi]:
                continue
            t = doc[oi]
            while t.i != subj.i and t.dep_ in ("compound", "flat", "poss", "nmod") and t.head.i != t.i:
                t = t.head
            if t.i == subj.i:
                return o
        return m

    def _one_agency(self, pos: int) -> Mention | None:
        """ "the agency" where no name says "Agency": the agency that spoke just before ("In August, the Food and
        Drug Administration announced that ... At the time, the agency said"), else the one agency the story has
        named so far. An agency is a body of a state's administration by the head of its name ("... Administration",
        "... Service", "Department of ..."), the acronym of one named in the text, or one of the agencies the news
        names by acronym alone ("the FBI", "NASA": ``_agency``); a company, a league or a group with a short capital
        name ("GM", "the ACLU") is none, nor a court or a parliament."""
        for off, speakers, _, _, _, _ in reversed(self.recent):
            if off >= pos:
                continue
            if pos - off < 1500 and len(speakers) == 1 and self.kind_of(speakers[0]) == "organization":
                # "The Justice Department charged the man. The FBI said ... The agency said": the body that spoke
                # just before, or one the text calls an agency ("Robert Half, the staffing agency, said"); nobody
                # when that is any other organisation, which may be an agency we do not know for one ("GM", "The
                # Associated Press"): never another body named earlier. Only a court or a parliament that spoke
                # in between is surely not "the agency" and does not hide it ("The FDA approved the pill. The
                # Supreme Court said ... The agency said ...": the FDA).
                if self._agency(speakers[0]) or self._called_agency(speakers[0]):
                    return speakers[0]
                if not self._public(speakers[0]) and not self._answered(speakers[0], off):
                    return None
            break
        # The one agency named so far; one the text calls an agency ("Moody's, the credit ratings agency") counts
        # too, so that a federal acronym named earlier is not taken for it.
        found: dict[str, Mention] = {}
        for m in self.mentions:
            if m.end <= pos and m.kind == "organization" and (self._agency(m) or self._called_agency(m)):
                # one key for a name and its acronym, each of which the actors may give as the other's same_as
                found[max(m.name, m.same_as or "", self._spelled_out(m), key=len)] = m
        return next(iter(found.values())) if len(found) == 1 else None

    def _answered(self, speaker: Mention, off: int) -> bool:
        """Whether an organisation that spoke between an agency's act and "the agency said" only answered it: "The
        FAA grounded the jets after the crash. Boeing said it supported the decision. The agency said ...". The
        speaker is named in full words, not an acronym (which may be an agency we do not know: "GM", "AFP"), is
        called no agency, and is no news agency ("Reuters reported the figures", "The Associated Press said": a wire
        service, by the actors' shared test; a newspaper or a broadcaster is no agency and answers as any other, "The
        Boston Globe said it had obtained the memo"); a company reporting its results answers too ("Boeing reported a
        loss"); and an agency of the story is the subject of a clause in the sentence before the speaker's."""
        if _acronym(speaker.name) or _acronym(speaker.same_as or "") or self._called_agency(speaker):
            return False
        if is_news_agency(speaker.name) or is_news_agency(speaker.same_as or ""):
            return False
        start = self.d.sent_of_tok(self._tok_at_offset(off))
        lo = self.rep.to_original(self.d.sent_chars[max(0, start - 1)])
        for m in self.mentions:
            if m.start >= off:
                break
            if m.start < lo or m.kind != "organization" or not self._agency(m):
                continue
            ti = self._tok_at_offset(m.end - 1)  # the name's last word, its head ("... Exchange Commission")
            if ti < len(self.d.doc) and not self.inside[ti] and self._subject_level(ti) > 0:
                return True
        return False

    def _spelled_out(self, m: Mention) -> str:
        """The name an acronym stands for when the story spells it out before ("the Metropolitan Transportation
        Authority (MTA) ... the MTA": one agency, not two), else the name as written."""
        if not _acronym(m.name):
            return m.name
        name = m.name.replace(".", "")
        for o in self.mentions:
            if o.start >= m.start:
                break
            if o.kind == "organization" and _initials(o.name) == name:
                return o.same_as or o.name
        return m.name

    def _trade_company(self, noun: str, pos: int) -> Mention | None:
        """The company a noun of its trade stands for ("the automaker said"): the nearest one the text calls so
        ("Toyota, the Japanese automaker", "German automaker Volkswagen"); None when the text never says which
        company is of the trade. The one company named nearby is not enough: the firm meant is often named only as
        a modifier ("A door panel blew out of a Boeing 737 Max 9 on an Alaska Airlines flight ... The airline
        said" is not Boeing) or is a supplier, customer or rival ("Toyota buys its batteries from Panasonic.
        Panasonic said ... The automaker said")."""
        k = bisect_left(self.starts, pos) - 1
        while k >= 0:
            m = self.mentions[k]
            k -= 1
            if m.end > pos or self.kind_of(m) != "organization" or _event(m) or self._public(m):
                continue
            if self._called(m, noun):
                return m
        return None

    def _called(self, m: Mention, noun: str) -> bool:
        """Whether the text calls an organisation by ``noun`` where it names it: the head noun of its appositive
        ("Moody's, the credit ratings agency,", "Toyota, the Japanese automaker,") or the noun before the name
        ("the staffing agency Robert Half", "German automaker Volkswagen"); never a phrase about one ("a frequent
        critic of the agency", "a contractor for the agency")."""
        t = self._name_head(m)
        if t is None:
            return False
        if any(c.dep_ in ("appos", "compound") and c.lower_ == noun for c in t.children):
            return True
        return t.dep_ in ("appos", "compound") and t.head.lower_ == noun

    def _called_agency(self, m: Mention) -> bool:
        """Whether the text calls an organisation an agency where it names it (``_called``)."""
        return self._called(m, "agency")

    def _agency(self, m: Mention) -> bool:
        """Whether an organisation is a state's agency (``_body_of`` with ``_AGENCY_HEADS``, or ``_listed_agency``)."""
        return self._body_of(m, _AGENCY_HEADS) or _listed_agency(m)

    def _nearest_but(self, pos: int, other: Mention) -> Mention | None:
        """The nearest earlier business before ``pos`` that is not ``other``, no event and no public body."""
        k = bisect_left(self.starts, pos) - 1
        while k >= 0:
            m = self.mentions[k]
            k -= 1
            if m.kind != "organization" or m.end > pos or m.name == other.name or _event(m) or self._public(m):
                continue
            return m if pos - m.end < 1500 else None
        return None

    def _public(self, m: Mention) -> bool:
        """Whether an organisation is a public body ("the Federal Trade Commission", "the FAA"), never "the
        company" (``_body_of`` with ``_PUBLIC_HEADS``, or an agency the news names by acronym: "The WHO said ...
        The company said" is no WHO)."""
        return self._body_of(m, _PUBLIC_HEADS) or _listed_agency(m)

    def _body_of(self, m: Mention, heads: frozenset[str]) -> bool:
        """Whether an organisation's name has its head noun in ``heads`` (before any "of": "Department of Energy"),
        or is the acronym of the initials of such a name earlier in the text ("the FTC")."""
        if _head_in(m.name, heads) or m.same_as is not None and _head_in(m.same_as, heads):
            return True
        if not _acronym(m.name):
            return False
        name = m.name.replace(".", "")
        return any(
            _head_in(o.name, heads) and _initials(o.name) == name
            for o in self.mentions
            if o.kind == "organization" and o.start < m.start
        )

    def _denied_in_quote(self, i: int) -> bool:
        """Whether the name at token ``i`` (inside a quote) follows a negation in its sentence: the quote denies a
        dealing with it ("At no time did we agree to a statement with Big Machine Label Group"), so it is the
        other side, not the speaker ("Meta will appeal this decision")."""
        doc = self.d.doc
        head = doc[i]
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "poss" and head.head.dep_ in ("pobj", "dobj"):
            head = head.head  # "We have not seen Microsoft's complaint": the owner of what is denied
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ccomp":
            # "We do not believe Microsoft has any standing": the subject of what the speaker denies believing;
            # "We do not believe Meta's practices violate any law" (the owner of that subject) is the speaker.
            return any(c.dep_ == "neg" for c in head.head.head.children)
        if head.dep_ not in ("pobj", "dobj"):
            return False  # "At no time did Meta share user data": the company itself denies
        start = self.d.sent_starts[self.d.sent_of_tok(i)]
        return any(doc[k].lower_ in ("not", "n't", "never", "no") for k in range(start, i))

    def _org_named_since(self, off: int, pos: int, speaker: Mention | None = None) -> bool:
        """Whether an organisation is named before ``pos``: after the sentence of the cue at original offset
        ``off``, or (given the ``speaker`` of a subject at ``off``) after that subject, events and itself aside."""
        if speaker is None:
            sent = self.d.sent_of_tok(self._tok_at_offset(off))
            since = self.rep.to_original(self.d.sent_chars_range(sent)[1])
        else:
            since = off + 1
        k = bisect_left(self.starts, since)
        while k < len(self.mentions) and self.mentions[k].start < pos:
            m = self.mentions[k]
            k += 1
            if m.kind == "organization" and (speaker is None or m.name != speaker.name and not _event(m)):
                return True
        return False

    def _same_speaker(self, pos: int, gender: str, sent: int) -> tuple[int, Mention] | None:
        """(cue offset, person) of the attribution just before a pronoun, in its sentence ``sent`` or the
        one before, when one person of a fitting gender spoke it and the text called them by the same
        pronoun ("..., he said. He also said ..."): a chain of pronouns keeps its speaker."""
        prev_start = self.rep.to_original(self.d.sent_chars[max(0, sent - 1)])
        for off, speakers, _, said, _, _ in reversed(self.recent):
            if off >= pos:
                continue
            if off < prev_start or len(speakers) != 1 or self.kind_of(speakers[0]) != "person":
                return None
            if said.lower() not in _PERSON_PRONOUNS or (_GENDERED.get(said.lower(), 0) > 0) != (gender == "m"):
                return None
            known = self.genders().get(self._gender_key(speakers[0]))
            return None if known is not None and known != gender else (off, speakers[0])
        return None

    def _recent_joint(self, pos: int) -> list[Mention]:
        for off, speakers, *_ in reversed(self.recent):
            if off < pos and pos - off < 800 and len(speakers) > 1:
                return list(speakers)
            if off < pos:
                break
        return []

    def _voice_of(self, noun: Token) -> list[Mention]:
        """Who a spokesman or a statement speaks for: "for/from/of/by X", "X's", "a Kremlin spokesman",
        "a speech Clinton delivered"."""
        cands = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in _VOICE_PREPS for g in c.children]
        cands += [c for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i]
        cands += [g for c in noun.children if c.dep_ == "relcl" for g in c.children if g.dep_ == "nsubj"]
        for c in cands:
            m = self.at_tok(c.i)
            if m is not None:
                return [m]
        return []

    def _issuer(self, noun: Token) -> list[Mention]:
        """ "The council issued a statement ... The statement noted": who issued the same noun shortly before."""
        doc = self.d.doc
        stop = self.d.sent_starts[max(0, self.d.sent_of_tok(noun.i) - 3)]
        for i in range(noun.i - 1, stop - 1, -1):
            t = doc[i]
            if t.lower_ == noun.lower_ and t.dep_ == "dobj":
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                m = self.at_tok(subj.i) if subj is not None else None
                return [m] if m is not None else []
        return []

    def _statement_issuer(self, pos: int, noun: str) -> str:
        """What the text called the speaker of the latest attribution close before ``pos`` whose sentence mentions
        ``noun`` ("the US military said in a statement"), when that phrase names someone (a capital after its first
        word), not a pronoun, the text itself or a common noun ("The company"); else ""."""
        for off, _, sentence, said, _, _ in reversed(self.recent):
            if off >= pos:
                continue
            if pos - off > 1000:
                return ""
            if _said_in(sentence, noun):
                low = said.lower()
                if not said or low.split()[-1] in _DOCUMENT_NOUNS or low in _UNNAMED_SAID:
                    return ""
                if not any(w[:1].isupper() for w in said.split()[1:]):
                    return ""  # "The company flat-out denied the allegations in a statement": no one named
                return said
        return ""

    def _recent_statement(self, pos: int, noun: str) -> tuple[Mention, ...]:
        """Who issued the latest statement mentioned before (nobody when its author was not named)."""
        for off, speakers, sentence, *_ in reversed(self.recent):
            if off < pos and _has_word(sentence, noun):
                return speakers
        return ()


# Name particles that may sit between two halves of one name ("Ursula von der Leyen").
_PARTICLES_OF_NAMES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "dos",
    "du",
    "la",
    "le",
    "al",
    "el",
    "bin",
    "ibn",
    "ter",
    "zu",
}


_FIRST_PERSON_POSSESSIVES = frozenset(["my", "our"])
"""The writer's own ("my father"): a person the story need never name, unlike "his wife", who is the named
person's."""
# Determiners of someone introduced without a name ("one mother", "a widow", "another father").
_INDEFINITE = frozenset(["a", "an", "one", "another"])


def _named_in_of(name: Token, kin: Token) -> bool:
    """Whether a name in a relative's "of" phrase is the person the relative is kin to ("the widow of NASA's chief
    scientist, Jim Green"), not a name set beside the relative itself."""
    t = name
    while t.dep_ in ("compound", "flat") and t.head.i > t.i:
        t = t.head
    if t.dep_ == "appos" and t.head.pos_ == "PROPN":
        return False  # "the wife of Senator John McCain, Cindy McCain": she is named
    return t.head.i != kin.i


def _close_bracket(doc, lo: int, hi: int) -> int:
    """Take in the closing bracket of a name's party and state ("Sen. Claire McCaskill (D-Mo.)", "Gov. Pat
    McCrory (R)"), which the parser hangs on the verb, so the name does not end in "(D-Mo"."""
    opened = sum(1 for t in doc[lo : hi + 1] if t.text == "(") - sum(1 for t in doc[lo : hi + 1] if t.text == ")")
    if opened <= 0:
        return hi
    for k in range(hi + 1, min(len(doc), hi + 4)):
        if doc[k].text == ")":
            return k
        if not doc[k].is_punct:
            break
    return hi


def _joins(text: str, a: Mention, b: Mention) -> bool:
    """Whether mention ``a`` and the following ``b`` are two halves of one person's name."""
    gap = text[a.end : b.start].split()
    return "person" in (a.kind, b.kind) and b.start >= a.end and all(w in _PARTICLES_OF_NAMES for w in gap)


# The generic nouns a story uses for a business, and the last words of an event's name, which is none.
_BUSINESS_NOUNS = frozenset({"company", "firm"})
# Nouns of a trade the news uses for "the company" it just named ("Ford ... the automaker said", "the retailer").
# Only nouns for a firm, never a person's trade too ("the miner", "the carrier", "the brewer", "the publisher").
_COMPANY_NOUNS = frozenset(
    {"automaker", "carmaker", "retailer", "chipmaker", "drugmaker", "insurer", "lender", "startup", "manufacturer"}
    | {"conglomerate", "airline", "utility"}
)
_EVENT_HEADS = frozenset({"awards", "award", "festival", "olympics", "championship", "championships", "expo"})


# The head nouns of a public body's name: a state's agencies, courts, assemblies and forces, never what "the
# company" or "the firm" stands for ("The Federal Trade Commission sued Amazon ... the online retail company said":
# Amazon). A closed list of English nouns; "Service" is left out, as businesses carry it ("United Parcel Service").
_PUBLIC_HEADS = frozenset(
    {"commission", "commissions", "authority", "administration", "department", "agency", "ministry", "bureau"}
    | {"court", "tribunal", "council", "parliament", "congress", "senate", "assembly", "cabinet", "government"}
    | {"police", "army", "navy", "reserve", "board", "regulator"}
)


# Bodies that speak for the organisation owning them ("the Pentagon's press office", "Apple's legal team").
_OWNED_BODIES = frozenset({"office", "ministry", "department", "team", "campaign", "board", "management"})
# Modifiers that make a body another one than its owner's ("Google's parent company", "Meta's oversight board").
_RELATIONAL = frozenset({"parent", "rival", "sister", "former", "oversight", "independent", "subsidiary"})


def _members(name: str) -> bool:
    """Whether a union's name is that of its members ("Teamsters", "Machinists", "Employees"): a plural agent
    noun, not an employer's name ("Starbucks")."""
    last = name.split()[-1].lower() if name.split() else ""
    return last.endswith(("ers", "ors", "ists", "ees", "ians"))


# Verbs of a death ("was shot and killed", "died"): whom a story's relatives speak of.
_DEATH = verb_forms("kill murder slay:slain,slew die:died,dying")

# The head nouns of a state's agencies' names ("the Food and Drug Administration", "the National Weather Service",
# "the Department of Energy"), which "the agency" stands for; courts, parliaments and forces are no agencies.
# "Service" is left out, as businesses carry it ("United Parcel Service").
_AGENCY_HEADS = frozenset({"agency", "administration", "department", "bureau", "commission", "authority"})

_AGENCY_ACRONYMS = AGENCY_ACRONYMS  # government agencies named by acronym alone (extract/actors/names.py)


# Modifiers of "the agency" that keep it a state's ("the federal agency"); any other ("the news agency", "her
# agency") makes it another kind.
_STATE_WORDS = frozenset({"federal", "government", "state", "regulatory"})


def _acronym(name: str) -> bool:
    """Whether a name is a short capital acronym ("FBI", "F.B.I.", "GM", "ACLU")."""
    name = name.replace(".", "")
    return 2 <= len(name) <= 6 and name.isalpha() and name.isupper()


def _clause_verb(t: Token) -> Token | None:
    """The verb whose clause ``t`` is in (following heads up), or None."""
    while t.pos_ not in ("VERB", "AUX"):
        if t.head.i == t.i:
            return None
        t = t.head
    return t


def _head_in(name: str, heads: frozenset[str]) -> bool:
    """Whether a name's head noun (before any "of": "Department of Energy") is one of ``heads``."""
    head = name.lower().split(" of ")[0].split()
    return bool(head) and head[-1] in heads


# What the text may call a speaker that is no phrase of its own to show for a statement's issuer.
_UNNAMED_SAID = _PERSON_PRONOUNS | _PLURAL_PRONOUNS | _WRITER_PRONOUNS | {"it", "which", "who", "that", "this"}


def _said_in(sentence: str, noun: str) -> bool:
    """Whether a sentence tells its speaker spoke in a text of that noun ("said in a statement on Wednesday", "wrote
    in their latest letter"), not of one the speaker reacted to ("The Kremlin dismissed a statement saying ...")."""
    pattern = (
        rf"\b(?:in|via|through)\s+(?:a|an|the|its|their|his|her|a\s+separate|another)\s+(?:\w+\s+)?{re.escape(noun)}\b"
    )
    return re.search(pattern, sentence, re.I) is not None


def _has_word(sentence: str, noun: str) -> bool:
    """Whether a sentence names a noun as a word, singular or plural ("a statement", not "a memorial" for "memo",
    "noted" for "note" or "newsletter" for "letter")."""
    return re.search(rf"\b{re.escape(noun)}s?\b", sentence, re.I) is not None


def _listed_agency(m: Mention) -> bool:
    """Whether an organisation is one of ``_AGENCY_ACRONYMS``, by its acronym ("the WHO") or by the name spelled out
    in capitals whose initials it is and whose head is an agency's ("the World Health Organization", "the World
    Food Programme"); initials alone collide ("the Entertainment Software Association" is no ESA, "the Culinary
    Institute of America" no CIA)."""
    for n in (m.name, m.same_as or ""):
        if _acronym(n) and n.replace(".", "").upper() in _AGENCY_ACRONYMS:
            return True
        if len(n.split()) >= 2 and _initials(n) in _AGENCY_ACRONYMS and _head_in(n, _AGENCY_NAME_HEADS):
            return True
    return False


# The head nouns of agencies' names spelled out ("World Health Organization", "World Food Programme").
_AGENCY_NAME_HEADS = _AGENCY_HEADS | {"organization", "organisation", "programme", "program", "fund", "service"}


def _issues_text(subj: Token) -> bool:
    """Whether a subject's verb issues a text of its own ("they've put out another statement", "they emailed a
    statement to reporters"): what "it" after it stands for. A text received, read or seen ("they received a
    letter") is someone else's, as is one owned by anyone else: "from" someone ("a letter from the singer's
    lawyers", not "from their chief executive"), "by" someone ("a statement by", "written by"), or another's
    ("the singer's open letter", not "their statement")."""
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.lower_ not in _ISSUING:
        return False
    if verb.lower_ in ("put", "puts", "putting") and not any(
        c.dep_ == "prt" and c.lower_ in ("out", "up") for c in verb.children
    ):
        return False
    if any(_others(c, subj) for c in verb.children if c.dep_ == "prep"):
        return False
    return any(
        c.dep_ == "dobj" and c.lower_ in _DOCUMENT_NOUNS and c.lower_ != "joint" and not _owned_by_other(c, subj)
        for c in verb.children
    )


def _own_possessive(tok: Token, subj: Token) -> bool:
    """Whether a possessive pronoun agrees with the subject ("they ... their", "it ... its", "he ... his")."""
    return tok.tag_ == "PRP$" and tok.lower_ == _OWN_POSSESSIVE.get(subj.lower_)


_OWN_POSSESSIVE = {"they": "their", "it": "its", "he": "his", "she": "her", "we": "our", "i": "my"}


def _others(prep: Token, subj: Token) -> bool:
    """Whether a "from"/"by" phrase names someone other than the subject ("from the singer's lawyers", "from her
    lawyers" after "they"; not "from their chief executive")."""
    if prep.lower_ not in ("from", "by"):
        return False
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return obj is None or not any(g.dep_ == "poss" and _own_possessive(g, subj) for g in obj.children)


def _owned_by_other(text: Token, subj: Token) -> bool:
    """Whether a text is another's: a possessor other than the subject's own pronoun ("the singer's open letter",
    "her open letter" after "they"), a "from"/"by" phrase of someone else, or a participle with its agent ("a letter
    written by the lawyers")."""
    for c in text.children:
        if c.dep_ == "poss" and not _own_possessive(c, subj):
            return True
        if c.dep_ == "prep" and _others(c, subj):
            return True
        if c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children):
            return True
    return False


# Verbs of issuing a text of one's own ("put out", "issued", "emailed a statement"); a text reacted to ("welcomed",
# "disputed", "denied the statement") or passed on ("quoted", "forwarded", "leaked") is someone else's.
_ISSUING = frozenset(
    verb_forms(
        "put:putting issue release publish send:sent write:wrote,written,writing share sign post circulate"
        " email tweet file make:made give:gave,given provide deliver submit draft pen unveil"
    )
)


def _initials(name: str) -> str:
    """The acronym of a name: "Federal Trade Commission" -> "FTC" (function words aside)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _event(m: Mention) -> bool:
    """Whether an organisation's name is an event's ("the American Music Awards"), never what "the company" is."""
    words = m.name.lower().split()
    return bool(words) and words[-1] in _EVENT_HEADS


def _subjectless_verb(tok: Token) -> Token | None:
    """The verb a name the parser made its modifier is the subject of ("Early says there is ...")."""
    verb = tok.head
    named = _name_as_modifier(verb) if verb.i > tok.i else None
    return verb if named is not None and named.i == tok.i else None


def _owner_again(name: Token, pron: Token) -> bool:
    """Whether a possessive pronoun takes up the only person of its sentence, named as the owner of a thing before it
    ("Lacking the rights to Mike Ford's work, still smarting from the events surrounding his death"); not when
    the owned is a person ("Mary's husband said his ..."), whom the pronoun may mean."""
    if pron.tag_ != "PRP$":
        return False
    # Only when the sentence's subject is a pronoun of the other gender ("how would she feel"), which the
    # possessive cannot mean: else it as often takes up a person of an earlier sentence ("Elizabeth Warren grilled
    # the chief executive. John Stumpf's testimony only deepened her anger").
    sign = _GENDERED.get(pron.lower_, 0)
    if not any(t.dep_ in ("nsubj", "nsubjpass") and _GENDERED.get(t.lower_, 0) * sign < 0 for t in pron.sent):
        return False
    while name.dep_ in ("compound", "flat") and name.head.i != name.i and name.head.pos_ == "PROPN":
        name = name.head
    owned = name.head
    return (
        name.dep_ == "poss"
        and owned.i != name.i
        and owned.pos_ == "NOUN"
        and owned.ent_type_ != "PERSON"
        and owned.lower_ not in _PERSON_NOUNS
        and owned.lower_ not in _KIN_NOUNS
    )


def _same_clause(subj: Token, pron: Token) -> bool:
    """Whether a pronoun hangs under its sentence subject's verb through nothing but complements
    ("Trump said he ...", "Clinton defended her record"), not a coordinated or adverbial clause."""
    verb = subj.head if subj.dep_ in ("nsubj", "nsubjpass") else subj.head.head
    governor = pron.head.head if pron.dep_ == "pobj" else pron.head
    if pron.dep_ in ("dobj", "dative", "pobj") and governor.i == verb.i:
        return False  # "Matthesen found him", "asked her about it": an object of the subject's verb is someone else
    t = pron
    for _ in range(12):
        if t.i == verb.i:
            return True
        if t.dep_ in ("conj", "advcl", "relcl", "parataxis") or t.head.i == t.i:
            return False
        t = t.head
    return False


# Common nouns that may speak through "which": organisations, texts, evidence and voices ("the agency, which
# said", "the report, which found"), and people by title.
_SPEAKING_NOUNS = frozenset(
    {*_ORG_NOUNS, *_DOCUMENT_NOUNS, *_EVIDENCE_NOUNS, *_VOICE_NOUNS, *_STATEMENT_NOUNS, *TITLE_WORDS}
)


def _org_before(noun: Token) -> Token | None:
    """The proper noun heading the organisation's name that ends right before ", a group": the token the
    appositive describes ("the Alliance for American Manufacturing, a group that ...")."""
    doc = noun.doc
    k = noun.left_edge.i - 1
    if k < 1 or doc[k].text != ",":
        return None
    last = doc[k - 1]
    if last.ent_type_ != "ORG":
        return None
    t = last
    while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.ent_type_ == "ORG":
        t = t.head.head  # "Alliance for American Manufacturing": the name's head, not its last word
    return t if t.ent_type_ == "ORG" and t.pos_ == "PROPN" else None


def _people_before(doc, rel: int) -> Token | None:
    """The nearest noun for people before a relative "who" within its noun phrase and the prepositional phrases
    after it (a quoted title inside is passed over), up to a verb or a clause's punctuation, or the people its
    "of" belongs to: "parents of students at the school who said" -> "parents"."""
    quoted = False
    for k in range(rel - 1, max(-1, rel - 25), -1):
        t = doc[k]
        if t.text in ('"', "\u201c", "\u201d", "''", "``"):  # double marks only: "Keepin'" ends on an apostrophe
            if k == rel - 1:
                return None  # 'the “Never Trumpers” who oppose ...': the quoted words are whom "who" stands for
            quoted = not quoted
            continue
        if quoted:
            continue
        if t.is_sent_start and k < rel - 1 and t.pos_ not in ("NOUN", "PROPN", "DET", "ADJ"):
            return None
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":", "(", ")") or t.tag_ in ("WDT", "WP"):
            return None
        if t.dep_ == "mark" or k == rel - 1 and t.pos_ in ("PRON", "DET"):
            return None  # "statements that those who question ...": "those" is who, and "that" opens its clause
        if t.pos_ in ("NOUN", "PROPN") and _someone(t):
            # "supporters of Donald Trump at the rally who said", "parents of students at the school who said": the
            # phrase's head, never the object of its "of".
            while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
                if not _someone(t.head.head):
                    break
                t = t.head.head
            if t.pos_ == "PROPN":
                # "fans of Taylor Swift at the show who said", "workers at Amazon in the warehouse who said": a name
                # that is the object of "of", "at" or "for" under a common noun is only whose or where they are.
                up = t
                while (
                    up.dep_ == "pobj"
                    and up.head.lower_ in ("of", "at", "for")
                    and up.head.head.pos_
                    in (
                        "NOUN",
                        "PROPN",
                    )
                ):
                    up = up.head.head
                if up is not t and up.pos_ == "NOUN" and (_someone(up) or _singular(up.lower_) in _KIN_NOUNS):
                    return up
                # "the testimony of Maria Lopez at the trial who said", "a photo of John Smith who said": above the
                # name is a thing, so "who" is the name's own.
            return t
        if t.is_sent_start:
            return None
    return None


def _plural_verb(rel: Token) -> bool:
    """Whether a relative pronoun's verb (or its first auxiliary) is in the plural: "who have", "who are"."""
    verb = rel.head
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > rel.i]
    first = aux[0] if aux else verb
    return first.tag_ == "VBP" or first.lower_ == "were"


def _thing_noun(tok: Token) -> bool:
    """Whether a common noun the tagger names nothing with is no organisation, text or titled person."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and tok.lower_ not in _SPEAKING_NOUNS


def _plural(m: Mention) -> bool:
    """Whether a group's name is a plural noun ("Democrats", "South Koreans"), not an adjective."""
    return m.name.endswith("s")


def _predicated(noun: Token) -> Token:
    """ "Smith is a lawyer who said ...", "Trump is a liar, xenophobe and birther who has pledged ...": a
    common noun the copula says the subject is stands for that subject, who is the speaker."""
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    common = noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and not noun.ent_type_  # the tagger's "xenophobe"
    if not common or head.dep_ != "attr" or head.head.lemma_ != "be":
        return noun
    cop = head.head
    for verb in (cop, cop.head if cop.dep_ == "conj" else None):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subj is not None:
            return subj
    return noun


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s|\n")


def _surname(m: Mention) -> str:
    """The last word of a name, past a "Jr." or "III" ("Robert Downey Jr.": "downey")."""
    words = m.name.split()
    if len(words) > 2 and words[-1].rstrip(".") in (*_JUNIOR, "Sr"):
        words = words[:-1]
    return words[-1].lower() if words else ""


def _described(h: Token) -> bool:
    """Whether a name with an article has a description of its bearer before it ("the 14th-ranked Schwartzman", "the
    Argentine Schwartzman", "the veteran Smith"): a modifier that is no part of a name (lower case, a nationality or
    hyphenated), not only the article of an organisation ("the Kremlin", "the White House")."""
    return any(
        c.dep_ in ("amod", "nummod", "compound")
        and c.i < h.i
        and (c.ent_type_ == "NORP" or "-" in c.text or not c.text[:1].isupper() and c.dep_ != "compound")
        for c in h.children
    ) or any(c.dep_ in ("amod", "nummod") and c.i < h.i and any(t.text == "-" for t in c.subtree) for c in h.children)


def _by_surname(resolver: _Resolver, label: str, organizations: bool = False) -> Mention | None:
    """A person mention whose last name is the label's last word ("WALLACE" -> "Chris Wallace"); with
    ``organizations``, also a given name and a surname the tagger took for an organisation."""
    words = label.replace(".", " ").split()
    if not words:
        return None
    last = words[-1].lower()
    for m in resolver.mentions:
        if m.kind == "person" and m.name.lower().split()[-1:] == [last]:
            return m
    if not organizations:
        return None
    # "Diego Schwartzman defeating Cristian Garin ... “...,” the 14th-ranked Schwartzman said": a given name and a
    # surname the tagger took for an organisation still name a person.
    for m in resolver.mentions:
        parts = m.name.split()
        if (
            m.kind == "organization"
            and len(parts) == 2
            and parts[1].lower() == last
            and parts[0].istitle()
            and common_given_name(parts[0].lower())
        ):
            return m
    return None
