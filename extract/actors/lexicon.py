"""Closed word lists that several mention rules read: head nouns of organisations, buildings, events and works, nouns
for people and occupations, model words of products. Lists one rule alone reads live with that rule."""

from __future__ import annotations

import re

from extract.actors.names import _words

# Head nouns of events ("Google Science Fair", "Taipei Lantern Festival", "FIFA World Cup"); a closed list.
EVENT_HEADS = _words(
    """fair festival expo cup championship championships olympics tournament marathon exhibition gala final finals
    award awards prize prizes trophy induction ceremony"""
)


# Head nouns of research works ("Australian National Iodine Nutrition Study"): what they found is reported, they
# do not act; a closed list.
WORK_HEADS = _words("study studies survey census")


# Last words of names of bodies that ORG_HEADS leaves out, because alone they are common nouns.
_BODY_HEADS = _words("center centre network group office board service program programme team")


_ROMAN = re.compile(r"[IVXLC]+")


# Plural trade nouns and legal forms that close companies' names and no personal name ("Ceres Robotics", "General
# Dynamics", "Walt Disney Co."); a closed list.
_TRADE_HEADS = _words(
    """robotics systems technologies industries holdings laboratories labs aerospace motors pharmaceuticals
    enterprises networks studios solutions dynamics electronics logistics communications inc corp corporation co
    ltd llc plc gmbh"""
)


# Last words that name a model of a product line ("MacBook Pro", "Switch Lite", "iPhone 11 Pro Max"): marketing
# tiers, never a surname (a closed list).
MODEL_WORDS = _words("pro max mini lite ultra plus air")


# Heads of venues' names that are hardly surnames, as "Hall", "Arena", "Plaza", "Temple" are (a closed list).
VENUE_HEADS = _words("amphitheatre amphitheater pavilion stadium airport cathedral mosque")
# Last words of names of buildings and venues, which the tagger often calls organisations (a closed list); not
# "theatre" or "center", which name companies and institutes as often ("the Royal Court Theatre said").
FACILITY_HEADS = _words(
    """station stadium arena airport tower towers bridge square street avenue hall plaza palace temple cathedral mosque
    pavilion amphitheatre amphitheater"""
)


# Head nouns of an apposition that say a name is an organisation or a place, not a person (closed lists).
ORG_NOUNS = _words(
    """company firm school organisation organization group charity agency network website site newspaper magazine
    outlet startup business church team club band brand retailer manufacturer maker publisher broadcaster bank
    university college institute party"""
)


PLACE_NOUNS = _words(
    "city town village country region province island county district suburb neighbourhood neighborhood capital"
)


# Nouns that only ever denote people: an apposition or a possessive with one says a name is a person's.
PERSON_NOUNS = _words(
    """man woman boy girl men women teenager child father mother son daughter wife husband brother sister widow
    widower grandfather grandmother uncle aunt nephew niece cousin fiancee fiance girlfriend boyfriend"""
)


# Occupations only a person holds: "Eswar Prasad, a trade professor at Cornell" is a person whatever the tagger
# said (not "leader" or "manufacturer", which companies are too).
PROFESSIONS = _words(
    """professor economist analyst lawyer attorney journalist reporter correspondent columnist editor scientist
    researcher scholar historian author writer novelist poet actor actress singer musician artist student teacher
    doctor physician surgeon nurse farmer activist politician lawmaker senator congressman congresswoman
    strategist consultant pollster diplomat ambassador spokesman spokeswoman spokesperson"""
)


# Head nouns that make a run of capitalised words an organisation's name ("Deseret News", "Irving Police
# Department"); a closed, linguistic list.
ORG_HEADS = _words(
    """news times post journal herald tribune gazette telegraph inc corp corporation company ltd llc plc party
    university college institute foundation association council committee commission agency department ministry
    bank union federation society league airlines airways"""
)


# Words that modify a title ("Vice President", "Acting Director"), never an employer's name.
_TITLE_MODIFIERS = _words("vice acting interim former senior junior late outgoing incoming")


# The Sun's planets, the Moon and the moons the news writes about, and the Solar System: places, not organisations,
# and no short name of what is named after them ("the Moon" is not "Blue Moon"); a closed list, not "Sun", a
# newspaper's name too.
SKY_PLACES = _words(
    """moon earth mars venus mercury jupiter saturn uranus neptune pluto europa titan enceladus ganymede callisto io
    phobos deimos ceres triton charon"""
) | {"solar system"}
