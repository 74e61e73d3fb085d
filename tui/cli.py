"""The `storywatch` command: argument parsing only; the work is in extract/ and tui.app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.app import StoryWatchApp

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


def _version() -> str:
    try:
        return version("storywatch")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"


def _safe(text: str) -> str:
    from extract.export import safe_text

    return safe_text(text)


def _app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="storywatch",
        description="Keep track of a developing news story: watches a folder of articles and shows its actors, "
        "figures, quotes and claims live. Run `storywatch extract --help` for the headless extractor.",
    )
    p.add_argument("seeds_dir", nargs="?", default="seeds", help="folder of .txt/.md articles (default: ./seeds)")
    p.add_argument("--model", help="spaCy model name (default: $STORYWATCH_MODEL or the best installed English model)")
    p.add_argument("--state", help="folder for the story store and log (default: the user's state dir)")
    p.add_argument("--poll", action="store_true", help="poll the folder (network file systems where inotify is blind)")
    p.add_argument("--version", action="version", version=f"storywatch {_version()}")
    return p


def _extract_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="storywatch extract",
        description="Extract actors, figures, quotes and claims from files and folders (recursive; .txt, .md) "
        "and print them (JSON contract: see README).",
    )
    p.add_argument("paths", nargs="*", default=["seeds"], help="files or folders (default: ./seeds)")
    p.add_argument("--json", action="store_true", help="print JSON (same as --format json)")
    p.add_argument("--format", choices=("json", "jsonl", "csv", "markdown"), help="output format (default: markdown)")
    p.add_argument("--model", help="spaCy model name")
    p.add_argument("--version", action="version", version=f"storywatch {_version()}")
    return p


def run_extract(argv: list[str]) -> int:
    args = _extract_parser().parse_args(argv)
    from extract.engine import extract_paths
    from extract.export import render, safe_text
    from extract.pipeline import ModelError

    fmt = "json" if args.json else (args.format or "markdown")
    try:
        story, missing = extract_paths(args.paths, model=args.model)
    except ModelError as exc:
        print(f"storywatch: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for m in missing:
        print(f"storywatch: {safe_text(m)}: no such file or folder", file=sys.stderr)
    for d in story.documents:
        if d.error:
            print(f"storywatch: {safe_text(d.path)}: {safe_text(d.error)}", file=sys.stderr)
    sys.stdout.write(render(story, fmt))
    return EXIT_BAD_INPUT if missing or any(d.error for d in story.documents) else EXIT_OK


def run_app(argv: list[str]) -> int:
    args = _app_parser().parse_args(argv)
    seeds = Path(args.seeds_dir)
    if seeds.exists() and not seeds.is_dir():
        # A file was said to be no such folder (probe s27 r10): say what it is and what reads one file.
        hint = f"the app watches a folder; to read one file: storywatch extract {_safe(str(seeds))}"
        print(f"storywatch: {_safe(str(seeds))}: a file, not a folder ({hint})", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not seeds.is_dir():
        hint = "create it or pass the folder of articles"
        print(f"storywatch: {_safe(str(seeds))}: no such folder ({hint})", file=sys.stderr)
        return EXIT_BAD_INPUT
    from extract.bulk import keep_for_good

    make_app = import_app()
    setup_logging(args.state)
    # SIGTERM or SIGHUP (a dropped SSH session) quits as q does: the store gets what the last update left for later.
    app = make_app(seeds, model=args.model, state_dir=args.state, poll=args.poll, quit_on_signals=True)
    keep_for_good()  # the imported modules: no collection walks them again (one had stalled the first paint 0.16 s)
    app.run()
    return app.return_code or EXIT_OK


def import_app() -> Callable[..., StoryWatchApp]:
    """Import the app (Textual, the widgets, the store: some 430 modules) with the cyclic collector paused, and keep
    what the imports made for good: at Python's default thresholds the imports ran about 55 collections walking
    module objects that live as long as the process (a warm start to its whole story: 95 collections, 80-110 ms at
    load 10; now 41, 40-70 ms). Returns ``make_app``."""
    from extract.bulk import no_cycle_collection

    with no_cycle_collection(keep=True):
        from tui.app import make_app
    return make_app


def setup_logging(state_dir: str | None) -> Path | None:
    """Log warnings and errors to storywatch.log in the user's state dir (or --state), never the story folder."""
    import logging

    from platformdirs import user_state_dir

    from extract.store import private_file, private_folder

    folder = Path(state_dir) if state_dir else Path(user_state_dir("storywatch"))
    try:
        private_folder(folder, ours=not state_dir)  # the log names the story's files: its user's only
        private_file(folder / "storywatch.log", ours=not state_dir)
        handler: logging.Handler = logging.FileHandler(folder / "storywatch.log", encoding="utf-8")
    except OSError as exc:
        print(f"storywatch: cannot write a log in {folder}: {exc.strerror or exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("storywatch")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return folder / "storywatch.log"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "extract":
            return run_extract(argv[1:])
        return run_app(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130
