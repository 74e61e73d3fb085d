"""Actors: a name the text uses as the name of a thing of a kind that carries names ("NASA's Europa Clipper mission",
"the T3 terminal", "the Marburg virus", "two Star Trek novels", "a mission called Europa Clipper") is no actor; a name
also used as an actor's elsewhere, an owner or maker with no possessive owner before the noun, an author before a novel
and a country stay."""

from __future__ import annotations

import pytest

from tests.extract.helpers import names_of


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("NASA's upcoming Europa Clipper mission will get a much closer look at the icy moon's surface.", "Clipper"),
        ("NASA is developing a mission called Europa Clipper, which will launch in the mid-2020s.", "Clipper"),
        ("Officials said the Marburg virus had spread to a second district.", "Marburg"),
        ("Ford opted instead to write two Star Trek novels for the publisher.", "Star Trek"),
        ("The deportees landed at the T3 terminal of the Delhi airport at 6am, an official said.", "T3"),
        ("He was the games consultant for the Wheel of Time series, mostly to help the author.", "Wheel of Time"),
        # An acronym after a possessive owner names the thing too (review s18 MED-2).
        ("NASA's DART mission will crash a spacecraft into an asteroid next year, the agency said.", "DART"),
        ("NASA's SLS rocket will cost more than $2 billion per launch, the agency's inspector general said.", "SLS"),
    ],
)
def test_a_named_thing_is_no_actor(parsed, text: str, thing: str) -> None:
    names = names_of(parsed, text)
    assert not any(thing in n for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: the name is an actor elsewhere in the story, a maker before its novel, a country, a maker
        # before a noun that is no named thing.
        ("NASA said on Monday that a NASA spacecraft could soon land on the icy moon.", "NASA"),
        ("It had an ending worthy of a John M. Ford novel, his friends said.", "John M. Ford"),
        ("The Japan mission was a success, officials in Tokyo said.", "Japan"),
        ("The sedan mimics the design of newer Nissan models like the Altima.", "Nissan"),
        ("NASA is developing a mission called Europa Clipper, which is scheduled to launch in the mid-2020s.", "NASA"),
        # An owner or maker before a programme, a probe, a mission, a vaccine, a series or a franchise with no
        # possessive owner of its own (review s18 HIGH-4).
        ("A World Bank program will give $500 million to farmers hit by drought, the bank said.", "World Bank"),
        ("An FBI probe into the shooting found no evidence of a wider plot.", "FBI"),
        ("A Senate probe found that the agency ignored warnings.", "Senate"),
        ("The IMF mission said on Friday that talks would resume.", "IMF"),
        ("Britain will offer the Pfizer vaccine to all children.", "Pfizer"),
        ('She stars in the Netflix series "Ozark".', "Netflix"),
        ("A Harvard program that pays for students' summer research will be cut, the university said.", "Harvard"),
        ("The Yankees franchise is worth $6 billion.", "Yankees"),
        # A possessive owner before a body's name owns the body, not only the programme or probe (review s18 MED-1).
        ("Trump's Justice Department probe into the leaks found nothing, the department said.", "Justice Department"),
        ("The country's World Bank program pays farmers, the bank said.", "World Bank"),
        ("The city's FEMA program will pay for new roofs, FEMA said later.", "FEMA"),
        # A known agency's acronym after a possessive is the body (review s18 r2 MED-3).
        (
            "WASHINGTON (AP) — The Trump administration's EPA program to clean up Superfund sites is behind schedule, "
            "the agency said Tuesday.",
            "EPA",
        ),
        ("Congress's FBI probe into the shooting found no wider plot, the bureau said on Friday.", "FBI"),
        ("The city's FEMA program will pay for new roofs.", "FEMA"),
    ],
)
def test_an_actor_before_a_thing_stays(parsed, text: str, name: str) -> None:
    assert name in names_of(parsed, text)


def test_a_quoted_title_after_its_works_noun_is_no_actor(parsed) -> None:
    # 'Musicophilia' (tagged a place) was an actor.
    text = (
        "The late neurologist wrote about similar symptoms in his book “Musicophilia” — Steenburgen wasn’t thrilled "
        "about the change."
    )
    assert "Musicophilia" not in names_of(parsed, text)


def test_a_place_named_like_a_quoted_song_stays_a_place(parsed) -> None:
    # Near miss: the song's title is no actor, the city written without quote marks is.
    text = "The band played the song “Glasgow” before the show. The tour then left for Glasgow, Scotland on Monday."
    assert "Glasgow, Scotland" in names_of(parsed, text)
