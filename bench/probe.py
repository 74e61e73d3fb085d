"""App-level probes, each run in its own process: warm start, save-to-screen latency, indexing inside the app.

Run by bench/run.py; prints one JSON object on its last line.  ``python bench/probe.py MODE STORY STATE [options]``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import sys
import time
from pathlib import Path

T_LAUNCH = float(os.environ.get("BENCH_T0", time.time()))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

EDIT_PARAGRAPH = 5
"""Which paragraph of the long article the edits rewrite."""


def keep_for_good() -> None:
    from extract.bulk import keep_for_good as keep

    keep()


def _hwm_mb(pid: int | str = "self") -> float:
    """Peak resident memory (VmHWM) of a live process; ru_maxrss would carry the launching process's peak over."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def peak_rss_mb() -> float:
    return _hwm_mb()


def rss_mb() -> float:
    """Resident memory now (VmRSS) of this process."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class RssTrace:
    """Resident memory sampled every ``period`` s in a thread of its own (``live --rss-trace``): where in a phase the
    peak comes. The samples are (seconds since start, MB, phase), kept only when the memory moved by 2 MB or more."""

    def __init__(self, period: float = 0.1) -> None:
        import threading

        self.phase = "start"
        self.samples: list[tuple[float, float, str]] = []
        self._t0 = time.perf_counter()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(period,), daemon=True)
        self._thread.start()

    def _run(self, period: float) -> None:
        last = 0.0
        while not self._done.wait(period):
            mb = rss_mb()
            if abs(mb - last) >= 2:
                last = mb
                self.samples.append((round(time.perf_counter() - self._t0, 2), round(mb, 1), self.phase))

    def stop(self) -> list[tuple[float, float, str]]:
        self._done.set()
        self._thread.join()
        return self.samples


def _reference_parser(conn, model: str) -> None:
    """In its own process: parse each text received three times with plain spaCy and send back the median time."""
    from extract.pipeline import load_model

    nlp = load_model(model)
    conn.send("ready")
    while (text := conn.recv()) is not None:
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            list(nlp.pipe([text]))
            runs.append(time.perf_counter() - t)
        conn.send(sorted(runs)[1])


class ReferenceParse:
    """Plain spaCy's parse time of a text, timed in a process of its own just before the app gets the text.

    On a shared box the load drifts over minutes, so a parse timed apart from a save says little about it; timed in
    the app's process, the probe's own parses would count in the app's peak memory. The median of three parses: one
    sample moves by a tenth or more either way (the first also meets the text's new words).
    """

    def __init__(self, model: str) -> None:
        import multiprocessing as mp

        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_reference_parser, args=(child, model), daemon=True)
        self.proc.start()
        self.conn.recv()  # the model is loaded

    def seconds(self, text: str) -> float:
        self.conn.send(text)
        return self.conn.recv()

    def close(self) -> None:
        self.conn.send(None)
        self.proc.join(timeout=10)


def workers_rss_mb(engine) -> float:
    """Largest peak RSS among the engine's live worker processes (0 without workers)."""
    return max(workers_hwm_mb(engine).values(), default=0.0)


def workers_hwm_mb(engine) -> dict[int, float]:
    """Peak RSS so far of each of the engine's live worker processes, by process id."""
    pool = engine._pool
    pids = list(getattr(pool, "_processes", None) or ()) if pool is not None else []
    return {pid: mb for pid in pids if (mb := _hwm_mb(pid)) == mb}


class PoolWatch:
    """Whether the engine's worker processes were alive in each phase of a live probe (sampled every 0.1 s: "yes",
    "no" or "part of it"), and each worker's peak RSS, read while it lives.

    It samples from a thread of its own, not on the app's event loop: a Textual interval timer every 0.1 s made each
    new article cost the app about 100 ms more CPU from save to frame (the app handles each timer message and its
    idle pass), which the live measure then reported as the app's own (lead, twenty-fourth stop: bbecda3's timer,
    A/B against the same code with the earlier probe)."""

    def __init__(self, app, engine, lag: Lag) -> None:
        import threading

        self.engine = engine
        self.lag = lag
        self.seen: dict[str, set[bool]] = {}
        self.hwm: dict[int, float] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.tick()
        self._thread = threading.Thread(target=self._run, name="pool-watch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            self.tick()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=1)

    def tick(self) -> None:
        phase = "new-articles" if self.lag.phase == "timing parses" else self.lag.phase
        with self._lock:
            self.seen.setdefault(phase, set()).add(self.engine.has_pool)
            try:
                workers = workers_hwm_mb(self.engine)
            except RuntimeError:  # the pool's process table changed while it was read: the next sample reads it
                workers = {}
            for pid, mb in workers.items():
                self.hwm[pid] = max(self.hwm.get(pid, 0.0), mb)

    def alive(self) -> dict[str, str]:
        return {p: "part of it" if len(s) > 1 else ("yes" if True in s else "no") for p, s in self.seen.items()}


class Handlers:
    """Time the app spends on its own event loop applying each StoryUpdated (panels filled from the story), and
    when each frame reached the terminal (after the compositor rendered it)."""

    def __init__(self) -> None:
        from tui.app import StoryWatchApp

        self.seconds: list[float] = []
        self.applied_at = 0.0
        self.painted_at = 0.0
        self._frame: asyncio.Event | None = None
        """Set on the event loop by each painted frame: ``shown`` waits on it instead of polling."""
        original = StoryWatchApp.on_story_updated
        display = StoryWatchApp._display

        def timed(app, message):
            t = time.perf_counter()
            try:
                return original(app, message)
            finally:
                self.applied_at = time.perf_counter()
                self.seconds.append(self.applied_at - t)

        def painted(app, screen, renderable):
            display(app, screen, renderable)
            if renderable is not None:
                self.painted_at = time.perf_counter()
                if self._frame is not None:
                    self._frame.set()

        StoryWatchApp.on_story_updated = timed  # type: ignore[method-assign]
        StoryWatchApp._display = painted  # type: ignore[method-assign]

    async def shown(self, app, before, timeout: float) -> float:
        """Wait for a story other than ``before`` and the first frame painted after it; returns that frame's time.

        Woken by each painted frame (the app's ``_display`` runs on the event loop this awaits on), with a check every
        50 ms besides: Pilot.pause visits every widget on each call and slowed the app it measured, and a 2 ms poll
        (used until the fifteenth stop) woke the event loop 500 times a second, taking the interpreter from the app's
        parsing thread."""
        if self._frame is None:
            self._frame = asyncio.Event()
        end = time.perf_counter() + timeout
        while app.story is before or self.painted_at <= self.applied_at:
            left = end - time.perf_counter()
            if left <= 0:
                return float("nan")
            self._frame.clear()  # no frame can come between the check above and the wait: both run on this loop
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._frame.wait(), min(left, 0.05))
        return self.painted_at


class Lag:
    """Largest gap between ticks of a 20 ms interval timer on the app's event loop, per phase."""

    PERIOD = 0.02

    def __init__(self, app) -> None:
        self.last = time.perf_counter()
        self.phase = "start"
        self.worst: dict[str, float] = {}
        app.set_interval(self.PERIOD, self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        stall = now - self.last - self.PERIOD
        self.last = now
        self.worst[self.phase] = max(self.worst.get(self.phase, 0.0), stall)

    def enter(self, phase: str) -> None:
        self.last = time.perf_counter()
        self.phase = phase


async def wait_until(pilot, cond, timeout: float, step: float = 0.005) -> bool:
    end = time.perf_counter() + timeout
    while not cond():
        if time.perf_counter() > end:
            return False
        await pilot.pause(step)
    return True


def idle(app) -> bool:
    return (
        app.story is not None
        and app.tracker is not None
        and not app._busy
        and not app._dirty
        and not getattr(app, "warming", False)  # the start-up parse of the latest draft, before edits are timed
    )


def edited(text: str, i: int) -> str:
    paras = text.split("\n\n")
    k = min(EDIT_PARAGRAPH, len(paras) - 1)
    paras[k] = paras[k].rstrip("\n") + f" Officials said {1000 + 37 * i:,} people attended on day {i + 2}."
    return "\n\n".join(paras)


async def warm(args) -> dict:
    from tui.cli import import_app

    make_app = import_app()  # as tui/cli.py imports it

    t_import = time.time() - T_LAUNCH
    handlers = Handlers()
    app = make_app(args.story, state_dir=args.state, config=Path(args.state) / "config")
    keep_for_good()  # as tui/cli.py does before running the app
    async with app.run_test(size=(160, 50)):
        # The first frame painted after a story was applied (polled with plain sleeps: Pilot.pause visits every
        # widget on each call, which slowed the start-up it measured).
        ok = not math.isnan(await handlers.shown(app, None, args.timeout))
        first_paint = time.time() - T_LAUNCH
        # CPU of the whole process to that frame, interpreter start-up included: what a busy machine inflates least.
        first_paint_cpu = time.process_time()
        # The first paint may be the head of a large story (tui/widgets/head.py): when the whole one shows, too.
        while app.story is not None and "totals" in app.story.extra:
            await handlers.shown(app, app.story, args.timeout)
        whole_paint = time.time() - T_LAUNCH
        out = {
            "ok": ok,
            "import_s": t_import,
            "first_paint_s": first_paint,
            "first_paint_cpu_s": first_paint_cpu,
            "whole_story_paint_s": whole_paint,
            "documents": len(app.story.documents) if app.story else 0,
            "apply_story_s": handlers.seconds[:1],
            "peak_rss_mb": peak_rss_mb(),
        }
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()
        os._exit(0)  # the worker thread would go on loading the model and indexing
    return out


class AppParses:
    """Each parse the app's engine runs (``extract.engine.parse_many``): its wall and thread CPU seconds and its texts.

    The reference parse (ReferenceParse) is plain spaCy in another process a moment before the save; on a loaded box
    the app's own parse of the same text moved by a fifth or more from it (thread CPU 552-761 ms for eight
    2,000-word articles in one run), and "beyond its parse" carried that. Against the app's own parse, the rest
    (extraction, story, panels, paint) is read apart from how the parse fared."""

    def __init__(self) -> None:
        import extract.engine as engine_mod

        self.done: list[tuple[float, float, int]] = []
        self._mod = engine_mod
        self._real = real = engine_mod.parse_many

        def timed(nlp, texts, *args, **kwargs):
            t, c = time.perf_counter(), time.thread_time()
            try:
                return real(nlp, texts, *args, **kwargs)
            finally:
                self.done.append((time.perf_counter() - t, time.thread_time() - c, len(texts)))

        engine_mod.parse_many = timed

    def since(self, mark: int) -> tuple[float, float]:
        """Wall and CPU seconds of the parses run since ``len(self.done)`` was ``mark``."""
        runs = self.done[mark:]
        return sum(w for w, _, _ in runs), sum(c for _, c, _ in runs)

    def close(self) -> None:
        self._mod.parse_many = self._real


async def live(args) -> dict:
    from extract.engine import Engine
    from tui.app import DEBOUNCE_S, make_app

    # As the app makes its engine (tui/app.py start_story); ``--processes 0``: one worker process per core, as the
    # app's own default, for a store whose every file is stale (an engine upgrade, run.py's ``upgrade`` measure).
    engine = Engine(processes=args.processes or None, worker_parses=False)
    handlers = Handlers()
    app = make_app(args.story, state_dir=args.state, config=Path(args.state) / "config", engine=engine)
    keep_for_good()  # as tui/cli.py does before running the app
    trace = RssTrace() if args.rss_trace else None
    story = Path(args.story)
    long_path = story / "long.txt"
    base = long_path.read_text(encoding="utf-8")
    news = sorted(Path(args.new_dir).glob("*.txt")) if args.new_dir else []
    # Started before the app, which takes over the standard streams a new process inherits.
    reference = ReferenceParse(engine.model) if news else None
    out: dict = {"debounce_s": DEBOUNCE_S}
    async with app.run_test(size=(160, 50)) as pilot:
        lag = Lag(app)
        pools = PoolWatch(app, engine, lag)
        t0 = time.perf_counter()
        ok = await wait_until(pilot, lambda: app.story is not None, args.timeout)
        out["first_paint_s"] = time.perf_counter() - t0
        lag.enter("startup-index")
        if trace:
            trace.phase = "startup-index"
        ok = ok and await wait_until(pilot, lambda: idle(app), args.timeout, 0.05)
        out["ready_s"] = time.perf_counter() - t0
        out["peak_rss_mb_ready"] = peak_rss_mb()
        out["documents"] = len(app.story.documents) if app.story else 0
        out["rss_mb_ready"] = rss_mb()
        out["workers_peak_rss_mb"] = workers_rss_mb(engine)
        pools.tick()
        if not ok:
            out["error"] = f"timed out before the story was ready (status: {app.status!r})"
            return out
        handlers.seconds.clear()

        cpu: dict[str, list[float]] = {"edit": [], "new": []}
        own: dict[str, list[tuple[float, float]]] = {"edit": [], "new": []}
        parses = AppParses()

        async def save(path: Path, text: str, kind: str) -> float:
            before = app.story
            mark = len(parses.done)
            t, c = time.perf_counter(), time.process_time()
            path.write_text(text, encoding="utf-8")
            shown = await handlers.shown(app, before, args.timeout)  # the frame showing the new story
            # CPU seconds of the whole process (event loop, worker, watcher) from the save to that frame: what a
            # busy shared machine inflates least.
            cpu[kind].append(time.process_time() - c)
            own[kind].append(parses.since(mark))  # the app's own parse on the way (wall, its thread's CPU)
            return shown - t

        lag.enter("edits")
        if trace:
            trace.phase = "edits"
        edits = []
        for i in range(args.edits + 1):
            edits.append(await save(long_path, edited(base, i), "edit"))
            await pilot.pause(0.3)
        out["first_edit_s"] = edits[0]  # the article's paragraphs were not in the cache yet (warm start)
        out["peak_rss_mb_edits"] = peak_rss_mb()
        out["edit_s"] = edits[1:]
        added, parse = [], []
        for i, src in enumerate(news):
            text = src.read_text(encoding="utf-8")
            # The article's own parse, timed just before it is saved (see ReferenceParse). The probe waits for it,
            # so it is a phase of its own.
            lag.enter("timing parses")
            parse.append(await asyncio.to_thread(reference.seconds, text))
            lag.enter("new-articles")
            if trace:
                trace.phase = "new-articles"
            await pilot.pause(0.3)
            added.append(await save(story / f"new-{i:02d}.txt", text, "new"))
            await pilot.pause(0.3)
        if reference is not None:
            reference.close()
        parses.close()
        out["new_s"] = added
        out["new_parse_s"] = parse
        out["new_app_parse_s"] = [w for w, _ in own["new"]]
        out["new_app_parse_cpu_s"] = [c for _, c in own["new"]]
        out["peak_rss_mb_new_articles"] = peak_rss_mb()
        out["edit_cpu_s"] = cpu["edit"][1:]
        out["new_cpu_s"] = cpu["new"]
        # The probe's wait for its reference parse is no update of the app's: left out of the stall figures.
        out["worst_stall_s"] = {phase: s for phase, s in lag.worst.items() if phase != "timing parses"}
        out["apply_story_s"] = handlers.seconds
        out["new_words"] = [len(s.read_text(encoding="utf-8").split()) for s in news]
        out["peak_rss_mb"] = peak_rss_mb()
        out["rss_mb_end"] = rss_mb()
        pools.tick()
        pools.stop()
        out["workers_peak_rss_mb"] = max(out["workers_peak_rss_mb"], workers_rss_mb(engine), *pools.hwm.values())
        # Each worker's peak, and whether the pool was alive in each phase (start-up index, edits, new articles): the
        # app's own peak RSS is its process alone, the workers' memory comes on top while they live.
        out["workers_peak_rss_mb_each"] = sorted(pools.hwm.values())
        out["pool_alive"] = pools.alive()
        out["cache_mb"] = engine.cache.nbytes / 2**20
        if trace:
            out["rss_trace"] = trace.stop()
        engine.close()
    return out


async def index(args) -> dict:
    """Cold indexing inside the app (empty store): time, worst event-loop stall, peak memory."""
    from extract.engine import Engine
    from tui.app import make_app

    engine = Engine(processes=args.processes, worker_parses=False)  # as the app makes its engine
    handlers = Handlers()
    app = make_app(args.story, state_dir=args.state, config=Path(args.state) / "config", engine=engine)
    keep_for_good()  # as tui/cli.py does before running the app
    out: dict = {"processes": args.processes}
    async with app.run_test(size=(160, 50)) as pilot:
        lag = Lag(app)
        t0 = time.perf_counter()
        ok = await wait_until(pilot, lambda: idle(app), args.timeout, 0.05)
        out["ok"] = ok
        out["status"] = app.status
        out["index_s"] = time.perf_counter() - t0
        out["apply_story_s"] = handlers.seconds
        out["documents"] = len(app.story.documents) if app.story else 0
        out["worst_stall_s"] = lag.worst.get("start", 0.0)
        out["peak_rss_mb"] = peak_rss_mb()
        out["workers_peak_rss_mb"] = workers_rss_mb(engine)
        out["cache_mb"] = engine.cache.nbytes / 2**20
        engine.close()
    return out


def engine_rss(args) -> dict:
    """Peak memory of the engine alone extracting a folder (plus build_story), in-process or with workers."""
    import resource

    from extract.engine import Engine
    from extract.story import build_story

    files = sorted(Path(args.story).glob("*.txt"))
    engine = Engine(processes=args.processes)
    t = time.perf_counter()
    cpu = time.process_time()
    facts = engine.extract_files([(p, p.name) for p in files])
    t_extract = time.perf_counter() - t
    cpu_self = time.process_time() - cpu
    workers = workers_rss_mb(engine)
    if engine._pool is not None:
        engine._pool.shutdown(wait=True)  # so the workers' CPU time is counted
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    engine.close()
    out = {
        "processes": args.processes,
        "files": len(files),
        "extract_s": t_extract,
        "cpu_s": cpu_self,
        "workers_cpu_s": kids.ru_utime + kids.ru_stime,
        "peak_rss_mb_before_story": peak_rss_mb(),
        "cache_mb": engine.cache.nbytes / 2**20,
        "cache_items": len(engine.cache),
    }
    if not args.skip_story:
        t = time.perf_counter()
        build_story(facts)
        out["story_s"] = time.perf_counter() - t
    out["peak_rss_mb"] = peak_rss_mb()
    out["workers_peak_rss_mb"] = workers
    if args.plain:
        texts = [p.read_text(encoding="utf-8") for p in files]
        nlp = engine.nlp
        t = time.perf_counter()
        sum(len(d) for d in nlp.pipe(texts, batch_size=64))
        out["plain_s"] = time.perf_counter() - t
        out["words"] = sum(len(x.split()) for x in texts)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["warm", "live", "index", "engine-rss"])
    ap.add_argument("story")
    ap.add_argument("state")
    ap.add_argument("--processes", type=int, default=1, help="worker processes of the engine (0: one per core)")
    ap.add_argument("--rss-trace", action="store_true", help="live: sample the resident memory every 0.1 s")
    ap.add_argument("--edits", type=int, default=10)
    ap.add_argument("--new-dir", default="")
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--skip-story", action="store_true")
    ap.add_argument("--plain", action="store_true", help="engine-rss: then time plain nlp.pipe on the same texts")
    args = ap.parse_args()
    if args.mode == "engine-rss":
        result = engine_rss(args)
    else:
        result = asyncio.run({"warm": warm, "live": live, "index": index}[args.mode](args))
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
