""" "he" and "she": the earlier person a pronoun means (a subject of a main clause close by, of its own gender,
never inside quotes), a chain of pronouns that keeps its speaker, a person named by title alone in between, and
the unnamed relatives or roles ("my father", "Mr. Trump's lawyer") it stands for instead of a name."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.actors.names import TITLE_WORDS
from extract.quotes.lexicon import (
    _GENDERED,
    _GENDERED_ROLES,
    _KIN_NOUNS,
    _PERSON_PRONOUNS,
    SPEECH,
    _is_be,
    verb_forms,
)
from extract.quotes.people import _people, _singular
from extract.quotes.resolve.base import _PERSON_NOUNS, _Base
from extract.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


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


def _office(appos: Token) -> bool:
    """Whether an appositive names an office, as the news introduces a source ("president of the ... Caucus",
    "the party chairman", "a spokeswoman for the union", "an analyst at Barclays"), not a description, as it names
    a victim, a suspect or a player ("a 45-year-old teacher from Dayton", "a 19-year-old rookie", "a teacher from
    Dayton"): a noun with no number in it (an age, "a father of three"), a title, or a role held at or for
    something."""
    if appos.pos_ != "NOUN" or any(t.like_num or t.pos_ == "NUM" for t in appos.subtree):
        return False
    return appos.lower_ in TITLE_WORDS or any(
        c.dep_ == "prep" and c.lower_ in ("of", "for", "at") for c in appos.children
    )


def _one_person(tok: Token) -> bool:
    """Whether a subject may be one person a "he" or "she" takes up: a name tagged a person, a title or a noun for a
    person ("the mayor", "a teacher"), not an organisation's noun ("the campaign") nor a plural."""
    if tok.ent_type_ == "PERSON":
        return True
    return tok.tag_ in ("NN", "NNP") and (tok.lower_ in TITLE_WORDS or tok.lower_ in _PERSON_NOUNS)


# Adjectives of a person's stance after "be" ("Sanchez was unconvinced", "Pochettino was more cautious").
_STANCE_ADJECTIVES = frozenset(
    [
        "unconvinced",
        "convinced",
        "skeptical",
        "sceptical",
        "cautious",
        "unimpressed",
        "impressed",
        "unmoved",
        "defiant",
        "adamant",
        "optimistic",
        "pessimistic",
        "confident",
        "furious",
        "angry",
        "upset",
        "happy",
        "pleased",
        "disappointed",
        "blunt",
        "sure",
        "unsure",
        "certain",
        "hopeful",
        "wary",
        "critical",
        "dismissive",
        "emotional",
    ]
)


def _acts_as_person(subj: Token) -> bool:
    """Whether an untagged name's verb is one only a person does: a verb of saying, a gesture or a reaction
    ("Umerov thanked the United States", "Jeffries laughed", "Slot disagreed"), or "be" with a stance ("Sanchez was
    unconvinced"); "Bitcoin fell", "Omicron spread" are a thing's."""
    verb = subj.head
    if verb.lower_ in SPEECH or verb.lower_ in _PERSON_ACTS or verb.lower_ in _STANCE_ADJECTIVES:
        return True  # (the parser may make the adjective the root: "Sanchez was unconvinced")
    return _is_be(verb) and any(c.dep_ == "acomp" and c.lower_ in _STANCE_ADJECTIVES for c in verb.children)


# Gestures and reactions of a person ("shrugged", "laughed at the idea", "disagreed").
_PERSON_ACTS = verb_forms(
    "thank laugh:laughed,laughing smile shrug:shrugged nod:nodded sigh frown disagree grin:grinned wave hesitate"
    " object refuse apologize apologise smirk weep:wept cry:cried shake:shook,shaken"
)


class _Pronouns(_Base):
    """Person pronouns."""

    def before(
        self, pos: int, kinds: tuple[str, ...], gender: str = "", limit: int = 3000, sent_start: int | None = None
    ) -> Mention | None:
        """The earlier mention a pronoun most likely means: never inside quotes nor of the other gender;
        a subject earlier in the pronoun's own sentence ("When Ghani announced it, he said"), else the
        nearest subject of a main clause close by, else another subject close by, else the nearest."""
        k = bisect_left(self.starts, pos) - 1
        nearest: Mention | None = None
        subject: Mention | None = None
        leaning: Mention | None = None
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
            if known is None and gender and self.leaning(m) not in ("", gender):
                # "Fire Chief Daniel Ortiz said ... Deputy chief Karen Lane was at the scene ... he said": a name
                # leaning to the other gender is taken only when no one else fits.
                leaning = leaning or m
                continue
            ti = self._tok_of(m)
            if ti is not None and self.inside[ti]:
                continue
            if nearest is None:
                nearest = m
                if ti is not None and self._introduced_before(m, ti, pos):
                    return m
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
        if leaning is not None and self._role_subject(leaning, pos, gender):
            leaning = None  # "A spokeswoman for Senator Joe Manchin said ... “Joe has ...,” she said": hers
        return subject or nearest or leaning

    def _role_subject(self, m: Mention, pos: int, gender: str) -> bool:
        """Whether a subject from ``m``'s sentence up to ``pos`` is a role noun of ``gender`` the story names no one
        by ("A spokeswoman for Senator Joe Manchin said"; not "spokeswoman Hope Hicks", a title)."""
        ti = self._tok_of(m)
        end = self._tok_at_offset(pos)
        if ti is None:
            return False
        want = 1 if gender == "m" else -1
        doc = self.d.doc
        for i in range(self.d.sent_starts[self.d.sent_of_tok(ti)], min(end, len(doc))):
            t = doc[i]
            if t.dep_ != "nsubj" or self.inside[i] or _GENDERED_ROLES.get(t.lower_) != want:
                continue
            if not any(c.dep_ == "appos" for c in t.children) and self.at_tok(i) is None:
                return True
        return False

    def _introduced_before(self, m: Mention, ti: int, pos: int) -> bool:
        """Whether ``m`` is a person the sentence right before the pronoun's introduces, by a name given for the first
        time with a role beside it, in a sentence no person is the subject of ("..., which is something that
        concerns Henry Crespo, president of the Miami-based Florida Democratic Black Caucus. “...,” he said"): the
        news introduces whom it quotes next so, and an older subject is no longer the topic. The role must be an
        office (``_office``): "The crash killed John Smith, a 45-year-old teacher from Dayton. “...,” he said" is
        the running speaker's, about a man the news describes."""
        if self.kind_of(m) != "person":
            return False
        sent = self.d.sent_of_tok(ti)
        if sent == self.d.sent_of_tok(self._tok_at_offset(pos)):
            return self._introduced_here(m, ti, pos)
        before = self.d.sent_of_tok(self._tok_at_offset(pos)) - 1
        while before > sent and self._quoted(before):
            before -= 1  # the quote's own sentences before its cue ("“... . ... . ...,” he said")
        if sent != before:
            return False
        if any(o.name == m.name and o.start < m.start for o in self.mentions):
            return False  # named before: no introduction
        head = self._name_head(m)
        if head is None or not any(c.dep_ == "appos" and _office(c) for c in head.children):
            return False
        a, b = self.d.sent_range(sent)
        for i in range(a, b):
            if self._subject_level(i) != 2:
                continue
            t = self.d.doc[i]
            if t.lower_ in _PERSON_PRONOUNS or t.pos_ == "PROPN" or _people(t):
                # "Smith met Henry Crespo, president of ...", "He raised that point with Jim Bridenstine, the NASA
                # administrator. “...,” he continued", "Officers later arrested John Doe, a 34-year-old plumber":
                # the subject, or whom it stands for, may still be the one who speaks
                return False
            if (o := self.at_tok(i)) is not None and self.kind_of(o) == "person":
                return False
        return True

    def _introduced_here(self, m: Mention, ti: int, pos: int) -> bool:
        """Whether ``m`` is a person the pronoun's own sentence introduces before it, named for the first time with
        an office beside it, in a clause no person is the subject of, the pronoun being the subject of the sentence's
        main verb: "While the campaign did not appeal to Julie Graham, Washington State Department of Health public
        information officer, she said she did not want to judge it" (not the running speaker)."""
        pron = self._tok_at_offset(pos)
        if self._subject_level(pron) != 2 or self._subject_level(ti) != 0:
            return False
        if any(o.name == m.name and o.start < m.start for o in self.mentions):
            return False  # named before: no introduction
        head = self._name_head(m)
        if head is None or not any(c.dep_ == "appos" and _office(c) for c in head.children):
            return False
        verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i > pron or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False  # "Asked about Jane Roe, the party chairwoman, she said": a clause of the speaker's own
        a, _ = self.d.sent_range(self.d.sent_of_tok(pron))
        for i in range(a, pron):
            if i == ti or self.inside[i] or not self._is_subject(i):
                continue  # (a quoted title's "We" is no subject of the sentence)
            t = self.d.doc[i]
            o = self.at_tok(i)
            if t.lower_ in _PERSON_PRONOUNS or o is not None and self.kind_of(o) == "person" or _one_person(t):
                return False  # "When Smith met Jane Roe, the party chairwoman, she said": the subject may be meant
            # (an organisation or a thing, "the campaign", is no "she")
        return True

    def _quoted(self, sent: int) -> bool:
        """Whether a sentence's words are all inside quotes."""
        a, b = self.d.sent_range(sent)
        return all(self.inside[i] or self.d.doc[i].is_punct or self.d.doc[i].is_space for i in range(a, b))

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

    def _unknown_name_between(self, pron: Token, m: Mention) -> bool:
        """Whether the main-clause subject of the pronoun's sentence or the one before, after ``m``, is a name no
        actor of the story holds or shares a word with ("Umerov thanked the United States. “We need more air
        defence,” he said"; "Sanchez was unconvinced"): the pronoun more likely means that person, whom we cannot
        name, than the older speaker. A name the tagger missed once but the story holds ("Trump tells ...", with
        "Donald Trump" named) is no such name."""
        doc = self.d.doc
        sent = self.d.sent_of_tok(pron.i)
        for i in range(self.d.sent_starts[max(0, sent - 1)], pron.i):
            t = doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or t.ent_type_ not in ("", "PERSON"):
                continue
            if self.inside[i] or self._subject_level(i) != 2 or not t.text[:1].isupper() or t.text.isupper():
                continue
            if self.at_tok(i) is not None or self.rep.to_original(t.idx) <= m.end:
                continue
            if t.ent_type_ != "PERSON" and not _acts_as_person(t):
                continue  # "Bitcoin fell 5 percent": a thing the tagger did not name
            name = [c for c in t.subtree if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [t]
            if any(w.lower_ in self._name_words() or w.lower_ in TITLE_WORDS for w in name):
                continue
            return True
        return False

    def _name_words(self) -> set[str]:
        """The words of every actor's name and mention in the story, lower-cased."""
        if self._name_word_set is None:
            self._name_word_set = {
                w.strip(".,'’").lower() for m in self.mentions for w in (m.name + " " + m.text).split()
            }
        return self._name_word_set

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
                if self._introduced_before(m, ti, self.rep.to_original(pron.idx)):
                    return None  # "..., something that concerns Henry Crespo, president of ...": introduced to speak
            return t
        return None

    def _speaking_next(self, pron: Token, gender: str) -> Mention | None:
        """The person the sentence after a pronoun's names as the one who spoke, the wire's closing line ('“...,” she
        said. Olympic champion Keely Hodgkinson was speaking after the race.', '... he told reporters. Keir
        Starmer, the prime minister, made the remarks in Tallinn.'): "was speaking", "was addressing", "was
        talking" or "made the remarks/comments", with a person named as its subject (of a fitting gender)."""
        doc = self.d.doc
        sent = self.d.sent_of_tok(pron.i)
        if sent + 1 >= len(self.d.sent_starts) or self.inside[pron.i]:
            return None
        a, b = self.d.sent_range(sent + 1)
        if self.d.para_of(self.d.idx[a]) != self.d.para_of(pron.idx):
            return None
        pos = self.rep.to_original(pron.idx)
        para_start = self.rep.to_original(self.d.para_starts[self.d.para_of(pron.idx)])
        if any(para_start <= off < pos and speakers for off, speakers, *_ in self.recent):
            # '“...,” John Healey said. “...,” he added.': the pronoun goes on with the speaker its paragraph named
            return None
        if doc[a].pos_ in ("ADV", "ADP", "SCONJ", "CCONJ") or doc[a].dep_ in ("advmod", "prep", "npadvmod"):
            return None  # "Meanwhile, Vice President JD Vance was speaking in Ohio": someone else, elsewhere
        verb = doc[a].sent.root
        spoke = verb.lower_ in ("speaking", "addressing", "talking") and any(
            c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children
        )
        spoke = (
            spoke
            or verb.lower_ == "made"
            and any(c.dep_ == "dobj" and c.lower_ in ("remarks", "comments") for c in verb.children)
        )
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if spoke else None
        named = [subj, *(c for c in subj.children if c.dep_ == "appos")] if subj is not None else []
        m = next((x for t in named if (x := self.at_tok(t.i)) is not None), None)  # ("Olympic champion Keely ...")
        if m is None or self.kind_of(m) != "person":
            return None
        other = "f" if gender == "m" else "m"
        return None if self.genders().get(self._gender_key(m)) == other else m

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
