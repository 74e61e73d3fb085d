"""The fact-key caches keep the keys of the story's records, not of every record ever seen.

Each save makes new records for what it changed (a figure whose sentence grew, a claim reworded), and the caches kept
the replaced ones, each with its sentence, until 200,000 entries per cache: most of the app's Python growth per save
(bench/longrun: about 10 KB a save; up to some hundreds of MB over a long session)."""

from __future__ import annotations

from dataclasses import replace

from extract import diff
from extract.diff import cached_claim_key, cached_figure_key, key_cache_sizes, trim_key_caches
from extract.records import Claim, Figure, Story


def _figure(i: int, sentence: str) -> Figure:
    return Figure(str(i), float(i), "count", None, None, None, "troops", sentence, "a.txt", i, i + 1, display=str(i))


def _claim(i: int, text: str) -> Claim:
    return Claim(text, "Acme", "Acme", "said", "indirect", "a.txt", i, i + len(text))


def test_keys_of_records_gone_from_the_story_are_forgotten(monkeypatch) -> None:
    monkeypatch.setattr(diff, "KEY_CACHE_SLACK", 0)
    trim_key_caches(Story())  # start from empty caches
    monkeypatch.setattr(diff, "KEY_CACHE_SLACK", 50)
    figures = [_figure(i, f"There are {i} troops.") for i in range(20)]
    claims = [_claim(i, f"that {i} troops came") for i in range(20)]
    story = Story(figures=tuple(figures), claims=tuple(claims))
    for save in range(200):  # each save rewrites the sentence of one figure and one claim
        i = save % 20
        figures[i] = replace(figures[i], sentence=f"There are {i} troops, save {save}.")
        claims[i] = replace(claims[i], text=f"that {i} troops came, save {save}")
        story = Story(figures=tuple(figures), claims=tuple(claims))
        keys = [cached_figure_key(f) for f in story.figures] + [cached_claim_key(c) for c in story.claims]
        trim_key_caches(story)
        assert len(keys) == 40
    sizes = key_cache_sizes()
    assert sizes["figure"] <= 2 * 20 + 50 and sizes["claim"] <= 2 * 20 + 50
    # What is kept is the story's: each of its records' keys is found without being made again.
    for f in story.figures:
        cached_figure_key(f)
    assert key_cache_sizes() == sizes


def test_a_story_within_the_slack_keeps_every_key(monkeypatch) -> None:
    monkeypatch.setattr(diff, "KEY_CACHE_SLACK", 0)
    trim_key_caches(Story())  # start from empty caches
    monkeypatch.setattr(diff, "KEY_CACHE_SLACK", 1_000)
    figures = tuple(_figure(i, f"There are {i} troops.") for i in range(30))
    for f in figures:
        cached_figure_key(f)
    trim_key_caches(Story(figures=figures[:5]))
    assert key_cache_sizes()["figure"] == 30  # under 2 x 5 + 1,000: nothing to trim yet
