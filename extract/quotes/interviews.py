"""Interview answers: "Q: ... / A: ..." transcripts, the answers given to the person the story frames as
interviewed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.quotes.docview import _Att, _Doc
from extract.records import Mention

if TYPE_CHECKING:
    from extract.repair import Repaired


# A line of a question-and-answer interview: "Q: ..." (the interviewer) or "A: ..." (the one interviewed).
_QA_LINE = re.compile(r"(?m)^[ \t]*([QA])[:.][ \t]+(?=\S)")
# The frame that names the one interviewed: before the name ("interview with former striker", "we spoke to", "asked
# Senator") or after it ("spoke to the Herald", "answers our questions").
_INTERVIEWED_BEFORE = re.compile(
    r"\b(?:interview(?:ed)?|conversation|q&a|chat)\s+with\s+(?:[\w.'-]+\s+){0,4}$|\b(?:spoke|talked)\s+(?:to|with)\s+"
    r"(?:[\w.'-]+\s+){0,4}$|\binterviewed\s+(?:[\w.'-]+\s+){0,4}$",
    re.I,
)
_INTERVIEWED_AFTER = re.compile(
    r"[\s,]*(?:[\w.'-]+\s+){0,2}?(?:spoke|talked)\s+(?:to|with)\b|\s+answer(?:s|ed)\b", re.I
)


def _interview_answers(d: _Doc, rep: Repaired, mentions: Sequence[Mention]) -> list[_Att]:
    """The answers of a question-and-answer interview ("Q: Will you coach again?" / "A: Never say never."): the words
    of the one person the story frames as interviewed outside the questions and answers ("The interview with former
    striker Marco Rossi was conducted by phone", or named in the headline), more often than anyone else so framed. A
    story without both a "Q" and an "A" line, or with no such person, has none."""
    text = d.text
    lines = [(m.group(1), m.start(), m.end()) for m in _QA_LINE.finditer(text)]
    if not any(k == "Q" for k, _, _ in lines) or not any(k == "A" for k, _, _ in lines):
        return []
    qa = [(s, text.find("\n", e) if text.find("\n", e) >= 0 else len(text)) for _, s, e in lines]
    inside = [rep.span(s, e) for s, e in qa]
    orig = rep.original
    headline_end = orig.find("\n", len(orig) - len(orig.lstrip()))
    framed: dict[str, int] = {}
    for m in mentions:
        # (a name after "the" is a paper's or a body's, whatever the tagger made of it: "spoke to the Herald")
        the = orig[max(0, m.start - 4) : m.start].lower() == "the "
        if m.kind != "person" or the or any(s <= m.start < e for s, e in inside):
            continue
        # Only one the story frames as interviewed answers: "The interview with former striker Marco Rossi",
        # "Maria Cantwell spoke to the Herald", "we spoke to X", "X answers", or one its headline names; the most
        # named person of an explainer ("What we know about ...") or of an interview about someone else is not.
        before, after = orig[max(0, m.start - 60) : m.start], orig[m.end : m.end + 30]
        frame = bool(_INTERVIEWED_BEFORE.search(before) or _INTERVIEWED_AFTER.match(after))
        if frame or m.start < headline_end:
            last = m.name.split()[-1].lower()  # "Rossi" in a headline is "Marco Rossi" of the body
            framed[last] = framed.get(last, 0) + (2 if frame else 1)
    ranked = sorted(framed.items(), key=lambda x: -x[1])
    # (the headline only adds to a frame: "Costa on Silva: ..." names the one talked about too)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return []
    names = [m.name for m in mentions if m.kind == "person" and m.name.split()[-1].lower() == ranked[0][0]]
    name = max(names, key=len)
    out: list[_Att] = []
    for (kind, _, e), (_, end) in zip(lines, qa, strict=True):
        content = d.trim(e, end) if kind == "A" else None
        if content is None:
            continue
        att = _Att(":", "direct", d.sent_of_char(content[0]), e - 2, e - 1, content=content)
        att.names, att.said, att.actor = (name,), name, True
        out.append(att)
    return out
