"""Whom an unresolved "they" goes on with: the unnamed plural subject of the main clause before it (no actor). The row
keeps source None and source_text "They" (the lead's decision, s20 r2a); the records' `stands_for` holds the phrase,
from which the story derives the group as from the phrase written at the cue."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


def _row(parsed, text: str, words: str) -> tuple[str | None, str | None]:
    """(source_text, stands_for) of the claim holding ``words``; its source is None."""
    hits = [c for c in claims_of(parsed, text) if words in c.text]
    assert hits, [c.text for c in claims_of(parsed, text)]
    assert hits[0].source is None
    return hits[0].source_text, hits[0].stands_for


@pytest.mark.parametrize(
    ("text", "words", "shown"),
    [
        (
            "Analysts expect the number of electric vehicles for sale in the U.S. to grow from 16 currently to as many "
            "as 80 by 2022. They say the increased selection will make them more popular.",
            "increased selection",
            "Analysts",
        ),
        (
            "Protesters believe the extradition bill is an example of the city's eroding autonomy.\n\n"
            "They worry that Beijing is taking back the freedoms.",
            "taking back",
            "Protesters",
        ),
        (
            "Democratic lawmakers met on Monday and they said that the bill would pass.",
            "would pass",
            "Democratic lawmakers",
        ),
        (
            "To be sure, Xi and his comrades on the powerful Standing Committee do not want to send the army into "
            "the city.\n\nThey know that doing so would spark immediate international furor.",
            "international furor",
            "Xi and his comrades on the powerful Standing Committee",
        ),
    ],
)
def test_they_shows_its_plural_subject(parsed, text, words, shown):
    said, source = _row(parsed, text, words)
    assert (said.lower(), source) == ("they", shown)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # A plural thing does not speak: the "they" stays as written.
        ("The new rules were adopted on Monday. They say that banks must hold more capital.", "more capital"),
        # A singular subject before it is no antecedent of "they".
        ("The mayor spoke on Monday. They said that the bridge would reopen.", "would reopen"),
        # (review s20 r1a MED) people acted on in the subject's clause may be whom "they" goes on with.
        ("Officers arrested three protesters on Monday. They say they were beaten in custody.", "beaten"),
        # Two sentences back is out of reach.
        (
            "Analysts expect sales to grow. The market opened higher on Monday. They say the new models will sell.",
            "new models",
        ),
    ],
)
def test_they_stays_as_written(parsed, text, words):
    assert _row(parsed, text, words) == ("They", None)


def test_named_group_stays_resolved(parsed):
    # near miss: a group the story names is the source, as before
    text = "Democrats blocked the bill on Tuesday. They said the plan was unfair to workers."
    assert [c.source for c in claims_of(parsed, text) if "unfair" in c.text] == ["Democrats"]


def test_story_source_as_if_written(tmp_path):
    # the lead's test: "They say" after "Senior US officials expect" gets the story source "Senior US officials" gets
    import json
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("Senior US officials expect the talks to fail. They say the offer is weak.\n")
    (tmp_path / "b.txt").write_text("Senior US officials say the offer is weak.\n")
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from tui.cli import main; import sys; sys.exit(main())",
            "extract",
            str(tmp_path),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    sources = {c["document"].rsplit("/", 1)[-1]: c["source"] for c in json.loads(out)["claims"] if "offer" in c["text"]}
    assert sources["a.txt"] == sources["b.txt"] is not None
