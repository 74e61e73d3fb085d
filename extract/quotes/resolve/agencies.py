""" "the agency" and public bodies: the agency that spoke just before or the one agency the story named; which
organisations are a state's agencies or public bodies (never "the company")."""

from __future__ import annotations

from extract.actors.names import AGENCY_ACRONYMS, is_news_agency
from extract.quotes.resolve.base import _Base
from extract.records import Mention

# The head nouns of a public body's name: a state's agencies, courts, assemblies and forces, never what "the
# company" or "the firm" stands for ("The Federal Trade Commission sued Amazon ... the online retail company said":
# Amazon). A closed list of English nouns; "Service" is left out, as businesses carry it ("United Parcel Service").
_PUBLIC_HEADS = frozenset(
    {"commission", "commissions", "authority", "administration", "department", "agency", "ministry", "bureau"}
    | {"court", "tribunal", "council", "parliament", "congress", "senate", "assembly", "cabinet", "government"}
    | {"police", "army", "navy", "reserve", "board", "regulator"}
)


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


def _head_in(name: str, heads: frozenset[str]) -> bool:
    """Whether a name's head noun (before any "of": "Department of Energy") is one of ``heads``."""
    head = name.lower().split(" of ")[0].split()
    return bool(head) and head[-1] in heads


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


def _initials(name: str) -> str:
    """The acronym of a name: "Federal Trade Commission" -> "FTC" (function words aside)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


class _Agencies(_Base):
    """Agencies and public bodies as speakers."""

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

    def _called_agency(self, m: Mention) -> bool:
        """Whether the text calls an organisation an agency where it names it (``_called``)."""
        return self._called(m, "agency")

    def _agency(self, m: Mention) -> bool:
        """Whether an organisation is a state's agency (``_body_of`` with ``_AGENCY_HEADS``, or ``_listed_agency``)."""
        return self._body_of(m, _AGENCY_HEADS) or _listed_agency(m)

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
