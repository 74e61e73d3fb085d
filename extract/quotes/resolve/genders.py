"""The gender of each person of the story: honorifics, gendered roles and the pronouns that take the person up,
else the usual gender of the given name."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from extract.quotes.docview import _hashes
from extract.quotes.lexicon import _GENDERED, _GENDERED_ROLES, _HONORIFIC, _KIN_NOUNS, _is_be
from extract.quotes.name_gender import given_name_gender, given_name_lean
from extract.quotes.resolve.base import _PERSON_NOUNS, _Base
from extract.quotes.resolve.clauses import _same_clause
from extract.quotes.resolve.surnames import _surname
from extract.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


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


class _Genders(_Base):
    """Gender votes by surname."""

    def genders(self) -> dict[str, str]:
        """Gender of each person (by surname) from honorifics and the pronouns that follow it alone."""
        if self._genders is not None:
            return self._genders
        import numpy as np

        doc = self.d.doc
        votes: dict[str, list[int]] = {}
        cont: list[tuple[int, str, bool]] = []  # (token, person, male) of the pronouns that continue a sentence
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
                            cont.append((i, pkeys.pop(), v > 0))
        # A person the text casts no gender for takes the usual gender of the given name, when the name's sources
        # agree ("Mary Barra met Joe Biden ... he said": Biden); the text's own pronouns and honorifics win.
        prior: dict[str, set[str]] = {}
        # A first word the story also uses alone for the person ("Lula said") or one before a lower-case particle
        # ("Lula da Silva") is a short name or a nickname, not a given name the table knows the bearers of.
        alone = {m.name.lower() for m in persons if " " not in m.name}
        for m in persons:
            words = m.name.split()
            if len(words) > 1 and m.kind == "person" and words[0].lower() not in alone and not words[1].islower():
                prior.setdefault(self._gender_key(m), set()).add(given_name_gender(words[0]))
        named = {key: found.pop() for key, found in prior.items() if len(found) == 1 and "" not in found}

        def told(key: str) -> str | None:
            got = votes.get(key)
            return ("m" if got[1] > got[0] else "f") if got and got[0] != got[1] else named.get(key)

        # A sentence opening with "She" after one whose only person was its subject continues that person; against
        # the given name's gender only when no other person of the pronoun's gender is named before it: "Mayor
        # Linda Okafor met Daniel Reyes. Reyes warned ... She said ...", the "She" would vote Reyes a woman and
        # then take him (it is its own answer's vote); "The novelist Evelyn Waugh ... Waugh was living in Sussex.
        # He said" has no one else, and the pronoun casts Waugh.
        for i, key, male in cont:
            want = "m" if male else "f"
            if key not in votes and named.get(key) not in (None, want):
                hi = bisect_left(pstarts, self.rep.to_original(self.d.idx[i]))
                if any((k := self._gender_key(m)) != key and told(k) == want for m in persons[:hi]):
                    continue
            votes.setdefault(key, [0, 0])[male] += 1
        self._genders = {
            key: ("m" if male > female else "f") for key, (female, male) in votes.items() if male != female
        }
        for key, gender in named.items():
            if key not in votes:
                self._genders[key] = gender
        return self._genders

    def leaning(self, m: Mention) -> str:
        """The gender a person's given name leans to ('m', 'f' or ''), for a person the text and the name's clear
        table leave open ("Karen Lane"): the first word of a name of two or more, as for the given-name prior."""
        words = m.name.split()
        if len(words) < 2 or words[1].islower() or self.kind_of(m) != "person":
            return ""
        return given_name_lean(words[0])

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
        copula = role.head if role.dep_ == "attr" else None
        if role.dep_ == "pobj" and role.head.lower_ == "of" and role.head.head.dep_ == "attr":
            copula = role.head.head.head  # "Omar is one of the first two Muslim women elected to Congress"
        if copula is not None and _is_be(copula):
            subj = next((c for c in copula.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
            if subj is not None:
                m = self.at_tok(subj.i)
                return m if m is not None and self.kind_of(m) == "person" else None
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
