"""A given name, a nickname in quote marks and a surname are one person ('Sean "Diddy" Combs'), whom the bare surname
later repeats: the tagger made "Sean" a people and 'Diddy" Combs' a work, and Combs was no actor (probe s30 P141)."""

from __future__ import annotations

from tests.extract.helpers import actor_kinds_of

TRIAL = (
    'A Manhattan jury on Thursday found Sean "Diddy" Combs not guilty of the most serious charges. Combs, 55, '
    "dropped to his knees. Combs' sentencing is set for Oct. 3."
)


def test_the_nicknamed_person_is_one_actor(parsed):
    kinds = actor_kinds_of(parsed, TRIAL)
    assert kinds.get('Sean "Diddy" Combs') == "person"
    assert "Sean" not in kinds and "Combs" not in kinds


def test_a_possessive_quote_opens_no_nickname(parsed):
    text = "The court heard James' lawyer Tom Smith say the deal was fair."
    kinds = actor_kinds_of(parsed, text)
    assert kinds.get("Tom Smith") == "person"
    assert not any("'" in name for name in kinds)


def test_a_quotation_before_a_date_or_a_place_is_no_nickname(parsed):
    told = actor_kinds_of(
        parsed, 'The lawyer said his client told Mark "Get Out" Monday night, according to the lawsuit.'
    )
    assert not any('"' in name for name in told)
    voters = actor_kinds_of(parsed, 'Voters in May "Leave" Britain backed the deal, the poll found.')
    assert not any('"' in name for name in voters)
