"""Figures: the story's figure order (and so `extract --json`'s) depends on the documents alone, not on the order
their facts arrive in (worker processes finish chunks in any order) nor on string hashing. A guard (brief s24 item 3:
the order was reported to vary between runs; 5 hash seeds, 1 or 2 processes and 3 shuffles of the 160 articles'
facts gave byte-identical figures, so this pins what holds)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys

import pytest

from extract.engine import Engine
from extract.export import story_dict
from extract.story import build_story

TEXTS = {
    "a.txt": "Officials said 13,000 North Korean soldiers were deployed. The loan is worth $50 billion.",
    "b.txt": "About 12,000 North Korean soldiers were sent, the ministry said. Prices rose 5% in May.",
    "c.txt": "The company cut 1,200 jobs, about 8% of its workforce. The loan is worth $50 billion.",
}


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


def _figures(engine: Engine, order: list[str]) -> list[dict]:
    return story_dict(build_story([engine.extract_text(TEXTS[p], p) for p in order]))["figures"]


def test_figure_order_does_not_follow_arrival_order(engine: Engine) -> None:
    paths = sorted(TEXTS)
    want = _figures(engine, paths)
    for seed in range(3):
        order = list(paths)
        random.Random(seed).shuffle(order)
        assert _figures(engine, order) == want


_PROBE = """
import json, sys
from extract.engine import Engine
from extract.export import story_dict
from extract.story import build_story
texts = json.loads(sys.argv[1])
engine = Engine(processes=1)
story = build_story([engine.extract_text(texts[p], p) for p in sorted(texts)])
print(json.dumps(story_dict(story)["figures"]))
"""


def test_figure_order_does_not_follow_string_hashing(engine: Engine) -> None:
    # one other process with a fixed hash seed against this one's (random unless PYTHONHASHSEED is set)
    env = dict(os.environ, PYTHONHASHSEED="123")
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(TEXTS)], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(proc.stdout) == json.loads(json.dumps(_figures(engine, sorted(TEXTS))))
