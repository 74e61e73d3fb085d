"""The engine over files: input order, per-file errors, worker processes, the cache they fill."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

import extract.engine as engine_mod
from extract.engine import Engine

ARTICLES = [
    "Lloyd Austin said on Monday that 12,000 North Korean soldiers were in Kursk.\n\nNATO agreed.\n",
    '"We do not attack their energy," Zelensky said in Kyiv.\n',
    "According to Reuters, the loan is worth $50 billion.\n\nUp 10 % from last year.\n",
]


def write_story(folder: Path, n: int) -> list[tuple[Path, str]]:
    folder.mkdir(exist_ok=True)
    files = []
    for i in range(n):
        path = folder / f"a{i:02d}.txt"
        path.write_text(f"Story {i}.\n\n" + ARTICLES[i % len(ARTICLES)], encoding="utf-8")
        files.append((path, path.name))
    return files


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


@pytest.mark.parametrize("chunk", [1, 2, 16])
def test_results_keep_input_order_with_an_unreadable_file_in_the_middle(engine, tmp_path, chunk) -> None:
    files = write_story(tmp_path / "s", 4)
    files.insert(2, (tmp_path / "s" / "missing.txt", "missing.txt"))
    seen: list[int] = []
    facts = engine.extract_files(files, chunk=chunk, progress=lambda done, total: seen.append(done))
    assert [f.document.path for f in facts] == [d for _, d in files]
    assert [bool(f.document.error) for f in facts] == [False, False, True, False, False]
    assert seen[-1] == 5


def test_facts_name_the_actors_and_figures(engine) -> None:
    facts = engine.extract_text(ARTICLES[0], "a.txt")
    assert any(m.name == "Lloyd Austin" for m in facts.mentions)
    assert any(f.value == 12000 for f in facts.figures)


@pytest.mark.parametrize("broken", ["extract_mentions", "extract_figures", "extract_quotes"])
def test_a_bug_in_one_extractor_is_the_files_error_and_the_others_facts_stay(engine, monkeypatch, broken) -> None:
    """A rule that raises (a bug, not bad input) costs its own facts only, and says so in the file's error."""

    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(engine_mod, broken, boom)
    facts = engine.extract_text(ARTICLES[0], "a.txt")
    what = {"extract_mentions": "actor", "extract_figures": "figure", "extract_quotes": "quote"}[broken]
    assert facts.document.error == f"{what} extraction failed: RuntimeError: boom"
    assert bool(facts.mentions) == (broken != "extract_mentions")
    assert bool(facts.figures) == (broken != "extract_figures")
    assert bool(facts.quotes or facts.claims) == (broken != "extract_quotes")


@pytest.mark.parametrize("other_thread", [False, True], ids=["forked", "spawned-beside-a-thread"])
def test_worker_processes_give_the_same_facts_and_fill_the_parent_cache(
    nlp, tmp_path, monkeypatch, other_thread
) -> None:
    """Alone in its process (the CLI) the engine forks workers that share its loaded model; with another thread
    running (the app's UI, watchdog) it spawns them, as a fork would copy that thread's held locks."""
    import threading

    if not other_thread and threading.active_count() > 1:
        pytest.skip("an earlier test left a thread running in this process")
    monkeypatch.setattr(engine_mod, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(engine_mod, "TASK_FILES", 2)
    files = write_story(tmp_path / "p", 6)
    serial = Engine(nlp=nlp).extract_files(files)
    parallel_engine = Engine(nlp=nlp, processes=2)  # the engine's default, as the app would set it
    chunks: list[int] = []
    stop = threading.Event()
    busy = threading.Thread(target=stop.wait)
    if other_thread:
        busy.start()
    try:
        parallel = parallel_engine.extract_files(files, on_facts=lambda part: chunks.append(len(part)))
        assert parallel_engine._pool._mp_context.get_start_method() == ("spawn" if other_thread else "fork")
        assert parallel_engine.has_pool
        with parallel_engine._pool_lock:  # as while a batch runs: the workers are not stopped under it
            assert not parallel_engine.release_pool() and parallel_engine.has_pool
        assert parallel_engine.release_pool() and not parallel_engine.has_pool
    finally:
        parallel_engine.close()
        stop.set()
    assert parallel == serial
    assert sorted(chunks) == [2, 2, 2]
    # The workers' parsed paragraphs came back packed: re-extracting a file parses nothing.
    misses = parallel_engine.cache.misses
    assert parallel_engine.extract_files(files[:1]) == serial[:1]
    assert parallel_engine.cache.misses == misses


def test_small_batches_stay_in_process(engine, tmp_path) -> None:
    files = write_story(tmp_path / "q", 3)
    assert len(engine.extract_files(files, processes=4)) == 3
    assert engine._pool is None


def test_background_threads_parse_in_small_batches(engine, monkeypatch) -> None:
    """spaCy holds the GIL through a batch: off the main thread (beside the UI) batches stay small."""
    import threading

    seen: list[int] = []
    real = engine_mod.parse_many

    def spy(*args, batch_size, **kwargs):
        seen.append(batch_size)
        return real(*args, batch_size=batch_size, **kwargs)

    monkeypatch.setattr(engine_mod, "parse_many", spy)
    engine.extract_text(ARTICLES[0], "main.txt")
    worker = threading.Thread(target=engine.extract_text, args=(ARTICLES[1], "bg.txt"))
    worker.start()
    worker.join()
    assert seen == [engine_mod.BATCH_SIZE, engine_mod.SHARED_BATCH_SIZE]
    assert engine_mod.SHARED_BATCH_SIZE < engine_mod.BATCH_SIZE


def test_warming_a_file_parses_it_into_the_cache_so_its_extraction_parses_nothing(engine, tmp_path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("Acme Corp said it would cut 1,200 jobs.\n\nLazard analysts said so too.\n", encoding="utf-8")
    assert engine.warm(path, "draft.txt") == 2
    assert engine.warm(path, "draft.txt") == 0  # already cached
    misses = engine.cache.misses
    (facts,) = engine.extract_files([(path, "draft.txt")])
    assert engine.cache.misses == misses and facts.figures
    assert engine.warm(tmp_path / "missing.txt", "missing.txt") == 0  # unreadable: skipped, no error


def test_workers_are_not_forked_beside_torch(monkeypatch) -> None:
    """A transformer pipeline's torch runs an OpenMP pool that hangs forked children: its workers are spawned."""
    import sys
    import threading

    monkeypatch.setattr(threading, "active_count", lambda: 1)  # as in the CLI, whatever earlier tests left running
    assert engine_mod._can_fork() == sys.platform.startswith("linux")
    monkeypatch.setitem(sys.modules, "torch", object())
    assert not engine_mod._can_fork()


def test_a_file_read_ahead_is_not_extracted_again_until_its_bytes_change(nlp, tmp_path, extracted) -> None:
    """The app extracts a saved file during the debounce; the update that follows must reuse those facts."""
    import os

    engine = Engine(nlp=nlp)
    calls = extracted
    path = tmp_path / "draft.txt"
    path.write_text(ARTICLES[0], encoding="utf-8")
    (first,) = engine.extract_files([(path, "draft.txt")])
    os.utime(path, (1_000_000, 1_000_000))  # touched, same bytes
    (again,) = engine.extract_files([(path, "draft.txt")])
    assert calls == ["draft.txt"]
    assert again.document.modified == 1_000_000 and first.document.modified != 1_000_000
    assert (again.mentions, again.figures, again.claims) == (first.mentions, first.figures, first.claims)
    (other,) = engine.extract_files([(path, "copy.txt")])  # another name: its records carry that name
    assert calls == ["draft.txt", "copy.txt"] and {f.document for f in other.figures} == {"copy.txt"}
    path.write_text(ARTICLES[0].replace("12,000", "13,000"), encoding="utf-8")
    (changed,) = engine.extract_files([(path, "draft.txt")])
    assert calls[-1] == "draft.txt" and len(calls) == 3
    assert any(f.value == 13000 for f in changed.figures)
    for i in range(engine_mod.RECENT_FACTS + 1):  # bounded: the oldest are forgotten
        engine.extract_text(f"Story {i}.", f"t{i}.txt")
        (tmp_path / f"t{i}.txt").write_text(f"Story {i}.", encoding="utf-8")
        engine.extract_files([(tmp_path / f"t{i}.txt", f"t{i}.txt")])
    assert len(engine.recent) == engine_mod.RECENT_FACTS


def test_a_file_extracted_by_another_thread_now_is_waited_for_not_extracted_twice(nlp, tmp_path, monkeypatch) -> None:
    import threading

    engine = Engine(nlp=nlp)
    started, release = threading.Event(), threading.Event()
    calls: list[str] = []
    real = engine_mod.facts_from_doc

    def slow(doc, loaded, rep=None):
        calls.append(loaded.info.path)
        started.set()
        release.wait(10)
        return real(doc, loaded, rep)

    monkeypatch.setattr(engine_mod, "facts_from_doc", slow)
    path = tmp_path / "draft.txt"
    path.write_text(ARTICLES[1], encoding="utf-8")
    results: dict[str, object] = {}
    ahead = threading.Thread(target=lambda: results.update(ahead=engine.extract_files([(path, "draft.txt")])))
    ahead.start()
    assert started.wait(10)
    update = threading.Thread(target=lambda: results.update(update=engine.extract_files([(path, "draft.txt")])))
    update.start()
    update.join(0.3)
    assert update.is_alive()  # waiting for the extraction in flight
    release.set()
    ahead.join(10)
    update.join(10)
    assert calls == ["draft.txt"]
    assert results["ahead"][0].quotes == results["update"][0].quotes  # type: ignore[index]
    assert not engine.recent.in_flight


def test_an_extraction_that_fails_is_not_left_in_flight(nlp, tmp_path, monkeypatch) -> None:
    engine = Engine(nlp=nlp)
    monkeypatch.setattr(engine_mod, "repair", lambda text: (_ for _ in ()).throw(MemoryError("boom")))
    path = tmp_path / "draft.txt"
    path.write_text(ARTICLES[2], encoding="utf-8")
    with pytest.raises(MemoryError):
        engine.extract_files([(path, "draft.txt")])
    assert not engine.recent.in_flight and not len(engine.recent)
    monkeypatch.undo()
    (facts,) = engine.extract_files([(path, "draft.txt")])
    assert facts.figures


def test_facts_reused_for_the_same_bytes_carry_this_reads_warnings(nlp, tmp_path, monkeypatch) -> None:
    """How reading went (cut at the size cap, changed while read) belongs to each read, not to the bytes."""
    import dataclasses

    import extract.textio as textio

    engine = Engine(nlp=nlp)
    path = tmp_path / "draft.txt"
    path.write_text(ARTICLES[0] + "Quoted: \u201cunpaired.\n", encoding="utf-8")
    real_load = engine_mod.load
    note = "the file kept changing while it was read; these facts may come from a half-written version"

    def shaky(p, display):
        got = real_load(p, display)
        return dataclasses.replace(got, warnings=(*got.warnings, note))

    monkeypatch.setattr(engine_mod, "load", shaky)
    (first,) = engine.extract_files([(path, "draft.txt")])
    assert note in first.warnings
    monkeypatch.setattr(engine_mod, "load", real_load)
    (again,) = engine.extract_files([(path, "draft.txt")])
    assert note not in again.warnings
    assert [w for w in first.warnings if w != note] == list(again.warnings)  # the extractors' own warnings stay
    assert textio.load(path, "draft.txt").warnings == ()


def test_a_failed_extraction_is_tried_again_and_workers_remember_nothing(nlp, tmp_path, monkeypatch) -> None:
    engine = Engine(nlp=nlp)
    path = tmp_path / "draft.txt"
    path.write_text(ARTICLES[2], encoding="utf-8")
    real = engine_mod.extract_figures
    monkeypatch.setattr(engine_mod, "extract_figures", lambda *a: (_ for _ in ()).throw(MemoryError("transient")))
    (failed,) = engine.extract_files([(path, "draft.txt")])
    assert failed.document.error and "transient" in failed.document.error
    monkeypatch.setattr(engine_mod, "extract_figures", real)
    (retried,) = engine.extract_files([(path, "draft.txt")])
    assert retried.document.error is None and retried.figures
    quiet = Engine(nlp=nlp, recent_facts=0)  # as worker processes and one-shot runs make it
    quiet.extract_files([(path, "draft.txt")])
    assert not len(quiet.recent)


def test_a_press_release_wire_glued_between_double_hyphens_is_neither_actor_nor_claim(engine) -> None:
    # review s19 r1 MED-17: the tokenizer kept "Francisco--(BUSINESS" and "WIRE)--Acme" as words, so the actor was
    # 'San Francisco--(BUSINESS WIRE)--Acme Inc.' and the claim started at the dateline.
    text = (
        "SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc. today announced record revenue of $5 million, CEO John Smith said."
    )
    facts = engine.extract_text(text, "a.txt")
    names = {m.name for m in facts.mentions}
    assert {"Acme Inc.", "San Francisco"} <= names
    assert not [n for n in names if "WIRE" in n]
    assert facts.claims and not [c for c in facts.claims if "WIRE" in c.text]
    assert all(text[c.start : c.end] == c.text for c in facts.claims)
    assert [text[f.start : f.end] for f in facts.figures] == ["$5 million"]


def test_a_place_named_subject_before_an_aside_keeps_its_claim(engine) -> None:
    # review s19 r2 HIGH-11: the reader took 'Austin –' for a dateline and the claim lost its subject.
    text = "Austin \u2013 Apple\u2019s new campus city \u2013 will get 5,000 jobs, the mayor said."
    claims = engine.extract_text(text, "a.txt").claims
    assert [c.text for c in claims if c.text.startswith("Austin")], [c.text for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK--(BUSINESS WIRE)--Dec. 5, 2024--Acme Inc. today announced record revenue of $5 million, CEO John "
        "Smith said.",
        "SAN FRANCISCO & NEW YORK--(BUSINESS WIRE)--Acme Inc. today announced record revenue of $5 million, CEO John "
        "Smith said.",
    ],
)
def test_a_press_release_with_a_date_after_its_wire_or_two_towns(engine, text) -> None:
    # review s19 r2 MED-10: the claim took in 'Dec. 5, 2024--' or the towns and the wire.
    facts = engine.extract_text(text, "a.txt")
    assert "Acme Inc." in {m.name for m in facts.mentions}
    assert [c.text for c in facts.claims if c.source == "John Smith"] == [
        "Acme Inc. today announced record revenue of $5 million"
    ]


def test_background_threads_also_cap_a_batchs_tokens(engine, monkeypatch, tmp_path) -> None:
    """What spaCy holds while it parses a batch grows with its tokens: beside the UI a batch of long paragraphs is cut
    at SHARED_BATCH_TOKENS (the app's peak memory); the CLI in the main thread keeps whole batches."""
    import threading

    seen: list[int] = []
    real = engine_mod.parse_many

    def spy(*args, batch_tokens=0, **kwargs):
        seen.append(batch_tokens)
        return real(*args, batch_tokens=batch_tokens, **kwargs)

    monkeypatch.setattr(engine_mod, "parse_many", spy)
    engine.extract_text(ARTICLES[0], "main-tokens.txt")
    worker = threading.Thread(target=engine.extract_text, args=(ARTICLES[1], "bg-tokens.txt"))
    worker.start()
    worker.join()
    path = tmp_path / "draft.txt"
    path.write_text(ARTICLES[2], encoding="utf-8")
    engine.warm(path, "draft.txt")  # the app warms drafts in a worker thread
    assert seen == [0, engine_mod.SHARED_BATCH_TOKENS, engine_mod.SHARED_BATCH_TOKENS]


class _InlinePool:
    """What the engine uses of a ProcessPoolExecutor, running each task in this process: the real initializer
    (``_worker_init``) sets the worker up here, handed the loaded model and with its redirection of the process's
    output made a no-op (``_NoRedirect``), so no process starts and no model loads
    (test_worker_processes_give_the_same_facts_and_fill_the_parent_cache runs the real ones)."""

    made: list[tuple] = []

    def __init__(self, processes, mp_context, initializer, initargs) -> None:
        model, cache_bytes, _ = initargs
        self.made.append(initargs)
        assert initializer is engine_mod._worker_init
        initializer(model, cache_bytes, self.nlp)

    def submit(self, fn, *args):
        from concurrent.futures import Future

        done: Future = Future()
        done.set_result(fn(*args))
        return done

    def shutdown(self, wait=True, cancel_futures=False) -> None:
        pass


@pytest.mark.parametrize("worker_parses", [True, False])
def test_workers_may_keep_their_parses_to_themselves(nlp, tmp_path, monkeypatch, worker_parses) -> None:
    """The app's engine (worker_parses=False): the same facts, and no packed parse of every file read fills the
    parent's cache (after an engine upgrade a 1,000-file story's filled 12 MB for good)."""
    _inline_workers(monkeypatch, nlp)
    files = write_story(tmp_path / "w", 4)
    serial = Engine(nlp=nlp).extract_files(files)
    engine = Engine(nlp=nlp, processes=2, worker_parses=worker_parses)
    assert engine.extract_files(files) == serial
    assert len(_InlinePool.made) == 1  # the workers did the parsing
    assert (len(engine.cache) > 0) == worker_parses
    assert Engine(nlp=nlp).worker_parses  # the engine's default (the CLI keeps no cache either way)


class _NoRedirect:
    """The ``os`` module as the engine sees it, but a worker's set-up cannot point this process's stdout and stderr
    at the null device."""

    def __getattr__(self, name):
        return getattr(os, name)

    @staticmethod
    def open(path, flags, *args):
        assert path == os.devnull
        return -1

    @staticmethod
    def dup2(fd, fd2, *args):
        assert fd == -1 and fd2 in (1, 2)
        return fd2


class _Signals:
    """The ``signal`` module as the engine sees it, recording what a worker's set-up does instead of doing it to this
    process (where it would leave Ctrl-C ignored for the rest of the test run)."""

    def __init__(self) -> None:
        self.handlers: dict[int, object] = {}
        self.wakeup_fd: int | None = None

    def __getattr__(self, name):
        return getattr(signal, name)

    def signal(self, sig, handler):
        self.handlers[sig] = handler

    def set_wakeup_fd(self, fd, **kwargs):
        self.wakeup_fd = fd
        return -1


def _inline_workers(monkeypatch, nlp) -> None:
    monkeypatch.setattr(engine_mod, "os", _NoRedirect())
    monkeypatch.setattr(engine_mod, "signal", _Signals())
    monkeypatch.setattr(engine_mod, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(engine_mod, "TASK_FILES", 2)
    monkeypatch.setattr(engine_mod, "ProcessPoolExecutor", _InlinePool)
    monkeypatch.setattr(_InlinePool, "nlp", nlp, raising=False)
    monkeypatch.setattr(_InlinePool, "made", [])
    monkeypatch.setattr(engine_mod, "_WORKER", None)
    monkeypatch.setattr(engine_mod, "_WORKER_SENDS_DOCS", True)


def test_facts_from_worker_processes_share_their_short_strings(nlp, tmp_path, monkeypatch) -> None:
    """Each file's facts came from a worker's pickle with strings of their own: after an engine upgrade re-read a
    1,000-file story, its facts held 40 MB where the same facts read from the store (which shares them) held 20."""
    _inline_workers(monkeypatch, nlp)
    files = write_story(tmp_path / "s", 6)  # a00 and a03 hold the same article
    serial = Engine(nlp=nlp).extract_files(files)
    facts = Engine(nlp=nlp, processes=2).extract_files(files)
    assert facts == serial
    first, again = facts[0], facts[3]
    assert first.mentions and first.figures
    assert all(a.name is b.name and a.kind is b.kind for a, b in zip(first.mentions, again.mentions, strict=True))
    assert first.figures[0].unit is again.figures[0].unit
    assert serial[0].mentions[0].name is not serial[3].mentions[0].name  # in one process, each its own


def test_sharing_strings_keeps_the_facts_and_leaves_long_strings_alone() -> None:
    from extract.records import DocFacts, DocumentInfo, Quote

    def made(text: str) -> str:
        return "".join(text)  # a string of its own, as a worker's pickle gives

    from extract.store import SHARED_CHARS

    long = "x" * (SHARED_CHARS + 1)
    facts = [
        DocFacts(
            DocumentInfo(made("a.txt"), made("Title"), 3, made("abc"), 0.0),
            quotes=(Quote(made(long), made("Jane Smith"), None, made("said"), made("a.txt"), 0, 5, (made("Jane"),)),),
            warnings=(made("cut short"),),
        )
        for _ in range(2)
    ]
    before = [DocFacts(f.document, f.mentions, f.figures, f.quotes, f.claims, f.warnings) for f in facts]
    shared = [engine_mod.share_strings(f) for f in facts]
    assert shared == before and shared[0] is facts[0]
    a, b = (f.quotes[0] for f in shared)
    assert a.speaker is b.speaker and a.speakers[0] is b.speakers[0] and a.document is b.document
    assert shared[0].warnings[0] is shared[1].warnings[0] and shared[0].document.path is shared[1].document.path
    assert a.text is not b.text  # longer than SHARED_CHARS: left as it is


def test_the_vocabulary_forgets_the_words_each_extraction_read(nlp) -> None:
    """spaCy's vocabulary kept every string and word the app ever read, so a session of hours grew with each save of
    new text (bench/longrun.py). Each extraction now parses and extracts inside a memory zone; the cache keeps plain
    pieces, and an edit joined from pieces parsed in earlier zones gives the facts a fresh engine gives."""
    engine = Engine(nlp=nlp)
    engine.extract_text("Warm up.\n", "warm.txt")
    before = len(nlp.vocab.strings)
    text = "Mayor Qorvex Zandrilo said 4,017 people came to Ulvenburg.\n\nDrelmova agreed on Tuesday.\n"
    for i in range(4):
        facts = engine.extract_text(text.replace("4,017", f"{4017 + i:,}"), "a.txt")
        assert any(m.name == "Qorvex Zandrilo" for m in facts.mentions)
    assert len(nlp.vocab.strings) == before
    assert "Zandrilo" not in nlp.vocab.strings and "Drelmova" not in nlp.vocab.strings
    edited = text.replace("on Tuesday", "on Wednesday")
    assert engine.extract_text(edited, "a.txt") == Engine(nlp=nlp, cache_bytes=0).extract_text(edited, "a.txt")
    kept = Engine(nlp=nlp, memory_zones=False)
    kept.extract_text(text, "a.txt")
    assert "Zandrilo" in nlp.vocab.strings  # without zones the vocabulary keeps what it read


def test_an_engine_without_zones_waits_for_another_engines_zone_on_a_shared_model(nlp) -> None:
    """A parse outside a zone beside one would have its new strings freed under its Doc when the zone ends: an engine
    without zones holds the model's lock as a zone does (review s27 rev4f LOW 8)."""
    import threading

    from extract import pipeline

    plain = Engine(nlp=nlp, memory_zones=False)
    entered: list[bool] = []

    def parse_beside() -> None:
        lock = plain._zone(nlp)
        entered.append(lock.acquire(blocking=False))  # type: ignore[attr-defined]

    with pipeline.memory_zone(nlp):
        probe = threading.Thread(target=parse_beside)
        probe.start()
        probe.join()
    assert entered == [False]


def test_the_dateline_cache_serves_one_document_not_every_draft_saved() -> None:
    """datelines.opening is cached per (text, position): 1,024 entries kept a copy of every draft saved for hours
    (review s27 rev4f MED 6)."""
    from extract import datelines

    datelines.opening.cache_clear()
    for i in range(200):
        datelines.opening(f"KYIV (Reuters) - Draft {i} of a long article.\n" * 50, 0)
    assert datelines.opening.cache_info().currsize <= 64
