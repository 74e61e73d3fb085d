"""The model's vocabulary holds every string stored with it, though they are added after the load (one at a time, so
that other threads run meanwhile: spaCy adds them in one call that holds the interpreter)."""

from __future__ import annotations

import srsly


def test_the_loaded_model_holds_every_stored_string(nlp) -> None:
    stored = srsly.read_json(nlp._path / "vocab" / "strings.json")
    strings = nlp.vocab.strings
    assert len(stored) > 10_000
    assert [s for s in stored if s not in strings] == []


def test_a_parse_finds_the_strings_of_its_labels(nlp) -> None:
    doc = nlp("The US Secretary of Defense, Lloyd Austin, said that 13,000 North Korean soldiers were in Russia.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PERSON"] == [("Lloyd Austin", "PERSON")]
    assert {t.tag_ for t in doc} >= {"NNP", "VBD", "CD"}
