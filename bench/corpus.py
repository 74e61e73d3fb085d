"""Benchmark corpora: the real articles, replicated to any size, and long articles built from them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

_LINE_END = re.compile(r"(?m)(?<=\S)[ \t]*$")


def read_corpus(folder: str | Path) -> list[tuple[str, str]]:
    """(file name, text) of every .txt/.md article in ``folder``, sorted by name."""
    paths = sorted(p for p in Path(folder).iterdir() if p.suffix in (".txt", ".md") and p.is_file())
    if not paths:
        raise SystemExit(f"no .txt or .md articles in {folder}")
    return [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in paths]


def variant(text: str, k: int) -> str:
    """Copy ``k`` of a text with every non-blank line changed, so no paragraph is a cache hit of another copy."""
    if k == 0:
        return text
    return _LINE_END.sub(f" (r{k})", text)


def replicate(articles: list[tuple[str, str]], n: int, dest: Path, distinct: bool = True) -> list[Path]:
    """Write ``n`` files into ``dest`` cycling through ``articles``; distinct copies differ in every paragraph."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    out = []
    for i in range(n):
        name, text = articles[i % len(articles)]
        k = i // len(articles)
        path = dest / (name if k == 0 else f"r{k:02d}-{name}")
        path.write_text(variant(text, k) if distinct else text, encoding="utf-8")
        out.append(path)
    return out


def long_article(articles: list[tuple[str, str]], words: int = 2000, start: int = 0, tag: str = "") -> str:
    """About ``words`` words of real prose: whole paragraphs of consecutive articles from ``start``."""
    paras: list[str] = []
    count = 0
    i = start
    while count < words:
        for para in articles[i % len(articles)][1].split("\n"):
            if para.strip() and count < words:
                para = f"{para} {tag}" if tag else para
                paras.append(para)
                count += len(para.split())
        i += 1
    return "\n\n".join(paras) + "\n"


def word_count(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)
