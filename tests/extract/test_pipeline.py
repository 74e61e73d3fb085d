"""The paragraph parser: exact text round trip, the paragraph cache, its memory bound, packing."""

from __future__ import annotations

import pytest

from extract.pipeline import (
    DocCache,
    Parsed,
    build_doc,
    model_key,
    pack,
    paragraphs,
    parse,
    parse_many,
    parsed_of,
    unpack,
)

TEXTS = [
    "",
    "One line without a newline.",
    "Para one.\n\nPara two.\n",
    "Title\n\n\n\nBody after blank lines.\n\n",
    "\n\nLeading blank lines.\nNext line.\n",
    "Kyiv said 13,000 troops.\r\nA second line.\r\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_paragraphs_concatenate_back_to_the_text(text: str) -> None:
    pieces = paragraphs(text)
    assert "".join(p for _, p in pieces) == text
    assert all(text[off : off + len(p)] == p for off, p in pieces)


@pytest.mark.parametrize("text", TEXTS)
def test_parsed_doc_text_is_the_input_exactly(nlp, text: str) -> None:
    cache = DocCache()
    assert parse(nlp, text, cache).text == text
    assert parse(nlp, text, cache).text == text  # again, from the cache


EDITS = [
    # (before, after, paragraphs parsed again)
    ("A said x.\nB said y.\nC said z.\n", "A said x.\nB said w.\nC said z.\n", 1),
    ("A said x.\nB said y.\n", "A said x.\nB said y.\nNew line here.\n", 1),
    ("A said x.\nB said y.\n", "B said y.\nA said x.\n", 0),
    ("A said x.\nB said y.\n", "Q.\nR.\n", 2),
]


@pytest.mark.parametrize(("before", "after", "parsed"), EDITS)
def test_an_edit_parses_only_the_paragraphs_that_changed(nlp, before: str, after: str, parsed: int) -> None:
    cache = DocCache()
    parse(nlp, before, cache)
    misses = cache.misses
    assert parse(nlp, after, cache).text == after
    assert cache.misses - misses == parsed


def test_same_paragraph_in_two_texts_of_one_batch_is_parsed_once(nlp) -> None:
    cache = DocCache()
    docs = parse_many(nlp, ["Shared line.\nOne.\n", "Shared line.\nTwo.\n"], cache)
    assert [d.text for d in docs] == ["Shared line.\nOne.\n", "Shared line.\nTwo.\n"]
    assert len(cache) == 3


def test_cache_stays_within_its_byte_budget(nlp) -> None:
    cache = DocCache(max_bytes=20_000)
    for i in range(40):
        parse(nlp, f"Paragraph number {i} says that Lloyd Austin visited Kyiv on Monday.\n", cache)
    assert cache.evictions > 0
    assert cache.nbytes <= cache.max_bytes
    assert 0 < len(cache) < 40


def test_cached_paragraphs_are_plain_data_and_docs_carry_no_tensor(nlp) -> None:
    cache = DocCache()
    doc = parse(nlp, "Zelensky spoke in Kyiv.\nNATO listened.\n", cache)
    assert doc.tensor.size == 0
    cached = cache.get(DocCache.key(model_key(nlp), "NATO listened.\n"))
    assert isinstance(cached, Parsed) and cached.words == ["NATO", "listened", ".", "\n"]


@pytest.mark.parametrize("text", ["Lloyd Austin said on Monday that 13,000 troops arrived.\n", "Hi.\n"])
def test_pack_round_trip_keeps_every_annotation_extractors_read(nlp, text: str) -> None:
    doc = nlp(text)
    back = build_doc(nlp, [unpack(pack(doc))])
    assert back.text == doc.text
    assert [(t.tag_, t.pos_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_, t.is_sent_start) for t in back] == [
        (t.tag_, t.pos_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_, t.is_sent_start) for t in doc
    ]
    assert [(e.text, e.label_) for e in back.ents] == [(e.text, e.label_) for e in doc.ents]


def test_packed_entries_are_hits_once_unpacked(nlp) -> None:
    para = "Lloyd Austin said so.\n"
    cache = DocCache()
    cache.put(DocCache.key(model_key(nlp), para), pack(nlp(para)))
    doc = parse(nlp, para, cache)
    assert (doc.text, cache.hits, cache.misses) == (para, 1, 0)
    assert [e.text for e in doc.ents] == ["Lloyd Austin"]


def _annotations(doc) -> list[tuple]:
    return [
        (t.text, t.whitespace_, t.tag_, t.pos_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_, t.is_sent_start, t.lemma_)
        for t in doc
    ]


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS[2:],
        "Lloyd Austin said on Monday that 13,000 troops arrived.\n\nNATO and the EU said \u201cno\u201d.\n\n\nKyiv.",
    ],
)
def test_joined_paragraphs_carry_what_doc_from_docs_gives(nlp, text: str) -> None:
    from spacy.tokens import Doc

    cache = DocCache()
    doc = parse(nlp, text, cache)
    ref = Doc.from_docs(
        [nlp(p) for _, p in paragraphs(text)], ensure_whitespace=False, exclude=["tensor", "user_data", "spans"]
    )
    assert doc.text == text
    assert _annotations(doc) == _annotations(ref)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in ref.ents]
    # Joined again (its paragraphs' pieces remembered), after an edit of one paragraph: the same as a fresh parse.
    edited = text.replace("Para two", "Para 2").replace("13,000", "12,000")
    assert _annotations(parse(nlp, edited, cache)) == _annotations(parse(nlp, edited, DocCache()))


def test_an_edit_joins_its_unchanged_paragraphs_from_the_cached_pieces_without_reading_them_again(nlp) -> None:
    """The paragraphs of a document edited again are joined from the plain pieces the cache keeps, the very same
    objects (no Doc, no unpacking), and the joined Doc is the one a fresh parse gives."""
    cache = DocCache()
    text = "".join(f"Paragraph {i} says that Lloyd Austin met {i} officials in Kyiv on Monday.\n\n" for i in range(4))
    parse(nlp, text, cache)
    keys = [DocCache.key(model_key(nlp), p) for _, p in paragraphs(text)]
    kept = {k: cache._items[k] for k in keys}
    edited = text.replace("met 3 officials", "met 30 officials")
    joined = _annotations(parse(nlp, edited, cache))
    assert all(cache._items[k] is kept[k] for k in keys[:3])
    assert joined == _annotations(parse(nlp, edited, DocCache()))


def _paras(n: int) -> list[str]:
    return [f"Paragraph {i} says that Lloyd Austin met {i} officials in Kyiv on Monday.\n" for i in range(n)]


def test_compact_packs_the_oldest_docs_beyond_the_doc_budget_and_keeps_every_entry(nlp) -> None:
    cache = DocCache(max_bytes=10**9, doc_bytes=20_000)
    paras = _paras(12)
    fresh = {p: _annotations(nlp(p)) for p in paras}
    for p in paras:
        parse(nlp, p, cache)
    before = cache.nbytes
    assert cache.doc_nbytes > cache.doc_bytes  # put never packs: packing is off the path to the screen
    packed = cache.compact()
    assert packed > 0 and cache.packed == packed
    assert cache.doc_nbytes <= cache.doc_bytes and cache.nbytes < before
    key = model_key(nlp)
    kinds = [isinstance(cache._items[DocCache.key(key, p)], bytes) for p in paras]
    assert kinds == sorted(kinds, reverse=True)  # the oldest are packed, the newest stay Docs
    assert len(cache) == len(paras) and cache.evictions == 0
    misses = cache.misses
    for p in paras:  # every paragraph is still a hit, with the annotations a fresh parse gives
        assert _annotations(parse(nlp, p, cache)) == fresh[p]
    assert cache.misses == misses


def test_compact_packs_the_least_recently_used_doc_not_the_first_cached(nlp) -> None:
    cache = DocCache(max_bytes=10**9, doc_bytes=1)
    first, second = _paras(2)
    parse(nlp, first, cache)
    parse(nlp, second, cache)
    parse(nlp, first, cache)  # used again: the second is now the least recently used
    cache.doc_bytes = cache.doc_nbytes - 1
    assert cache.compact() == 1
    key = model_key(nlp)
    assert isinstance(cache._items[DocCache.key(key, second)], bytes)
    assert not isinstance(cache._items[DocCache.key(key, first)], bytes)


def test_a_packed_paragraph_is_a_doc_again_once_used(nlp) -> None:
    cache = DocCache(max_bytes=10**9, doc_bytes=0)
    (para,) = _paras(1)
    parse(nlp, para, cache)
    assert cache.compact() == 1 and cache.doc_nbytes == 0
    parse(nlp, para, cache)
    assert not isinstance(cache._items[DocCache.key(model_key(nlp), para)], bytes)
    assert cache.doc_nbytes > 0


def test_token_batches_keep_the_order_and_end_a_batch_at_either_cap(nlp) -> None:
    from extract.pipeline import token_batches

    docs = [
        nlp.make_doc(t)
        for t in ("one two three", "four five", "six", "a much longer paragraph of nine words here", "x")
    ]
    sizes = [len(d) for d in docs]
    assert sizes == [3, 2, 1, 8, 1]
    batches = list(token_batches(docs, most=16, tokens=6))
    assert [[len(d) for d in b] for b in batches] == [[3, 2, 1], [8], [1]]  # a longer paragraph is a batch alone
    assert [d for b in batches for d in b] == docs
    assert [[len(d) for d in b] for b in token_batches(docs, most=2, tokens=100)] == [[3, 2], [1, 8], [1]]
    assert list(token_batches([], most=2, tokens=5)) == []


def test_a_token_capped_parse_gives_the_same_docs(nlp) -> None:
    """The app's token-capped batches (beside the UI) parse each paragraph as the CLI's whole batches do."""
    texts = ["".join(_paras(4)), "Acme Corp said it would cut 1,200 jobs.\n\nLazard said so.\n", "".join(_paras(2))]
    whole = parse_many(nlp, texts, batch_size=64)
    capped = parse_many(nlp, texts, batch_size=64, batch_tokens=12)
    assert [_annotations(d) for d in capped] == [_annotations(d) for d in whole]
    assert [d.text for d in capped] == texts


def test_the_parser_and_recognizer_predict_each_token_capped_batch_at_once(nlp, monkeypatch) -> None:
    """spaCy's Parser.pipe predicts a batch in sub-batches of a quarter of its ``batch_size``: the app's token-capped
    batches went through the parser and the entity recognizer (its own tok2vec too) four paragraphs at a time, and
    its parse of a new article cost 7 % more CPU than plain ``nlp.pipe`` of the same text (pipeline.SUB_BATCHES)."""
    seen: list[tuple[str, int]] = []
    for name in ("parser", "ner"):
        model = nlp.get_pipe(name).model
        real = model._func  # thinc's forward function: Model.predict itself cannot be replaced

        def forward(m, docs, is_train, real=real, name=name):
            seen.append((name, len(docs)))
            return real(m, docs, is_train)

        monkeypatch.setattr(model, "_func", forward)
    parse_many(nlp, ["".join(_paras(20))], DocCache(), batch_size=16, batch_tokens=10_000)
    assert sorted(seen) == [("ner", 4), ("ner", 16), ("parser", 4), ("parser", 16)]


def _article_docs(nlp, tag: str, paragraphs: int = 8, words: int = 300) -> list[tuple[str, Parsed]]:
    """A 2,400-token article as (key, tokenized paragraph) pairs (the cache counts tokens only)."""
    out = []
    for p in range(paragraphs):
        text = " ".join(f"{tag}w{p}x{k}" for k in range(words)) + "\n"
        out.append((DocCache.key("m", text), parsed_of(nlp.make_doc(text))))
    return out


def test_a_long_session_keeps_the_packed_parses_of_some_fifty_articles_not_hundreds() -> None:
    """The default budget holds the packed parses of the articles saved last and evicts the oldest: a full 32 MiB
    cache put a long session about 24 MB higher in resident memory (bench/longrun.py), over the app's target."""
    cache = DocCache()
    article = 2_400 * 45  # a 2,000-word article's packed parses: about 2,400 tokens at 45 bytes each
    for i in range(100):
        cache.put(f"article-{i}", b"\0" * article)
    assert cache.nbytes <= 8 * 2**20 and cache.evictions > 0
    assert "article-99" in cache and "article-0" not in cache
    assert 50 <= len(cache) <= 80


def test_a_long_session_keeps_only_the_last_few_articles_as_docs(nlp) -> None:
    """The default cache leaves the articles saved last unpacked and packs the rest once compacted: five new
    2,000-word articles no longer all stay unpacked (the live app's memory grew by each)."""
    cache = DocCache()
    articles = [_article_docs(nlp, f"a{i}") for i in range(5)]
    for article in articles:
        for key, doc in article:
            cache.put(key, doc)
    cache.compact()
    as_docs = [sum(not isinstance(cache._items[k], bytes) for k, _ in article) for article in articles]
    assert as_docs[-1] == 8  # the article saved last is re-read without unpacking
    assert as_docs[0] == 0 and sum(as_docs) <= 4 * 8
    assert len(cache) == 40  # packed, not forgotten


def test_the_model_loads_with_the_collector_paused_and_is_kept_out_of_its_reach(monkeypatch) -> None:
    # Every full collection of a run walked the loaded model's objects again (about 0.09 s each); the load now pauses
    # the collector and keeps what it made for good (extract.bulk), as the app's tracker does.
    import gc
    import types

    import spacy

    import extract.bulk
    import extract.pipeline as pipeline

    seen: list[tuple[str, int]] = []

    def load(name, exclude=()):
        seen.append(("load", gc.get_threshold()[0]))
        return types.SimpleNamespace(tokenizer=types.SimpleNamespace(infix_finditer=None))

    monkeypatch.setattr(spacy, "load", load)
    monkeypatch.setattr(extract.bulk, "keep_for_good", lambda: seen.append(("keep", gc.get_threshold()[0])))
    before = gc.get_threshold()
    pipeline._load.__wrapped__("stand_in_model")  # type: ignore[attr-defined]
    assert seen == [("load", 0), ("keep", 0)]
    assert gc.get_threshold() == before


JOINED = [
    "Para one.\n\nPara two.\n",
    "Title\n\n\n\nBody after blank lines.\n\n",
    "\n\nLeading blank lines.\nNext line.\n",
    "Kyiv said 13,000 troops.\r\nA second line.\r\n",
    "President Joe Biden met Volodymyr Zelensky in Kyiv on Monday.\n\n"
    "\u201cWe stand with Ukraine,\u201d Biden said. NATO said 12,000 North Korean soldiers had arrived.\n"
    "  \n\tThe Pentagon declined to comment.",
]


@pytest.mark.parametrize("text", JOINED)
def test_a_one_shot_parse_joins_its_paragraphs_as_doc_from_docs_does(nlp, text: str) -> None:
    # The CLI's and the worker processes' join (pipeline._concat) reads each token's text and whitespace from the
    # arrays instead of Token objects: the Doc must be the one Doc.from_docs made (no behaviour change; a guard).
    from spacy.tokens import Doc

    parts = [nlp(p) for _, p in paragraphs(text)]
    expected = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data", "spans"])
    skip = ["tensor", "user_data"]
    # One-shot (no cache budget: pipeline._concat) and the app's (a cache: pipeline._join, its pieces remembered,
    # read from the same arrays since review s25 rev2f LOW 8), each twice (the second from remembered pieces).
    for cache in (DocCache(0), DocCache()):
        for _ in range(2):
            joined = parse_many(nlp, [text], cache)[0]
            assert joined.to_bytes(exclude=skip) == expected.to_bytes(exclude=skip)
            assert [(e.start, e.end, e.label_) for e in joined.ents] == [
                (e.start, e.end, e.label_) for e in expected.ents
            ]
            assert [s.start for s in joined.sents] == [s.start for s in expected.sents]


def test_joining_no_paragraphs_makes_an_empty_doc(nlp) -> None:
    from extract.pipeline import _concat

    assert len(_concat(nlp, [])) == 0


def test_every_model_loaded_is_kept_for_the_process() -> None:
    # A loaded model is frozen out of the collector's reach (f4c778d): a bounded cache that dropped one would leave
    # its reference cycles uncollected for good (review s25 rev2f LOW 6).
    import extract.pipeline as pipeline

    assert pipeline._load.cache_info().maxsize is None


def test_a_memory_zone_frees_the_strings_parsing_added(nlp) -> None:
    from extract.pipeline import memory_zone

    before = len(nlp.vocab.strings)
    with memory_zone(nlp):
        parse(nlp, "Qorvexia Zandrilova met Drelmovik in Ulvenburg.\n", DocCache())
        assert "Zandrilova" in nlp.vocab.strings
    assert "Zandrilova" not in nlp.vocab.strings and len(nlp.vocab.strings) == before


def test_a_memory_zone_inside_another_is_the_outer_one(nlp) -> None:
    """spaCy's zones must not be nested: an inner one's end freed the outer one's strings too, under Docs still in
    use. A nested block runs in the outer zone, which frees everything when it ends."""
    from extract.pipeline import memory_zone

    with memory_zone(nlp):
        nlp.vocab.strings.add("Qzx-outer-word")
        with memory_zone(nlp):
            nlp.vocab.strings.add("Qzx-inner-word")
        assert "Qzx-outer-word" in nlp.vocab.strings and "Qzx-inner-word" in nlp.vocab.strings
    assert "Qzx-outer-word" not in nlp.vocab.strings and "Qzx-inner-word" not in nlp.vocab.strings


def test_a_memory_zone_keeps_other_threads_out_until_it_ends(nlp) -> None:
    """The vocabulary is one per model: a thread parsing beside a zone would have its strings freed under its Doc."""
    import threading

    from extract import pipeline

    held: list[bool] = []
    with pipeline.memory_zone(nlp):
        lock = pipeline._ZONE_LOCKS[id(nlp)]
        probe = threading.Thread(target=lambda: held.append(not lock.acquire(blocking=False)))
        probe.start()
        probe.join()
    assert held == [True]
    assert lock.acquire(blocking=False)
    lock.release()


def test_an_error_inside_a_memory_zone_keeps_no_doc_alive_in_its_traceback(nlp) -> None:
    """A Doc made inside a zone is invalid after it: a traceback printed with its locals must not reach one."""
    from extract.pipeline import memory_zone

    def fails() -> None:
        doc = nlp("Qorvexia Zandrilova went home.")
        raise ValueError(len(doc))

    with pytest.raises(ValueError) as info, memory_zone(nlp):
        fails()
    tb = info.value.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    assert [f.f_locals for f in frames if f.f_code is fails.__code__] == [{}]


def test_a_paragraph_parsed_in_one_zone_is_rebuilt_whole_in_a_later_one(nlp) -> None:
    """The cache's plain pieces carry the strings their rows name (here a lemma only the first zone had): the zone
    that parsed them freed those, and the Doc rebuilt from them in a later zone needs them."""
    from extract.pipeline import memory_zone

    with memory_zone(nlp):
        doc = nlp("Qorvexia Zandrilova thanked the Ulvenburg council.")
        doc[1].lemma_ = "zandrilova-lemma"
        kept = parsed_of(doc)
        expected = [(t.text, t.norm_, t.lemma_, t.tag_, t.dep_, t.head.i, t.ent_type_, str(t.morph)) for t in doc]
    assert "zandrilova-lemma" not in nlp.vocab.strings
    with memory_zone(nlp):
        back = build_doc(nlp, [unpack(pack(kept))])
        assert [(t.text, t.norm_, t.lemma_, t.tag_, t.dep_, t.head.i, t.ent_type_, str(t.morph)) for t in back] == (
            expected
        )
