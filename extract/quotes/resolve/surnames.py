"""Surnames: a surname alone is the one person the story names in full with it (relatives only named beside
another, victims and the dead aside), a bare surname the tagger missed, joint speakers by surname."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from extract.actors.names import TITLE_WORDS, common_given_name
from extract.quotes.lexicon import _KIN_NOUNS, SPEECH, WEAK, verb_forms
from extract.quotes.resolve.base import _Base
from extract.quotes.speakers import _JUNIOR
from extract.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.quotes.resolve.resolver import _Resolver


# Verbs of a death ("was shot and killed", "died"): whom a story's relatives speak of.
_DEATH = verb_forms("kill murder slay:slain,slew die:died,dying")


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


class _Surnames(_Base):
    """Surnames and full names."""

    def _described_by_name(self, h: Token) -> bool:
        """Whether a surname with an article has capitalised words before it that are no part of the name of the person
        of the story with that surname ("the Argentine Schwartzman" beside "Diego Schwartzman"): a description of
        the person (a nationality the tagger took for a name), as a lower-case one is (``_described``). Only where
        no mention covers the phrase ("the White House" is a name of its own)."""
        mods = [c for c in h.children if c.dep_ in ("compound", "amod") and c.i < h.i and c.text[:1].isupper()]
        if not mods or any(self.at_tok(c.i) is not None for c in mods):
            return False
        m = _by_surname(self, h.text, organizations=True)  # type: ignore[arg-type]
        if m is None:
            return False
        words = m.name.lower().split()
        return all(c.lower_ not in words for c in mods)

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
