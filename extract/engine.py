"""Running the whole engine on texts and files: read, repair, parse, extract, aggregate."""

from __future__ import annotations

import dataclasses
import os
import re
import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from extract.actors import extract_mentions
from extract.figures import extract_figures
from extract.pipeline import DocCache, load_model, parse_many
from extract.quotes import extract_quotes
from extract.records import DocFacts, DocumentInfo, Story
from extract.repair import repair
from extract.story import build_story
from extract.textio import Loaded, ReadError, error_info, iter_article_files, load

_NEWLINE = re.compile("\n")

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def facts_from_doc(doc: Doc, loaded: Loaded, rep=None) -> DocFacts:
    """Run every extractor on a parsed document; an extractor bug becomes the document's error."""
    rep = rep or repair(loaded.text)
    name = loaded.info.path
    try:
        mentions = extract_mentions(doc, rep, name)
        figures = extract_figures(doc, rep, name)
        quotes, claims, warnings = extract_quotes(doc, rep, name, mentions)
    except Exception as exc:  # noqa: BLE001 - reported per file, never hidden
        info = _with_error(loaded.info, f"extraction failed: {type(exc).__name__}: {exc}")
        return DocFacts(info, warnings=loaded.warnings)
    newlines = [m.start() for m in _NEWLINE.finditer(loaded.text)]
    return DocFacts(
        document=loaded.info,
        mentions=tuple(mentions),
        figures=_with_lines(figures, newlines),
        quotes=_with_lines(quotes, newlines),
        claims=_with_lines(claims, newlines),
        warnings=loaded.warnings + tuple(warnings),
    )


def _with_lines(records: Sequence, newlines: list[int]) -> tuple:
    """Records with their 1-based line number filled in from their start offset."""
    return tuple(dataclasses.replace(r, line=bisect_right(newlines, r.start - 1) + 1) for r in records)


def _with_error(info: DocumentInfo, message: str) -> DocumentInfo:
    return dataclasses.replace(info, error=message)


class Engine:
    """A loaded model plus a paragraph cache; thread-safe for one extraction at a time per call."""

    def __init__(self, model: str | None = None, nlp: Language | None = None) -> None:
        self._model = model
        self._nlp = nlp
        self.cache = DocCache()
        self._lock = threading.Lock()

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_model(self._model)
        return self._nlp

    def extract_loaded(self, loaded: Sequence[Loaded], batch_size: int = 64) -> list[DocFacts]:
        """Extract facts from already-read files, parsing all their changed paragraphs in one batch."""
        reps = [repair(item.text) for item in loaded]
        with self._lock:
            docs = parse_many(self.nlp, [r.text for r in reps], self.cache, batch_size=batch_size)
        return [facts_from_doc(d, item, r) for d, item, r in zip(docs, loaded, reps, strict=True)]

    def extract_text(self, text: str, document: str = "<text>") -> DocFacts:
        """Extract facts from a string."""
        info = DocumentInfo(path=document, title="", words=len(text.split()), sha256="", modified=0.0)
        return self.extract_loaded([Loaded(info, text)])[0]

    def extract_files(
        self,
        files: Iterable[tuple[str | os.PathLike[str], str]],
        progress: Callable[[int, int], None] | None = None,
        chunk: int = 16,
    ) -> list[DocFacts]:
        """Extract (path, display name) pairs; unreadable files become per-file errors."""
        items = list(files)
        out: list[DocFacts] = []
        for i in range(0, len(items), chunk):
            loaded: list[Loaded] = []
            for path, display in items[i : i + chunk]:
                try:
                    loaded.append(load(path, display))
                except ReadError as exc:
                    out.append(DocFacts(error_info(display, str(exc))))
            out.extend(self.extract_loaded(loaded))
            if progress:
                progress(min(i + chunk, len(items)), len(items))
        return out


def extract_paths(paths: Sequence[str | os.PathLike[str]], model: str | None = None) -> tuple[Story, list[str]]:
    """Extract a story from files and folders; returns the story and the paths that do not exist."""
    missing = [str(p) for p in paths if not Path(p).exists()]
    files = [(f, str(f)) for f in iter_article_files(p for p in paths if Path(p).exists())]
    engine = Engine(model)
    facts = engine.extract_files(files) if files else []
    story = build_story(facts)
    story.extra["model"] = engine.nlp.meta.get("name", "") if files else ""
    return story, missing
