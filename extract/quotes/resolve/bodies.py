"""Bodies named by their owner: "the Pentagon's press office" speaks for the Pentagon, "Ukraine's defence ministry" is
named by its phrase, and "the ministry" after it is that body again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.quotes.lexicon import _ORG_NOUNS
from extract.quotes.resolve.base import _Base
from extract.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


# Bodies that speak for the organisation owning them ("the Pentagon's press office", "Apple's legal team").
_OWNED_BODIES = frozenset({"office", "ministry", "department", "team", "campaign", "board", "management"})


# Modifiers that make a body another one than its owner's ("Google's parent company", "Meta's oversight board").
_RELATIONAL = frozenset({"parent", "rival", "sister", "former", "oversight", "independent", "subsidiary"})


def _members(name: str) -> bool:
    """Whether a union's name is that of its members ("Teamsters", "Machinists", "Employees"): a plural agent
    noun, not an employer's name ("Starbucks")."""
    last = name.split()[-1].lower() if name.split() else ""
    return last.endswith(("ers", "ors", "ists", "ees", "ians"))


class _Bodies(_Base):
    """Bodies that speak for their owner or are named by their phrase."""

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
