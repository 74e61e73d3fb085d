"""A money rate's denominator (Figure.per): "$1.40 a share" is unit USD, per "share", kept apart from totals in USD,
shown and exported with its denominator, stored and compared like any field."""

from __future__ import annotations

import csv
import io
import json

import pytest

from extract.diff import diff_stories
from extract.export import render
from extract.keys import compared_unit, figure_key, unit_with_per
from extract.records import DocFacts, DocumentInfo, Figure, Story
from extract.store import Store
from tui.widgets.detail_data import Texts, figure_detail, plain_number
from tui.widgets.view import ViewFilter, view_story


def money(value: float, display: str, per: str | None = None, about: str = "dividend", start: int = 0) -> Figure:
    return Figure(
        display,
        value,
        "money",
        "USD",
        None,
        None,
        about,
        f"It paid {display}.",
        "a.txt",
        start,
        start + 9,
        display,
        per=per,
    )


RATE = money(1.4, "USD 1.40 per share", per="share")
TOTAL = money(2e9, "USD 2 bn")


def test_a_rate_is_compared_with_its_denominator() -> None:
    assert compared_unit(RATE) == "USD per share"
    assert compared_unit(TOTAL) == "USD"  # near miss: a total keeps its ISO code alone
    assert figure_key(RATE) != figure_key(TOTAL)


def test_one_function_spells_a_rate_unit() -> None:
    # keys (comparison, detail view) and the CSV/Markdown exports all write a rate's unit through it
    assert unit_with_per("USD", "share") == "USD per share"
    assert unit_with_per("USD", None) == "USD"
    assert unit_with_per(None, None) is None


def test_a_new_denominator_is_a_change() -> None:
    old = Story(figures=(money(1.4, "USD 1.40", per="share"),))
    new = Story(figures=(money(1.4, "USD 1.40", per="unit"),))
    assert diff_stories(old, new).changes
    assert not diff_stories(old, Story(figures=(money(1.4, "USD 1.40", per="share"),))).changes


def test_exports_write_the_rate() -> None:
    story = Story(figures=(RATE, TOTAL))
    rows = list(csv.reader(io.StringIO(render(story, "csv"))))
    unit = rows[0].index("unit")
    assert [r[unit] for r in rows[1:]] == ["USD per share", "USD"]
    assert "| USD per share |" in render(story, "markdown")
    figures = json.loads(render(story, "json"))["figures"]
    assert [(f["unit"], f["per"]) for f in figures] == [("USD", "share"), ("USD", None)]


def test_the_detail_shows_the_rate_and_the_filter_finds_it() -> None:
    story = Story(figures=(RATE, TOTAL))
    texts = Texts(lambda name: "It paid USD 1.40 per share.")
    assert dict(figure_detail(RATE, story, texts).facts)["Value"] == "1.4 USD per share"
    assert dict(figure_detail(TOTAL, story, texts).facts)["Value"] == "2,000,000,000 USD"  # near miss: a total
    assert view_story(story, ViewFilter(text={"figures": "share"})).figures == (RATE,)


def test_the_store_keeps_the_denominator(tmp_path) -> None:
    store = Store.open(tmp_path / "story", tmp_path / "state")
    info = DocumentInfo("a.txt", "", 10, "abc", 1.0)
    store.save_facts(DocFacts(info, figures=(RATE, TOTAL)), size=10, model="m")
    assert store.load_facts()["a.txt"].figures == (RATE, TOTAL)
    store.close()


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (2e9, "2,000,000,000"),
        (22719401753433.0, "22,719,401,753,433"),
        (1234567.0, "1,234,567"),
        (1.4, "1.4"),
        (1 / 3, "0.3333333333333333"),
        (13e6, "13,000,000"),
        (5.0, "5"),
    ],
)
def test_the_detail_writes_a_value_in_full(value: float, shown: str) -> None:
    # review s19 r2 HIGH-9: ':,g' wrote 2e+09, 1.23457e+06 (digits lost) and 2.27194e+13.
    assert plain_number(value) == shown
