"""Engine-level measures: cold throughput against plain spaCy, the stage breakdown, worker processes, aggregation."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from extract.actors import extract_mentions
from extract.engine import Engine, facts_from_doc
from extract.figures import extract_figures
from extract.pipeline import DocCache, parse_many
from extract.quotes import extract_quotes
from extract.repair import repair
from extract.story import StoryBuilder, build_story
from extract.textio import load

STAGES = ("read", "repair", "parse", "actors", "figures", "quotes", "assemble", "story")


def clock(fn: Callable[[], object]) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def cpu_seconds() -> float:
    """CPU seconds of this process and its finished children: on a shared box the fair clock."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


CPU: dict[str, list[float]] = {}
"""CPU seconds of the last runs, by label (plain, engine, engine-pN)."""


def plain_pipe(nlp, texts: Sequence[str], n_process: int = 1) -> float:
    """Seconds for spaCy alone: ``nlp.pipe`` over the same texts, results materialised (CPU seconds in CPU)."""
    c = cpu_seconds()
    s = clock(lambda: sum(len(d) for d in nlp.pipe(texts, batch_size=64, n_process=n_process)))[0]
    CPU.setdefault(f"plain-p{n_process}", []).append(cpu_seconds() - c)
    return s


def engine_cold(nlp, files: Sequence[Path], processes: int = 1, story: bool = True) -> tuple[float, float, list]:
    """(extract seconds, build_story seconds or NaN, facts) for a fresh engine set up as `storywatch extract` sets it
    up (no paragraph cache: keeping every parsed paragraph for later edits is the app's business, and costs)."""
    engine = Engine(nlp=nlp, processes=processes, cache_bytes=0, memory_zones=False)
    c = cpu_seconds()
    try:
        t_extract, facts = clock(lambda: engine.extract_files([(p, p.name) for p in files]))
        if engine._pool is not None:
            engine._pool.shutdown(wait=True)  # count the workers' CPU time
    finally:
        engine.close()
    CPU.setdefault(f"engine-p{processes}", []).append(cpu_seconds() - c)
    t_story = clock(lambda: build_story(facts))[0] if story else float("nan")  # type: ignore[arg-type]
    return t_extract, t_story, facts  # type: ignore[return-value]


def _interleaved_run(nlp, files: Sequence[Path], r: int, chunk: int, story: bool) -> dict:
    """One run of ``interleaved`` in this process: each side's wall and CPU seconds, per chunk too, and the facts."""
    texts = [p.read_text(encoding="utf-8") for p in files]
    engine = Engine(nlp=nlp, processes=1, cache_bytes=0, recent_facts=0, memory_zones=False)
    tot = dict.fromkeys(("plain_s", "engine_s", "plain_cpu_s", "engine_cpu_s"), 0.0)
    chunk_cpu: dict[str, list[float]] = {"plain": [], "engine": []}
    facts: list = []

    def plain(part: Sequence[str]) -> None:
        sum(len(d) for d in nlp.pipe(part, batch_size=64))

    def extract(part: Sequence[Path]) -> None:
        facts.extend(engine.extract_files([(p, p.name) for p in part], chunk=chunk, processes=1))

    try:
        for k, i in enumerate(range(0, len(files), chunk)):
            steps = [
                ("plain", lambda i=i: plain(texts[i : i + chunk])),
                ("engine", lambda i=i: extract(files[i : i + chunk])),
            ]
            if (k + r) % 2:
                steps.reverse()
            for side, fn in steps:
                c, t = time.process_time(), time.perf_counter()
                fn()
                cpu = time.process_time() - c
                tot[f"{side}_s"] += time.perf_counter() - t
                tot[f"{side}_cpu_s"] += cpu
                chunk_cpu[side].append(cpu)
    finally:
        engine.close()
    c, t = time.process_time(), time.perf_counter()
    if story:
        build_story(facts)
    return {
        **tot,
        "story_s": time.perf_counter() - t if story else float("nan"),
        "story_cpu_s": time.process_time() - c if story else float("nan"),
        "chunk_cpu": chunk_cpu,
        "facts": facts,
    }


WARMUP_TEXT = (
    "WASHINGTON (AP) \u2014 The city council approved a $12 million budget on Tuesday, Mayor Jane Roe said.\n\n"
    "\u201cWe have waited three years for this,\u201d she told reporters. Sales rose 4% to 1.2 million units."
)
"""What a fresh process extracts before it is measured: the extractors' lazy set-up (gazetteers, word lists) runs on
it, as ``first_call_s`` leaves that set-up out, while the measured texts stay new to every cache."""


def _cold_run(model: str, files: Sequence[Path], r: int, chunk: int, story: bool, keep_facts: bool) -> dict:
    """``_interleaved_run`` in a fresh process (see ``interleaved``): the model loaded, the extractors' lazy set-up
    done on the first text (as ``first_call_s`` leaves it out), every per-word cache otherwise cold."""
    from extract.pipeline import load_model

    nlp = load_model(model)
    warm = Engine(nlp=nlp, cache_bytes=0, recent_facts=0, memory_zones=False)
    try:
        warm.extract_text(WARMUP_TEXT, "warmup.txt")  # none of the measured texts (review s25 rev3f LOW 6)
    finally:
        warm.close()
    got = _interleaved_run(nlp, files, r, chunk, story)
    if not keep_facts:
        got["facts"] = []
    return got


def interleaved(
    nlp,
    files: Sequence[Path],
    runs: int,
    chunk: int = 16,
    story: bool = True,
    log: Callable[[str], None] | None = None,
    fresh: bool = True,
) -> dict:
    """Cold throughput of the engine against plain ``nlp.pipe``, the two interleaved chunk by chunk over the same texts.

    Each run goes through the files in chunks of ``chunk`` (16: what ``extract_files`` batches in one process) and
    parses each chunk with plain spaCy and with a fresh-as-the-CLI engine (no paragraph cache) back to back, the
    order swapped from one chunk to the next and from one run to the next: a slow minute on a shared box then hits
    both sides of a chunk nearly alike, where one whole pass after the other (the measure until the twenty-fifth stop)
    read +15.4 % then +3.3 % for the same code. CPU seconds of the process are the main reading (wall time moves with
    whatever else runs). ``fresh``: each run in a process of its own, as cold as a CLI run (the extractors' per-word
    caches and the vocabulary's new words start empty each time; in one process, later runs read the warm overhead:
    +29, +22, +9 % in three runs over 32 articles, review s25 rev2f MED 5). Returns per-run lists (``plain_s``,
    ``engine_s``, ``plain_cpu_s``, ``engine_cpu_s``, ``story_s``, ``story_cpu_s``), each run's CPU overhead
    (``overhead_cpu_runs``), their median and spread."""
    out: dict[str, list[float]] = {
        k: [] for k in ("plain_s", "engine_s", "plain_cpu_s", "engine_cpu_s", "story_s", "story_cpu_s")
    }
    facts: list = []
    per_chunk: dict[str, list[list[float]]] = {"plain": [], "engine": []}
    for r in range(runs):
        if log:
            where = "a fresh process" if fresh else "this process"
            log(
                f"throughput run {r + 1}/{runs} in {where}: plain nlp.pipe and the engine, interleaved by {chunk} files"
            )
        last = r == runs - 1
        if fresh:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            from extract.pipeline import model_name

            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
                got = pool.submit(_cold_run, model_name(nlp), list(files), r, chunk, story, last).result()
        else:
            got = _interleaved_run(nlp, files, r, chunk, story)
        for key in out:
            out[key].append(got[key])
        for side, v in got["chunk_cpu"].items():
            per_chunk[side].append(v)
        if last:
            facts = got["facts"]
    runs_over = [e / p - 1 for e, p in zip(out["engine_cpu_s"], out["plain_cpu_s"], strict=True)]
    res: dict = dict(out)
    res["facts"] = facts
    res["chunk_files"] = chunk
    res["fresh"] = fresh
    res["overhead_cpu_runs"] = runs_over
    res["overhead_cpu_spread"] = max(runs_over) - min(runs_over) if runs_over else float("nan")
    res["chunk_cpu_s"] = per_chunk  # per side, per run, per chunk
    # The same runs read chunk by chunk: each chunk's median ratio over the runs, weighted by its plain CPU, so a burst
    # of other work shorter than a run moves only the chunks it hit, in one run of several.
    if runs:
        plain_k = [median(col) for col in zip(*per_chunk["plain"], strict=True)]
        ratio_k = [
            median([e / p for e, p in zip(ecol, pcol, strict=True)])
            for ecol, pcol in zip(
                zip(*per_chunk["engine"], strict=True), zip(*per_chunk["plain"], strict=True), strict=True
            )
        ]
        res["overhead_cpu_chunks"] = sum(w * q for w, q in zip(plain_k, ratio_k, strict=True)) / sum(plain_k) - 1
    return res


def stage_breakdown(
    nlp, files: Sequence[Path], chunk: int = 16, cpu: dict[str, float] | None = None
) -> dict[str, float]:
    """Seconds per stage, doing what Engine.extract_files does, with a clock around each step; ``cpu``, when given,
    gets each stage's CPU seconds of the process (comparable with the throughput's CPU totals, whatever the load)."""
    t = dict.fromkeys(STAGES, 0.0)
    if cpu is not None:
        cpu.update(dict.fromkeys(STAGES, 0.0))
    cache = DocCache()
    all_facts = []

    def tick(stage: str, fn: Callable[[], object]) -> object:
        c = time.process_time()
        s, out = clock(fn)
        t[stage] += s
        if cpu is not None:
            cpu[stage] += time.process_time() - c
        return out

    for i in range(0, len(files), chunk):
        part = files[i : i + chunk]
        loaded = tick("read", lambda part=part: [load(p, p.name) for p in part])
        reps = tick("repair", lambda loaded=loaded: [repair(x.text) for x in loaded])
        docs = tick("parse", lambda reps=reps: parse_many(nlp, [r.text for r in reps], cache))
        for doc, item, rep in zip(docs, loaded, reps, strict=True):  # type: ignore[call-overload]
            name = item.info.path
            mentions = tick("actors", lambda doc=doc, rep=rep, name=name: extract_mentions(doc, rep, name))
            tick("figures", lambda doc=doc, rep=rep, name=name: extract_figures(doc, rep, name))
            tick("quotes", lambda doc=doc, rep=rep, name=name, m=mentions: extract_quotes(doc, rep, name, m))
            # facts_from_doc runs the extractors again; its own cost is the total minus theirs.
            facts = tick("assemble", lambda doc=doc, item=item, rep=rep: facts_from_doc(doc, item, rep))
            all_facts.append(facts)
    t["assemble"] = max(0.0, t["assemble"] - (t["actors"] + t["figures"] + t["quotes"]))
    if cpu is not None:
        cpu["assemble"] = max(0.0, cpu["assemble"] - (cpu["actors"] + cpu["figures"] + cpu["quotes"]))
    tick("story", lambda: build_story(all_facts))
    return t


def aggregation_curve(facts: Sequence, sizes: Sequence[int], budget_s: float) -> list[tuple[int, float, float, float]]:
    """(files, build_story seconds, StoryBuilder rebuild seconds after one file changed, and after a new file joined)
    for growing stories made of the facts (renamed copies); stops past ``budget_s``."""
    import dataclasses

    from extract.records import DocFacts

    def renamed(f, path: str):
        def moved(r):
            return dataclasses.replace(r, document=path)

        return DocFacts(
            dataclasses.replace(f.document, path=path),
            tuple(map(moved, f.mentions)),
            tuple(map(moved, f.figures)),
            tuple(map(moved, f.quotes)),
            tuple(map(moved, f.claims)),
            f.warnings,
        )

    def copies(n: int) -> list:
        return [
            renamed(facts[i % len(facts)], f"c{i // len(facts)}/{facts[i % len(facts)].document.path}")
            for i in range(n)
        ]

    curve = []
    for n in sizes:
        story_facts = copies(n)
        s, _ = clock(lambda story_facts=story_facts: build_story(story_facts))
        # What an update costs in the app: a StoryBuilder that built the story once rebuilds it after one file
        # changed (its mentions moved by a character, as an edit above them would, so its share is redone).
        builder = StoryBuilder()
        builder.build(story_facts)
        changed = list(story_facts)
        k = n // 2
        moved_on = tuple(dataclasses.replace(m, start=m.start + 1, end=m.end + 1) for m in changed[k].mentions)
        changed[k] = dataclasses.replace(changed[k], mentions=moved_on)
        r, _ = clock(lambda changed=changed, builder=builder: builder.build(changed))
        # A new file joins (a copy of one under a path in the middle of the story's order): merged into the actors it
        # names and filed in the figure index, where an edit leaves both alone.
        new = facts[n % len(facts)]
        joined = [*changed, renamed(new, f"c0/~new/{new.document.path}")]
        a, _ = clock(lambda joined=joined, builder=builder: builder.build(joined))
        curve.append((n, s, r, a))
        if s > budget_s:
            break
    return curve
