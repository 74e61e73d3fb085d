"""Two files of one name in two folders are told apart wherever a file is named (probe s28 UX-15): sub/deep.txt and
sub2/deep.txt both read 'deep.txt:1' in the Claims panel, the Changes log and a copied attribution."""

from __future__ import annotations

import pytest

from extract.records import Claim, DocumentInfo, Story
from tui.widgets import safe
from tui.widgets.cite import cite_claim
from tui.widgets.panels import RowInputs, prepare_rows
from tui.widgets.safe import file_name, know_paths, place, short_path, theme_styles


@pytest.fixture(autouse=True)
def _forget():
    yield
    know_paths(())


def test_the_shortest_tail_that_tells_the_files_apart():
    know_paths(["a.txt", "day1/update.txt", "day2/update.txt", "x/in/notes.md", "y/in/notes.md", "notes.md", "b.txt"])
    assert short_path("day1/update.txt") == "day1/update.txt"
    assert short_path("day2/update.txt") == "day2/update.txt"
    assert short_path("x/in/notes.md") == "x/in/notes.md"  # 'in/notes.md' is two files' tail
    assert short_path("notes.md") == "notes.md"
    assert short_path("a.txt") == "a.txt" and short_path("sub/b.txt") == "b.txt"  # unique, or not in the story
    assert place("day1/update.txt", 4) == "day1/update.txt:4"
    assert file_name("day2/update.txt") == "day2/update.txt"


def test_a_unique_name_stays_short_and_the_generation_moves_only_on_a_change():
    g0 = know_paths(["sub/deep.txt", "other.txt"])
    assert short_path("sub/deep.txt") == "deep.txt"
    assert know_paths(["sub/deep.txt", "other.txt"]) == g0
    g1 = know_paths(["sub/deep.txt", "sub2/deep.txt", "other.txt"])
    assert g1 != g0 and short_path("sub/deep.txt") == "sub/deep.txt"
    assert know_paths(["sub/deep.txt", "sub2/deep.txt", "other.txt", "new.txt"]) == g1  # the names shown stay
    assert safe.paths_generation() == g1


def _info(path: str) -> DocumentInfo:
    return DocumentInfo(path, "", 9, "0" * 64, 0.0)


def test_panels_and_attribution_name_the_folder():
    claims = (
        Claim("31 officers were hurt", "Dan Roe", "Dan Roe", "said", "indirect", "sub/deep.txt", 0, 21, line=1),
        Claim("42 officers were hurt", "Al Moss", "Al Moss", "said", "indirect", "sub2/deep.txt", 0, 21, line=1),
    )
    story = Story(documents=(_info("sub/deep.txt"), _info("sub2/deep.txt")), claims=claims)
    rows = prepare_rows(story, {}, RowInputs(styles=theme_styles({}), claims_width=120))
    assert sorted(r.cells[3][0] for r in rows.claims.rows) == ["sub/deep.txt:1", "sub2/deep.txt:1"]
    assert cite_claim(claims[1]).endswith("(per sub2/deep.txt, line 1)")
