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


def test_a_document_whose_figures_stay_but_that_comes_to_name_the_company_is_checked_again(engine: Engine) -> None:
    # The same figures, equal to the last build's (text added after them): only whom the document is about changes,
    # so the builder must check the key again rather than keep its answer for the same figures.
    acme, globex = engine.extract_text(ACME, "acme.txt"), engine.extract_text(GLOBEX, "globex.txt")
    builder = StoryBuilder()
    assert _workers(builder.build([acme, globex])) == []
    rival = GLOBEX + "\n\nGlobex Inc competes with Acme Corp. Acme Corp makes the same parts.\n"
    grown = engine.extract_text(rival, "globex.txt")
    assert grown.figures == globex.figures
    assert _workers(builder.build([acme, grown])) == [[12000.0, 15000.0]]
    assert _workers(builder.build([acme, globex])) == []


TESCO = (
    "LONDON (Reuters) - British retailer Tesco said on Wednesday it would cut 4,500 jobs as it shuts counters in its "
    "stores. Chief executive Dave Lewis said the decision was difficult."
)
SIEMENS = (
    "FRANKFURT (Reuters) - Siemens said on Thursday it would cut 2,700 jobs worldwide. Chief executive Joe Kaeser "
    "said the cuts were needed."
)


def _jobs(story) -> list[list[float]]:
    return [sorted(v.value for v in c.values) for c in story.conflicts if c.about == "jobs"]


def test_two_wire_stories_of_one_agency_are_no_same_story(engine: Engine) -> None:
    # The agency of the dateline says who wrote the article, not what it is about (review s18 HIGH-1).
    story = build_story([engine.extract_text(TESCO, "tesco.txt"), engine.extract_text(SIEMENS, "siemens.txt")])
    assert _jobs(story) == []
    ap = (
        "NEW YORK (AP) - Macy's will cut 2,000 jobs, The Associated Press has learned.",
        "DETROIT (AP) - General Motors will cut 4,000 jobs, a person briefed on the plan told The Associated Press.",
    )
    story = build_story([engine.extract_text(ap[0], "macys.txt"), engine.extract_text(ap[1], "gm.txt")])
    assert _jobs(story) == []


def test_two_wire_stories_about_one_company_clash(engine: Engine) -> None:
    other = "MANCHESTER (Reuters) - Tesco will cut 4,000 jobs, the Usdaw union said on Thursday. Tesco did not comment."
    story = build_story([engine.extract_text(TESCO, "tesco.txt"), engine.extract_text(other, "union.txt")])
    assert _jobs(story) == [[4000.0, 4500.0]]


def test_a_local_paper_told_is_no_same_story(engine: Engine) -> None:
    # Review s18 HIGH-2: the outlet a spokesman told reports the story, whatever paper it is.
    a = "Harvard University will cut 400 jobs, a spokesman told The Boston Globe on Monday. Harvard cited cuts."
    b = "Boeing will cut 600 jobs, a company spokesperson told The Boston Globe on Tuesday. Boeing shares fell."
    story = build_story([engine.extract_text(a, "harvard.txt"), engine.extract_text(b, "boeing.txt")])
    assert _jobs(story) == []


def test_a_streaming_tv_service_is_no_news_organisation(engine: Engine) -> None:
    # Review s18 MED-4 (in part): 'TV' ends a service's or a maker's name as often as a broadcaster's.
    a = "YouTube TV now has more than 8 million subscribers, Google said on Tuesday. YouTube TV raised its price."
    b = "YouTube TV has about 5 million subscribers, analysts at MoffettNathanson said. YouTube TV is on most TVs."
    story = build_story([engine.extract_text(a, "a.txt"), engine.extract_text(b, "b.txt")])
    assert [sorted(v.value for v in c.values) for c in story.conflicts] == [[5000000.0, 8000000.0]]


def test_a_sentence_opening_with_what_is_counted_names_nobody(engine: Engine) -> None:
    # Review s18 HIGH-3: the capital of 'Top speed is 99 mph' is the sentence's, not a name tying two documents.
    a = "Volkswagen showed its new electric van on Tuesday in Los Angeles. Top speed is 99 mph, the company said."
    b = "Porsche unveiled the new Taycan on Wednesday. The car has a top speed of 124 mph, Porsche said."
    story = build_story([engine.extract_text(a, "vw.txt"), engine.extract_text(b, "porsche.txt")])
    assert story.conflicts == ()


def test_a_company_whose_name_ends_in_an_everyday_word_is_a_subject(engine: Engine) -> None:
    # Review s18 MED-6: 'Royal Mail' is the story, not a paper.
    a = "Royal Mail said on Wednesday it would cut 4,500 jobs. Royal Mail chief executive Simon Thompson spoke."
    b = "Royal Mail will cut 2,700 jobs, the Communication Workers Union said on Thursday. Royal Mail did not comment."
    story = build_story([engine.extract_text(a, "a.txt"), engine.extract_text(b, "b.txt")])
    assert _jobs(story) == [[2700.0, 4500.0]]


def _without_actors(facts):
    import dataclasses

    return dataclasses.replace(facts, mentions=())


def test_a_document_whose_names_were_missed_shares_the_story_of_its_claims_source(engine: Engine) -> None:
    # Engine probe s30 P132: the tagger found no name in a short item ("Pfizer said its plan ... would cost 700
    # jobs"); the name its claim is sourced to stands in, so its count still meets the other source's.
    a = engine.extract_text("Acme Corp said on Monday that it employs 12,000 workers.", "a.txt")
    b = _without_actors(engine.extract_text("Acme Corp said on Tuesday that it has 15,000 workers.", "b.txt"))
    assert [c.source_text for c in b.claims] == ["Acme Corp"]
    assert _workers(build_story([a, b])) == [[12000.0, 15000.0]]
    # ... and not when the claim is sourced to another company
    c = _without_actors(engine.extract_text("Globex Inc said on Tuesday that it has 15,000 workers.", "c.txt"))
    assert _workers(build_story([a, c])) == []


def test_an_unresolved_source_the_story_knows_as_an_actor_stands_in_as_files_come(engine: Engine) -> None:
    # The Pfizer case: the quotes engine could not resolve the second item's "Acme Corp" (no actor there), but the
    # story knows Acme Corp from the first; the builder finds that again when the first file comes after.
    import dataclasses

    a = engine.extract_text("Acme Corp said on Monday that it employs 12,000 workers.", "a.txt")
    b = _without_actors(engine.extract_text("Acme Corp said on Tuesday that it has 15,000 workers.", "b.txt"))
    b = dataclasses.replace(b, claims=tuple(dataclasses.replace(c, source=None, sources=()) for c in b.claims))
    assert [c.source_text for c in b.claims] == ["Acme Corp"]
    builder = StoryBuilder()
    assert _workers(builder.build([b])) == []
    assert _workers(builder.build([b, a])) == _workers(build_story([b, a])) == [[12000.0, 15000.0]]
    assert _workers(builder.build([b])) == []


def test_a_common_noun_opening_the_sentence_is_no_shared_subject(engine: Engine) -> None:
    # Review s30 revA-R7: "Officials" is capitalised only as the sentence's first word; two fires are two stories.
    a = engine.extract_text("Officials said 300 homes were destroyed by the fire.", "a.txt")
    b = engine.extract_text("Officials said 450 homes were destroyed by the flood.", "b.txt")
    assert not any(m.kind in ("person", "organization") for d in (a, b) for m in d.mentions)
    assert [c.about for c in build_story([a, b]).conflicts] == []
