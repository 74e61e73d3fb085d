"""The tracker's model tag: spaCy's ``meta`` (rebuilt on every look) is read once per pipeline, not per update."""

from __future__ import annotations

from types import SimpleNamespace

from tui.tracker import StoryTracker


class _Pipeline:
    def __init__(self, name: str) -> None:
        self.name = name
        self.looks = 0

    @property
    def meta(self) -> dict[str, str]:
        self.looks += 1
        return {"lang": "en", "name": self.name, "version": "3.8.0"}


def test_the_model_tag_reads_the_pipelines_meta_once(tmp_path):
    nlp = _Pipeline("core_web_sm")
    t = StoryTracker(tmp_path, SimpleNamespace(nlp=nlp))  # type: ignore[arg-type]
    first = t.model_tag()
    assert first.startswith("en_core_web_sm-3.8.0+storywatch-")
    assert t.model_tag() == first
    assert nlp.looks == 1


def test_another_pipeline_gives_its_own_tag(tmp_path):
    engine = SimpleNamespace(nlp=_Pipeline("core_web_sm"))
    t = StoryTracker(tmp_path, engine)  # type: ignore[arg-type]
    t.model_tag()
    engine.nlp = _Pipeline("core_web_lg")
    assert t.model_tag().startswith("en_core_web_lg-3.8.0+storywatch-")
    assert engine.nlp.looks == 1


def test_the_tag_follows_the_engine_code(tmp_path, monkeypatch):
    import extract.version

    t = StoryTracker(tmp_path, SimpleNamespace(nlp=_Pipeline("core_web_sm")))  # type: ignore[arg-type]
    t.model_tag()
    monkeypatch.setattr(extract.version, "engine_fingerprint", lambda: "000000000000")
    assert t.model_tag().endswith(".000000000000")
