"""A stand-in engine with hand-made facts for two small articles, so UI tests and snapshots do not change
when the engine improves (and need no spaCy). Offsets and lines are computed from the texts themselves."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from types import SimpleNamespace

from extract.engine import Engine
from extract.records import Claim, DocFacts, DocumentInfo, Figure, Mention, Quote
from extract.textio import ReadError, error_info, load

ACME = (
    "Acme Corp said on Monday that it would cut 1,200 jobs.\n"
    "\u201cThis is a hard day for all of us,\u201d said Jane Smith, the chief executive of Acme Corp.\n"
)
LAZARD = (
    "Lazard analysts said the cuts at Acme Corp would save $40 million a year.\n"
    "Union leader Tom Baker warned that 1,500 jobs could go.\n"
    "\u201cWe will [bold]not[/bold] accept this,\u201d Tom Baker said.\n"
)


def _at(text: str, part: str, nth: int = 0) -> tuple[int, int, int]:
    """(start, end, line) of the nth occurrence of ``part``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part), text.count("\n", 0, start) + 1


def _info(name: str, text: str) -> DocumentInfo:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return DocumentInfo(name, text.splitlines()[0], len(text.split()), sha, 1767355471.0)


def _mention(text, name, part, kind, nth=0, role=None):
    s, e, _ = _at(text, part, nth)
    return Mention(part, part, kind, s, e, name, role=role)


def _figure(text, name, part, value, kind, unit, about, sentence_line, display):
    s, e, line = _at(text, part)
    sentence = text.splitlines()[sentence_line - 1]
    return Figure(part, value, kind, unit, None, None, about, sentence, name, s, e, display=display, line=line)


def _claim(text, name, part, source, cue, kind):
    s, e, line = _at(text, part)
    return Claim(part, source, source, cue, kind, name, s, e, line=line)


def _quote(text, name, part, speaker, cue):
    s, e, line = _at(text, part)
    return Quote(part, speaker, speaker, cue, name, s, e, line=line)


def _present(text: str, items: tuple) -> tuple:
    return tuple(i for i in items if i is not None)


def acme_facts(name: str, text: str) -> DocFacts:
    return DocFacts(
        _info(name, text),
        mentions=(
            _mention(text, name, "Acme Corp", "organization"),
            _mention(text, name, "Jane Smith", "person", role="chief executive of Acme Corp"),
            _mention(text, name, "Acme Corp", "organization", nth=1),
        ),
        figures=(_figure(text, name, "1,200", 1200.0, "count", None, "jobs", 1, "1,200"),),
        quotes=(_quote(text, name, "This is a hard day for all of us,", "Jane Smith", "said"),),
        claims=(_claim(text, name, "that it would cut 1,200 jobs", "Acme Corp", "said", "indirect"),),
    )


def lazard_facts(name: str, text: str) -> DocFacts:
    return DocFacts(
        _info(name, text),
        mentions=_present(
            text,
            (
                _mention(text, name, "Lazard", "organization"),
                _mention(text, name, "Acme Corp", "organization"),
                _mention(text, name, "Tom Baker", "person", role="Union leader"),
                _mention(text, name, "Tom Baker", "person", nth=1) if text.count("Tom Baker") > 1 else None,
            ),
        ),
        figures=(
            _figure(text, name, "$40 million", 4e7, "money", "USD", "cuts", 1, "USD 40 m"),
            _figure(text, name, "1,500", 1500.0, "count", None, "jobs", 2, "1,500"),
        ),
        quotes=_present(
            text,
            (
                _quote(text, name, "We will [bold]not[/bold] accept this,", "Tom Baker", "said")
                if "[bold]" in text
                else None,
            ),
        ),
        claims=(
            _claim(text, name, "the cuts at Acme Corp would save $40 million a year", "Lazard", "said", "indirect"),
            _claim(text, name, "that 1,500 jobs could go", "Tom Baker", "warned", "indirect"),
        ),
    )


class FixedEngine(Engine):
    """Hand-made facts for the two snapshot articles; no spaCy."""

    def __init__(self) -> None:
        super().__init__(nlp=SimpleNamespace(meta={"name": "fixed"}))

    def warm(self, path, display) -> int:
        return 0  # nothing to parse ahead without spaCy

    def extract_files(self, files, progress=None, **kwargs) -> list[DocFacts]:
        out = []
        for path, name in files:
            try:
                text = load(path, name).text
            except ReadError as exc:
                out.append(DocFacts(replace(error_info(str(path), str(exc)), path=name)))
                continue
            make = FACTS.get(name)
            out.append(make(name, text) if make else DocFacts(_info(name, text)))
        if progress:
            progress(len(out), len(out))
        return out


FACTS = {"acme.txt": acme_facts, "lazard.txt": lazard_facts}
