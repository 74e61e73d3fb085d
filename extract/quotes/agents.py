"""Passive cues' agents: who a "by" names ("was announced by the ministry"; not "by the standards of the day"), and
the judgement the parser hung inside the agent's phrase ("was described by organisers as the largest ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.quotes.lexicon import SPEECH

if TYPE_CHECKING:
    from spacy.tokens import Token


# What "by" brings that is no one who judges ("called a mistake by the standards of most economists", "by any
# measure", "by most accounts", "by definition").
_NO_AGENTS = {
    *(w for n in ("standard", "measure", "account", "definition", "metric", "yardstick") for w in (n, n + "s")),
    "criteria",
    "criterion",
}

# Roles someone is called to fill, not judged to be ("She was called a witness by the defense": summoned).
_SUMMONED = {"witness", "witnesses", "juror", "jurors"}


def _no_agent(g: Token) -> bool:
    """Whether the object of "by" is a measure, not someone: a common noun only ("by the standards of the day";
    not "by Standard & Poor's" nor "by the Evening Standard", names)."""
    return g.lower_ in _NO_AGENTS and g.pos_ != "PROPN" and not g.ent_type_


def _passive_agent(tok: Token, misplaced: bool = False) -> Token | None:
    """Who a passive verb's "by" names: the object of its agent ("was announced by the ministry") or, with
    ``misplaced``, of a "by" the parser hung on the verb's judgement ("Trump was called a liar by critics": "by
    critics" on "liar"; only for a verb with a passive subject). None for a measure ("by the standards of the
    day") and for a role someone is summoned to ("was called a witness by the defense")."""
    for c in tok.children:
        if c.dep_ == "agent":
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            if g is not None:
                return None if _no_agent(g) else g
    if not misplaced or not any(c.dep_ == "nsubjpass" for c in tok.children):
        return None
    for j in tok.children:
        if j.dep_ not in ("oprd", "xcomp", "attr"):
            continue
        if (
            SPEECH.get(tok.lower_) == "call"
            and j.lower_ in _SUMMONED
            and not any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in j.children)
        ):
            return None  # "called a witness by the defense"; "called a reliable witness by the judge" judges
        for p in j.children:
            if p.dep_ == "prep" and p.lower_ == "by":
                g = next((g for g in p.children if g.dep_ == "pobj"), None)
                if g is not None:
                    return None if _no_agent(g) else g
    return None


def _misplaced_agent(subj: Token, cue: Token) -> bool:
    """Whether a subject is the agent of a passive cue that the parser hung on the cue's judgement ("Trump was
    called a liar by critics": "by critics" on "liar")."""
    if subj.head.dep_ == "agent":
        return False
    agent = _passive_agent(cue, misplaced=True)
    return agent is not None and agent.i == subj.i


# Verbs whose passive takes its charge with "of" ("was accused by critics of lying").
_CHARGING = {"accuse", "suspect", "convict"}


def _agent_judgement(agent: Token, lemma: str) -> list[Token]:
    """What a passive cue judges its subject to be, when the parser hung it inside the agent's phrase: an "as"
    phrase or a predicate ("was described by organisers as the largest ...") and, for a charge, its "of" ("was
    accused by prosecutors of endangering ..."), hung on a noun of the agent's phrase and not inside a clause of
    its own; "groups such as Amnesty", "such groups as Amnesty" and "X as well as Y" name more agents."""
    doc = agent.doc
    out = []
    for t in agent.subtree:
        if t.i <= agent.i or t.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        path, up = [], t.head
        while up.i != agent.i and up.head.i != up.i:
            path.append(up)
            up = up.head
        if any(p.pos_ in ("VERB", "AUX") for p in path):
            continue  # "by Abigail Van Buren, also known as ...", "by papers ranging from ...": the agent's own clause
        if t.dep_ == "oprd":
            out.append(t)
        elif t.dep_ == "prep" and t.lower_ == "as":
            before, after = doc[t.i - 1].lower_, doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
            such = any(c.lower_ == "such" for c in t.head.children)  # "such expected backers as The Times"
            if before not in ("such", "well") and after != "well" and not such:
                out.append(t)
        elif t.dep_ == "prep" and t.lower_ == "of" and lemma in _CHARGING:
            out.append(t)
    return out
