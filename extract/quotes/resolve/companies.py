""" "the company", "the group", "the automaker": the organisation a generic or trade noun stands for (the one that
spoke as it before, the company a sentence is about, never an event or a public body)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from extract.actors.names import is_news_organisation
from extract.quotes.addressees import _TELLING, _addressee
from extract.quotes.lexicon import _GENERIC_ORG_NOUNS, SPEECH, WEAK
from extract.quotes.resolve.base import _Base
from extract.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


# The generic nouns a story uses for a business, and the last words of an event's name, which is none.
_BUSINESS_NOUNS = frozenset({"company", "firm"})


# Nouns of a trade the news uses for "the company" it just named ("Ford ... the automaker said", "the retailer").
# Only nouns for a firm, never a person's trade too ("the miner", "the carrier", "the brewer", "the publisher").
_COMPANY_NOUNS = frozenset(
    {"automaker", "carmaker", "retailer", "chipmaker", "drugmaker", "insurer", "lender", "startup", "manufacturer"}
    | {"conglomerate", "airline", "utility"}
)


# Trades a company is named by for what it makes or runs itself ("Volkswagen said ... The carmaker said"); the rest of
# _COMPANY_NOUNS (startup, insurer, lender, utility, manufacturer, retailer) most often name another party.
_OWN_TRADES = frozenset({"automaker", "carmaker", "chipmaker", "drugmaker", "airline", "conglomerate"})


# The words a company's own name carries for its trade ("United Airlines", "British Airways", "Ford Motor", "Teva
# Pharmaceutical", "Allianz Insurance"): a name that ends in one (before a legal form) plainly is of that trade. A
# trade with no such word ("startup", "lender", "utility", "retailer") is never read off a name.
_TRADE_NAME_WORDS = {
    "airline": frozenset({"airline", "airlines", "airways"}),
    "automaker": frozenset({"motor", "motors"}),
    "carmaker": frozenset({"motor", "motors"}),
    "chipmaker": frozenset({"semiconductor", "semiconductors"}),
    "drugmaker": frozenset({"pharmaceutical", "pharmaceuticals", "pharma"}),
    "insurer": frozenset({"insurance", "assurance"}),
}


# Legal forms and the like that may close a company's name after its trade word ("Ford Motor Co.", "Zurich
# Insurance Group").
_LEGAL_FORMS = frozenset({"inc", "corp", "corporation", "co", "company", "group", "ltd", "llc", "plc", "holdings"})
_LEGAL_FORMS |= frozenset({"gmbh", "ag", "sa", "nv", "se", "international"})


def _of_trade_by_name(m: Mention, noun: str) -> bool:
    """Whether a company's name ends in a word of ``noun``'s trade, past legal forms: "Alaska Airlines", "Delta Air
    Lines", "Ford Motor Co."; not a body of the trade ("Airlines for America", "the Insurance Council")."""
    words = [w.strip(".,").lower() for w in m.name.split()]
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    if noun == "airline" and words[-2:] == ["air", "lines"]:
        return len(words) > 2
    return len(words) > 1 and words[-1] in _TRADE_NAME_WORDS.get(noun, ())


# Verbs of saying whose "to" names the hearer ("spoke to the BBC", "said to reporters", "wrote to the board").
_SPOKEN_TO = frozenset({"speak", "talk", "say", "write", "explain", "complain", "confirm", "describe", "tell"})


# What the press does with a story it did not make ("Reuters reported", "the Times wrote", "first published by").
_PRESS_VERBS = frozenset({"report", "write", "publish", "reveal"})


_EVENT_HEADS = frozenset({"awards", "award", "festival", "olympics", "championship", "championships", "expo"})


def _clause_verb(t: Token) -> Token | None:
    """The verb whose clause ``t`` is in (following heads up), or None."""
    while t.pos_ not in ("VERB", "AUX"):
        if t.head.i == t.i:
            return None
        t = t.head
    return t


def _event(m: Mention) -> bool:
    """Whether an organisation's name is an event's ("the American Music Awards"), never what "the company" is."""
    words = m.name.lower().split()
    return bool(words) and words[-1] in _EVENT_HEADS


class _Companies(_Base):
    """Organisations by a common noun."""

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
                and not (noun in _BUSINESS_NOUNS and not kinds and self._press_role(m))
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

    def _press_role(self, m: Mention) -> bool:
        """Whether an organisation is named only as whom someone told or spoke to ("A former employee told the BBC
        that ...", "spoke to the BBC": the outlet heard it), or is a news organisation that reported the story
        ("..., Reuters reported", "according to Reuters", "first reported by Bloomberg"): "the firm", "the company"
        after it is another."""
        t = self._name_head(m)
        if t is None:
            return False
        verb = t.head
        if t.dep_ in ("dobj", "dative"):
            return SPEECH.get(verb.lower_) in _TELLING and _addressee(SPEECH.get(verb.lower_), t)
        to = t.dep_ == "pobj" and verb.lower_ == "to" and verb.dep_ == "prep"
        if to and SPEECH.get(verb.head.lower_) in _SPOKEN_TO:
            return True
        if not (is_news_organisation(m.name) or m.same_as and is_news_organisation(m.same_as)):
            return False
        if t.dep_ == "nsubj":
            return SPEECH.get(verb.lower_) in _PRESS_VERBS
        if t.dep_ == "pobj" and verb.lower_ == "to":
            return verb.head.lower_ == "according"
        return t.dep_ == "pobj" and verb.lower_ == "by" and SPEECH.get(verb.head.lower_) in _PRESS_VERBS

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

    def _org_spoke_before(self, pos: int, noun: str) -> Mention | None:
        """The organisation that spoke in the sentence right before, the only name the text has given: "Volkswagen
        said it would cut 5,000 jobs. The carmaker said ...", "Air France said ... The airline said" (where the text
        never says which company is of the trade)."""
        if noun not in _OWN_TRADES:
            return None  # "The startup said", "The insurer said": most often the other party of a deal or a case
        sent = self.d.sent_of_tok(self._tok_at_offset(pos))
        before = self.rep.original[:pos].lower()
        if any(re.search(rf"\b{w}s?\b", before) for w in _COMPANY_NOUNS):
            return None  # "... bought a small robotics startup ... The startup said": the text named a second party
        for off, speakers, _, _, _, _ in reversed(self.recent):
            if off >= pos:
                continue
            if len(speakers) != 1 or self.kind_of(speakers[0]) != "organization":
                return None
            m = speakers[0]
            if _event(m) or self._public(m) or self.d.sent_of_tok(self._tok_at_offset(off)) != sent - 1:
                return None
            others = any(
                o.kind == "organization" and o.name != m.name and not _event(o) and pos - o.end < 1500
                for o in self.mentions[: bisect_left(self.starts, pos)]
            )
            # ("Toyota buys its batteries from Panasonic. Panasonic said ... The automaker said": another company
            # named before leaves the trade noun open, as does any other name: "Hertz said it would buy 100,000 Teslas")
            doc = self.d.doc
            end = self._tok_at_offset(pos)
            brands = any(
                (doc[i].pos_ == "PROPN" or doc[i].ent_type_ in ("ORG", "PRODUCT"))
                and not m.start <= self.rep.to_original(doc[i].idx) < m.end
                and not self.inside[i]
                for i in range(end)
            )
            return None if others or brands or self._org_named_since(off, pos) else m
        return None

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

    def _trade_by_name(self, noun: str, pos: int) -> Mention | None:
        """The one company named before ``pos`` whose own name says it is of the trade ("A door panel blew out of a
        Boeing 737 Max 9 on an Alaska Airlines flight ... The airline said": Alaska Airlines, not Boeing); None when
        two such companies are named ("a United Airlines flight and a Delta Air Lines flight ... The airline said")."""
        found: Mention | None = None
        for m in self.mentions[: bisect_left(self.starts, pos)]:
            if m.end > pos or self.kind_of(m) != "organization" or _event(m) or self._public(m):
                continue
            if not _of_trade_by_name(m, noun):
                continue
            if found is not None and found.name != m.name:
                return None
            found = m
        return found

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
