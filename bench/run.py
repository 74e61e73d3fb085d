"""storywatch benchmarks, one command: ``python bench/run.py [--corpus DIR] [--scale 1000]``.

Measures (medians of --runs, ratios against plain spaCy ``nlp.pipe`` with the same model and texts in the same run):
  throughput   cold extraction words/s, engine vs nlp.pipe, and the time per stage
  parallel     cold extraction with N worker processes vs 1
  aggregation  story aggregation time as the story grows: from scratch, and rebuilt after one file changed
  warm         launch to first paint of a story from the store (separate process per run)
  live         save-to-screen latency in the app (Pilot): one-paragraph edit of a 2,000-word article, new article
  upgrade      the same after an engine upgrade: every stored file stale, re-read by one worker process per core
               while the stored story is on screen; then the same edits and new articles (peak RSS, stalls)
  index        cold indexing inside the app: time, worst event-loop stall, peak RSS
  rss          peak RSS of the engine extracting the scaled corpus
Writes bench/results/<time>.json and bench/results/latest.md (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import long_article, read_corpus, replicate, word_count  # noqa: E402
from bench.measures import (  # noqa: E402
    CPU,
    STAGES,
    aggregation_curve,
    engine_cold,
    interleaved,
    median,
    plain_pipe,
    stage_breakdown,
)
from bench.report import pct  # noqa: E402

ALL = ("throughput", "parallel", "aggregation", "warm", "live", "upgrade", "index", "rss")


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def probe(mode: str, story: Path, state: Path, *extra: str, timeout: float = 3600, pycache: Path | None = None) -> dict:
    """Run bench/probe.py in a fresh process and return its JSON.

    ``pycache``: where the process keeps compiled bytecode (as an installed storywatch has it, written at install or
    at first import). Without it the environment decides: with PYTHONDONTWRITEBYTECODE set, as in some shells, every
    launch compiles storywatch's own sources again (0.1-0.15 s of CPU of a warm start)."""
    env = dict(os.environ, BENCH_T0=repr(time.time()))
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    cmd = [sys.executable, str(ROOT / "bench" / "probe.py"), mode, str(story), str(state), *extra]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        return {"error": f"exit {done.returncode}: {done.stderr.strip()[-600:]}"}
    return json.loads(lines[-1])


OLDER_ENGINE = "000000000000"
"""The engine fingerprint the ``upgrade`` measure's store was made by (any other than the running code's)."""


def prefill_store(
    story: Path,
    state: Path,
    facts_by_text: dict[str, object],
    engine,
    save_snapshot: bool = True,
    older_engine: bool = False,
) -> None:
    """Store facts for every file of ``story`` as the tracker would, without parsing copies of the same text.

    ``older_engine``: as an older storywatch left it (facts, snapshot and all): the app then shows the stored story
    and re-reads every file, as after an upgrade."""
    import dataclasses

    from extract.records import DocFacts
    from extract.store import Store
    from extract.textio import load
    from tui.tracker import StoryTracker

    store = Store.open(story, state)
    tracker = StoryTracker(story, engine, store)
    tag = tracker.model_tag()
    if older_engine:
        from extract.version import engine_fingerprint

        tag = tag.replace(engine_fingerprint(), OLDER_ENGINE)
        assert tag != tracker.model_tag()
    for path in sorted(story.glob("*.txt")):
        loaded = load(path, path.name)
        src: DocFacts = facts_by_text[loaded.text]  # type: ignore[assignment]

        def moved(r, name=path.name):
            return dataclasses.replace(r, document=name)

        facts = DocFacts(
            loaded.info,
            tuple(map(moved, src.mentions)),
            tuple(map(moved, src.figures)),
            tuple(map(moved, src.quotes)),
            tuple(map(moved, src.claims)),
            src.warnings,
        )
        store.save_facts(facts, size=path.stat().st_size, model=tag)
    # As the app leaves it after its first update (a previous session): the story snapshot the next launch paints.
    # Without it the warm start builds the story from the facts first (reported as warm_from_facts).
    if save_snapshot:
        tracker.warm_start()
        tracker.update([])
        tracker.save_snapshot()
    store.close()


def live_summary(live: dict) -> dict:
    """The live probe's result with its percentiles (after the debounce, and each new article beyond its parse)."""
    if "edit_s" in live:
        deb = live["debounce_s"]
        live["edit_p50_after_debounce"] = pct(live["edit_s"], 0.5) - deb
        live["edit_p95_after_debounce"] = pct(live["edit_s"], 0.95) - deb
        live["new_p50_after_debounce"] = pct(live["new_s"], 0.5) - deb
        live["new_p95_after_debounce"] = pct(live["new_s"], 0.95) - deb
        live["new_parse_p50"] = pct(live["new_parse_s"], 0.5)
        # Each article against its own parse: the articles differ in length, and the slowest one's time against the
        # median parse would charge its length to storywatch.
        beyond = [t - deb - p for t, p in zip(live["new_s"], live["new_parse_s"], strict=True)]
        live["new_beyond_parse_s"] = beyond
        live["new_beyond_parse_p50"] = pct(beyond, 0.5)
        live["new_beyond_parse_p95"] = pct(beyond, 0.95)
        if live.get("new_app_parse_s"):
            # Against the app's own parse of each article (bench/probe.py AppParses): what the rest costs, whatever
            # the load did to the parse; in CPU, everything the process did from save to frame but that parse.
            own = [t - deb - p for t, p in zip(live["new_s"], live["new_app_parse_s"], strict=True)]
            live["new_beyond_app_parse_s"] = own
            live["new_beyond_app_parse_p50"] = pct(own, 0.5)
            live["new_beyond_app_parse_p95"] = pct(own, 0.95)
            rest = [c - p for c, p in zip(live["new_cpu_s"], live["new_app_parse_cpu_s"], strict=True)]
            live["new_cpu_beyond_app_parse_p50"] = pct(rest, 0.5)
            live["new_cpu_beyond_app_parse_p95"] = pct(rest, 0.95)
            live["new_app_parse_p50"] = pct(live["new_app_parse_s"], 0.5)
        live["edit_cpu_p50"] = pct(live.get("edit_cpu_s", []), 0.5)
        live["edit_cpu_p95"] = pct(live.get("edit_cpu_s", []), 0.95)
        live["new_cpu_p50"] = pct(live.get("new_cpu_s", []), 0.5)
    return live


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" / "articles"))
    ap.add_argument("--scale", type=int, default=1000, help="files in the replicated corpus")
    ap.add_argument("--runs", type=int, default=3, help="runs per measure on the corpus (median)")
    ap.add_argument("--scale-runs", type=int, default=1, help="runs per measure on the replicated corpus")
    ap.add_argument("--only", default=",".join(ALL), help=f"comma-separated subset of {','.join(ALL)}")
    ap.add_argument("--processes", default="1,2,3", help="worker counts for the parallel measure")
    ap.add_argument("--story-files", type=int, default=0, help="story size for warm/live (default --scale)")
    ap.add_argument("--edits", type=int, default=10)
    ap.add_argument("--new", type=int, default=5, help="new 2,000-word articles dropped in")
    ap.add_argument("--agg-budget", type=float, default=100, help="stop the aggregation curve past this many s")
    ap.add_argument("--work", default="/tmp/storywatch-bench")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results"))
    args = ap.parse_args()
    only = set(args.only.split(","))

    from extract.engine import Engine
    from extract.pipeline import load_model

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    articles = read_corpus(args.corpus)
    base = replicate(articles, len(articles), work / "corpus", distinct=False)
    texts = [p.read_text(encoding="utf-8") for p in base]
    nlp = load_model()
    res: dict = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": {
            "cpus": len(os.sched_getaffinity(0)),
            "python": platform.python_version(),
            "load_avg_start": os.getloadavg(),
        },
        "model": f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}",
        "pipe_names": nlp.pipe_names,
        "corpus": {"files": len(base), "words": word_count(texts)},
    }
    scaled: list[Path] = []
    if only & {"throughput", "parallel", "rss", "index"} and args.scale:
        scaled = replicate(articles, args.scale, work / "scaled", distinct=True)
        res["scaled"] = {"files": len(scaled), "words": word_count([p.read_text() for p in scaled])}

    facts160 = None
    log("first call: extractors' lazy set-up (gazetteers, word lists), timed once")
    from bench.measures import clock

    res["first_call_s"] = clock(lambda: Engine(nlp=nlp).extract_text(texts[0], "warmup.txt"))[0]
    if "throughput" in only:
        for label, files, runs in (("corpus", base, args.runs), ("scaled", scaled, args.scale_runs)):
            if not files or runs < 1 or (label == "scaled" and "rss" in only):
                continue  # at scale the rss probe times the engine and spaCy in a fresh process
            words = word_count([p.read_text(encoding="utf-8") for p in files])
            # At scale the aggregation is timed by its own curve (it may be quadratic).
            got = interleaved(nlp, files, runs, story=label == "corpus", log=log)
            if label == "corpus":
                facts160 = got.pop("facts")
            else:
                got.pop("facts")
            plain, ext, story = got["plain_s"], got["engine_s"], got["story_s"]
            p, e, s = median(plain), median(ext), median(story)
            pc, ec, sc = median(got["plain_cpu_s"]), median(got["engine_cpu_s"]), median(got["story_cpu_s"])
            res[f"throughput_{label}"] = {
                **got,
                "words": words,
                "plain_wps": words / p,
                "engine_wps": words / e,
                "overhead_extract": e / p - 1,
                "overhead_with_story": (e + s) / p - 1,
                # The median of the runs' own ratios (a run's two sides saw the same minutes), not a ratio of medians.
                "overhead_cpu": median(got["overhead_cpu_runs"]),
                "overhead_cpu_with_story": median(
                    [
                        (e + s) / p - 1
                        for e, s, p in zip(got["engine_cpu_s"], got["story_cpu_s"], got["plain_cpu_s"], strict=True)
                    ]
                ),
            }
            runs_txt = ", ".join(f"{x:+.1%}" for x in got["overhead_cpu_runs"])
            log(
                f"  CPU: plain {pc:.1f}s engine {ec:.1f}s story {sc:.1f}s overhead"
                f" {res[f'throughput_{label}']['overhead_cpu']:+.1%} (runs {runs_txt};"
                f" spread {got['overhead_cpu_spread'] * 100:.1f} points; chunk by chunk"
                f" {got.get('overhead_cpu_chunks', float('nan')):+.1%}); wall overhead {e / p - 1:+.1%}"
            )
        log("stage breakdown")
        stage_cpu: dict[str, float] = {}
        stages = stage_breakdown(nlp, base, cpu=stage_cpu)
        # The stages' shares are of plain nlp.pipe timed here, in the same process right after them: the throughput
        # runs' plain side ran cold in processes of their own (review s25 rev3f MED 5).
        log("plain nlp.pipe in this process, for the stages' shares and the reference")
        p = res["reference_plain_s"] = plain_pipe(nlp, texts)
        pc = res["reference_plain_cpu_s"] = CPU["plain-p1"][-1]
        # Wall shares move with the load; the CPU shares of the stages other than the parse approximate the CPU
        # overhead.
        res["stages"] = {
            k: {"s": stages[k], "of_plain": stages[k] / p, "cpu_s": stage_cpu[k], "cpu_of_plain": stage_cpu[k] / pc}
            for k in STAGES
        }
        import spacy

        from extract.bulk import no_cycle_collection

        log("reference: the model with every component (lemmatizer too)")
        # Loaded as load_model loads the storywatch pipeline (kept out of the collector's reach), and run over the
        # texts once before it is timed, as the storywatch pipeline was (review s25 rev3f LOW 7).
        with no_cycle_collection(keep=True):
            full = spacy.load(f"{nlp.meta['lang']}_{nlp.meta['name']}")
        plain_pipe(full, texts)
        res["reference_full_pipeline_s"] = plain_pipe(full, texts)
        del full

    if "parallel" in only:
        counts = [int(x) for x in args.processes.split(",")]
        for label, files, runs in (("corpus", base, args.runs), ("scaled", scaled, args.scale_runs)):
            if not files or runs < 1 or (label == "scaled" and "rss" in only):
                continue  # at scale the rss probes time 1 vs 2 processes
            out = {}
            for n in counts:
                times = []
                for r in range(runs):
                    log(f"parallel {label} processes={n} run {r + 1}/{runs}")
                    times.append(engine_cold(nlp, files, processes=n, story=False)[0])
                out[str(n)] = times
            one = median(out[str(counts[0])])
            res[f"parallel_{label}"] = {
                "seconds": out,
                "speedup": {k: one / median(v) for k, v in out.items()},
            }
            log(f"  speedups {res[f'parallel_{label}']['speedup']}")
        log("reference: plain nlp.pipe n_process=2")
        ftexts = [p.read_text(encoding="utf-8") for p in base]
        res["parallel_plain_pipe"] = {"1": plain_pipe(nlp, ftexts), "2": plain_pipe(nlp, ftexts, n_process=2)}

    if "aggregation" in only:
        if facts160 is None:
            log("aggregation: extracting the corpus once")
            facts160 = engine_cold(nlp, base, processes=2, story=False)[2]
        log("aggregation curve")
        sizes = [40, 80, 160, 320, 640, 1000]
        res["aggregation"] = aggregation_curve(facts160, sizes, args.agg_budget)
        log(f"  {res['aggregation']}")

    story_n = args.story_files or args.scale
    if only & {"warm", "live", "upgrade"}:
        log(f"building a {story_n}-file story with a 2,000-word article and its store")
        story_dir = work / "story"
        state = work / "state"
        import shutil

        shutil.rmtree(state, ignore_errors=True)
        replicate(articles, story_n - 1, story_dir, distinct=False)
        long_text = long_article(articles, 2000, start=7)
        (story_dir / "long.txt").write_text(long_text, encoding="utf-8")
        long_stat = (story_dir / "long.txt").stat()
        news = work / "new"
        shutil.rmtree(news, ignore_errors=True)
        news.mkdir()
        for i in range(args.new):
            (news / f"n{i}.txt").write_text(long_article(articles, 2000, start=40 + 9 * i, tag=f"[n{i}]"))
        engine = Engine(nlp=nlp, processes=2)
        need = [(p, p.name) for p in base] + [(story_dir / "long.txt", "long.txt")]
        facts = engine.extract_files(need)
        engine.close()
        by_text = {}
        for (path, _), f in zip(need, facts, strict=True):
            by_text[Path(path).read_text(encoding="utf-8")] = f
        prefill_store(story_dir, state, by_text, Engine(nlp=nlp))
        if "upgrade" in only:
            # Before the live run, which edits long.txt and adds new articles to the folder.
            prefill_store(story_dir, work / "state-upgrade", by_text, Engine(nlp=nlp), older_engine=True)
        if "warm" in only:
            # A relaunch of an installed app: its bytecode is compiled already (one launch, not timed, compiles it).
            pycache = work / "pycache"
            log("warm start, compiling the bytecode (not timed)")
            probe("warm", story_dir, state, pycache=pycache)
            runs, compiling = [], []
            for r in range(max(1, args.runs)):
                log(f"warm start run {r + 1}")
                runs.append(probe("warm", story_dir, state, pycache=pycache))
                # As this bench measured until the seventeenth stop: in this environment (PYTHONDONTWRITEBYTECODE
                # may be set) every launch may compile storywatch's sources again.
                compiling.append(probe("warm", story_dir, state))
            res["warm"] = {
                "runs": runs,
                "first_paint_s": median([x.get("first_paint_s", float("nan")) for x in runs]),
                "first_paint_cpu_s": median([x.get("first_paint_cpu_s", float("nan")) for x in runs]),
                "whole_story_paint_s": median([x.get("whole_story_paint_s", float("nan")) for x in runs]),
                "environment_bytecode": {
                    "runs": compiling,
                    "first_paint_s": median([x.get("first_paint_s", float("nan")) for x in compiling]),
                    "first_paint_cpu_s": median([x.get("first_paint_cpu_s", float("nan")) for x in compiling]),
                    "dont_write_bytecode": bool(os.environ.get("PYTHONDONTWRITEBYTECODE")),
                },
            }
            log(
                f"  first paint {res['warm']['first_paint_s']:.2f}s "
                f"(cpu {res['warm']['first_paint_cpu_s']:.2f}s); in this environment's bytecode setting "
                f"{res['warm']['environment_bytecode']['first_paint_s']:.2f}s"
            )
            # The same store without its snapshot (a session that was killed before saving one): built from facts.
            import sqlite3

            from extract.store import store_path

            bare = work / "state-no-snapshot"
            shutil.rmtree(bare, ignore_errors=True)
            shutil.copytree(state, bare)
            with sqlite3.connect(store_path(story_dir, bare)) as conn:
                conn.execute("DELETE FROM meta WHERE key LIKE 'story%' OR key LIKE 'snapshot%'")
            log("warm start without the snapshot")
            res["warm_from_facts"] = probe("warm", story_dir, bare)
            log(f"  first paint {res['warm_from_facts'].get('first_paint_s', float('nan')):.2f}s")
        if "live" in only:
            log("live latency (edits, new articles)")
            live = probe("live", story_dir, state, "--edits", str(args.edits), "--new-dir", str(news))
            res["live"] = live_summary(live)
            log(f"  {json.dumps(live)[:400]}")
        if "upgrade" in only:
            # The folder as the store knows it: the live run edited long.txt and added its new articles.
            for extra in story_dir.glob("new-*.txt"):
                extra.unlink()
            # With its stored time too: a new one made it a changed file rather than a re-read, so the measure
            # depended on whether ``live`` ran first.
            (story_dir / "long.txt").write_text(long_text, encoding="utf-8")
            os.utime(story_dir / "long.txt", ns=(long_stat.st_atime_ns, long_stat.st_mtime_ns))
            log("engine upgrade: every stored file stale, re-read with a worker process per core; then edits")
            up = probe(
                "live",
                story_dir,
                work / "state-upgrade",
                "--edits",
                str(args.edits),
                "--new-dir",
                str(news),
                "--processes",
                "0",
            )
            res["upgrade"] = live_summary(up)
            log(f"  {json.dumps(up)[:400]}")

    if "index" in only:
        for n in (1, 2):
            log(f"index in the app, {len(base)} files, processes={n}")
            res[f"index_corpus_p{n}"] = probe("index", base[0].parent, work / f"state-index-{n}", "--processes", str(n))
            log(f"  {res[f'index_corpus_p{n}']}")

    if "rss" in only and scaled:
        # Both at once: memory does not depend on the other's load, and on a shared box CPU time is the fair clock.
        log(f"engine peak RSS and CPU time, {len(scaled)} files, processes=1 and 2 side by side")
        env = dict(os.environ, BENCH_T0=repr(time.time()))
        procs = {
            n: subprocess.Popen(
                [
                    sys.executable,
                    str(ROOT / "bench" / "probe.py"),
                    "engine-rss",
                    str(scaled[0].parent),
                    str(work / "unused"),
                    "--processes",
                    str(n),
                    "--skip-story",
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
                cwd=ROOT,
            )
            for n in (1, 2)
        }
        for n, proc in procs.items():
            out_text, err_text = proc.communicate()
            lines = [ln for ln in out_text.splitlines() if ln.startswith("{")]
            res[f"rss_scaled_p{n}"] = json.loads(lines[-1]) if lines else {"error": err_text[-600:]}
            log(f"  {res[f'rss_scaled_p{n}']}")

    res["cpu_s"] = CPU
    r1, r2 = res.get("rss_scaled_p1", {}), res.get("rss_scaled_p2", {})
    if "extract_s" in r1 and "plain_s" in r1:
        res["throughput_scaled"] = {
            "words": r1["words"],
            "plain_s": [r1["plain_s"]],
            "engine_s": [r1["extract_s"]],
            "plain_wps": r1["words"] / r1["plain_s"],
            "engine_wps": r1["words"] / r1["extract_s"],
            "overhead_extract": r1["extract_s"] / r1["plain_s"] - 1,
            "overhead_with_story": float("nan"),
        }
    if "extract_s" in r1 and "extract_s" in r2:
        res["parallel_scaled"] = {
            "seconds": {"1": [r1["extract_s"]], "2": [r2["extract_s"]]},
            "speedup": {"1": 1.0, "2": r1["extract_s"] / r2["extract_s"]},
        }
    res["machine"]["load_avg_end"] = os.getloadavg()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (out / f"{stamp}.json").write_text(json.dumps(res, indent=1, default=str))
    (out / "latest.json").write_text(json.dumps(res, indent=1, default=str))
    from bench.report import markdown

    md = markdown(res)
    (out / "latest.md").write_text(md)
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
