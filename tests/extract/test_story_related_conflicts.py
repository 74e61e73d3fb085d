"""A story's figures of two documents contradict each other only when both documents are about the same story: they
share one of the people or organisations each names most, or what is counted names whose things they are."""

from __future__ import annotations

import pytest

from extract.engine import Engine
from extract.story import StoryBuilder, build_story

ACME = (
    "Acme Corp said on Monday that it employs 12,000 workers. Acme Corp chief executive Jane Smith said the company "
    "would keep its plants open."
)
GLOBEX = (
    "Globex Inc said on Tuesday that it has 15,000 workers. Globex Inc chief executive John Brown said the company "
    "would hire more."
)
ACME_UNION = "The union said Acme Corp has 15,000 workers. Acme Corp did not comment."


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


def _workers(story) -> list[list[float]]:
    return [sorted(v.value for v in c.values) for c in story.conflicts if c.about == "workers"]


def test_two_unrelated_articles_with_clashing_counts_make_no_conflict(engine: Engine) -> None:
    # One company's 12,000 workers and another's 15,000 are two counts, not one in dispute.
    story = build_story([engine.extract_text(ACME, "acme.txt"), engine.extract_text(GLOBEX, "globex.txt")])
    assert _workers(story) == []


def test_two_articles_about_the_same_company_clash(engine: Engine) -> None:
    story = build_story([engine.extract_text(ACME, "acme.txt"), engine.extract_text(ACME_UNION, "union.txt")])
    assert _workers(story) == [[12000.0, 15000.0]]


def test_a_country_both_name_is_no_shared_story(engine: Engine) -> None:
    # Unrelated articles name the same country all the time: a place is no sign of the same story.
    a = ACME.replace("Monday", "Monday in the United States")
    b = GLOBEX.replace("Tuesday", "Tuesday in the United States")
    story = build_story([engine.extract_text(a, "acme.txt"), engine.extract_text(b, "globex.txt")])
    assert [a.documents for a in story.actors if a.name == "United States"] == [("acme.txt", "globex.txt")]
    assert _workers(story) == []


def test_what_is_counted_can_name_whose_it_is(engine: Engine) -> None:
    # "North Korean soldiers" names whose soldiers: two sources' counts of them clash, whoever else each names.
    story = build_story(
        [
            engine.extract_text("Lloyd Austin said that 13,000 North Korean soldiers were in Russia.", "a.txt"),
            engine.extract_text("According to Volodymyr Zelensky, 12,000 North Korean soldiers have arrived.", "b.txt"),
        ]
    )
    assert [sorted(v.value for v in c.values) for c in story.conflicts] == [[12000.0, 13000.0]]


def test_a_document_that_comes_to_name_the_company_is_checked_again(engine: Engine) -> None:
    # Its figures stay the same, whom it is about changes: the builder must not keep the old answer.
    acme, globex = engine.extract_text(ACME, "acme.txt"), engine.extract_text(GLOBEX, "globex.txt")
    builder = StoryBuilder()
    assert _workers(builder.build([acme, globex])) == []
    renamed = engine.extract_text(GLOBEX.replace("Globex Inc", "Acme Corp"), "globex.txt")
    assert _workers(builder.build([acme, renamed])) == [[12000.0, 15000.0]]
    assert _workers(builder.build([acme, globex])) == []
