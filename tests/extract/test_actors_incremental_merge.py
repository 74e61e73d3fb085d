"""Actors: a story merged with a memo, one document added, edited or removed at a time, has exactly the actors (and
index) of the same documents merged from scratch, including ties that the order of first mentions breaks."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.actors import MergeMemo, merge_actors, merge_documents
from extract.actors.merge import story as story_merge
from extract.actors.merge import story_index, sums
from extract.records import Mention

# (name, text, kind, role, label): names that join across documents by key, surname, initials, country, spelling,
# nickname, middle initial or regnal number, and some that must not; a few share a name under two kinds.
FORMS = (
    ("Donald Trump", "Donald Trump", "person", None, "PERSON"),
    ("Trump", "Trump", "person", None, "PERSON"),
    ("President Trump", "President Trump", "person", "President", "PERSON"),
    ("Donald J. Trump", "Donald J. Trump", "person", None, "PERSON"),
    ("Joe Biden", "Joe Biden", "person", "former Vice President", "PERSON"),
    ("Hunter Biden", "Hunter Biden", "person", None, "PERSON"),
    ("Vice President Biden", "Biden", "person", None, "PERSON"),
    ("Biden", "Biden", "person", None, "PERSON"),
    ("Tim Morrison", "Tim Morrison", "person", None, "PERSON"),
    ("Timothy Morrison", "Timothy Morrison", "person", "adviser", "PERSON"),
    ("Morrison", "Morrison", "person", None, "PERSON"),
    ("Volodymyr Zelensky", "Volodymyr Zelensky", "person", None, "PERSON"),
    ("Zelenskiy", "Zelenskiy", "person", None, "PERSON"),
    ("Zelensky", "Zelensky", "person", None, "PERSON"),
    ("Moon Jae-in", "Moon Jae-in", "person", None, "PERSON"),
    ("Moon", "Moon", "person", None, "PERSON"),
    ("European Union", "European Union", "organization", None, "ORG"),
    ("EU", "EU", "organization", None, "ORG"),
    ("European Union", "the European Union", "organization", None, "ORG"),
    ("World Health Organization", "World Health Organization", "organization", None, "ORG"),
    ("WHO", "WHO", "organization", None, "ORG"),
    ("World Health Organisation", "World Health Organisation", "organization", None, "ORG"),
    ("Amnesty International", "Amnesty International", "organization", None, "ORG"),
    ("AI", "AI", "organization", None, "ORG"),
    ("United States", "United States", "place", None, "GPE"),
    ("US", "US", "place", None, "GPE"),
    ("U.S.", "U.S.", "place", None, "GPE"),
    ("America", "America", "place", None, "GPE"),
    ("North Carolina", "North Carolina", "place", None, "GPE"),
    ("Houston, Texas", "Houston, Texas", "place", None, "GPE"),
    ("Houston", "Houston", "place", None, "GPE"),
    ("Russians", "Russians", "group", None, "NORP"),
    ("Russian", "Russian", "group", None, "NORP"),
    ("NC", "NC", "place", None, "GPE"),
    ("Apple", "Apple", "organization", None, "ORG"),
    ("Apple", "Apple", "person", None, "PERSON"),
    ("Chase", "Chase", "person", None, "PERSON"),
    ("Chase", "Chase", "organization", None, "ORG"),
    ("Smith", "Smith", "person", "spokesman", "PERSON"),
    ("John Smith", "John Smith", "person", None, "PERSON"),
    ("Jane Smith", "Jane Smith", "person", "Senator", "PERSON"),
    ("Ukrainians", "Ukrainians", "group", None, "NORP"),
    ("Ukrainian", "Ukrainian", "group", None, "NORP"),
    ("Kyiv", "Kyiv", "place", None, "GPE"),
    ("Twitter", "Twitter", "person", None, "PERSON"),
    ("Earth", "Earth", "place", None, "LOC"),
    ("Earthorbit", "Earthorbit", "organization", None, "ORG"),
    ("Queen Elizabeth", "Queen Elizabeth", "person", "Queen", "PERSON"),
    ("Elizabeth II", "Elizabeth II", "person", None, "PERSON"),
    ("Elizabeth II", "Queen Elizabeth II", "person", "Queen", "PERSON"),
    ("Elizabeth Warren", "Elizabeth Warren", "person", None, "PERSON"),
    ("King Charles", "King Charles", "person", "King", "PERSON"),
    ("Charles III", "King Charles III", "person", "King", "PERSON"),
    ("Charles II", "Charles II", "person", None, "PERSON"),
)

PATHS = ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt")

documents = st.lists(st.sampled_from(range(len(FORMS))), min_size=0, max_size=9)
steps = st.lists(st.tuples(st.sampled_from(PATHS), st.one_of(st.none(), documents)), min_size=1, max_size=12)


def _mentions(path: str, picks: list[int]) -> tuple[Mention, ...]:
    out = []
    start = 0
    for k in picks:
        name, text, kind, role, label = FORMS[k]
        out.append(Mention(text, name, kind, start, start + len(text), path, role, label))
        start += len(text) + 7
    return tuple(out)


@pytest.fixture(params=[1, None], ids=["every-sum-kept", "large-sums-kept"])
def kept(request: pytest.FixtureRequest):  # noqa: ANN201
    """Components keep their tallies, and key groups their titles and documents, from one merge to the next from
    this many clusters (1: all of them)."""
    default, meta = sums._Sum.KEPT, story_index._META_KEPT
    sums._Sum.KEPT = request.param or default
    story_index._META_KEPT = request.param or meta
    yield
    sums._Sum.KEPT, story_index._META_KEPT = default, meta


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(plan=steps)
def test_documents_added_edited_and_removed_one_at_a_time_merge_as_from_scratch(kept, plan) -> None:  # noqa: ANN001
    memo = MergeMemo()
    story: dict[str, tuple[Mention, ...]] = {}
    for path, picks in plan:
        if picks is None:
            story.pop(path, None)  # removed (or never there)
        else:
            story[path] = _mentions(path, picks)
        docs = [story[p] for p in sorted(story)]
        kept = merge_documents(docs, memo)
        assert kept == merge_documents(docs, MergeMemo())
        assert kept == merge_actors([m for ms in docs for m in ms])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(plan=steps, rnd=st.randoms(use_true_random=False))
def test_documents_in_a_new_order_merge_as_from_scratch(kept, plan, rnd) -> None:  # noqa: ANN001
    """Merging in another order than path order (documents given as the caller orders them)."""
    memo = MergeMemo()
    story: dict[str, tuple[Mention, ...]] = {}
    for path, picks in plan:
        if picks is None:
            story.pop(path, None)
        else:
            story[path] = _mentions(path, picks)
        order = list(story)
        rnd.shuffle(order)
        docs = [story[p] for p in order]
        assert merge_documents(docs, memo) == merge_documents(docs, MergeMemo())


def test_a_document_added_before_the_others_moves_first_occurrences(kept) -> None:  # noqa: ANN001
    """Two spellings named once each tie, and the one the story names first is the name: a document added before the
    others (in path order) names the other spelling first, and the name moves to it as in a merge from scratch."""
    memo = MergeMemo()
    later = _mentions("b.txt", [FORMS.index(("Zelenskiy", "Zelenskiy", "person", None, "PERSON")), 13])
    assert [a.name for a in merge_documents([later, _mentions("c.txt", [0])], memo)[0]][:1] == ["Zelenskiy"]
    earlier = _mentions("a.txt", [13, FORMS.index(("Zelenskiy", "Zelenskiy", "person", None, "PERSON"))])
    docs = [earlier, later, _mentions("c.txt", [0])]
    assert merge_documents(docs, memo) == merge_documents(docs, MergeMemo())
    assert merge_documents(docs, MergeMemo())[0][0].name == "Zelensky"


def test_a_merge_that_stops_half_way_leaves_no_stale_actors(kept, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """A merge that raises after some documents' clusters were swapped (here while merging the second changed
    document) must not leave the next merge with actors that missed the first one's change: "Kyiv" left a.txt."""
    kyiv, apple, chase = (
        FORMS.index((n, n, k, None, lab))
        for n, k, lab in (("Kyiv", "place", "GPE"), ("Apple", "organization", "ORG"), ("Chase", "organization", "ORG"))
    )
    memo = MergeMemo()
    c = _mentions("c.txt", [kyiv])
    merge_documents([_mentions("a.txt", [kyiv, 0]), _mentions("b.txt", [apple]), c], memo)
    a2, b2 = _mentions("a.txt", [0]), _mentions("b.txt", [apple, chase])
    real = story_merge._merge_one

    def failing(mentions):  # noqa: ANN001, ANN202
        if mentions[0].document == "b.txt":
            raise MemoryError
        return real(mentions)

    monkeypatch.setattr(story_merge, "_merge_one", failing)
    with pytest.raises(MemoryError):
        merge_documents([a2, b2, c], memo)
    monkeypatch.setattr(story_merge, "_merge_one", real)
    actors = merge_documents([a2, b2, c], memo)
    assert actors == merge_documents([a2, b2, c], MergeMemo())
    assert {a.name: a.documents for a in actors[0]}["Kyiv"] == ("c.txt",)
