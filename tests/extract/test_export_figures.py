"""The exports keep what a figure's reader needs (probe s29 UX-1 HIGH): the Markdown report wrote 'more than 400,000'
as a flat 400,000, 'up to 590 km' as 590 kilometres and a 5.5-point drop as 5.5 points, and named files without the
line every panel shows."""

from __future__ import annotations

import csv
import io

from extract.export import CSV_HEADER, figure_text, to_csv, to_markdown
from extract.records import Claim, DocumentInfo, Figure, Story


def _figure(
    text: str,
    value: float,
    unit: str | None,
    qualifier: str | None,
    direction: str | None,
    display: str,
    kind: str = "count",
    about: str | None = "state residents",
    line: int = 3,
) -> Figure:
    return Figure(
        text,
        value,
        kind,
        unit,
        qualifier,
        direction,
        about,
        f"It was {text}.",
        "04a6.txt",
        10,
        20,
        display=display,
        line=line,
    )


MORE = _figure("more than 400,000", 400000.0, "resident", "more than", None, "400,000")
DROP = _figure("5.5 points", 5.5, "point", None, "down", "5.5 points", kind="quantity", about="nominee", line=7)
UPTO = _figure("up to 590 km", 590.0, "kilometre", "up to", None, "590 kilometres", kind="quantity", about=None)
PLAIN = _figure("1,200 jobs", 1200.0, "job", None, None, "1,200", about="jobs", line=0)
CLAIM = Claim("it would cut 1,200 jobs", "Acme", "Acme", "said", "indirect", "acme.txt", 0, 23, line=4)
STORY = Story(
    documents=(DocumentInfo("04a6.txt", "t", 10, "0" * 64, 0.0),),
    figures=(MORE, DROP, UPTO, PLAIN),
    claims=(CLAIM,),
)


def test_figure_text_carries_qualifier_and_direction():
    assert figure_text(MORE) == "more than 400,000"
    assert figure_text(DROP) == "\u2193 5.5 points"
    assert figure_text(UPTO) == "up to 590 kilometres"
    assert figure_text(PLAIN) == "1,200"


def test_markdown_rows_say_what_the_panel_says_and_where():
    md = to_markdown(STORY)
    assert "| state residents | more than 400,000 | 400000.0 | resident | 04a6.txt:3 |" in md
    assert "| nominee | \u2193 5.5 points | 5.5 | point | 04a6.txt:7 |" in md
    assert "| up to 590 kilometres | 590.0 | kilometre | 04a6.txt:3 |" in md
    assert "| jobs | 1,200 | 1200.0 | job | 04a6.txt |" in md  # no line known: the file alone
    assert "_acme.txt:4_" in md


def test_csv_keeps_its_columns_and_adds_qualifier_direction_and_line():
    rows = list(csv.reader(io.StringIO(to_csv(STORY))))
    assert tuple(rows[0]) == CSV_HEADER
    assert rows[0][:9] == ["type", "text", "who_or_what", "value", "unit", "kind", "document", "start", "end"]
    by_text = {r[1]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert by_text["more than 400,000"]["qualifier"] == "more than"
    assert by_text["5.5 points"]["direction"] == "down" and by_text["5.5 points"]["line"] == "7"
    assert by_text["it would cut 1,200 jobs"]["line"] == "4"
    assert all(len(r) == len(CSV_HEADER) for r in rows)
