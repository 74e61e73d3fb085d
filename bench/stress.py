"""Stress runs for issue 9: the engine on huge folders and files, and the live app under a storm of writes.

    python bench/stress.py engine [--files 10000] [--limit 900]
        `storywatch extract DIR --json` on 10,000 small files, a 50 MB file and a 1 MB line without spaces,
        each in a subprocess with a time limit: wall time, peak RSS, and that every file came back.
    python bench/stress.py app [--files 50] [--writes 2000] [--seconds 60]
        The dashboard (make_app + Pilot, headless) while a thread writes into its folder; afterwards the story
        it shows must equal a fresh `storywatch extract` of the final files, and its memory must stay flat.
    python bench/stress.py all      both; --short shrinks every size (the CI version is in the test suite).

Exit status 0 when every check held, 1 otherwise. Run from the repository root.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMES = ["Jane Smith", "Tom Baker", "Mary Jones", "Ann Lee", "Omar Haddad", "Li Wei", "Acme Corp", "Lazard"]
PLACES = ["Ashford", "Kursk", "Lagos", "Quito", "Perth", "Tromso"]
UNITS = ["soldiers", "jobs", "people", "homes", "tonnes of grain"]


def article(rng: random.Random, version: int) -> str:
    """A small news-like text with actors, figures, a quote and a claim; ``version`` keeps each write new."""
    a, b = rng.sample(NAMES, 2)
    n = rng.randrange(2, 90_000)
    lines = [
        f"{a} said on day {version} that {n:,} {rng.choice(UNITS)} had reached {rng.choice(PLACES)}.",
        f"\u201cWe counted {rng.randrange(2, 500)} of them,\u201d said {b}.",
        f"According to {rng.choice(NAMES)}, the cost was ${rng.randrange(1, 900)} million.",
    ]
    return "\n".join(rng.sample(lines, rng.randrange(1, 4))) + "\n"


def rss_mb() -> float:
    """Resident memory of this process now (Linux)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


# Engine ----------------------------------------------------------------------------------------------


@dataclass
class Run:
    name: str
    seconds: float
    peak_rss_mb: float
    ok: bool
    detail: str


def run_extract(name: str, folder: Path, limit: float, check) -> Run:
    """`storywatch extract FOLDER --json` in its own session, killed after ``limit`` seconds."""
    t0 = time.monotonic()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tui", "extract", str(folder), "--json"],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - t0 > limit:
                os.killpg(proc.pid, signal.SIGKILL)  # our own child's session: it and its workers
                _, status, usage = os.wait4(proc.pid, 0)
                return Run(name, time.monotonic() - t0, usage.ru_maxrss / 1024, False, f"timed out after {limit:.0f} s")
            time.sleep(0.2)
        seconds = time.monotonic() - t0
        out.seek(0)
        try:
            data = json.loads(out.read().decode("utf-8"))
        except ValueError as exc:
            return Run(name, seconds, usage.ru_maxrss / 1024, False, f"invalid JSON (exit {status >> 8}): {exc}")
    ok, detail = check(data)
    return Run(name, seconds, usage.ru_maxrss / 1024, ok, detail)


def stress_engine(files: int, limit: float) -> list[Run]:
    runs: list[Run] = []
    rng = random.Random(9)
    with tempfile.TemporaryDirectory(prefix="sw-stress-") as tmp:
        many = Path(tmp) / "many"
        many.mkdir()
        for i in range(files):
            (many / f"f{i:05}.txt").write_text(article(rng, i), encoding="utf-8")

        def all_back(data: dict) -> tuple[bool, str]:
            docs = data["documents"]
            errors = [d for d in docs if d["error"]]
            ok = len(docs) == files and not errors
            return (
                ok,
                f"{len(docs)} documents, {len(errors)} errors, {len(data['actors'])} actors, "
                f"{len(data['figures'])} figures, {len(data['conflicts'])} conflicts",
            )

        runs.append(run_extract(f"{files:,} small files", many, limit, all_back))

        big = Path(tmp) / "big"
        big.mkdir()
        (big / "good.txt").write_text(article(rng, 0), encoding="utf-8")
        # Distinct lines across the whole capped part, so the paragraph cache cannot make it cheap.
        block = "".join(article(rng, i).replace("\n", " ") + "\n" for i in range(6_000))
        with (big / "huge.txt").open("w", encoding="utf-8") as fh:
            while fh.tell() < 50_000_000:
                fh.write(block)

        def capped(data: dict) -> tuple[bool, str]:
            cut = [w for w in data["warnings"] if "only the first" in w]
            return bool(cut) and all(not d["error"] for d in data["documents"]), "; ".join(cut) or "no cap warning"

        runs.append(run_extract("50 MB file (real cap)", big, limit, capped))

        blob = Path(tmp) / "blob"
        blob.mkdir()
        (blob / "good.txt").write_text(article(rng, 0), encoding="utf-8")
        (blob / "blob.txt").write_bytes((b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo" * 30_000)[:1_000_000])

        def blanked(data: dict) -> tuple[bool, str]:
            said = [w for w in data["warnings"] if "without spaces" in w]
            return bool(said), "; ".join(said) or "no warning"

        runs.append(run_extract("1 MB line without spaces", blob, limit, blanked))
    return runs


# App -------------------------------------------------------------------------------------------------


@dataclass
class AppReport:
    writes: int = 0
    seconds: float = 0.0
    settle_seconds: float = 0.0
    updates: int = 0
    """Story updates shown while the writes were still landing."""
    first_update: float | None = None
    """Seconds from the first write to the first story update shown (None: none while writing)."""
    rss_mb: list[float] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)

    @property
    def memory_flat(self) -> bool:
        # After the first third (model, caches warming), memory may wobble but must not keep growing.
        samples = self.rss_mb[len(self.rss_mb) // 3 :]
        return len(samples) < 2 or max(samples) - samples[0] < max(64.0, 0.25 * samples[0])

    @property
    def ok(self) -> bool:
        return not self.mismatches and self.memory_flat


def _facts(data: dict, root: Path) -> dict[str, set]:
    """The comparable content of a story dict (story_dict or the CLI's JSON), paths relative to ``root``."""

    def rel(p: str) -> str:
        path = Path(p)
        return path.relative_to(root).as_posix() if path.is_absolute() else path.as_posix()

    return {
        "documents": {(rel(d["path"]), d["sha256"], d["words"], d["error"]) for d in data["documents"]},
        "actors": {(a["name"], a["kind"], a["mentions"]) for a in data["actors"]},
        "figures": {(rel(f["document"]), f["start"], f["end"], f["text"], f["value"]) for f in data["figures"]},
        "quotes": {(rel(q["document"]), q["start"], q["end"], q["text"], q["speaker"]) for q in data["quotes"]},
        "claims": {(rel(c["document"]), c["start"], c["end"], c["text"], c["source"]) for c in data["claims"]},
    }


def compare(shown: dict, fresh: dict, root: Path) -> list[str]:
    """What the app shows that a fresh extract does not (stale) and the reverse (missed)."""
    out = []
    a, b = _facts(shown, root), _facts(fresh, root)
    for section in a:
        for item in sorted(a[section] - b[section], key=repr)[:5]:
            out.append(f"stale {section}: {item}")
        for item in sorted(b[section] - a[section], key=repr)[:5]:
            out.append(f"missed {section}: {item}")
    return out


def fresh_extract(folder: Path) -> dict:
    run = subprocess.run(
        [sys.executable, "-m", "tui", "extract", str(folder), "--json"], cwd=ROOT, capture_output=True, check=False
    )
    return json.loads(run.stdout.decode("utf-8"))


def writer(folder: Path, files: int, writes: int, seconds: float, seed: int = 9) -> int:
    """Spread ``writes`` over ``files`` files in ``seconds``: in-place rewrites, atomic renames and appends."""
    rng = random.Random(seed)
    start = time.monotonic()
    for n in range(writes):
        path = folder / f"a{rng.randrange(files):03}.txt"
        text = article(rng, n)
        how = rng.random()
        if how < 0.7:
            path.write_text(text, encoding="utf-8")  # truncate, then write: readers may see it empty
        elif how < 0.9:
            tmp = folder / f".{path.name}.tmp"
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)  # an editor's atomic save
        else:
            with path.open("a", encoding="utf-8") as fh:
                fh.write(text)
        delay = start + (n + 1) * seconds / writes - time.monotonic()
        if delay > 0:
            time.sleep(delay)
    return writes


async def stress_app(
    folder: Path,
    files: int,
    writes: int,
    seconds: float,
    engine=None,
    state_dir: Path | None = None,
    settle_limit: float = 120.0,
) -> AppReport:
    """Run the app on ``folder`` while ``writes`` land in it; then compare what it shows with a fresh extract."""
    from extract.engine import Engine
    from extract.export import story_dict
    from tui.app import make_app

    rng = random.Random(1)
    for i in range(files):
        (folder / f"a{i:03}.txt").write_text(article(rng, -i), encoding="utf-8")
    engine = engine or Engine()
    state = state_dir or Path(tempfile.mkdtemp(prefix="sw-state-"))
    app = make_app(folder, state_dir=state / "state", engine=engine, config=state / "config")
    report = AppReport()
    async with app.run_test(size=(140, 40)) as pilot:
        deadline = time.monotonic() + settle_limit
        while app.story is None or len(app.story.documents) < files:
            if time.monotonic() > deadline:
                report.mismatches.append("the app never showed the initial story")
                return report
            await pilot.pause(0.1)
        seen: list[object] = [app.story]

        def sample() -> None:
            report.rss_mb.append(rss_mb())

        sample()
        t0 = time.monotonic()
        task = asyncio.ensure_future(asyncio.to_thread(writer, folder, files, writes, seconds))
        next_sample = t0 + 2
        while not task.done():
            await pilot.pause(0.1)
            if app.story is not seen[-1]:
                seen.append(app.story)
                report.updates += 1
                if report.first_update is None:
                    report.first_update = time.monotonic() - t0
            if time.monotonic() > next_sample:
                sample()
                next_sample += 2
        report.writes = task.result()
        report.seconds = time.monotonic() - t0
        # Settled: nothing queued or running, and no update for two seconds.
        t1 = time.monotonic()
        quiet_since = time.monotonic()
        while time.monotonic() - quiet_since < 2.0:
            await pilot.pause(0.1)
            if app._busy or app._dirty or app.story is not seen[-1]:
                seen.append(app.story)
                quiet_since = time.monotonic()
            if time.monotonic() - t1 > settle_limit:
                report.mismatches.append(f"the app did not settle within {settle_limit:.0f} s")
                return report
        report.settle_seconds = time.monotonic() - t1
        sample()
        shown = story_dict(app.story)
    report.mismatches += compare(shown, fresh_extract(folder), folder)
    return report


# Main ------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("what", choices=("engine", "app", "all"))
    p.add_argument("--short", action="store_true", help="small sizes (a quick check)")
    p.add_argument("--files", type=int, help="engine: small files (10,000); app: files written to (50)")
    p.add_argument("--writes", type=int, default=None, help="app: writes (2,000)")
    p.add_argument("--seconds", type=float, default=None, help="app: seconds the writes take (60)")
    p.add_argument("--limit", type=float, default=900, help="engine: time limit per run in seconds")
    args = p.parse_args(argv)
    ok = True
    if args.what in ("engine", "all"):
        files = args.files or (500 if args.short else 10_000)
        print(f"{'run':28} {'seconds':>8} {'peak RSS':>9}  result")
        for r in stress_engine(files, 120 if args.short else args.limit):
            print(f"{r.name:28} {r.seconds:8.1f} {r.peak_rss_mb:7.0f} MB  {'ok' if r.ok else 'FAIL'}: {r.detail}")
            ok &= r.ok
    if args.what in ("app", "all"):
        files = (args.files if args.what == "app" else None) or (10 if args.short else 50)
        writes = args.writes or (200 if args.short else 2_000)
        seconds = args.seconds or (6.0 if args.short else 60.0)
        with tempfile.TemporaryDirectory(prefix="sw-app-") as tmp:
            folder = Path(tmp) / "seeds"
            folder.mkdir()
            report = asyncio.run(stress_app(folder, files, writes, seconds, state_dir=Path(tmp)))
        rss = ", ".join(f"{m:.0f}" for m in report.rss_mb)
        print(
            f"app: {report.writes:,} writes across {files} files in {report.seconds:.1f} s; "
            f"{report.updates} story updates shown; settled {report.settle_seconds:.1f} s after the last write"
        )
        if report.first_update is None:
            print("app: NOTE no story update was shown while the writes kept landing (debounce starves)")
        else:
            print(f"app: first update shown {report.first_update:.1f} s after the writes began")
        print(f"app: RSS MB every 2 s: {rss} -> {'flat' if report.memory_flat else 'GROWING'}")
        print("app: shown story equals a fresh extract" if not report.mismatches else "app: MISMATCH")
        for m in report.mismatches:
            print(f"  {m}")
        ok &= report.ok
    return 0 if ok else 1


if __name__ == "__main__":  # the engine spawns worker processes, which import this module again
    raise SystemExit(main())
