"""The cache's model key: spaCy's ``meta`` (rebuilt on every look) is read once per pipeline, not on every parse."""

from __future__ import annotations

from extract.pipeline import model_key


class _Pipeline:
    def __init__(self, name: str, pipes: list[str]) -> None:
        self.name = name
        self.pipe_names = pipes
        self.looks = 0

    @property
    def meta(self) -> dict[str, str]:
        self.looks += 1
        return {"lang": "en", "name": self.name, "version": "3.8.0"}


def test_the_model_key_reads_the_pipelines_meta_once() -> None:
    nlp = _Pipeline("core_web_sm", ["tok2vec", "parser", "ner"])
    assert model_key(nlp) == "core_web_sm3.8.0:tok2vec,parser,ner"  # type: ignore[arg-type]
    assert model_key(nlp) == "core_web_sm3.8.0:tok2vec,parser,ner"  # type: ignore[arg-type]
    assert nlp.looks == 1


def test_the_key_follows_the_active_components_and_the_pipeline() -> None:
    nlp = _Pipeline("core_web_sm", ["tok2vec", "parser", "ner"])
    model_key(nlp)  # type: ignore[arg-type]
    nlp.pipe_names = ["tok2vec", "parser"]  # a component disabled: parses made with it are not these
    assert model_key(nlp) == "core_web_sm3.8.0:tok2vec,parser"  # type: ignore[arg-type]
    other = _Pipeline("core_web_lg", ["tok2vec", "parser", "ner"])
    assert model_key(other) == "core_web_lg3.8.0:tok2vec,parser,ner"  # type: ignore[arg-type]


def test_a_real_pipeline_keys_as_before(nlp) -> None:
    meta = nlp.meta
    assert model_key(nlp) == f"{meta['name']}{meta['version']}:{','.join(nlp.pipe_names)}"
