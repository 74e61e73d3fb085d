"""The resolver: a cue's subject to the mentions it refers to (every conjunct), fallback names and what the text
says; one head word at a time (pronoun, name, appositive, title, body, statement); the attributions noted so far."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.actors.names import TITLE_WORDS
from extract.quotes.docview import _Doc
from extract.quotes.lexicon import (
    _DOCUMENT_NOUNS,
    _GENDERED,
    _KIN_NOUNS,
    _ORG_NOUNS,
    _PERSON_PRONOUNS,
    _PLURAL_PRONOUNS,
    _RELATIVE,
    _TITLE_ABBREV,
    _VOICE_NOUNS,
    _WRITER_PRONOUNS,
)
from extract.quotes.people import _singular, _someone
from extract.quotes.resolve.agencies import _STATE_WORDS, _Agencies
from extract.quotes.resolve.base import _PERSON_NOUNS
from extract.quotes.resolve.bodies import _Bodies
from extract.quotes.resolve.clauses import _Clauses
from extract.quotes.resolve.companies import _COMPANY_NOUNS, _Companies
from extract.quotes.resolve.epithets import _Epithets
from extract.quotes.resolve.genders import _Genders
from extract.quotes.resolve.groups import _Groups, _plural
from extract.quotes.resolve.mentions import _Mentions
from extract.quotes.resolve.phrases import _Phrases
from extract.quotes.resolve.pronouns import _Pronouns
from extract.quotes.resolve.relatives import (
    _Relatives,
)
from extract.quotes.resolve.statements import _authors, _Statements
from extract.quotes.resolve.surnames import _by_surname, _described, _surname, _Surnames
from extract.quotes.resolve.titles import _Titles
from extract.quotes.speakers import _JUNIOR
from extract.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.repair import Repaired


def _under_prep(t: Token, top: Token) -> bool:
    """Whether a token hangs on a preposition on its way up to ``top`` ("A lawyer for Tom Walsh and ...": Walsh is
    the lawyer's client, no speaker)."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("pobj", "prep"):
            return True
        t = t.head
    return False


# Counts that take up the speakers of a joint attribution ("the two companies", "both leaders").
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}


# Possessive pronouns as the pronoun they resolve like ("her" is both).
_POSSESSIVE_AS = {"his": "he", "their": "they", "its": "it"}


# Entity types of a word that may modify a person's title ("New Zealand Prime Minister", "EU Commissioner").
_MODIFIER_ENTS = frozenset(("GPE", "NORP", "ORG", "LOC"))


class _Resolver(
    _Mentions,
    _Phrases,
    _Clauses,
    _Surnames,
    _Genders,
    _Pronouns,
    _Titles,
    _Relatives,
    _Groups,
    _Bodies,
    _Companies,
    _Agencies,
    _Statements,
    _Epithets,
):
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
        self._name_word_set: set[str] | None = None
        self._hazards: set[str] | None = None
        self._title_seqs: dict[int, list[str]] = {}
        self._title_index: dict[str, list[int]] | None = None
        self._holder_cache: dict[
            tuple[str, frozenset[str]], tuple[list[int], list[int], dict[str, int], list[tuple[int, str]], list[int]]
        ] = {}
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

    def resolve(self, subj: int, stop: int | None = None) -> tuple[list[Mention], list[str], str]:
        """Mentions a subject refers to (every conjunct), fallback names, and what the text says."""
        doc = self.d.doc
        tok = doc[subj]
        text_span = self._np_span(tok, stop)
        said = self.rep.original_slice(*text_span) if text_span else tok.text
        if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            rel = tok
            antecedent = self._antecedent(rel)
            if antecedent is None:
                return [], [], rel.text
            tok, said = antecedent
        elif tok.tag_ == "PRP" and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            # "The US Secretary of Defense, Lloyd Austin he stated": the pronoun repeats the noun it hangs on.
            noun = tok.head.head
            if any(self.at_tok(t.i) is not None for t in noun.subtree if t.i < tok.i):
                tok = noun
        named = self.latter_or_former(tok)
        if named is not None:
            return [named], [], said  # "The latter said": the last of the two people named just before
        cut = self._cut_conjuncts(tok)
        if cut and text_span and cut[0].left_edge.i < tok.left_edge.i:
            # what the text calls the speakers runs from the first name cut from the phrase (not its quote's mark)
            first = cut[0].left_edge.i
            while first < cut[0].i and (doc[first].is_punct or doc[first].is_space):
                first += 1
            said = self.rep.original_slice(self.d.idx[first], text_span[1])
        # (a person; or a body whose own apposition gives its role: "and Acme Holdings, the majority owner,")
        joined = [
            g
            for g in _joined_to_role(tok)
            if (m := self.at_tok(g.i)) is not None
            and (
                self.kind_of(m) == "person"
                or self.kind_of(m) == "organization"
                and any(c.dep_ == "appos" for c in g.children)
            )
        ]
        heads = [*cut, tok, *[c for c in tok.conjuncts if c.i > tok.i], *joined]
        found: list[Mention] = []
        names: list[str] = []
        by_surname: set[int] = set()  # the speakers the text calls by a surname alone
        for h in heads:
            ms = self._resolve_head(h)
            if ms and h.pos_ == "NOUN" and (h.lower_ in TITLE_WORDS or _singular(h.lower_) in _PERSON_NOUNS):
                # "A spokesman for Senator Tom Walsh said": a person under a person noun's preposition is whom the
                # speaker works for or speaks of, never the speaker (an organisation is its voice: "a spokesman for
                # the Kremlin"; a text's author speaks: "a survey by Penelope Muse Abernathy")
                kept = [m for m in ms if not (self.kind_of(m) == "person" and self._in_prep_of(h, m))]
                if len(kept) < len(ms):
                    # "the chief executive of Northvale Rail, Simon Achterberg, said": a name closing the phrase
                    # after a comma renames the title, though the parser set it beside the firm (``_renamed``).
                    # A person noun between them takes the name ("a spokeswoman for the mayor of Leeds, Tom Baker").
                    renamed = self._renamed(h)
                    if renamed is not None and not self._person_noun_before_name(h):
                        kept = [m for m in ms if m in kept or m.name == renamed.name]
                if not kept:
                    continue  # (nor is the phrase a body's name: "spokeswoman for Hillary Clinton")
                ms = kept
            if not ms and h.pos_ == "NOUN" and h.lower_ in TITLE_WORDS and h.dep_ == "conj":
                titled = self.at_tok(h.i + 1) if h.i + 1 < len(doc) and doc[h.i + 1].pos_ == "PROPN" else None
                if titled is not None and self.kind_of(titled) == "person":
                    # "union leader Tom Walsh and federation chair Karen Lee said": the parser hung the second
                    # name on the first; the title conjoined to it is the name's that follows it.
                    ms = [titled]
            if len(heads) == 1 and (not ms or self.nationality(h)):
                # "“...,” the 52-year-old said", "the Australian said" right after a named person spoke; "the
                # Australian" is one person, never the group or body the actors made of the word
                ep = self.epithet_speaker(h)
                ms = [ep] if ep is not None else [m for m in ms if self.kind_of(m) == "person"]
            if (
                not ms
                and h.pos_ == "PROPN"
                and (not any(c.dep_ == "det" for c in h.children) or _described(h) or self._described_by_name(h))
            ):
                # "Trump tweeted" where the tagger named no one: the person the story calls by that surname; also
                # "the 14th-ranked Schwartzman said", "the Argentine Schwartzman said" (an article with a description
                # of the person is no name's).
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

    def _in_prep_of(self, h: Token, m: Mention) -> bool:
        """Whether a mention lies in a prepositional phrase of the noun ``h``."""
        i = self._tok_of(m)
        return i is not None and any(
            c.dep_ == "prep" and c.left_edge.i <= i <= c.right_edge.i for c in h.children if c.i > h.i
        )

    def _cut_conjuncts(self, tok: Token) -> list[Token]:
        """Names joined to a subject by "and" that the parser cut from it, before it: "Senate Majority Leader Chuck
        Schumer and House Speaker Nancy Pelosi said" (Schumer hangs on "Leader", a modifier of Pelosi, with the
        "and" but no conjunct of its own); '“...,” union leader Tom Walsh and federation chair Karen Lee said' (the
        title before the subject is the conjunct of the name before it, which the parser set in the quote), or the
        "and" before the subject is a person's name's, set in the quote with no conjunct."""
        doc = self.d.doc
        if tok.pos_ != "PROPN":
            return []  # "Howitt and Garett's work suggested": a thing of theirs, no joined speakers
        cut = [
            t
            for t in tok.subtree
            if t.i < tok.i
            and t.pos_ == "PROPN"
            and any(c.dep_ == "cc" and c.lower_ == "and" and c.i > t.i for c in t.children)
            # (a conjunct that is a place, a body or a title before the subject is the parser's misreading of the
            # second name's own modifier: "Anthony Albanese and New Zealand Prime Minister Christopher Luxon said",
            # "Lula da Silva and South African President Cyril Ramaphosa said")
            and not any(
                c.dep_ == "conj" and not (c.i < tok.i and (c.ent_type_ in _MODIFIER_ENTS or c.lower_ in TITLE_WORDS))
                for c in t.children
            )
            and not _under_prep(t, tok)
        ]
        before = doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
        if (
            before is not None
            and before.pos_ == "NOUN"
            and before.lower_ in TITLE_WORDS
            and before.dep_ == "conj"
            and before.head.pos_ == "PROPN"
            and before.head.i < before.i
            and before.head.dep_ != "pobj"  # "A lawyer for union leader Tom Walsh and federation chair Karen Lee"
            and not self.inside[before.head.i]
            and all(
                doc[k].dep_ in ("compound", "cc", "amod") or k == before.i
                for k in range(before.head.i + 1, before.i + 1)
            )
        ):
            cut.append(before.head)
        elif (
            before is not None
            and before.dep_ == "cc"
            and before.lower_ == "and"
            and before.head.pos_ == "PROPN"
            and before.head.i == before.i - 1
            and before.head.dep_ != "pobj"
            and not self.inside[before.head.i]
            and not any(c.dep_ == "conj" for c in before.head.children)
            and (m := self.at_tok(before.head.i)) is not None
            and self.kind_of(m) == "person"
        ):
            cut.append(before.head)  # '“...,” club president Marco Rossi and team captain Luca Bianchi said'
        return cut

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
                after = self._speaking_next(h, gender)
                if after is not None:
                    return [after]  # '“...,” she said. Olympic champion Keely Hodgkinson was speaking after ...'
                if m is not None and (
                    self._unnamed_between(h, m)
                    or self._unknown_name_between(h, m)
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
            # (a name set off by commas the parser took for an adverb: "the chief executive of Northvale Rail, Simon
            # Achterberg, admitted")
            misread = c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > h.i and h.doc[c.left_edge.i - 1].text == ","
            if c.dep_ != "appos" and not misread:
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
                voice = self._voice_of(h) or self.spokesman_of_last(h)
                if voice:
                    return voice
            if low in _DOCUMENT_NOUNS:
                if h.dep_ == "dobj" and h.head.i != h.i:
                    # "The Kremlin dismissed a statement saying ...", "Customers were sent an email saying ...":
                    # the text speaks because the verb's subject did not write it; its author is not named.
                    return []
                if _authors(h):
                    # "says the letter signed by seven physicians": the text names its own author; an unnamed one
                    # is nobody the story names, not the issuer of the latest text.
                    return []
                issuer = self._issuer(h)
                if issuer and not self._recent_said_in(pos, low):
                    return issuer  # "Big Machine Records issued a statement ... The statement ... claimed": its issuer
                return list(self._recent_statement(pos, low)) or issuer
            if h.tag_ == "NNS":
                joint = self._counted_joint(h, pos)
                if joint:
                    return joint
            if low in _ORG_NOUNS:
                owner = self._body_owner(h)
                if owner is not None:
                    return [owner]
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children):
                return []
            mods = {c.lower_ for c in h.lefts if c.dep_ in ("amod", "compound", "nmod") and c.is_alpha}
            # A plural ("the Lakers", "the senators") is no one person's title, nor is a body's noun, which a role
            # names as what the person heads ("the regional government said" is not "Carlos Mazón, president of the
            # regional government": lead s30, tmux)
            body = low in _ORG_NOUNS or low in _COMPANY_NOUNS
            m = None if h.tag_ in ("NNS", "NNPS") or body else self.by_title(_TITLE_ABBREV.get(low, low), pos, mods)
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
                    m = self._trade_company(low, pos) or self._trade_by_name(low, pos)
                    m = m or self._org_spoke_before(pos, low)
            return [m] if m is not None else []
        return []

    def _counted_joint(self, h: Token, pos: int) -> list[Mention]:
        """The speakers of the joint attribution just before, when a counted plural takes them up: "Apple and Google
        said in a joint statement ... The two companies said ..." (both, of the noun's kind: companies are no people,
        ministers no companies); a count that differs ("the three companies") or another kind takes no one."""
        count = next((c for c in h.children if c.dep_ in ("nummod", "det", "predet") and c.lower_ in _COUNTS), None)
        if count is None:
            return []
        joint = self._recent_joint(pos)
        if len(joint) != _COUNTS[count.lower_]:
            return []
        noun = _singular(h.lower_)
        if noun in _ORG_NOUNS or noun in _COMPANY_NOUNS:
            return joint if all(self.kind_of(m) != "person" for m in joint) else []
        if noun in TITLE_WORDS or noun in _PERSON_NOUNS:
            return joint if all(self.kind_of(m) == "person" for m in joint) else []
        return []

    def _person_noun_before_name(self, h: Token) -> bool:
        """Whether a noun for a person stands between a noun and the name closing its phrase after a comma: "a
        spokeswoman for the mayor of Leeds, Tom Baker" (the mayor's name), not "the chief executive of Northvale Rail,
        Simon Achterberg"."""
        doc = self.d.doc
        k = h.right_edge.i
        while k > h.i and doc[k].is_punct:
            k -= 1
        while k > h.i + 1 and doc[k - 1].text != ",":
            k -= 1
        return any(t.pos_ == "NOUN" and _someone(t) for t in doc[h.i + 1 : k])

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


def _joined_to_role(tok: Token) -> list[Token]:
    """Names the parser joined to a speaker's bare role rather than to the speaker: in "Tom Hill, chairman, and Ana
    Reyes, chief executive, said" "Reyes" is a conjunct of "chairman" (Hill's apposition), yet speaks as much as
    Hill. Only a proper noun after a bare role and its "and" ("Tom Hill, chairman and chief executive," is one man;
    in "a scientist at NASA's Goddard center and American University" the name is another place of work)."""
    return [
        g
        for a in tok.children
        if a.dep_ == "appos" and a.i > tok.i and a.pos_ == "NOUN" and not any(c.dep_ == "prep" for c in a.children)
        for g in a.conjuncts
        if g.i > a.i and g.pos_ == "PROPN" and any(c.dep_ == "cc" and a.i < c.i < g.i for c in a.children)
    ]
