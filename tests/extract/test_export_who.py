"""The exports name who said a quote or claim as the Claims panel does (probe s30 U8): a speaker the story resolved
to no actor ('The ministry', 'one estimate') was an empty CSV cell and 'unattributed' in Markdown, while the screen
named them."""

from __future__ import annotations

import csv
import io

from extract.export import to_csv, to_markdown
from extract.records import Claim, Quote, Story

UNRESOLVED = Claim("1,200 bridges need repair", None, "The ministry", "said", "indirect", "l.txt", 0, 5, line=3)
RESOLVED = Claim("the talks failed", "Reuters", "Reuters", "said", "indirect", "r.txt", 0, 5, line=4)
NOBODY = Claim("the toll rose", None, None, None, "indirect", "n.txt", 0, 5, line=1)
QUOTE = Quote("We will not back down.", None, "Doe", "said", "m.txt", 0, 20, line=3)


def test_csv_and_markdown_name_an_unresolved_speaker_as_written():
    story = Story(quotes=(QUOTE,), claims=(UNRESOLVED, RESOLVED, NOBODY))
    rows = {r[1]: r[2] for r in csv.reader(io.StringIO(to_csv(story)))}
    assert rows["1,200 bridges need repair"] == "The ministry"
    assert rows["We will not back down."] == "Doe"
    assert rows["the talks failed"] == "Reuters" and rows["the toll rose"] == ""
    md = to_markdown(story)
    assert "- **The ministry** (said): 1,200 bridges need repair" in md
    assert "- **unattributed** (indirect): the toll rose" in md
