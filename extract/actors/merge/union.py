"""The union-find that merging joins mentions and clusters in."""

from __future__ import annotations

from collections import defaultdict


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _clusters(uf: _Union, n: int) -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        out[uf.find(i)].append(i)
    return out
