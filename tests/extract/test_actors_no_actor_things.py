"""Actors: things the tagger calls organisations, places or people are no actors: a model of a product line ("the
Retina MacBook Pro", "the Switch Lite"), an award or a tournament's finals ("the World Fantasy Award", "the Davis Cup
Finals"), a unit or a statistic a number counts ("3.7 GW", "1 TFL"). Companies whose names end on the same words,
their organisers and people stay."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of, names_of


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("The Retina MacBook Pro has a faster chip than the older model, Apple said.", "MacBook", "Apple"),
        ("Nintendo released the Switch Lite in September. The Switch Lite costs less.", "Switch Lite", "Nintendo"),
        ("The Chromecast Ultra streams in 4K, and Google's Stadia Pro subscription costs $10.", "Pro", "Google"),
        ("The Chromecast Ultra streams in 4K, and Google's Stadia Pro subscription costs $10.", "Ultra", "Google"),
        # The maker before the product line stays ("Apple" of "the Apple iPad Pro").
        ("The Apple iPad Pro is on sale this week. Apple said supplies were limited.", "iPad", "Apple"),
        # "Air" and "Plus" with a sign of a product: a capital or a digit inside a word.
        ("The MacBook Air and the iPhone 11 Plus are on sale at Best Buy this week.", "MacBook Air", "Best Buy"),
    ],
)
def test_a_model_of_a_product_line_is_no_actor(parsed, text: str, gone: str, kept: str) -> None:
    names = names_of(parsed, text)
    assert not [n for n in names if gone in n], names
    assert kept in names


def test_a_model_that_adds_a_feature_does_not_speak(parsed) -> None:
    # "adds" with an object is no speech: the product stays no actor (review s19 r2 MED-5).
    names = names_of(parsed, "The Retina MacBook Pro adds a faster chip and a brighter screen, Apple said.")
    assert not [n for n in names if "MacBook" in n]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: companies named with a model word, and names that open on one.
        ("Hawaiian Air said on Monday that flights would resume.", "Hawaiian Air"),
        ("Canal Plus said it would bid for the rights.", "Canal Plus"),
        ("Air Astana said it would add flights to Delhi.", "Air Astana"),
        # A service the text makes speak (review s19 r1 MED-7).
        ("HBO Max said on Tuesday that it would raise prices. HBO Max has 70 million subscribers.", "HBO Max"),
        ("The Max Planck Institute for Astrophysics said the data were new.", "Max Planck Institute for Astrophysics"),
    ],
)
def test_a_company_named_with_a_model_word_stays(parsed, text: str, name: str) -> None:
    assert name in names_of(parsed, text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He won the World Fantasy Award in 1984 and the Philip K. Dick Award.", "Award"),
        ("She won the Africa Movie Academy Award for Best Actress in 2010.", "Award"),
        ("In the revamped Davis Cup format debuting this year, teams play only two singles.", "Davis Cup"),
        ("Russia lost to Spain in the inaugural Davis Cup Final on Sunday in Madrid.", "Davis Cup"),
        # An induction or a ceremony of a body is an event; the body written alone stays (see below).
        (
            "The Doobie Brothers will ride a potential Rock and Roll Hall of Fame Induction into a tour. The Rock and "
            "Roll Hall of Fame announced its nominees.",
            "Induction",
        ),
    ],
)
def test_an_award_or_a_tournament_is_no_actor(parsed, text: str, gone: str) -> None:
    names = names_of(parsed, text)
    assert not [n for n in names if gone in n], names


def test_a_tournament_keeps_its_organiser(parsed) -> None:
    names = names_of(parsed, "Herbert and Mahut did not drop a set in five matches at the ATP Finals in London.")
    assert "ATP" in names
    assert not [n for n in names if "Finals" in n]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: bodies named after a prize, and a surname that is an event's word too.
        ("The XPRIZE Foundation said so, and the Nobel Foundation agreed.", "Nobel Foundation"),
        ("Jennifer Fair said the county would appeal.", "Jennifer Fair"),
    ],
)
def test_a_body_or_a_person_named_like_an_event_stays(parsed, text: str, name: str) -> None:
    assert name in names_of(parsed, text)


def test_an_acronym_a_number_counts_is_no_actor(parsed) -> None:
    # A player's stat line: "1 TFL" (a tackle for loss) is a count, not an organisation.
    text = "S Morgan Burnett 35 47% 3 tackles, 2 assists (5 combined). 1 TFL, 1 INT, 2 passes defended."
    assert "TFL" not in names_of(parsed, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "3 FBI agents": the number counts the agents, the FBI is their agency; a year is no count.
        ("Three FBI agents arrived at the house on Tuesday.", "FBI"),
        ("In 2019 NASA said the probe had reached its orbit.", "NASA"),
        ("The 2020 NBA season was cut short, the NBA said.", "NBA"),
    ],
)
def test_an_acronym_after_a_number_it_does_not_count_stays(parsed, text: str, name: str) -> None:
    assert name in names_of(parsed, text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Star Wars Jedi: Fallen Order is out. But Fallen Order is a confident, focused game whose parts work. "
            "Fallen Order is worth playing.",
            "Fallen Order",
        ),
        ("Buckley sang \u201cGlasgow\u201d live. \u2018Glasgow\u2019 is a song of belonging, she said.", "Glasgow"),
    ],
)
def test_a_name_the_text_calls_an_artefact_is_no_actor(parsed, text: str, gone: str) -> None:
    assert gone not in names_of(parsed, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: a company called a service, a city called a city, a person whose job names a thing.
        ("Netflix is a streaming service with 150 million subscribers, Netflix said.", "Netflix"),
        ("Glasgow is a city in Scotland, and Glasgow voted to stay.", "Glasgow"),
        ("Pat Sajak is a game show host, and Sajak said he would retire.", "Pat Sajak"),
        # A company the text makes speak, a place's name written bare, a metaphor (review s19 r2 HIGH-8).
        ("TikTok is an app owned by ByteDance. TikTok said it would sue the government.", "TikTok"),
        ("\u2018Glasgow\u2019 is a song about the city. The singer grew up in Glasgow and lives there.", "Glasgow"),
        ("Politics is a game, and Washington is a show. Washington said on Monday talks would resume.", "Washington"),
        # A negated predicate says what the name is not.
        ("Stadia isn't a console. Stadia is Google's attempt to make cloud gaming happen.", "Stadia"),
    ],
)
def test_a_name_called_no_artefact_stays(parsed, text: str, name: str) -> None:
    assert name in names_of(parsed, text)


@pytest.mark.parametrize(
    ("text", "word", "indefinite"),
    [
        # An acronym that heads a noun phrase opened by "a"/"an" is a common noun ("A CT of his chest" was an
        # organisation 'CT', "a PBU in coverage" 'PBU', "plans for an IPO" 'IPO' in the 160 articles' contexts).
        ("A CT of his chest showed a ground glass pattern in both of his lungs.", "CT", True),
        ("He had two INTs and a PBU in coverage, allowing a passer rating of 22.4.", "PBU", True),
        ("The company abandoned plans for an IPO and had its valuation slashed.", "IPO", True),
        # Near misses: the article belongs to the noun the name modifies, or stands before another word.
        ("A BBC report said the talks had failed.", "BBC", False),
        ("It is a rover NASA plans to launch in 2026.", "NASA", False),
        ("An FBI agent testified on Monday.", "FBI", False),
    ],
)
def test_an_acronym_with_an_indefinite_article_is_a_common_noun(parsed, text: str, word: str, indefinite: bool) -> None:
    from extract.actors.filters import _indefinite

    doc, _ = parsed(text)
    assert _indefinite(next(t for t in doc if t.text == word)) is indefinite


def test_names_with_an_article_of_another_noun_stay(parsed) -> None:
    names = names_of(parsed, "A BBC report said the talks had failed. It is a rover NASA plans to launch in 2026.")
    assert {"BBC", "NASA"} <= names


@pytest.mark.parametrize(
    ("text", "word", "species"),
    [
        # A genus before its species' Latin word ('Yersinia' was a place in three articles).
        ("Plague is caused by the bacteria Yersinia pestis, usually found in small mammals.", "Yersinia", True),
        ("Outbreaks of the bacterium Staphylococcus aureus were reported in the county.", "Staphylococcus", True),
        # Review s20 r3a HIGH: a rare body's name before a rare Latin-looking word, with no word for a living thing
        # before it, is no genus.
        ("The Knesset plenum approved the bill.", "Knesset", False),
        ("The Politburo plenum met in Beijing.", "Politburo", False),
        ("The Bundestag plenum voted on Friday.", "Bundestag", False),
        ("Kaspersky antivirus software was banned.", "Kaspersky", False),
        ("Outbreaks of E. coli were reported in the county.", "E.", True),
        ("Those infected with Y. pestis often develop a fever.", "Y.", True),
        # Near misses: an everyday lowercase word after a name; a rare word with no Latin ending.
        ("Apple campus workers met on Monday.", "Apple", False),
        ("The Tesla roadster sold out in a day.", "Tesla", False),
        ("Obama aides met Google employees in Nevada.", "Obama", False),
        # Review s20 r2a HIGH: a place, a person or a body before an everyday word with a Latin ending.
        ("The Wuhan coronavirus outbreak spread quickly.", "Wuhan", False),
        ("China coronavirus cases rose on Monday.", "China", False),
        ("The Trump coronavirus response was criticised.", "Trump", False),
        ("Russia palladium exports fell.", "Russia", False),
        ("Iran plutonium stocks grew.", "Iran", False),
        ("The Senate quorum call began at noon.", "Senate", False),
        ("The Moderna coronavirus vaccine was approved.", "Moderna", False),
    ],
)
def test_a_genus_before_its_species_is_no_actor(parsed, text: str, word: str, species: bool) -> None:
    from extract.actors.things import _species_name

    doc, _ = parsed(text)
    k = next(t.i for t in doc if t.text == word)
    assert _species_name(list(doc), k, k + 1) is species


def test_a_name_after_an_english_prefix_is_no_actor(parsed) -> None:
    # 'pan-European', 'pro-Israeli', 'non-Muslim' were groups (adjectives made of a name).
    names = names_of(
        parsed, "The pan-European STOXX 600 index lost 0.12%. Pro-Israeli groups and anti-Scottish voters met."
    )
    assert not names & {"pan-European", "Pro-Israeli", "anti-Scottish"}


def test_names_that_open_on_a_prefix_or_a_particle_stay(parsed) -> None:
    # Near misses: a capitalised prefix opening a body's name of several words; an Arabic particle.
    names = names_of(
        parsed,
        "Troops near al-Tanf waited. The Pan-American Health Organization and Inter-Services Intelligence said it "
        "was fine. UN-Habitat said the slums were growing.",
    )
    assert {"al-Tanf", "Pan-American Health Organization", "Inter-Services Intelligence", "UN-Habitat"} <= names


def test_places_and_people_before_an_everyday_latin_word_stay(parsed) -> None:
    names = names_of(parsed, "The Wuhan coronavirus outbreak spread. The Trump coronavirus response was criticised.")
    assert {"Wuhan", "Trump"} <= names


def test_a_genus_named_a_living_thing_once_is_one_throughout(parsed) -> None:
    # review s20 r3a HIGH fix: the word for a living thing may follow the pair, and one such mention tells every
    # other mention of the same pair in the text
    from extract.actors.things import _species_name

    doc, _ = parsed(
        "Plague is caused by the Yersinia pestis bacterium. Yersinia pestis also causes other diseases. "
        "The Knesset plenum met."
    )
    toks = list(doc)
    ks = [t.i for t in doc if t.text in ("Yersinia", "Knesset")]
    assert [_species_name(toks, k, k + 1) for k in ks] == [True, True, False]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # Letters the document uses as a common noun somewhere are no organisation anywhere in it ('USB' was an
        # organisation of 33 mentions in five articles, 'GPU' of 5, 'CPU' and 'EV' of 4).
        ("Most docks have USB-A ports and a USB-C cable. The USB standard keeps changing, so check first.", "USB"),
        ("Fast docks with USB 3.2 cost more. USB is the standard most laptops use now.", "USB"),
        ("If you're considering an external GPU, check the enclosure. The GPU draws 150 watts.", "GPU"),
        ("Don't push a CPU and GPU to the limit. The GPU gets hot.", "GPU"),
        ("SPACE VIZZION is the seventh EV to use the platform. EVs will make up half of VW's sales.", "EV"),
        ("Publishers watch CPMs closely. A higher CPM means more revenue, Poynter found.", "CPM"),
        # Letters spelled out by common words in parentheses, before or after them ('BED' was an organisation of 8
        # mentions, 'FIRE' of 3).
        ("Binge eating disorder (BED) is the most common eating disorder. BED is about more than food.", "BED"),
        ("The company plans an initial public offering (IPO) next year. The IPO could value it at $10 billion.", "IPO"),
        ("You fall into one of three FIRE (financial independence, retire early) groups. FIRE takes years.", "FIRE"),
        # A number counting the letters ('GW' was an organisation of 3 mentions).
        (
            "Seoul plans to install 30.8 GW of solar by 2030 with parks such as a 2.1 GW floating solar project and "
            "a 3 GW ground-mounted array.",
            "GW",
        ),
        # Letters the tagger reads as a common noun or a verb ('CPU' of 4 mentions, 'RAM' and 'VOTE').
        ("Typing on the laptop with no other CPU load brought the fan noise up to 43 dBA.", "CPU"),
        ("It is great for the state. GET OUT and VOTE on November 5th for your GREAT Governor!", "VOTE"),
    ],
)
def test_an_acronym_used_as_a_common_noun_is_no_organisation(parsed, text: str, gone: str) -> None:
    assert gone not in names_of(parsed, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: an article, a possessive or an adjective belonging to another noun, or "the" alone.
        ("A BBC report said the talks had failed. The BBC said it would appeal.", "BBC"),
        ("Our NATO allies met in Brussels. NATO said it would send troops.", "NATO"),
        ("The embattled FBI said on Monday it would review the case.", "FBI"),
        ("It is a rover NASA plans to launch in 2026, NASA said.", "NASA"),
        ("NASA said its new rover would launch in 2026.", "NASA"),
        # Review s21 r1a HIGH-1: a possessive names the organisation ("our NHS", a parent's "its NBC").
        ("The Prime Minister said he would protect our NHS. The NHS said waiting lists had grown.", "NHS"),
        ("Comcast said its NBC would not air the debate. NBC said the decision was final.", "NBC"),
        # Review s21 r1a HIGH-2: one variant after a hyphen is a branch's name.
        ("ISIS claimed the attack. Officials blamed ISIS-K, the group's Afghan branch, for the bombing.", "ISIS"),
        # Spelled out in capitals, or in common words that are not its initials; a number counting another noun.
        ("The Federal Bureau of Investigation (FBI) said the suspect fled. The FBI declined to comment.", "FBI"),
        ("The drug agency (DEA) said the suspect fled. The DEA declined to comment.", "DEA"),
        ("He won 3 NBA titles with the Lakers. The NBA said the ban would stand.", "NBA"),
        # Review s22 r1a LOW-4: letters spelled out in capitals before them are a name, whatever the tagger reads.
        (
            "The Artemis program is on track, NASA said. NASA will send the agency's new Volatiles Investigating Polar "
            "Exploration Rover (VIPER) to the moon's south pole in 2022.",
            "VIPER",
        ),
        # The tagger reads a name as a common noun no more often than as a name.
        (
            "ISIS claimed the attack. The group said it would strike again. After five years of fighting ISIS now, "
            "officials said ISIS was weaker. ISIS fighters fled.",
            "ISIS",
        ),
    ],
)
def test_organisations_written_in_capitals_stay(parsed, text: str, name: str) -> None:
    assert name in names_of(parsed, text)


@pytest.mark.parametrize(
    "text",
    [
        # Two countries joined by a hyphen in one word name a relation ('U.S.-Mexico' was an organisation).
        "In October, Rep. David McKinley visited the U.S.-Mexico border near McAllen, Texas.",
        "Some of the biggest trading partners are on the U.S.-Canada border, the report said.",
    ],
)
def test_two_countries_joined_by_a_hyphen_are_no_actor(parsed, text: str) -> None:
    assert not [name for name in names_of(parsed, text) if "-" in name]


def test_a_hyphenated_name_with_a_side_no_country_stays(parsed) -> None:
    assert "Rolls-Royce" in names_of(parsed, "Shares of Rolls-Royce rose 5% on Monday, traders said.")


def test_a_name_after_a_preposition_of_time_is_an_occasion(parsed) -> None:
    # 'Diwali' was a place of four mentions in two articles: "Since Diwali", "during Diwali, the Hindu festival".
    text = (
        "Since Diwali, despite the Supreme Court ban, the air quality has plunged. Officials banned firecrackers "
        "ahead of Diwali, arresting 210 people."
    )
    assert "Diwali" not in names_of(parsed, text)


def test_places_and_people_near_a_preposition_of_time_stay(parsed) -> None:
    # Near misses: a known place, a person who is the subject of the clause after "since".
    text = "Troops stayed in Iraq until 2011. Since Trump took office, jobs grew. He has lived in Flint since Monday."
    assert {"Iraq", "Trump", "Flint"} <= names_of(parsed, text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # An everyday word and one capital letter name a tournament's group or a draw's path ('Group A', 'Group H',
        # 'Path C' and 'Group' of "The Group E victory" were organisations in the 160 articles; 'Path A.' keeps the
        # sentence's period on the letter).
        ("Herbert and Mahut won the deciding doubles match in Group A, giving France a 2-1 victory.", "Group"),
        ("Switzerland won Group D on Monday, and Portugal finished second in Group B.", "Group"),
        ("A draw will decide which team fills the empty slot in Path C, and which three go into Path A.", "Path"),
    ],
)
def test_a_lettered_group_is_no_actor(parsed, text: str, gone: str) -> None:
    assert not [n for n in names_of(parsed, text) if n.startswith(gone)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: a given name or a rarer word before the letter is a person's name.
        ("Jay Z and Beyonce performed in Paris on Saturday, the promoter said.", "Jay Z"),
        # Review s22 r1a MED-4: a word no draw names its groups with ('Area C' of the West Bank); a company so named
        # that the document makes speak or describes stays, everywhere.
        ("Israel plans to annex parts of Area C, which covers 60 percent of the West Bank.", "Area C"),
        ("Apple is in talks with Group M, the ad buyer, a spokesman said. Group M said it would respond.", "Group M"),
        ("Malcolm X was assassinated in 1965 in New York.", "Malcolm X"),
    ],
)
def test_a_name_ending_on_a_letter_stays(parsed, text: str, name: str) -> None:
    assert name in names_of(parsed, text)


def test_a_lettered_company_that_speaks_keeps_every_mention(parsed) -> None:
    text = "Apple is in talks with Group M, the ad buyer, a spokesman said. Group M said it would respond."
    assert [m.name for m in mentions_of(parsed, text)].count("Group M") == 2
