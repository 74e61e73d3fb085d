"""Actors: mentions from the parse, one actor per real-world actor, right kinds and roles."""

from __future__ import annotations

import random

import pytest

from extract.actors import MergeMemo, clean_name, extract_mentions, merge_actors
from extract.records import Mention
from extract.repair import repair


def actors_of(parsed, *texts: str):
    mentions = []
    for n, text in enumerate(texts):
        doc, rep = parsed(text)
        mentions += extract_mentions(doc, rep, f"doc{n}.txt")
    return mentions, merge_actors(mentions)


def by_name(actors):
    return {a.name: a for a in actors}


def test_mention_text_is_the_original_slice(parsed) -> None:
    text = "The US Secretary of Defense, Lloyd Austinhe stated that South Koreawhich has sent a delegation."
    doc, rep = parsed(text)
    mentions = extract_mentions(doc, rep, "seed.txt")
    assert mentions
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.document == "seed.txt"
    names = {m.name for m in mentions}
    assert "Lloyd Austin" in names
    assert "South Korea" in names


@pytest.mark.parametrize(
    ("text", "name", "aliases"),
    [
        (
            "Volodymyr Zelensky spoke in Kyiv. Later Zelensky said the front held. Zelensky left.",
            "Volodymyr Zelensky",
            {"Zelensky"},
        ),
        (
            "Ursula von der Leyen warned on Monday. Von der Leyen said more aid was coming.",
            "Ursula von der Leyen",
            {"Von der Leyen"},
        ),
        (
            "The European Union met in Brussels. The EU said sanctions would follow.",
            "European Union",
            {"EU"},
        ),
        (
            "The United States sent aid. The U.S. later sent more, and US officials agreed.",
            "United States",
            {"US"},
        ),
        (
            "Officials at the World Health Organisation spoke. The WHO said cases fell.",
            "World Health Organisation",
            {"WHO"},
        ),
        (
            "The Union of Rationalist Atheists and Agnostics (UAAR) objected. UAAR has 11,000 members.",
            "Union of Rationalist Atheists and Agnostics",
            {"UAAR"},
        ),
        ("The World Health Organisation (WHO) said so.", "World Health Organisation", {"WHO"}),
    ],
)
def test_forms_of_one_actor_merge(parsed, text: str, name: str, aliases: set[str]) -> None:
    _, (actors, index) = actors_of(parsed, text)
    actor = by_name(actors)[name]
    assert aliases <= set(actor.aliases)
    for alias in aliases:
        assert index[alias.lower()] == name


def test_a_web_site_is_the_organisation_that_runs_it(parsed) -> None:
    text = (
        "Rates fell, according to Edmunds.com, a California-based research firm. "
        "Edmunds expects 16.6 million vehicles will be sold this year."
    )
    mentions, (actors, index) = actors_of(parsed, text)
    assert [a.name for a in actors if a.kind == "organization"] == ["Edmunds"]
    assert index["edmunds.com"] == "Edmunds"
    assert "Edmunds.com" in {m.text for m in mentions}


def test_dotted_and_plain_acronyms_are_one_alias(parsed) -> None:
    text = "The United States sent aid. The U.S. later sent more, and US officials agreed."
    _, (actors, index) = actors_of(parsed, text)
    assert by_name(actors)["United States"].mentions == 3
    assert index["u.s."] == index["us"] == "United States"


def test_titled_surname_joins_the_full_name(parsed) -> None:
    text = "Professor Cres Eastman led the study. Professor Eastman says salt is not enough."
    _, (actors, index) = actors_of(parsed, text)
    eastman = by_name(actors)["Cres Eastman"]
    assert eastman.mentions == 2
    assert "Professor Eastman" in eastman.aliases
    assert index["professor eastman"] == "Cres Eastman"


def test_two_people_with_one_surname_stay_apart(parsed) -> None:
    text = (
        "Kim Min-woo scored in the first half. Kim Shin-wook missed a penalty. "
        "Later Kim Shin-wook scored again and Kim Min-woo was booked."
    )
    _, (actors, _) = actors_of(parsed, text)
    people = {a.name for a in actors if a.kind == "person"}
    assert {"Kim Min-woo", "Kim Shin-wook"} <= people


def test_two_people_sharing_a_lone_surname_stay_apart(parsed) -> None:
    text = (
        "Marion Baker spoke first. Baker said the bridge was safe. Then Thomas Baker disagreed, and Baker walked out."
    )
    _, (actors, _) = actors_of(parsed, text)
    names = by_name(actors)
    assert names["Marion Baker"].mentions == 2
    assert names["Thomas Baker"].mentions == 2


def _person(name: str, start: int, doc: str = "a.txt") -> Mention:
    return Mention(name.rsplit(" ", 1)[-1], name, "person", start, start + 5, doc, label="PERSON")


@pytest.mark.parametrize(
    ("name", "kind"),
    [("YouTube", "organization"), ("Central Avenue", "place"), ("Paris", "place")],
)
def test_a_tie_between_place_and_organisation(name: str, kind: str) -> None:
    # One mention tagged GPE ("from YouTube"), one ORG: only a one-word name the gazetteer does not know is a brand.
    mentions = [
        Mention(name, name, "place", 0, len(name), "a.txt", label="GPE"),
        Mention(name, name, "organization", 50, 50 + len(name), "a.txt", label="ORG"),
    ]
    actors, _ = merge_actors(mentions)
    assert [(a.name, a.kind) for a in actors] == [(name, kind)]


@pytest.mark.parametrize("memo", [None, MergeMemo()])
def test_a_full_name_tagged_two_ways_in_two_documents_is_one_actor(memo) -> None:
    mentions = [
        Mention("Bernie Sanders", "Bernie Sanders", "person", 0, 14, "a.txt", label="PERSON"),
        Mention("Bernie Sanders", "Bernie Sanders", "person", 30, 44, "a.txt", label="PERSON"),
        Mention("Bernie Sanders", "Bernie Sanders", "organization", 0, 14, "b.txt", label="ORG"),
        # One word may name two things ("Chase" a person and a bank).
        Mention("Chase", "Chase", "person", 60, 65, "a.txt", label="PERSON"),
        Mention("Chase", "Chase", "organization", 60, 65, "b.txt", label="ORG"),
    ]
    actors, _ = merge_actors(mentions, memo)
    assert sorted((a.name, a.kind, a.mentions) for a in actors) == [
        ("Bernie Sanders", "person", 3),
        ("Chase", "organization", 1),
        ("Chase", "person", 1),
    ]


@pytest.mark.parametrize("memo", [None, MergeMemo()])
def test_a_full_name_and_its_one_initialled_form_in_other_documents_are_one_person(memo) -> None:
    def person(name: str, doc: str) -> Mention:
        return Mention(name, name, "person", 0, len(name), doc, label="PERSON")

    mentions = [
        person("Donald J. Trump", "a.txt"),
        person("Donald Trump", "b.txt"),
        # Two initialled forms of one plain name may be two people: all three stay apart.
        person("George W. Bush", "a.txt"),
        person("George H. W. Bush", "b.txt"),
        person("George Bush", "c.txt"),
        # A surname alone elsewhere then has one full name to join.
        person("Richard M. Nixon", "a.txt"),
        person("Richard Nixon", "b.txt"),
        person("Nixon", "c.txt"),
    ]
    actors, _ = merge_actors(mentions, memo)
    assert sorted((a.name, a.mentions) for a in actors) == [
        ("Donald J. Trump", 2),
        ("George Bush", 1),
        ("George H. W. Bush", 1),
        ("George W. Bush", 1),
        ("Richard M. Nixon", 3),
    ]


def test_a_city_of_several_words_tagged_person_is_a_place() -> None:
    mentions = [
        Mention("Sioux Falls", "Sioux Falls", "person", 10 * k, 10 * k + 11, "a.txt", label="PERSON") for k in range(2)
    ]
    actors, _ = merge_actors(mentions)
    assert [(a.name, a.kind) for a in actors] == [("Sioux Falls", "place")]


@pytest.mark.parametrize(
    ("names", "actors"),
    [
        # One surname under a courtesy title, a title or none is one person when no full name claims it.
        (["Mr. Trump", "President Trump", "Trump", "Mr. Trump"], {"Trump": 4}),
        # Courtesy titles of two sexes are two people; the bare surname is then nobody's for sure.
        (["Mrs. Clinton", "Mr. Clinton", "Mrs. Clinton"], {"Mrs. Clinton": 2, "Mr. Clinton": 1}),
        (["Mrs. Clinton", "Secretary Clinton", "Mrs. Clinton"], {"Mrs. Clinton": 3}),
    ],
)
def test_a_lone_surname_under_several_titles(names: list[str], actors: dict[str, int]) -> None:
    merged, _ = merge_actors([_person(n, 10 * k) for k, n in enumerate(names)])
    assert {a.name: a.mentions for a in merged} == actors


@pytest.mark.parametrize(
    "text",
    [
        "Police stopped Darnell Lee Hughes, a 38-year-old man, outside his home.",
        "Officers said Darnell Lee Hughes's wife filmed the stop.",
        "Darnell Lee Hughes, a trade professor at Cornell, said the talks were hard.",
    ],
)
def test_a_noun_for_people_makes_an_organisation_tag_a_person(nlp, text: str) -> None:
    from spacy.tokens import Span

    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Darnell")
    # The tagger calls some full names organisations; the apposition or the possessed noun says otherwise.
    doc.ents = [Span(doc, start, start + 3, label="ORG")]
    mentions = extract_mentions(doc, repair(text), "a.txt")
    assert [(m.name, m.kind) for m in mentions] == [("Darnell Lee Hughes", "person")]


def test_a_noun_for_people_the_parser_attaches_to_a_place_does_not_make_it_a_person(parsed) -> None:
    doc, rep = parsed("\u201cIn Tulsa, an unarmed man with his hands in the air. This is unbearable,\u201d she said.")
    assert {(m.name, m.kind) for m in extract_mentions(doc, rep, "a.txt")} == {("Tulsa", "place")}


def test_surname_joins_the_nearest_full_name(parsed) -> None:
    text = "Mark Rathbun met Kendrick Moxon in Florida. Rathbun said he was leaving. Moxon replied that he would stay."
    _, (actors, _) = actors_of(parsed, text)
    names = by_name(actors)
    assert names["Mark Rathbun"].mentions == 2
    assert names["Kendrick Moxon"].mentions == 2
    assert "Rathbun" not in names and "Moxon" not in names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Missiles hit Kyiv overnight, officials in Kyiv said.", "Kyiv", "place"),
        ("The team travelled to Herat, their home town, for the visa.", "Herat", "place"),
        # An apposition's noun says what a name is; buildings and venues are places.
        (
            "The case was about Instituto Gonzaga, a catholic school in Palermo, which owed taxes.",
            "Instituto Gonzaga",
            "organization",
        ),
        # The parser hangs the noun on the direction after it ('village' of 'southwest'): 'Addison' was an
        # organisation (audit s21); a person's apposition whose head says nothing stays the person's.
        (
            "Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca, pleaded guilty on Monday.",
            "Addison",
            "place",
        ),
        ("Jane Smith, a city council member, said the vote was close.", "Jane Smith", "person"),
        (
            "The crowds can be avoided by walking from NTU Hospital Station to the event.",
            "NTU Hospital Station",
            "place",
        ),
        ("Donald Trump met Emmanuel Macron in Paris on Friday.", "Emmanuel Macron", "person"),
        ("Google said its profits grew, Google executives told analysts.", "Google", "organization"),
        ("Russian troops and Ukrainian soldiers clashed near Kursk.", "Russian", "group"),
        # A one-word name the tagger calls a person, used as a thing and never named in full: an organisation.
        (
            "The tagline drew ridicule across Twitter on Monday. Some Twitter users argued that it was odd, and the "
            "Twitter reaction grew.",
            "Twitter",
            "organization",
        ),
        # A full name or a role keeps a person a person whatever modifies what.
        (
            "Adam Schiff spoke. The Schiff memo and the Schiff report were read by Schiff aides on Monday.",
            "Adam Schiff",
            "person",
        ),
    ],
)
def test_kinds(parsed, text: str, name: str, kind: str) -> None:
    _, (actors, _) = actors_of(parsed, text)
    assert by_name(actors)[name].kind == kind


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The US Secretary of Defense, Lloyd Austin, said it was worrying.", "Lloyd Austin", "US Secretary of Defense"),
        (
            "A few days ago, the Polish Defense Minister Wladyslaw Kosiniak-Kamysz said that troops are tired.",
            "Wladyslaw Kosiniak-Kamysz",
            "Polish Defense Minister",
        ),
        (
            "The Republican candidate donald trumphas reiterated that he will end that war.",
            "Donald Trump",
            "Republican candidate",
        ),
        (
            "This Wednesday, the president of the European Commission, Ursula von der Leyenwarned that costs rose.",
            "Ursula von der Leyen",
            "president of the European Commission",
        ),
        ("Lloyd Austin, the US Secretary of Defense, said it was new.", "Lloyd Austin", "US Secretary of Defense"),
        ("Facebook co-founder Mark Zuckerberg invited him to visit.", "Mark Zuckerberg", "Facebook co-founder"),
        ("The war economy imposed by President Vladimir Putin has grown.", "Vladimir Putin", "President"),
        # An organisation's name before a lowercase noun for a person is part of the role.
        (
            "It quoted critics like Joint Council for the Welfare of Immigrants campaigner Caitlin Boswell on Monday.",
            "Caitlin Boswell",
            "Joint Council for the Welfare of Immigrants campaigner",
        ),
        # A counterpart holds the other's title for another country.
        (
            "The North Korean Foreign Minister arrived in Moscow, Choe Son-hui who met with his Russian counterpart, "
            "Sergei Lavrov, on Friday.",
            "Sergei Lavrov",
            "Russian Foreign Minister",
        ),
        (
            "Polish Defense Minister Jan Kowalski met his German counterpart, Boris Pistorius, in Berlin.",
            "Boris Pistorius",
            "German Defense Minister",
        ),
        (
            "President Donald Trump spoke. Mr. Trump will meet his Chinese counterpart, Xi Jinping, in Chile.",
            "Xi Jinping",
            "Chinese President",
        ),
    ],
)
def test_roles(parsed, text: str, name: str, role: str) -> None:
    _, (actors, _) = actors_of(parsed, text)
    assert role in by_name(actors)[name].roles


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The US Secretary of Defense, Lloyd Austin, spoke to reporters.", "Defense"),
        ("Shadow Home Secretary Yvette Cooper criticised the plan.", "Shadow Home"),
        ("The North Korean Foreign Minister arrived in Moscow on Wednesday.", "North Korean Foreign"),
        ("The growth in vehicle miles worried analysts in Boston.", "vehicle miles"),
        ("Microsoft asked users to drop IE6 and move to IE9 this year.", "IE6"),
        ("The picture was taken in Washington D.C. Image: United States Navy.", "Washington D.C. Image"),
        ("Kevin Mayer said the launch, which Mayer, Disney and ESPN planned, went well.", "Mayer, Disney"),
        ("Office for the Western District of New York said so.", "Office for the Western District of"),
    ],
)
def test_fragments_and_junk_are_not_actors(parsed, text: str, absent: str) -> None:
    _, (actors, _) = actors_of(parsed, text)
    names = {a.name for a in actors} | {x for a in actors for x in a.aliases}
    assert absent not in names


def test_no_glued_word_in_actor_names(parsed) -> None:
    text = (
        "The deployment set off alarms in the European Union and the NATOless than a week before the vote. "
        "South Koreawhich has sent a delegation to Brusselshas estimated the number at 13,000. "
        "Moscow is seen in Washingtonwhich sees the tentacles grow. Choe Son-huiwho met his counterpart."
    )
    _, (actors, _) = actors_of(parsed, text)
    for a in actors:
        for form in (a.name, *a.aliases):
            assert not any(w in form for w in ("less", "which", "has", "who")), form


def mention(name: str, kind: str, document: str, start: int, role: str | None = None) -> Mention:
    return Mention(name, name, kind, start, start + len(name), document, role, "")


def test_one_person_under_several_full_names() -> None:
    mentions = [
        mention("Patrick W. Carlineo", "person", "a.txt", 0),
        mention("Pat Carlineo", "person", "a.txt", 40),
        mention("Patrick Carlineo Jr.", "person", "a.txt", 80),
        mention("Patrick Carlineo Sr.", "person", "a.txt", 120),
    ]
    actors, _ = merge_actors(mentions)
    assert sorted(a.mentions for a in actors) == [1, 3]


@pytest.mark.parametrize(
    ("short", "long", "merged"),
    [
        ("Labour", "Labour Party", True),
        ("Washington", "Washington D.C.", True),
        ("Europa", "Europa Clipper", False),
        ("Volgograd", "Volgograd Arena", False),
        ("Mexico", "Mexico City", False),
    ],
)
def test_a_name_and_a_longer_name(short: str, long: str, merged: bool) -> None:
    kind = "organization" if short == "Labour" else "place"
    actors, _ = merge_actors([mention(long, kind, "a.txt", 0), mention(short, kind, "a.txt", 50)])
    assert (len(actors) == 1) == merged


def test_counts_and_documents_survive_merging() -> None:
    mentions = [
        mention("Volodymyr Zelensky", "person", "a.txt", 0, "president"),
        mention("Zelensky", "person", "a.txt", 50),
        mention("Zelensky", "person", "b.txt", 10),
        mention("Zelensky", "person", "b.txt", 90, "president"),
        mention("Kyiv", "person", "b.txt", 40),
        mention("Kyiv", "place", "c.txt", 5),
    ]
    actors, index = merge_actors(mentions)
    names = by_name(actors)
    z = names["Volodymyr Zelensky"]
    assert z.mentions == 4
    assert set(z.documents) == {"a.txt", "b.txt"}
    assert z.roles == ("president",)
    assert names["Kyiv"].kind == "place"
    assert names["Kyiv"].mentions == 2
    assert index["zelensky"] == "Volodymyr Zelensky"
    assert actors[0].name == "Volodymyr Zelensky"  # most mentioned first


def test_different_people_in_different_documents_stay_apart() -> None:
    mentions = [
        mention("Kim Jong Un", "person", "a.txt", 0),
        mention("Kim", "person", "a.txt", 30),
        mention("Kim Yong-hyun", "person", "b.txt", 0),
        mention("Kim", "person", "b.txt", 30),
    ]
    actors, _ = merge_actors(mentions)
    names = by_name(actors)
    assert names["Kim Jong Un"].mentions == 2
    assert names["Kim Yong-hyun"].mentions == 2


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("the European Union", "European Union"),
        ("NATO's", "NATO"),
        ("U.S.", "U.S."),
        ("Zelensky\u2019s", "Zelensky"),
        ("Brussels.", "Brussels"),
    ],
)
def test_clean_name(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


@pytest.mark.parametrize(
    ("text", "name", "aliases"),
    [
        (
            "The event was held at the company's offices in Mountain View, California, on Friday.",
            "Mountain View, California",
            {"Mountain View"},
        ),
        (
            "A boy was arrested in Irving, Texas, last week. Police in Irving said he was released.",
            "Irving, Texas",
            {"Irving"},
        ),
    ],
)
def test_town_named_with_its_state(parsed, text: str, name: str, aliases: set[str]) -> None:
    _, (actors, index) = actors_of(parsed, text)
    actor = by_name(actors)[name]
    assert actor.kind == "place"
    assert aliases <= set(actor.aliases)
    assert index["texas" if "Texas" in name else "california"] != name  # the state stays its own actor


def test_places_in_a_list_keep_their_own_names(parsed) -> None:
    _, (actors, _) = actors_of(parsed, "Teams came from Texas, California, and Florida to compete.")
    assert not any("," in a.name for a in actors)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Black Widow and Captain America Image: Nick Moreau.", {"Black Widow", "Captain America"}, set()),
        ("He joined Procter and Gamble in 1990.", set(), {"Procter", "Gamble"}),
        (
            "Jeremy Tucker of Nissan Sales and Regional Operations said so.",
            set(),
            {"Nissan Sales", "Regional Operations"},
        ),
        (
            "The Department of Health and Human Services said so.",
            set(),
            {"Department of Health", "Human Services"},
        ),
        (
            "Caitlin Boswell of the Joint Council for the Welfare of Immigrants criticised the plan.",
            {"Joint Council for the Welfare of Immigrants"},
            {"Joint Council"},
        ),
        ("Taipei's city mayor Hau Lung-bin lit the lanterns.", {"Hau Lung-bin"}, {"Hau Lung"}),
        # Someone speaking for an organisation, tagged as one name.
        (
            "Lydia Buchtmann for Food Standards Australia, says they are looking at guidelines.",
            {"Lydia Buchtmann", "Food Standards Australia"},
            {"Lydia Buchtmann for Food Standards Australia"},
        ),
        # A name defined by its acronym is one organisation, whatever pieces the tagger made.
        (
            "Opposition came from the deputies of Movimento 5 Stelle (M5S) of the regional counsel.",
            {"Movimento 5 Stelle", "M5S"},
            {"Stelle"},
        ),
        # A person's name closing an organisation's, an organisation noun's modifiers, a body of two countries.
        (
            "Executive director of the Dallas chapter of the Council on American-Islamic Relations Alia Salem said "
            "the boy wishes to help.",
            {"Alia Salem"},
            {"Council on American-Islamic Relations Alia Salem"},
        ),
        (
            "Other groups included The Ontario Ghostbusters, Doctor Who Society of Canada, and Klingon Assault Group.",
            {"Doctor Who Society of Canada"},
            {"Society of Canada"},
        ),
        (
            "Lydia Buchtmann for Food Standards Australia New Zealand, says they are looking at guidelines.",
            {"Food Standards Australia New Zealand"},
            {"Food Standards Australia"},
        ),
        (
            "Protesters looped the streets around the stadium - where the Panthers played the Minnesota "
            "Vikings - while chanting.",
            {"Minnesota Vikings"},
            {"Minnesota Vikings - while"},
        ),
        # An everyday word in capitals opening a name is an acronym.
        (
            "A group of Afghan teenagers won a medal in the FIRST Global Challenge on Tuesday.",
            {"FIRST"},
            set(),
        ),
        # An untagged name coordinated with a tagged one.
        (
            "The crowds can be avoided by walking from NTU Hospital Station or Shandao Station.",
            {"NTU Hospital Station", "Shandao Station"},
            set(),
        ),
        (
            "After some interplay between the State and Homeland Security Departments, the girls were granted parole.",
            {"Homeland Security"},
            {"Homeland Security Departments"},
        ),
        # A region's name inside a title passes a region's bar though a city of 100,000 shares it.
        ("She sang with The Ontario Singers last spring.", {"Ontario"}, set()),
    ],
)
def test_entity_boundaries(parsed, text: str, present: set[str], absent: set[str]) -> None:
    _, (actors, _) = actors_of(parsed, text)
    names = {a.name for a in actors} | {x for a in actors for x in a.aliases}
    assert present <= names
    assert not absent & names


@pytest.mark.parametrize(
    ("text", "first", "names"),
    [
        ("The religious schools Sacro Cuore and Immacolata in Genoa must pay.", "Sacro", {"Sacro Cuore", "Immacolata"}),
        ("The firm Procter and Gamble said so.", "Procter", {"Procter and Gamble"}),
    ],
)
def test_names_joined_by_and_after_a_plural_noun_are_several(nlp, text: str, first: str, names: set[str]) -> None:
    from spacy.tokens import Span

    doc = nlp(text)
    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text in ("in", "said"))
    # The tagger sometimes takes the whole coordination for one organisation; set it so here.
    doc.ents = [Span(doc, start, end, label="ORG")]
    mentions = extract_mentions(doc, repair(text), "a.txt")
    got = {m.name for m in mentions}
    assert names <= got
    assert not any(" and " in n for n in got - names)


def _persons_as_tagged(nlp, text: str, labels: list[tuple[str, str]]) -> dict[str, int]:
    """Person actors (name -> mentions) of ``text`` with the tagger's entities set to ``labels``: each (name, label)
    tags the next occurrence of the name that no earlier pair tagged."""
    from spacy.tokens import Span

    doc = nlp(text)
    ents: list[Span] = []
    for name, label in labels:
        size = len(name.split())
        start = next(
            t.i
            for t in doc
            if doc[t.i : t.i + size].text == name and not any(e.start < t.i + size and t.i < e.end for e in ents)
        )
        ents.append(Span(doc, start, start + size, label=label))
    doc.ents = sorted(ents, key=lambda e: e.start)
    actors, _ = merge_actors(extract_mentions(doc, repair(text), "a.txt"))
    return {a.name: a.mentions for a in actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "labels", "persons"),
    [
        # The tagger's PRODUCT "Google Chrome" and PERSON "Chrome": one product, no person.
        (
            "The recently released Google Chrome is gaining users. It is tied with Chrome.",
            [("Google Chrome", "PRODUCT"), ("Chrome", "PERSON")],
            {},
        ),
        # A full name tagged PRODUCT is a person when the surname is tagged PERSON too and both words are rare.
        (
            "Jonas Verbeke scored a volley. Verbeke celebrated with the fans.",
            [("Jonas Verbeke", "PRODUCT"), ("Verbeke", "PERSON")],
            {"Jonas Verbeke": 2},
        ),
        # ... or when the same full name is tagged PERSON elsewhere, however common its words.
        (
            "Harry Kane scored twice. Kane celebrated. Later Harry Kane was substituted.",
            [("Harry Kane", "PERSON"), ("Kane", "PERSON"), ("Harry Kane", "PRODUCT")],
            {"Harry Kane": 3},
        ),
    ],
)
def test_products_and_people_the_tagger_confuses(
    nlp, text: str, labels: list[tuple[str, str]], persons: dict[str, int]
) -> None:
    assert _persons_as_tagged(nlp, text, labels) == persons


@pytest.mark.parametrize(
    ("text", "country", "name", "kind"),
    [
        # An untagged brand before a country is the brand's national branch.
        (
            "The site rose to number 3 in the company Statmetrix UK's news category.",
            "UK",
            "Statmetrix UK",
            "organization",
        ),
        # An everyday word before a country is part of a place's name or says nothing.
        ("Protests spread across Northern Ireland on Monday.", "Ireland", "Ireland", "place"),
    ],
)
def test_a_brand_before_a_country_is_an_organisation(nlp, text: str, country: str, name: str, kind: str) -> None:
    from spacy.tokens import Span

    doc = nlp(text)
    k = next(t.i for t in doc if t.text == country)
    doc.ents = [Span(doc, k, k + 1, label="GPE")]
    assert [(m.name, m.kind) for m in extract_mentions(doc, repair(text), "a.txt")] == [(name, kind)]


@pytest.mark.parametrize(
    ("text", "name", "label", "kept"),
    [
        ("The browser shipped with Windows XP nearly a decade ago.", "Windows XP", "LOC", False),
        ("The band played in Portland OR last night.", "Portland OR", "GPE", True),
    ],
)
def test_a_place_ending_on_an_acronym(nlp, text: str, name: str, label: str, kept: bool) -> None:
    from spacy.tokens import Span

    doc = nlp(text)
    k = next(t.i for t in doc if t.text == name.split()[0])
    # The tagger calls "Windows XP" a location; only a place the gazetteer knows may end on an everyday acronym.
    doc.ents = [Span(doc, k, k + 2, label=label)]
    assert bool(extract_mentions(doc, repair(text), "a.txt")) == kept


def test_country_acronym_is_not_a_university(parsed) -> None:
    text = (
        "A team from Colorado State University of the US and the University of Sheffield of the UK "
        "studied ozone. The US government funded it."
    )
    _, (actors, _) = actors_of(parsed, text)
    uni = by_name(actors)["University of Sheffield"]
    assert "US" not in uni.aliases
    assert uni.kind == "organization"


@pytest.mark.parametrize(("short", "long"), [("Los Angeles", "East Los Angeles"), ("Sudan", "South Sudan")])
def test_a_place_extended_on_the_left_is_another_place(short: str, long: str) -> None:
    actors, _ = merge_actors([mention(long, "place", "a.txt", 0), mention(short, "place", "a.txt", 50)])
    assert len(actors) == 2


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "The boy was a guest at the Google Science Fair this weekend in Mountain View.",
            set(),
            {"Google Science Fair"},
        ),
        ("FIFA World Cup 2018 day five: Sweden, Belgium, England win three points", {"FIFA"}, {"FIFA World Cup"}),
        ("Thousands came to the Taipei Lantern Festival on Saturday night.", set(), {"Taipei Lantern Festival"}),
        # Named operations and research works are not actors; who runs them may be.
        (
            "The Pentagon said Operation Enduring Freedom would end in December.",
            {"Pentagon"},
            {"Operation Enduring Freedom"},
        ),
        (
            "Researchers of the Canadian National Sleep Survey said many adults sleep poorly.",
            set(),
            {"Canadian National Sleep Survey"},
        ),
        ("The director of the Ontario Child Health study spoke.", set(), {"Ontario Child Health"}),
        # A personal name never ends on an acronym: a product or a game's title does.
        ("The demo of Batman: Arkham VR was popular, and Sony said so.", {"Sony"}, {"Arkham VR"}),
        # A name before a caption's credit is a name of its own, not a fragment of a longer one.
        ("Heroes\n\nCinderella Image: Jane Doe.\n\nVillains", {"Cinderella", "Jane Doe"}, set()),
        # A name written with two version numbers is a line of products.
        (
            "With development of Microsoft's Internet Explorer 9 (IE9) browser almost complete, Microsoft said it "
            "is time for IE6 users to move away. Microsoft wants them off Internet Explorer 6 this year.",
            {"Microsoft"},
            {"Internet Explorer", "IE", "Explorer"},
        ),
    ],
)
def test_events_are_not_actors(parsed, text: str, present: set[str], absent: set[str]) -> None:
    _, (actors, _) = actors_of(parsed, text)
    names = {a.name for a in actors}
    assert present <= names
    assert not absent & names


@pytest.mark.parametrize(
    ("text", "org", "absent"),
    [
        ("The boy got support from Facebook creator Mark Zuckerberg on Tuesday.", "Facebook", None),
        ("The allegations against Vice President Biden are self-serving, he said.", None, "Vice"),
    ],
)
def test_employer_before_a_title(parsed, text: str, org: str | None, absent: str | None) -> None:
    _, (actors, _) = actors_of(parsed, text)
    names = by_name(actors)
    if org:
        assert names[org].kind == "organization"
    if absent:
        assert absent not in names


def test_leader_named_before_his_government(parsed) -> None:
    _, (actors, _) = actors_of(parsed, "In 2014 the tax system was changed by the Monti government in Rome.")
    assert by_name(actors)["Monti"].kind == "person"


@pytest.mark.parametrize(
    ("labels", "names", "roles", "kind"),
    [
        (["PERSON:thing", "PERSON:thing", "PERSON"], ["Twitter"] * 3, [None] * 3, "organization"),
        (["PERSON:thing", "PERSON", "PERSON"], ["Twitter"] * 3, [None] * 3, "person"),  # used as a thing once in three
        (["PERSON:thing", "PERSON:thing", "PERSON"], ["Schiff", "Schiff", "Adam Schiff"], [None] * 3, "person"),
        (["PERSON:thing", "PERSON:thing", "PERSON"], ["Schiff"] * 3, [None, None, "congressman"], "person"),
    ],
)
def test_a_one_word_person_used_as_a_thing(labels, names, roles, kind) -> None:
    ms = [
        Mention(n, n, "person", 10 * k, 10 * k + len(n), "a.txt", role, label)
        for k, (label, n, role) in enumerate(zip(labels, names, roles, strict=True))
    ]
    actors, _ = merge_actors(ms)
    assert [a.kind for a in actors] == [kind]


@pytest.mark.parametrize(
    ("actors", "expected"),
    [
        # Another actor's name glued to a common word joins that actor, with its mentions and documents.
        (
            [("Earth", ("a",), ()), ("Earthorbit", ("b",), ())],
            [("Earth", ("a", "b"), (), 2)],
        ),
        (
            [("Cristiano Ronaldo", ("a",), ("Ronaldo",)), ("Cristiano Ronaldoput", ("a",), ())],
            [("Cristiano Ronaldo", ("a",), ("Ronaldo",), 2)],
        ),
        # A rarer word glued to another actor's own name ("vied"); a rare known word is only the actor's own alias.
        (
            [("Hillary Clinton", ("a",), ()), ("Hillary Clintonvied", ("b",), ())],
            [("Hillary Clinton", ("a", "b"), (), 2)],
        ),
        ([("Huffington Post", ("a",), ("Huffington Poston",))], [("Huffington Post", ("a",), (), 1)]),
        # The article glued to a name the story uses; a name's apostrophe before the glued word.
        ([("Omar", ("a",), ()), ("Omara", ("a",), ())], [("Omar", ("a",), (), 2)]),
        (
            [("Beto O'Rourke", ("a",), ()), ("Beto O'Rourkesupporter", ("a",), ())],
            [("Beto O'Rourke", ("a",), (), 2)],
        ),
        ([("Paul", ("a",), ()), ("Paula", ("a",), ())], [("Paul", ("a",), (), 1), ("Paula", ("a",), (), 1)]),
        # A very common word after a name wordfreq rarely sees ("Taylormade"); a rarer one is a name ("Newspoll").
        (
            [("Taylor Swift", ("a",), ("Taylor",)), ("Taylormade", ("a",), ())],
            [("Taylor Swift", ("a",), ("Taylor",), 2)],
        ),
        ([("News", ("a",), ()), ("Newspoll", ("a",), ())], [("News", ("a",), (), 1), ("Newspoll", ("a",), (), 1)]),
        ([("Thomas", ("a",), ()), ("Thomason", ("a",), ())], [("Thomas", ("a",), (), 1), ("Thomason", ("a",), (), 1)]),
        # An acronym the story uses, glued to any lowercase word; a name's hyphen before the glued word; a very
        # common two-letter word.
        ([("NASA", ("a",), ()), ("NASAtelecon", ("a",), ())], [("NASA", ("a",), (), 2)]),
        ([("United States", ("a",), ("US",)), ("USis", ("a",), ())], [("United States", ("a",), ("US",), 2)]),
        ([("al-Tanf", ("a",), ()), ("al-Tanfbase", ("a",), ())], [("al-Tanf", ("a",), (), 2)]),
        ([("Oval Office", ("a",), ("Oval Officeup",))], [("Oval Office", ("a",), (), 1)]),
        ([("US", ("a",), ()), ("USA", ("a",), ())], [("US", ("a",), (), 1), ("USA", ("a",), (), 1)]),
        ([("NATO", ("a",), ()), ("NATOs", ("a",), ())], [("NATO", ("a",), (), 1), ("NATOs", ("a",), (), 1)]),
        # A glued alias is dropped; an actor named by its own glued form takes the shorter name.
        ([("Craig Menear", ("a",), ("Craig Menearin",))], [("Craig Menear", ("a",), (), 1)]),
        ([("Craig Menearin", ("a",), ("Craig Menear", "Menear"))], [("Craig Menear", ("a",), ("Menear",), 1)]),
        # Real words and names stay: endings, other case, an alias from other documents only.
        (
            [("Washington", ("a",), ()), ("Washingtonian", ("a",), ())],
            [("Washington", ("a",), (), 1), ("Washingtonian", ("a",), (), 1)],
        ),
        ([("FL", ("a",), ()), ("Flexport", ("a",), ())], [("FL", ("a",), (), 1), ("Flexport", ("a",), (), 1)]),
        (
            [("Moon Jae", ("a",), ("Moon",)), ("Moonquickly", ("b",), ())],
            [("Moon Jae", ("a",), ("Moon",), 1), ("Moonquickly", ("b",), (), 1)],
        ),
    ],
)
def test_names_glued_to_a_word_join_the_name(actors, expected) -> None:
    from extract.actors.merge.glued import _absorb_glued
    from extract.records import Actor

    built = [Actor(name, "place", aliases, (), 1, docs) for name, docs, aliases in actors]
    index = {form.lower(): a.name for a in built for form in (a.name, *a.aliases)}
    out, index = _absorb_glued(built, index)
    assert [(a.name, a.documents, a.aliases, a.mentions) for a in out] == expected
    names = {a.name for a in out}
    assert all(name in names for name in index.values())


@pytest.mark.parametrize(
    ("name", "kind"), [("SpaceX", "organization"), ("YouTube", "organization"), ("McCain", "person")]
)
def test_a_brand_cased_word_tagged_person_is_an_organisation(name: str, kind: str) -> None:
    actors, _ = merge_actors([mention(name, "person", "a.txt", 0), mention(name, "person", "b.txt", 0)])
    assert [(a.name, a.kind) for a in actors] == [(name, kind)]


def test_a_one_word_person_elsewhere_an_organisation_joins_it() -> None:
    mentions = [
        mention("Instagram", "person", "a.txt", 0),
        mention("Instagram", "organization", "b.txt", 0),
        mention("Instagram", "organization", "c.txt", 0),
        mention("Chase", "person", "d.txt", 0),
        mention("Chase", "person", "d.txt", 40),
        mention("Chase", "organization", "e.txt", 0),
        mention("Chase", "organization", "f.txt", 0),
    ]
    actors, index = merge_actors(mentions)
    got = sorted((a.name, a.kind, a.mentions, a.documents) for a in actors)
    assert got == [
        ("Chase", "organization", 2, ("e.txt", "f.txt")),
        ("Chase", "person", 2, ("d.txt",)),  # named as often as a person: maybe a person and a bank
        ("Instagram", "organization", 3, ("b.txt", "c.txt", "a.txt")),
    ]
    assert index["instagram"] == "Instagram"


def test_a_name_closing_on_a_trade_noun_is_an_organisation(parsed) -> None:
    text = "NASA picked SpaceX, Blue Origin, Sierra Nevada Corp., Ceres Robotics and Masten Space Systems to fly."
    _, (actors, _) = actors_of(parsed, text)
    kinds = {a.name: a.kind for a in actors}
    assert kinds.get("Ceres Robotics") == "organization"
    assert "person" not in {kinds.get("SpaceX"), kinds.get("Masten Space Systems")}


def test_a_given_name_the_tagger_left_out(parsed) -> None:
    text = (
        "The house where Adolf Hitler was born will be a police station. Hitler was born in 1889. "
        "Austria was annexed by Hitler's Germany."
    )
    _, (actors, _) = actors_of(parsed, text)
    assert "Adolf Hitler" in {a.name for a in actors}


def test_surname_tagged_as_organisation_still_votes_person() -> None:
    mentions = [mention("Ava DuVernay", "person", "a.txt", 0)] + [
        mention("DuVernay", "organization", "a.txt", 40 * n) for n in range(1, 5)
    ]
    actors, _ = merge_actors(mentions)
    assert [(a.name, a.kind) for a in actors] == [("Ava DuVernay", "person")]


@pytest.mark.parametrize(
    ("text", "name", "bad_role"),
    [
        ("Voters said they were in favor of Hillary Clinton on Tuesday.", "Hillary Clinton", "favor of"),
        (
            "The North Korean minister met his Russian counterpart, Sergei Lavrov, on Friday.",
            "Sergei Lavrov",
            "Russian counterpart",
        ),
        ("She met her colleague, Anna Berg, in Oslo on Friday.", "Anna Berg", "colleague"),
        (
            "Hillary Clinton spoke. Ms. Tanden, a former campaign worker for Mrs. Clinton, left on Friday.",
            "Hillary Clinton",
            "former campaign worker for Mrs.",
        ),
        (
            "Hillary Clinton spoke. Mr. Effron is a major donor and fund-raiser for the Clinton campaign.",
            "Hillary Clinton",
            "fund-raiser for the",
        ),
        # "his" is the nearest person, not the nearest titled one.
        (
            "Republican counsel Steve Castor asked Tim Morrison about his predecessor, Fiona Hill, on Friday.",
            "Fiona Hill",
            "counsel",
        ),
    ],
)
def test_object_of_a_phrase_gets_no_role(parsed, text: str, name: str, bad_role: str) -> None:
    _, (actors, _) = actors_of(parsed, text)
    assert bad_role not in by_name(actors)[name].roles


def test_capitalised_transcript_speaker_is_recased(parsed) -> None:
    _, (actors, _) = actors_of(parsed, "Chris Wallace hosted the debate.\n\nWALLACE: Good evening from Las Vegas.")
    assert "WALLACE" not in {a.name for a in actors}


@pytest.mark.parametrize(
    ("name", "known"),
    [("England", True), ("Scotland", True), ("Central", False), ("Western", False), ("Bavaria", True)],
)
def test_region_gazetteer(name: str, known: bool) -> None:
    from extract.actors import place_rank

    assert bool(place_rank(name)) == known


@pytest.mark.parametrize(
    ("text", "caps"),
    [
        ("DUBAI, United Arab Emirates (AP) — Emirates ordered 50 jets on Monday.", "DUBAI"),
        ("HANOI, Vietnam (Reuters) - Vietnam's exports rose in May.", "HANOI"),
    ],
)
def test_dateline_city_in_capitals_is_recased(parsed, text: str, caps: str) -> None:
    _, (actors, _) = actors_of(parsed, text)
    names = {a.name for a in actors} | {x for a in actors for x in a.aliases}
    assert caps not in " ".join(names)


def test_epithet_before_a_full_name_is_not_the_name() -> None:
    mentions = [mention("Crooked Hillary Clinton", "person", "a.txt", 0)] + [
        mention("Hillary Clinton", "person", "a.txt", 40 * n) for n in range(1, 4)
    ]
    actors, _ = merge_actors(mentions)
    assert [a.name for a in actors] == ["Hillary Clinton"]
    assert "Crooked Hillary Clinton" in actors[0].aliases


@pytest.mark.parametrize(
    ("full", "short"),
    [
        # Given names before a surname of two words the story writes alone are the name's own ('Hawk Sawyer' and
        # 'Eriksson Ek' were the names of Kathleen Hawk Sawyer and Joel Eriksson Ek).
        ("Kathleen Hawk Sawyer", "Hawk Sawyer"),
        ("Joel Eriksson Ek", "Eriksson Ek"),
        ("Andrés Manuel López Obrador", "López Obrador"),
    ],
)
def test_given_names_before_a_full_name_are_part_of_the_name(full: str, short: str) -> None:
    mentions = [mention(full, "person", "a.txt", 0)] + [mention(short, "person", "a.txt", 40 * n) for n in range(1, 4)]
    actors, _ = merge_actors(mentions)
    assert [a.name for a in actors] == [full]
    assert short in actors[0].aliases


@pytest.mark.parametrize(
    ("epithet", "name"), [("Sleepy Joe Biden", "Joe Biden"), ("Little Marco Rubio", "Marco Rubio")]
)
def test_an_epithet_before_a_full_name_is_no_given_name(epithet: str, name: str) -> None:
    # Near miss: a word before a full name that no one bears as a given name stays an epithet.
    mentions = [mention(epithet, "person", "a.txt", 0)] + [
        mention(name, "person", "a.txt", 40 * n) for n in range(1, 4)
    ]
    actors, _ = merge_actors(mentions)
    assert [a.name for a in actors] == [name]


def test_particle_names_keep_their_full_form() -> None:
    mentions = [mention("Ursula von der Leyen", "person", "a.txt", 0)] + [
        mention("von der Leyen", "person", "a.txt", 40 * n) for n in range(1, 4)
    ]
    actors, _ = merge_actors(mentions)
    assert [a.name for a in actors] == ["Ursula von der Leyen"]


@pytest.mark.parametrize(
    ("text", "org"),
    [("The Deseret News observed that the hashtag had become an international phenomenon.", "Deseret News")],
)
def test_untagged_name_ending_on_an_organisation_noun(parsed, text: str, org: str) -> None:
    _, (actors, _) = actors_of(parsed, text)
    assert by_name(actors)[org].kind == "organization"


@pytest.mark.parametrize(
    ("text", "org", "absent"),
    [
        ("Alex Ignatiev, Founder of Ceres Robotics Inc., said the rover works.", "Ceres Robotics Inc.", "Founder"),
    ],
)
def test_title_around_an_organisation_is_cut(parsed, text: str, org: str, absent: str) -> None:
    _, (actors, _) = actors_of(parsed, text)
    names = {a.name for a in actors}
    assert org in names
    assert not any(absent in n for n in names)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Voting closes at 2200 GMT on Sunday.", "GMT"),
        ("Posted in Lifestyle-Religion by Wikinews staff.", "Lifestyle-Religion"),
    ],
)
def test_time_zones_and_section_labels_are_not_actors(parsed, text: str, absent: str) -> None:
    _, (actors, _) = actors_of(parsed, text)
    assert absent not in {a.name for a in actors}


def _story() -> dict[str, list[Mention]]:
    return {
        "a.txt": [
            mention("Volodymyr Zelensky", "person", "a.txt", 0, "president"),
            mention("Zelensky", "person", "a.txt", 50),
            mention("European Union", "organization", "a.txt", 80),
            mention("Kyiv", "place", "a.txt", 120),
        ],
        "b.txt": [
            mention("Zelensky", "person", "b.txt", 10),
            mention("EU", "organization", "b.txt", 40),
            mention("Organisation for Security", "organization", "b.txt", 60),
        ],
        "c.txt": [
            mention("Kim Jong Un", "person", "c.txt", 0),
            mention("Kim", "person", "c.txt", 30),
            mention("Organization for Security", "organization", "c.txt", 60),
        ],
    }


def _flat(docs: dict[str, list[Mention]]) -> list[Mention]:
    return [m for path in sorted(docs) for m in docs[path]]


@pytest.mark.parametrize(
    ("path", "change"),
    [
        ("b.txt", lambda ms: [*ms, mention("Kim", "person", "b.txt", 90)]),
        ("a.txt", lambda ms: ms[:1]),
        ("c.txt", lambda ms: [mention("Kyiv", "person", "c.txt", 5), *ms[1:]]),
        ("b.txt", lambda ms: []),
        ("d.txt", lambda ms: [mention("Volodymyr Zelenskyy", "person", "d.txt", 0, "leader")]),
    ],
)
def test_a_memo_gives_the_same_result_as_a_fresh_merge(path, change) -> None:
    docs = _story()
    memo = MergeMemo()
    assert merge_actors(_flat(docs), memo=memo) == merge_actors(_flat(docs))
    docs[path] = change(docs.get(path, []))
    again = merge_actors(_flat(docs), memo=memo)
    assert again == merge_actors(_flat(docs))
    # The memo holds only the documents of the latest call.
    assert set(memo.docs) == {p for p, ms in docs.items() if ms}
    assert merge_actors(_flat(docs), memo=memo) == again


def test_a_memo_reuses_unchanged_documents() -> None:
    docs = _story()
    memo = MergeMemo()
    merge_actors(_flat(docs), memo=memo)
    kept = memo.docs["a.txt"]
    docs["b.txt"] = docs["b.txt"][:1]
    merge_actors(_flat(docs), memo=memo)
    assert memo.docs["a.txt"] is kept


# Names that meet across documents in every way merging knows: full names and surnames, shared first words,
# acronyms and their initials, countries under two names, close spellings, titles, "Jr."/"Sr.", case variants.
_POOL: tuple[tuple[str, str], ...] = (
    ("Lloyd Austin", "person"),
    ("Austin", "person"),
    ("Austin", "place"),
    ("Kim Jong Un", "person"),
    ("Kim Yo Jong", "person"),
    ("Kim", "person"),
    ("John Smith", "person"),
    ("John Smith Jr.", "person"),
    ("John Smith Sr.", "person"),
    ("Adam Smith", "person"),
    ("Chris Smith", "person"),
    ("Christopher Smith", "person"),
    ("Christine Smith", "person"),
    ("Tim Morrison", "person"),
    ("Timothy Morrison", "person"),
    ("Morrison", "person"),
    ("Smith", "person"),
    ("Dr. Smith", "person"),
    ("John", "person"),
    ("North Atlantic Treaty Organization", "organization"),
    ("NATO", "organization"),
    ("Nato", "organization"),
    ("National Arts Theatre Office", "organization"),
    ("United States", "place"),
    ("US", "place"),
    ("U.S.", "place"),
    ("United Nations", "organization"),
    ("UN", "organization"),
    ("Organisation for Security", "organization"),
    ("Organization for Security", "organization"),
    ("Organizaton for Security", "organization"),
    ("Ukrainians", "group"),
    ("Ukrainian", "group"),
    ("Ukraine", "place"),
    ("Kyiv", "place"),
    ("Kyiv", "person"),
    ("European Union", "organization"),
    ("EU", "organization"),
    ("Labour Party", "organization"),
    ("Labour", "organization"),
)


def _random_document(rng: random.Random, path: str) -> list[Mention]:
    out = []
    for n in range(rng.randint(1, 6)):
        name, kind = rng.choice(_POOL)
        out.append(mention(name, kind, path, 40 * n, rng.choice([None, None, "minister", "Minister"])))
    return out


@pytest.mark.parametrize("seed", range(25))
def test_a_memo_agrees_with_a_fresh_merge_through_random_edits(seed: int) -> None:
    rng = random.Random(seed)
    docs = {f"{n:02d}.txt": _random_document(rng, f"{n:02d}.txt") for n in range(rng.randint(1, 8))}
    memo = MergeMemo()
    for _ in range(30):
        step = rng.random()
        if step < 0.35 or not docs:
            path = f"{rng.randint(0, 40):02d}.txt"
            docs[path] = _random_document(rng, path)
        elif step < 0.55:
            del docs[rng.choice(sorted(docs))]
        elif step < 0.9:
            path = rng.choice(sorted(docs))
            docs[path] = _random_document(rng, path)
        else:
            # A document whose names stay while the paths keep their order changes nothing.
            pass
        mentions = _flat(docs)
        if rng.random() < 0.15:
            # The same documents in another order: actors list documents and mentions in story order.
            mentions = [m for path in sorted(docs, reverse=True) for m in docs[path]]
        assert merge_actors(mentions, memo=memo) == merge_actors(mentions)


def test_the_gazetteer_is_cached_on_disk_and_rebuilt_when_unreadable(tmp_path, monkeypatch) -> None:
    from extract.actors import names

    monkeypatch.setenv(names.CACHE_ENV, str(tmp_path))
    names.gazetteer.cache_clear()
    built = names.gazetteer()
    files = list(tmp_path.glob("gazetteer-*.json"))
    assert len(files) == 1 and built.places and built.countries
    names.gazetteer.cache_clear()
    monkeypatch.setattr(names, "_build_gazetteer", lambda: pytest.fail("read from the cache, not built"))
    assert names.gazetteer() == built
    files[0].write_text("{not json", encoding="utf-8")  # a damaged cache is rebuilt, never an error
    names.gazetteer.cache_clear()
    monkeypatch.undo()
    monkeypatch.setenv(names.CACHE_ENV, str(tmp_path))
    assert names.gazetteer() == built
    names.gazetteer.cache_clear()


@pytest.mark.parametrize(
    ("word", "heads", "lower", "in_name", "expected"),
    [
        # The story writes the head alone: cut off the common word (content or function word).
        ("Clintonstumbling", {"Clinton": 3}, {}, False, (7, True)),
        ("Irelandsaid", {}, {}, False, (7, True)),  # a country from the gazetteer
        ("Californiabattened", {}, {}, True, (10, True)),  # ... before any word wordfreq knows
        # Nothing backs the head: a known word that is no everyday word, then a common content word (two words
        # wordfreq knows: the head is kept).
        ("Assadregime", {}, {}, False, (5, True)),
        # The last word of a full name, then a long common word or a function word.
        ("Lighthizerrecognize", {}, {}, True, (10, False)),
        ("Agencythe", {}, {}, True, (6, False)),
        ("Bernaltook", {}, {}, True, (6, True)),  # a past tense after a full name
        ("Clintonwants", {}, {}, True, (7, False)),  # an everyday head never written lowercase
        # Function words of three letters or more end no name; a backed head before a common two-letter word or
        # the article; an everyday head never written lowercase before a long word.
        ("Wistronand", {}, {}, False, (7, False)),
        ("Clintonad", {"Clinton": 1}, {}, False, (7, True)),
        ("Canadaa", {}, {}, False, (6, True)),
        ("Trumpadministration", {}, {}, False, (5, False)),
        ("Gannett-Gatehousemerger", {"Gatehouse": 1}, {}, False, (17, True)),  # the last part of a hyphenated name
        ("Kosiniak-Kamysz", {}, {}, False, None),
        # A word written twice whose head the story writes alone, before a long common word; a long rarer tail;
        # a brand written with a lowercase letter first.
        ("Twitteraccount", {"Twitteraccount": 2, "Twitter": 1}, {}, False, (7, True)),
        ("Amazonsellers", {}, {}, False, (6, False)),
        ("iPadsimultaneously", {"iPad": 3}, {}, False, (4, True)),
        # Two words wordfreq knows, no everyday head, a common tail of four letters or more: the head is kept.
        ("Beehivefreeze", {}, {}, False, (7, True)),
        ("Bionicchip", {}, {}, True, (6, True)),
        # The article after a word wordfreq knows well; an adverb in -ly after any head.
        ("Bucka", {}, {}, True, (4, False)),
        ("Hassana", {}, {}, False, None),  # ... but a given name opening a name keeps its "a"
        ("Vidala", {}, {}, False, None),
        ("Moonquickly", {}, {"moon": 3}, False, (4, False)),
        # A head wordfreq hardly knows, then one of the commonest words: the head is kept; not when the head ends
        # in an everyday word itself (more than one space was lost).
        ("Dathomirfirst", {}, {}, False, (8, True)),
        ("Pangramarea", {}, {}, False, (7, True)),
        ("Wilsonbigbrandsystem", {}, {}, False, None),
        ("Kennedyclan", {}, {}, False, (7, True)),  # a little rarer tail, written once, after a common head
        ("Digistat", {}, {}, False, None),  # ... but a short rarer tail after a rarer head ends names
        ("Kennedyclan", {"Kennedyclan": 2}, {}, False, None),  # ... but written twice
        # Names: known whole words, endings of names, possessives, repeated words, everyday heads, short tails.
        ("Thomason", {}, {}, True, None),
        ("Goldsworthy", {"Gold": 1}, {}, False, None),
        ("Sceviour", {}, {}, True, None),
        ("Jeongdong", {"Jeongdong": 2, "Jeong": 1}, {}, False, None),
        ("Twitteraccount", {"Twitteraccount": 2}, {}, False, None),  # twice, and never its head alone
        ("iPhone", {"iPhone": 2}, {}, False, None),
        ("Lightcloud", {}, {}, True, None),
        ("Riveredge", {"River": 1}, {"river": 2}, False, None),
        ("Riveredge", {}, {}, False, None),  # an everyday head and a short tail make compounds
        ("Clintonwants", {}, {"clinton": 1}, True, None),
        ("Maria", {"Mari": 2}, {}, False, None),
        ("Rubinstain", {}, {}, True, None),
        ("Washingtonian", {"Washington": 2}, {}, False, None),
        ("Singleframe", {}, {}, False, None),  # an everyday head
        ("Schlossberg", {}, {}, False, None),  # a name ending, not a common word
    ],
)
def test_glued_word_left_by_repair(word, heads, lower, in_name, expected) -> None:
    from collections import Counter

    from extract.actors.glue import _glued_word

    assert _glued_word(word, Counter(heads), Counter(lower), in_name) == expected


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "The lawyers for US Trade Representative Robert Lighthizerrecognize that making such concessions is hard. "
            "He said the Environmental Protection Agencythe authority to issue rules. In 2005 the University of "
            "Liverpoolbiochemist Soraya Shirazi-Beechey found it.",
            {"Robert Lighthizerrecognize", "Environmental Protection Agencythe", "University of Liverpoolbiochemist"},
            {"Robert Lighthizer", "Environmental Protection Agency"},
        ),
        (
            "The leader of a Pakistan-based group called Lashkar-e-Taibabelongs on the sanctions list.",
            {"Lashkar-e-Taibabelongs"},
            {"Lashkar-e-Taiba"},
        ),
        (
            "He was treated at the Schlosspark-Klinik, a private clinic in Berlin.",
            {"-Klinik"},
            {"Schlosspark-Klinik"},
        ),
    ],
)
def test_glued_word_left_by_repair_is_cut(parsed, text, absent, present) -> None:
    mentions, (actors, _) = actors_of(parsed, text)
    names = {n for a in actors for n in (a.name, *a.aliases)}
    assert not names & absent
    assert present <= names
    for m in mentions:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "labels", "persons"),
    [
        # A model word after a line's name is a product, and so is its model word alone later.
        (
            "The MacBook Pro is fast. The Pro has a new keyboard.",
            [("MacBook Pro", "PERSON"), ("Pro", "PERSON")],
            {},
        ),
        # A version number after the name is a product's; a score after a player's name is not.
        ("Plug the drive into Thunderbolt 3 ports.", [("Thunderbolt 3", "PERSON")], {}),
        (
            "Guido Pella beat Nicolas Jarry 6-4, 6-3 on Sunday.",
            [("Guido Pella", "PERSON"), ("Nicolas Jarry", "PERSON")],
            {"Guido Pella": 1, "Nicolas Jarry": 1},
        ),
        # A lowercase "name" whose word the text also writes as a common word is no person...
        (
            "It has a scissor switch keyboard. The keyboard is quieter.",
            [("switch keyboard", "PERSON")],
            {},
        ),
        # ... but a lowercase name of words the text writes nowhere else is one.
        (
            "The Republican candidate donald trump spoke in Ohio.",
            [("donald trump", "PERSON")],
            {"Donald Trump": 1},
        ),
        # A gerund opening the sentence is no given name.
        (
            "Tim Cook spoke. Hosting Cook at Dreamforce is our dream.",
            [("Tim Cook", "PERSON"), ("Hosting Cook", "PERSON")],
            {"Tim Cook": 2},
        ),
    ],
)
def test_products_and_words_are_no_people(
    nlp, text: str, labels: list[tuple[str, str]], persons: dict[str, int]
) -> None:
    assert _persons_as_tagged(nlp, text, labels) == persons


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # The noun before a name that is the subject of a clause about that noun is no title.
        ("Martha said the letter Mike Ford wrote was kind and loving.", "Mike Ford", None),
        ("Democrats won in a state Donald Trump won by 30 points in 2016.", "Donald Trump", None),
        (
            "According to a document Elise Matthesen prepared for her lawyers, the will was unsigned.",
            "Elise Matthesen",
            None,
        ),
        # A name after the role's lowercase noun starts another clause.
        (
            "Gordon Sondland, a wealthy hotelier Trump tapped as his ambassador to the EU, testified.",
            "Gordon Sondland",
            None,
        ),
        # Nouns for people stay roles: by a sure suffix, an agent suffix on a word, or a compound of one.
        ("Ford was married to jewelry designer Elise Matthesen for years.", "Elise Matthesen", "jewelry designer"),
        ("The film was shot by filmmaker Charlie McDowell in May.", "Charlie McDowell", "filmmaker"),
        (
            "The report was written by planetary geologist Rosaly Lopes last year.",
            "Rosaly Lopes",
            "planetary geologist",
        ),
    ],
)
def test_roles_are_nouns_for_people(parsed, text: str, name: str, role: str | None) -> None:
    _, (actors, _) = actors_of(parsed, text)
    roles = by_name(actors)[name].roles
    assert (role in roles) if role else not roles


@pytest.mark.parametrize(
    ("noun", "personal"),
    [
        ("writer", True), ("investor", True), ("goalkeeper", True), ("geologist", True), ("planner", True),
        ("partner", True), ("scissor", False), ("document", False), ("ornament", False), ("tournament", False),
    ],
)  # fmt: skip
def test_person_nouns(noun: str, personal: bool) -> None:
    from extract.actors.roles import _person_noun

    assert _person_noun(noun) is personal


@pytest.mark.parametrize(
    ("texts", "apart"),
    [
        # A lone surname with a title joins no full name when the story has two people of that surname
        # ("Jr." does not hide the second).
        (
            (
                "Chief Justice John G. Roberts Jr. swore him in.",
                "Jennifer Roberts spoke to reporters.",
                "Justice Roberts said no.",
            ),
            {"John G. Roberts Jr.", "Jennifer Roberts"},
        ),
    ],
)
def test_different_people_stay_apart(parsed, texts: tuple[str, ...], apart: set[str]) -> None:
    _, (actors, _) = actors_of(parsed, *texts)
    people = by_name(a for a in actors if a.kind == "person")
    assert apart <= set(people)
    if "Jennifer Roberts" in apart:
        assert "Justice Roberts" not in people["Jennifer Roberts"].aliases


@pytest.mark.parametrize(
    ("a", "b", "joined"),
    [
        # A first name never joins a different first name, however close the spelling ...
        ("Ivana Trump", "Ivanka Trump", False),
        # ... while a surname spelled two ways is one person.
        ("Volodymyr Zelensky", "Volodymyr Zelenskiy", True),
    ],
)
def test_close_spellings_of_people(a: str, b: str, joined: bool) -> None:
    ms = [
        Mention(text=n, name=n, kind="person", start=0, end=len(n), document=f"d{k}.txt", label="PERSON")
        for k, n in enumerate((a, b))
    ]
    actors, _ = merge_actors(ms)
    assert (len(actors) == 1) is joined


@pytest.mark.parametrize(
    ("text", "full", "short", "joined"),
    [
        # A title before a surname that contradicts the full name's title keeps them apart ...
        (
            "Senator Jennifer Roberts spoke on Monday. Justice Roberts said no.",
            "Jennifer Roberts",
            "Justice Roberts",
            False,
        ),
        # ... and one that agrees, or a full name without a title, joins.
        (
            "Senator Jennifer Roberts spoke on Monday. Senator Roberts said no.",
            "Jennifer Roberts",
            "Senator Roberts",
            True,
        ),
        ("Jennifer Roberts spoke on Monday. Justice Roberts said no.", "Jennifer Roberts", "Justice Roberts", True),
    ],
)
def test_titles_before_surnames_must_fit(parsed, text: str, full: str, short: str, joined: bool) -> None:
    _, (actors, index) = actors_of(parsed, text)
    assert (index.get(short.lower()) == full) is joined


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            '"Why do it?" He Jianxiong, the former executive director for China at the IMF, said on Monday.',
            "He Jianxiong",
            "Jianxiong",
        ),
        # A pronoun before a name that is also an English word stays a pronoun.
        ("He Bishop said nothing. Later Bishop left the room.", None, "He Bishop"),
    ],
)
def test_a_surname_spelled_like_a_pronoun_stays_on_the_name(
    parsed, text: str, present: str | None, absent: str
) -> None:
    _, (actors, _) = actors_of(parsed, text)
    names = set(by_name(actors))
    assert present is None or present in names
    assert absent not in names


def test_a_nationality_glued_to_a_noun_is_a_group(parsed) -> None:
    text = "The Frenchduo won the title in Paris. The French pair had lost in Rome a year before."
    _, (actors, _) = actors_of(parsed, text)
    kinds = {a.name: a.kind for a in actors}
    assert "Frenchduo" not in kinds
    assert kinds.get("French") == "group"


def test_a_subordinate_clause_ends_a_name(parsed) -> None:
    # spaCy's small model tags "American Music Awards after Swift" as one ORG; "after" opens a clause. The awards
    # are an event, no actor (test_actors_no_actor_things): what is checked here is that no name holds the clause.
    text = (
        "Big Machine Records issued a statement that appeared to make it possible for Swift to perform her songs "
        "at the upcoming American Music Awards after Swift publicly scolded her former label."
    )
    mentions, _ = actors_of(parsed, text)
    names = {m.name for m in mentions}
    assert "Big Machine Records" in names
    assert not any("after" in n for n in names)


def test_a_verb_ends_a_name(parsed) -> None:
    # The small model tags "Garrett hit Rudolph" as one ORG.
    text = (
        "Rudolph and Garrett engaged in a heated altercation before Garrett hit Rudolph in the head with "
        "Rudolph's helmet."
    )
    mentions, _ = actors_of(parsed, text)
    assert not any(" hit " in m.name for m in mentions), [m.name for m in mentions]


def test_a_lowercase_link_inside_a_name_stays(parsed) -> None:
    # Near miss: "of" and "for" link parts of one name, they open no clause.
    text = "The U.S. Attorney's Office for the Western District of New York announced the plea on Monday."
    mentions, _ = actors_of(parsed, text)
    assert any("Office for the Western District" in m.name for m in mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The title words at the end are what "of" links: the office's own name.
        ("The Justice Department's Office of Inspector General released a report.", "Office of Inspector General"),
        ("A ruling by the International Court of Justice was read out on Monday.", "International Court of Justice"),
        # The tagger ends the organisation on "of"; the place it links to is the rest of its name.
        (
            "He pleaded guilty, the U.S. Attorney's Office for the Western District of New York announced Monday.",
            "Office for the Western District of New York",
        ),
    ],
)
def test_an_office_keeps_the_words_its_of_links(parsed, text: str, name: str) -> None:
    mentions, _ = actors_of(parsed, text)
    assert any(m.name.endswith(name) for m in mentions), [m.name for m in mentions]


def test_a_title_after_an_organisation_still_goes_to_the_person(parsed) -> None:
    # Near miss: "Speaker" and "Inspector General" here are titles of the person who follows.
    mentions, _ = actors_of(
        parsed,
        "House of Representatives Speaker Nancy Pelosi said no. "
        "Department of Justice Inspector General Michael Horowitz testified.",
    )
    names = {m.name for m in mentions}
    assert "House of Representatives" in names
    assert "Department of Justice" in names
    assert not any(n.endswith(("Speaker", "General", "Inspector")) for n in names), names


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Another diplomat, former special envoy to Ukraine Kurt Volker, changed his account.",
            "Kurt Volker",
            "Ukraine",
        ),
        ("The US ambassador to the EU Gordon Sondland said yes.", "Gordon Sondland", "EU"),
        ("He told the ambassador to the UN Nikki Haley.", "Nikki Haley", "UN"),
    ],
)
def test_a_place_ending_a_title_is_not_part_of_the_name_after_it(parsed, text: str, person: str, body: str) -> None:
    # The small model tags "Ukraine Kurt Volker" and "the EU Gordon Sondland" as one ORG.
    mentions, _ = actors_of(parsed, text)
    kinds = {m.name: m.kind for m in mentions}
    assert kinds.get(person) == "person", kinds
    assert body in kinds, kinds


def test_a_person_named_like_a_country_stays_whole(parsed) -> None:
    # Near miss: the tagger calls these people, and "Chad" and "Jordan" are given names too.
    mentions, _ = actors_of(parsed, "He lost the part to Chad Michael Murray. The award went to Jordan Lee Smith.")
    assert {"Chad Michael Murray", "Jordan Lee Smith"} <= {m.name for m in mentions if m.kind == "person"}


def test_a_company_named_after_its_country_stays_whole(parsed) -> None:
    # Near miss: a country then capitalised words, but an organisation's name ("Limited", "Group").
    mentions, _ = actors_of(
        parsed, "Investors in China Evergrande Group lost money. Trade with China Mobile Limited grew."
    )
    names = {m.name for m in mentions}
    assert {"China Evergrande Group", "China Mobile Limited"} <= names, names


def test_a_surname_keeps_its_whole_title(parsed) -> None:
    # "President Pence" was cut from "Vice President Pence"; the full title is the form the story uses.
    mentions, (actors, _) = actors_of(parsed, "Mike Pence spoke first. Later, Vice President Pence said it was close.")
    assert "Vice President Pence" in {m.name for m in mentions}
    assert by_name(actors)["Mike Pence"].mentions == 2
    # Near miss: an adjective before the title is no part of it.
    mentions, _ = actors_of(parsed, "Former President Obama said no.")
    assert "President Obama" in {m.name for m in mentions}


def test_titles_alone_are_no_name(parsed) -> None:
    # The small model tags "Lt Col" before "Alexander Vindman" as a PERSON of its own.
    mentions, _ = actors_of(
        parsed, "In the morning, Democratic lawmakers grilled Lt Col Alexander Vindman, a specialist."
    )
    assert {m.name for m in mentions if m.kind == "person"} == {"Alexander Vindman"}


def test_a_short_given_name_in_another_article_is_the_same_person(parsed) -> None:
    _, (actors, _) = actors_of(
        parsed,
        "Tim Morrison, a former official, testified on Tuesday.",
        "Timothy Morrison said he was not concerned about the call.",
    )
    (person,) = [a for a in actors if a.kind == "person"]
    assert person.mentions == 2


def test_a_short_given_name_that_fits_two_people_joins_neither(parsed) -> None:
    # Near miss: "Chris" is short for Christopher and for Christine; with both in the story it stays apart.
    _, (actors, _) = actors_of(
        parsed,
        "Chris Smith said the plan would fail.",
        "Christopher Smith said the plan was sound.",
        "Christine Smith said she would vote against it.",
    )
    names = {a.name for a in actors if a.kind == "person"}
    assert {"Chris Smith", "Christopher Smith", "Christine Smith"} <= names, names


@pytest.mark.parametrize(
    "texts",
    [
        # The nicknames dataset links these given names, but they are different people.
        (
            "Bill Gates said the vaccine would be ready.",
            "Former defense secretary Robert Gates said the troops should stay.",
        ),
        ("Will Smith slapped Chris Rock at the Oscars.", "Fred Smith, the founder of FedEx, said profits rose."),
        ("Ian Smith, the Rhodesian leader, died in 2007.", "John Smith, the Labour leader, died in 1994."),
        ("Nancy Pelosi said the vote would go ahead.", "Ann Pelosi, a cousin, said she was proud."),
    ],
)
def test_given_names_the_dataset_links_but_that_are_no_short_form_stay_apart(parsed, texts) -> None:
    _, (actors, _) = actors_of(parsed, *texts)
    first, second = (" ".join(t.replace("Former defense secretary ", "").split()[:2]).rstrip(",") for t in texts)
    names = by_name(actors)
    assert first in names and second in names, list(names)
    assert second not in names[first].aliases


def test_a_surname_before_and_stays_its_persons(parsed) -> None:
    # "Lee and Mitt Romney": Lee is Mike Lee, not a "Lee Romney".
    mentions, _ = actors_of(parsed, "Sen. Mike Lee spoke. Lee and Mitt Romney voted against the bill.")
    assert not any(m.name == "Lee Romney" for m in mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A surname that is a title word is still a name when it stands alone.
        ("Rep. Steve King said no. Later, King said the remarks had been misquoted.", "King"),
        ("Rep. Madeleine Dean questioned the witness. Dean said the evidence was clear.", "Dean"),
        # A name particle the tagger calls a verb ("dos") is part of the name.
        ("Lula da Silva of the Partido dos Trabalhadores said no.", "Partido dos Trabalhadores"),
    ],
)
def test_name_words_that_look_like_titles_or_verbs_stay(parsed, text: str, name: str) -> None:
    mentions, _ = actors_of(parsed, text)
    assert name in {m.name for m in mentions}


@pytest.mark.parametrize(
    ("group", "merged"),
    [
        # "Democrats" is an everyday word: no surname of "Virginia Democrats" (tagged PERSON once), no person.
        ("Democrats", False),
        # A rare word tagged NORP is a mistagged surname: it joins the full name.
        ("Opelka", True),
    ],
)
def test_a_common_group_word_is_no_surname(group: str, merged: bool) -> None:
    full = f"Virginia {group}" if group == "Democrats" else f"Reilly {group}"
    mentions = [mention(full, "person", "a.txt", 0)] + [mention(group, "group", "a.txt", 40 * n) for n in range(1, 5)]
    actors, _ = merge_actors(mentions)
    kinds = {a.name: a.kind for a in actors}
    if merged:
        assert kinds == {full: "person"}
    else:
        assert kinds[group] == "group"
        assert group not in next(a for a in actors if a.name == full).aliases


@pytest.mark.parametrize(
    ("short", "long", "kind", "merged"),
    [
        # A place's two-letter abbreviation keeps the place; an organisation's short tail names its product or part.
        ("Washington", "Washington DC", "place", True),
        ("Apple", "Apple TV", "organization", False),
        ("Group", "Group A", "organization", False),
        ("Labour", "Labour Party", "organization", True),
        # A company's legal form, of any country, is the same company (cleanco's list of legal forms).
        ("Volvo", "Volvo AB", "organization", True),
        ("Airbus", "Airbus SE", "organization", True),
        ("Philips", "Philips BV", "organization", True),
        ("Blackstone", "Blackstone LP", "organization", True),
        ("Maersk", "Maersk A/S", "organization", True),
        ("Nokia", "Nokia Oyj", "organization", True),
        ("Eni", "Eni S.p.A.", "organization", True),
        # Near misses: a product, a plan or a part is another thing (a form written out as a word is no legal form).
        ("Apple", "Apple Music", "organization", False),
        ("Amazon Music", "Amazon Music Unlimited", "organization", False),
        ("Sony", "Sony PS5", "organization", False),
    ],
)
def test_a_short_tail_after_an_organisation_names_another_thing(short: str, long: str, kind: str, merged: bool) -> None:
    actors, _ = merge_actors([mention(long, kind, "a.txt", 0), mention(short, kind, "a.txt", 50)])
    assert (len(actors) == 1) == merged


def test_an_organisation_takes_no_role_from_mentions_taken_for_a_person() -> None:
    # "Rob Goldman, President Ascom North America, says": the tagger's person took 'President' as its role, which made
    # it the role of the organisation the story found (also 'Gannett' took 'merger of the big newspaper chains').
    mentions = [
        mention("Ascom", "organization", "a.txt", 0),
        mention("Ascom North America", "person", "a.txt", 40, role="President"),
        *(mention("Ascom", "organization", "a.txt", 80 + 40 * n) for n in range(4)),
    ]
    actors, _ = merge_actors(mentions)
    assert [(a.name, a.kind, a.roles) for a in actors] == [("Ascom North America", "organization", ())]


def test_a_person_keeps_the_roles_of_mentions_of_another_kind() -> None:
    # Near miss: the story's person keeps every mention's role.
    mentions = [
        mention("Rob Goldman", "person", "a.txt", 0, role="President"),
        mention("Rob Goldman", "person", "a.txt", 40),
        mention("Rob Goldman", "organization", "a.txt", 80, role="chief executive"),
    ]
    actors, _ = merge_actors(mentions)
    assert [(a.kind, a.roles) for a in actors] == [("person", ("President", "chief executive"))]
