"""Memory over many live actions: does the app's process level off, or grow with every save?

    python bench/longrun.py [--actions 1200] [--every 100] [--cache-mib 64] [--corpus ../shared/data/articles]

Runs the tracker as the app does (no screen: Textual's own memory is not the question here) on a small story
folder and saves, one action at a time, a one-paragraph edit of a 2,000-word article (each edit new text, so each
is a paragraph the engine has not parsed), with every tenth action a new article instead; after each action the
paragraph cache is compacted, the young generation collected and the C heaps' free pages given back, as the app does
after a paint. Every ``--every`` actions it prints the process's resident memory, the paragraph cache's bytes and
entries, and the tracker's facts. A process whose growth is the paragraph cache filling levels off once the cache
reaches its byte budget (``--cache-mib``, of which ``--doc-mib`` stay Docs; by default the app's, extract/pipeline.py
DEFAULT_CACHE_BYTES and DEFAULT_DOC_BYTES).
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.stress import rss_mb  # noqa: E402  (after the path is set)
from extract.pipeline import DEFAULT_CACHE_BYTES, DEFAULT_DOC_BYTES  # noqa: E402  (imports no spaCy)


def python_bytes() -> int | None:
    """Bytes in Python's small-object allocator's blocks (objects of up to 512 bytes: most of what Python code keeps),
    read from ``sys._debugmallocstats`` (it writes to the C stderr); None where it says nothing (not CPython)."""
    stats = getattr(sys, "_debugmallocstats", None)
    if stats is None:
        return None
    sys.stderr.flush()
    with tempfile.TemporaryFile() as out:
        saved = os.dup(2)
        os.dup2(out.fileno(), 2)
        try:
            stats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    found = re.search(r"# bytes in allocated blocks\s*=\s*([\d,]+)", text)
    return int(found.group(1).replace(",", "")) if found else None


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks")
    ] + [("keepcost", ctypes.c_size_t)]


def c_heap_bytes() -> int | None:
    """Bytes the C heaps hand out now (glibc ``mallinfo2``: in-use blocks plus mmapped ones): Python's larger objects
    and spaCy's arrays; None off glibc 2.33+."""
    try:
        info = ctypes.CDLL(None).mallinfo2
    except (OSError, AttributeError):
        return None
    info.restype = _MallInfo2
    got = info()
    return got.uordblks + got.hblkhd


def slope(rows: list[dict], key: str) -> float | None:
    """Least-squares growth of ``key`` per action over ``rows`` (None when a row lacks it or there are too few)."""
    pts = [(r["actions"], r[key]) for r in rows if r.get(key) is not None]
    if len(pts) < 2 or len(pts) != len(rows):
        return None
    n = len(pts)
    mx = sum(x for x, _ in pts) / n
    my = sum(y for _, y in pts) / n
    den = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / den if den else None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--actions", type=int, default=1200)
    p.add_argument("--every", type=int, default=100)
    p.add_argument("--cache-mib", type=float, default=DEFAULT_CACHE_BYTES / 2**20)
    p.add_argument("--doc-mib", type=float, default=DEFAULT_DOC_BYTES / 2**20, help="of the cache, kept as Docs")
    p.add_argument("--files", type=int, default=20, help="other articles in the story folder")
    p.add_argument("--no-zones", action="store_true", help="parse outside spaCy memory zones (as before session 27)")
    p.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" / "articles"))
    args = p.parse_args(argv)

    from bench.corpus import long_article, read_corpus
    from extract.bulk import LONG_RUN_THRESHOLDS, collect_young, keep_for_good, set_thresholds
    from extract.engine import Engine
    from extract.store import Store
    from tui.memory import limit_malloc_arenas, release_free_memory
    from tui.tracker import StoryTracker

    articles = read_corpus(args.corpus)
    work = Path(tempfile.mkdtemp(prefix="sw-longrun-"))
    story = work / "story"
    story.mkdir()
    for name, text in articles[: args.files]:
        (story / Path(name).name).write_text(text, encoding="utf-8")
    base = long_article(articles, 2000, start=7)
    (story / "long.txt").write_text(base, encoding="utf-8")

    set_thresholds(*LONG_RUN_THRESHOLDS)  # as the app runs
    limit_malloc_arenas()
    engine = Engine(cache_bytes=int(args.cache_mib * 2**20), memory_zones=not args.no_zones)
    engine.cache.doc_bytes = int(args.doc_mib * 2**20)
    tracker = StoryTracker(story, engine, Store.open(story, work / "state"))
    tracker.defer_seen = True
    tracker.prepare()
    tracker.update(tracker.stale_files())
    tracker.flush_seen()
    keep_for_good()
    paras = base.split("\n\n")
    rows = []
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    for i in range(1, args.actions + 1):
        if i % 10 == 0:  # a new article (others' paragraphs, tagged so the text is new), the oldest such one removed
            name = f"new-{i:05d}.txt"
            (story / name).write_text(long_article(articles, 2000, start=(i * 7) % len(articles), tag=f"[{i}]"))
            gone = [f"new-{i - 50:05d}.txt"] if i > 50 else []  # the story keeps 5 of them
            for g in gone:
                (story / g).unlink()
            tracker.update([name, *gone])
        else:
            k = 1 + i % (len(paras) - 1)
            edited = list(paras)
            edited[k] = paras[k].rstrip("\n") + f" Officials said {1000 + 37 * i:,} people attended on day {i}."
            (story / "long.txt").write_text("\n\n".join(edited), encoding="utf-8")
            tracker.update(["long.txt"])
        tracker.flush_seen()
        # As the app does once an update is painted (StoryWatchApp._tidy): without giving the C heaps' free pages
        # back, the samples swung by 10-15 MB with the allocator, more than a cache budget's difference.
        engine.cache.compact()
        collect_young()
        release_free_memory()
        if i % args.every == 0:
            gc.collect()  # what a full collection would find: the level, not the garbage of the moment
            release_free_memory()
            row = {
                "actions": i,
                "rss_mb": round(rss_mb(), 1),
                "py_mb": None if (py := python_bytes()) is None else round(py / 2**20, 2),
                "gc_objects": len(gc.get_objects()),  # those made since keep_for_good froze the rest
                "c_heap_mb": None if (ch := c_heap_bytes()) is None else round(ch / 2**20, 1),
                "cache_mb": round(engine.cache.nbytes / 2**20, 1),
                "cache_items": len(engine.cache),
                "cache_docs_mb": round(engine.cache.doc_nbytes / 2**20, 1),
                "evictions": engine.cache.evictions,
                "files": len(tracker.facts),
                "strings": len(engine.nlp.vocab.strings),
                "first_seen": len(tracker.first_seen),
                "s": round(time.perf_counter() - t0, 1),
                "cpu_s": round(time.process_time() - cpu0, 1),
            }
            rows.append(row)
            print(json.dumps(row), flush=True)
    first, last = rows[0], rows[-1]
    span = last["actions"] - first["actions"]
    if span:
        per = (last["rss_mb"] - first["rss_mb"]) / span
        cpu = (last["cpu_s"] - first["cpu_s"]) / span
        print(
            f"RSS {first['rss_mb']} -> {last['rss_mb']} MB over actions {first['actions']}-{last['actions']}: "
            f"{per:+.4f} MB/action; cache {first['cache_mb']} -> {last['cache_mb']} MB; "
            f"strings {first['strings']} -> {last['strings']}; CPU {1000 * cpu:.0f} ms/action"
        )
        # The slope once the paragraph cache is full (its first eviction): growth there is not the cache filling.
        full = [r for r in rows if r["evictions"]] or rows
        fits = {key: slope(full, key) for key in ("rss_mb", "py_mb", "c_heap_mb", "gc_objects")}
        shown = ", ".join(
            f"{key} {value:+.4f}" if key != "gc_objects" else f"{key} {value:+.1f}"
            for key, value in fits.items()
            if value is not None
        )
        where = f"actions {full[0]['actions']}-{last['actions']}"
        print(f"least-squares slope per action over {where} (cache full): {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
