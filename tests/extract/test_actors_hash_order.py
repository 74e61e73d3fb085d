"""Actors: the story's actors do not depend on the hash seed (lead s24 08:07: 'Ceres Robotics' and 'Ceres Robotics
Inc.' were reported to merge under one PYTHONHASHSEED only; this guards the cross-document joins)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_SCRIPT = r"""
import json
from extract.actors import MergeMemo, merge_actors, merge_documents
from extract.records import Mention

def m(name, kind, doc, start):
    return Mention(name, name, kind, start, start + len(name), doc, None, "")

docs = [
    [m("Ceres Robotics Inc.", "organization", "a.txt", 0), m("Ceres Robotics", "organization", "a.txt", 40),
     m("Tyvak Nano-Satellite Systems Inc.", "organization", "a.txt", 80),
     m("Tyvak Nano-Satellite Systems", "organization", "a.txt", 140), m("Owen Dempsey", "person", "a.txt", 200)],
    [m("Ceres Robotics", "organization", "b.txt", 0),
     m("Tyvak Nano-Satellite Systems Inc", "organization", "b.txt", 40),
     m("Owen John Dempsey", "person", "b.txt", 90), m("Dempsey", "person", "b.txt", 120)],
    [m("Tyvak Nano-Satellite Systems", "organization", "c.txt", 0), m("Ceres Robotics", "organization", "c.txt", 40)],
]
flat = sorted((a.name, a.documents) for a in merge_actors([x for d in docs for x in d])[0])
memo = sorted((a.name, a.documents) for a in merge_documents([tuple(d) for d in docs], MergeMemo())[0])
print(json.dumps([flat, memo]))
"""


def _run(seed: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_cross_document_joins_are_the_same_under_any_hash_seed() -> None:
    runs = [_run(seed) for seed in ("0", "1", "123", "999")]
    assert all(r == runs[0] for r in runs), runs
    flat, memo = runs[0]
    assert flat == memo
    names = {name for name, _ in flat}
    assert {"Ceres Robotics Inc.", "Owen John Dempsey"} <= names, flat
    assert "Ceres Robotics" not in names, flat
