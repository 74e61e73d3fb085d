"""Actors: a one-word name the tagger calls a place and the gazetteer does not know is a company when the text uses
it as one (its spokesperson, shares or show; it reports news)."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors
from extract.records import Mention
from tests.extract.helpers import kinds_of


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Taylor Swift said Big Machine had blocked her Netflix special.", "Netflix", "organization"),
        ("Bloomberg reported on Monday that WeWork is raising money.", "Bloomberg", "organization"),
        ("The shares rose 3%, Jefferies analyst Jonathan Matuszewski wrote on Tuesday.", "Jefferies", "organization"),
        # Near misses: a small town the gazetteer does not know keeps its place when the text uses it as one.
        ("The Alden police chief said the road was closed.", "Alden", "place"),
        ("The report said the Alden clinic was closed.", "Alden", "place"),
    ],
)
def test_a_place_the_text_uses_as_a_company(parsed, text: str, name: str, kind: str) -> None:
    assert kinds_of(parsed, text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Trump saw the request to investigate Ukrainian energy company Burisma as a favour.",
            "Burisma",
            "organization",
        ),
        ("The report was first published by news site Politico on Monday.", "Politico", "organization"),
        # Near misses: the subject of a clause after the noun, and a name after a role, are people.
        ("It is the company Smith founded in 2010.", "Smith", "person"),
        # An adverb between the subject and its verb ("now leads", "once led") is still a clause.
        ("The party Netanyahu now leads lost four seats in the election.", "Netanyahu", "person"),
        (
            "TAMPA, Fla. (AP) — The Buccaneers hired a new coach on Monday. The team Brady once led has not won a "
            "playoff game since 2021.",
            "Brady",
            "person",
        ),
        ("Company founder Elon Musk spoke on Tuesday.", "Elon Musk", "person"),
    ],
)
def test_a_name_after_an_organisation_noun(parsed, text: str, name: str, kind: str) -> None:
    assert kinds_of(parsed, text).get(name) == kind


def mention(name: str, kind: str, label: str, document: str, start: int) -> Mention:
    return Mention(name, name, kind, start, start + len(name), document, None, label)


def test_what_the_text_says_outweighs_a_tag() -> None:
    # "energy company Burisma" (tagged PERSON, said an organisation) against one bare PERSON tag of the article.
    said = mention("Burisma", "organization", "PERSON", "a.txt", 0)
    actors, _ = merge_actors([said, mention("Burisma", "person", "PERSON", "a.txt", 100)])
    assert [(a.name, a.kind) for a in actors] == [("Burisma", "organization")]
    # Near miss: three bare tags against it still win.
    bare = [mention("Burisma", "person", "PERSON", "a.txt", 100 * k) for k in (1, 2, 3)]
    actors, _ = merge_actors([said, *bare])
    assert [(a.name, a.kind) for a in actors] == [("Burisma", "person")]


@pytest.mark.parametrize(
    "text",
    [
        # A town reports a count, and announces, launches or releases as a company does.
        "Hopkinton reported 12 new cases on Thursday, bringing its total to 241, according to the town's health "
        "department.",
        "Xinjiang reported 23 new local COVID-19 infections on Monday, the regional health commission said.",
        "Kenosha announced a curfew on Monday night after a second night of unrest.",
        "Flint residents have long complained. Flint announced in March that it had replaced 10,000 service lines.",
        # A town of any size the data packages know is no news outlet even when it reports with a clause.
        "Flint residents have long complained. Flint reported on Monday that its water was safe again.",
        "Kenosha residents met on Sunday. Kenosha reported on Monday that the curfew had worked.",
    ],
)
def test_a_town_that_reports_or_announces_stays_a_place(parsed, text: str) -> None:
    name = text.split(" ", 1)[0]
    assert kinds_of(parsed, text).get(name) == "place"


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a news outlet reporting news, alone or as a conjunct, is an organisation.
        "This comes less than a week after Bloomberg reported WeWork is the subject of an inquiry.",
        "As both NBC News and Bloomberg have reported, there is a security risk.",
    ],
)
def test_a_news_outlet_that_reports_is_a_company(parsed, text: str) -> None:
    assert kinds_of(parsed, text).get("Bloomberg") == "organization"


def test_a_company_under_its_legal_form_and_without(parsed) -> None:
    doc, rep = parsed(
        "STOCKHOLM (Reuters) — Volvo AB reported higher-than-expected quarterly profit on Friday. Volvo said operating "
        "income rose 12%. Volvo, the world's second-largest truckmaker, said demand in Europe had held up."
    )
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    assert [(a.name, a.mentions) for a in actors if a.name.startswith("Volvo")] == [("Volvo AB", 3)]


def test_a_place_tag_the_text_retyped_counts_once() -> None:
    # "Kenosha announced a curfew. Businesses in Kenosha boarded up": one company use against two place uses.
    used = mention("Kenosha", "organization", "GPE", "a.txt", 0)
    places = [mention("Kenosha", "place", "GPE", "a.txt", 100 * k) for k in (1, 2)]
    actors, _ = merge_actors([used, *places])
    assert [(a.name, a.kind) for a in actors] == [("Kenosha", "place")]
    # Near miss: as many company uses as place uses still make a brand ("her Netflix special").
    actors, _ = merge_actors([used, mention("Kenosha", "place", "GPE", "a.txt", 100)])
    assert [(a.name, a.kind) for a in actors] == [("Kenosha", "organization")]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A dateline is the story's town, whatever the tagger said (it tags 'UVALDE' ORG).
        (
            "UVALDE, Texas (AP) — Uvalde announced on Friday that it would hire an outside investigator. Families in "
            "Uvalde have demanded answers for months.",
            "Uvalde",
            "place",
        ),
        # Near miss: an organisation in capitals before a dash is no town.
        ("NASA — The agency said on Monday that the launch would slip.", "NASA", "organization"),
    ],
)
def test_a_dateline_is_a_place(parsed, text: str, name: str, kind: str) -> None:
    doc, rep = parsed(text)
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    assert {a.kind for a in actors if name in (a.name, *a.aliases)} == {kind}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # The small model tags a legal form alone PERSON ("SE") and leaves the company's name untagged.
        (
            "MAINZ, Germany (AP) — BioNTech SE said Monday it would cut jobs at two German sites. BioNTech said "
            "about 950 positions would be affected.",
            {("BioNTech SE", "organization", 2)},
        ),
        # Near miss: a person's name keeps its kind.
        ("Singer Chris Brown announced a new tour on Monday.", {("Chris Brown", "person", 1)}),
    ],
)
def test_a_legal_form_tagged_a_person_is_its_company(parsed, text: str, actors: set) -> None:
    doc, rep = parsed(text)
    got, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    named = {name for name, _, _ in actors} | {"SE"}
    assert {(a.name, a.kind, a.mentions) for a in got if a.name in named} == actors


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A bare title noun opening the sentence is set before its subject: the name is the organisation.
        ("News site Politico first reported the memo on Monday.", "Politico", "organization"),
        ("Energy company Burisma hired Hunter Biden in 2014.", "Burisma", "organization"),
        # Near misses: with a determiner the noun heads a clause whose subject is the name, a person.
        ("The party Netanyahu now leads lost four seats in the election.", "Netanyahu", "person"),
        ("The company Smith founded went bankrupt.", "Smith", "person"),
    ],
)
def test_a_bare_title_noun_before_a_subject(parsed, text: str, name: str, kind: str) -> None:
    assert kinds_of(parsed, text).get(name) == kind


def actor_kinds(parsed, text: str) -> dict[str, str]:
    doc, rep = parsed(text)
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name: a.kind for a in actors}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # An organisation noun before a name tagged a place says what it is, and outweighs a person tag elsewhere.
        (
            "NEW YORK (AP) — News site Politico first reported the leak on Monday. Politico said it had confirmed "
            "the draft.",
            "Politico",
            "organization",
        ),
        # Near miss: a company use alone ("announced") of a town tagged a place keeps the place.
        (
            "KENOSHA, Wis. (AP) — Kenosha announced a curfew on Monday night. Businesses in Kenosha were boarded up.",
            "Kenosha",
            "place",
        ),
    ],
)
def test_an_organisation_noun_outweighs_a_tag(parsed, text: str, name: str, kind: str) -> None:
    assert actor_kinds(parsed, text).get(name) == kind


def test_a_name_the_tagger_left_out_after_an_organisation_noun_is_one(parsed) -> None:
    # gum_dev: "US team Cloud9 and Immortals" gave no actor (the tagger tags neither; 'Cloud9' as a common noun).
    kinds = kinds_of(parsed, "The finals saw US team Cloud9 and Immortals, from Brazil, face off in Counter-Strike.")
    assert kinds.get("Cloud9") == kinds.get("Immortals") == "organization"


def test_no_name_after_an_organisation_noun_that_is_no_restatement(parsed) -> None:
    # Near misses: the subject of a clause after the noun; the end of a hyphenated adjective.
    kinds = kinds_of(
        parsed,
        "The company Smith founded grew quickly. Unlike the old-school Mac Pro, the new model has handles.",
    )
    assert kinds.get("Smith") == "person"
    assert "Mac Pro" not in kinds


def test_a_name_with_a_stock_ticker_is_a_company(parsed) -> None:
    # "peer Lowe's (LOW) stock": the ticker says a listed company, which the tagger called a person with role 'peer'.
    text = "The stock has slid, and peer Lowe's (LOW) stock is off too, down 1.8%. Lowe's reports earnings Wednesday."
    assert kinds_of(parsed, text) == {"Lowe's": "organization"}


def test_post_nominal_letters_are_no_ticker(parsed) -> None:
    # Near miss: letters the name does not hold in order are a person's, not a ticker.
    text = "Labour MP Jane Smith spoke first. Later, Smith (MP) said the vote would be close."
    assert kinds_of(parsed, text) == {"Jane Smith": "person", "Smith": "person"}
