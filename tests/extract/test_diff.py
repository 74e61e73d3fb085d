"""Fact diffs between two story versions: tables of (old story, new story) -> expected changes."""

from __future__ import annotations

import pytest

from extract.diff import Change, StoryDiff, diff_stories, summarise
from extract.records import Actor, Claim, Conflict, Figure, FigureValue, Quote, Story


def fig(value: float | None, display: str, about: str = "troops", doc: str = "a.txt", start: int = 0, **kw) -> Figure:
    return Figure(
        text=display,
        value=value,
        kind=kw.pop("kind", "count"),
        unit=kw.pop("unit", None),
        qualifier=kw.pop("qualifier", None),
        direction=None,
        about=about,
        sentence=f"There are {display} {about}.",
        document=doc,
        start=start,
        end=start + len(display),
        display=display,
        **kw,
    )


def quote(text: str, speaker: str | None, doc: str = "a.txt", start: int = 0) -> Quote:
    return Quote(text, speaker, speaker, "said", doc, start, start + len(text))


def claim(text: str, source: str | None, doc: str = "a.txt", start: int = 0) -> Claim:
    return Claim(text, source, source, "said", "indirect", doc, start, start + len(text))


def actor(name: str, kind: str = "person", mentions: int = 1, roles: tuple[str, ...] = (), docs=("a.txt",)) -> Actor:
    return Actor(name, kind, (), roles, mentions, tuple(docs))


def conflict(about: str, *values: tuple[float, str]) -> Conflict:
    return Conflict(about, "count", None, tuple(FigureValue(v, d, f"{i}.txt", 0) for i, (v, d) in enumerate(values)))


def story(**kw) -> Story:
    return Story(**{k: tuple(v) for k, v in kw.items()})


def brief(diff: StoryDiff) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.kind, c.op, c.before, c.after) for c in diff.changes]


CASES = [
    pytest.param(story(figures=[fig(12000, "12,000")]), story(figures=[fig(12000, "12,000")]), [], id="unchanged"),
    pytest.param(
        story(figures=[fig(12000, "12,000", start=10)]),
        story(figures=[fig(12000, "12,000", start=250)]),
        [],
        id="figure-moved-in-file-is-unchanged",
    ),
    pytest.param(
        story(),
        story(figures=[fig(12000, "12,000")]),
        [("figure", "added", None, "12,000")],
        id="figure-added",
    ),
    pytest.param(
        story(figures=[fig(12000, "12,000")]),
        story(),
        [("figure", "removed", "12,000", None)],
        id="figure-removed",
    ),
    pytest.param(
        story(figures=[fig(12000, "12,000")]),
        story(figures=[fig(13000, "13,000")]),
        [("figure", "changed", "12,000", "13,000")],
        id="figure-value-changed-is-one-change",
    ),
    pytest.param(
        story(figures=[fig(12000, "12,000")]),
        story(figures=[fig(12000, "12,000", qualifier="up to")]),
        [("figure", "changed", "12,000", "up to 12,000")],
        id="figure-qualifier-changed",
    ),
    pytest.param(
        story(figures=[fig(12000, "12,000", about="troops"), fig(5, "5", about="tanks")]),
        story(figures=[fig(12000, "12,000", about="troops"), fig(5, "5", about="tanks", doc="b.txt")]),
        [("figure", "added", None, "5"), ("figure", "removed", "5", None)],
        id="figure-in-other-file-is-another-fact",
    ),
    pytest.param(
        story(figures=[fig(5, "5", start=0), fig(7, "7", start=20)]),
        story(figures=[fig(3, "3", start=0), fig(5, "5", start=20), fig(7, "7", start=40)]),
        [("figure", "added", None, "3")],
        id="same-key-inserted-before-is-one-addition",
    ),
    pytest.param(
        story(figures=[fig(5, "5", start=0), fig(7, "7", start=20)]),
        story(figures=[fig(5, "5", start=0), fig(8, "8", start=20)]),
        [("figure", "changed", "7", "8")],
        id="same-key-one-value-changed",
    ),
    pytest.param(
        story(figures=[fig(5, "5", start=0), fig(7, "7", start=20)]),
        story(figures=[fig(6, "6", start=0), fig(8, "8", start=20)]),
        [("figure", "changed", "5", "6"), ("figure", "changed", "7", "8")],
        id="same-key-all-changed-pair-in-order",
    ),
    pytest.param(
        story(figures=[fig(5, "5", start=0), fig(7, "7", start=20), fig(9, "9", start=40)]),
        story(figures=[fig(7, "7", start=0)]),
        [("figure", "removed", "5", None), ("figure", "removed", "9", None)],
        id="same-key-two-removed",
    ),
    pytest.param(
        story(quotes=[quote("We will not give up", "Volodymyr Zelensky")]),
        story(quotes=[quote("We will not give up", "Lloyd Austin", start=40)]),
        [("quote", "changed", "Volodymyr Zelensky", "Lloyd Austin")],
        id="quote-speaker-changed",
    ),
    pytest.param(
        story(quotes=[quote("We will not give up", None)]),
        story(quotes=[quote("We will not give up", "Lloyd Austin")]),
        [("quote", "changed", None, "Lloyd Austin")],
        id="quote-speaker-found",
    ),
    pytest.param(
        story(quotes=[quote("We will not give up", "Zelensky")]),
        story(quotes=[quote("We will never give up", "Zelensky")]),
        [("quote", "added", None, "Zelensky"), ("quote", "removed", "Zelensky", None)],
        id="quote-reworded-is-new-words",
    ),
    pytest.param(
        story(claims=[claim("troops were sent", "NATO")]),
        story(claims=[claim("troops were sent", "Pentagon")]),
        [("claim", "changed", "NATO", "Pentagon")],
        id="claim-source-changed",
    ),
    pytest.param(
        story(claims=[claim("troops were sent", "NATO")]),
        story(claims=[claim("Troops were sent.", "NATO", start=99)]),
        [],
        id="claim-case-and-punctuation-unchanged",
    ),
    pytest.param(
        story(claims=[claim("troops were sent", "NATO")]),
        story(claims=[claim("troops were sent", "NATO"), claim("talks failed", "Kremlin")]),
        [("claim", "added", None, "Kremlin")],
        id="claim-added",
    ),
    pytest.param(
        story(actors=[actor("NATO", "organization", 3)]),
        story(actors=[actor("NATO", "organization", 5)]),
        [("actor", "changed", "3 mentions", "5 mentions")],
        id="actor-mentions-changed",
    ),
    pytest.param(
        story(actors=[actor("Lloyd Austin")]),
        story(actors=[actor("Lloyd Austin", roles=("US Secretary of Defense",))]),
        [("actor", "changed", "roles: none", "roles: US Secretary of Defense")],
        id="actor-role-added",
    ),
    pytest.param(
        story(actors=[actor("Kursk", "person")]),
        story(actors=[actor("Kursk", "place")]),
        [("actor", "changed", "person", "place")],
        id="actor-kind-changed-is-one-change",
    ),
    pytest.param(
        story(actors=[actor("NATO", "organization", 3)]),
        story(actors=[actor("NATO", "organization", 3), actor("Kim Jong Un", mentions=1)]),
        [("actor", "added", None, "person, 1 mention")],
        id="actor-added",
    ),
    pytest.param(
        story(actors=[actor("NATO", "organization", 3)]),
        story(),
        [("actor", "removed", "organization, 3 mentions", None)],
        id="actor-removed",
    ),
    pytest.param(
        story(),
        story(conflicts=[conflict("troops", (12000, "12,000"), (13000, "13,000"))]),
        [("conflict", "added", None, "12,000 vs 13,000")],
        id="conflict-added",
    ),
    pytest.param(
        story(conflicts=[conflict("troops", (12000, "12,000"), (13000, "13,000"))]),
        story(conflicts=[conflict("troops", (11000, "11,000"), (13000, "13,000"))]),
        [("conflict", "changed", "12,000 vs 13,000", "11,000 vs 13,000")],
        id="conflict-changed",
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), CASES)
def test_diff_stories(old: Story, new: Story, expected: list) -> None:
    assert brief(diff_stories(old, new)) == expected


def test_change_fields() -> None:
    diff = diff_stories(story(figures=[fig(12000, "12,000")]), story(figures=[fig(13000, "13,000")]))
    assert diff.changes == (
        Change("figure", "changed", "figure|a.txt|count||troops", "troops", "a.txt", "12,000", "13,000"),
    )
    assert not diff.is_empty
    assert diff_stories(story(), story()).is_empty


def test_counts() -> None:
    old = story(claims=[claim("x was y", "A")], quotes=[quote("q one", "A")])
    new = story(claims=[claim("p", "A"), claim("q", "B")], figures=[fig(1, "1")])
    assert diff_stories(old, new).counts() == {
        ("claim", "added"): 2,
        ("claim", "removed"): 1,
        ("quote", "removed"): 1,
        ("figure", "added"): 1,
    }


def test_long_labels_are_cut() -> None:
    long = "word " * 100
    (change,) = diff_stories(story(), story(quotes=[quote(long, "A")])).changes
    assert len(change.label) <= 60 and change.label.endswith("…")


SUMMARIES = [
    pytest.param(
        story(quotes=[quote("q one", "A")], figures=[fig(12000, "12,000")]),
        story(claims=[claim("c one", "A"), claim("c two", "B")], figures=[fig(13000, "13,000")]),
        "reuters.txt",
        "reuters.txt: +2 claims, -1 quote, troops 12,000 -> 13,000",
        id="example",
    ),
    pytest.param(story(), story(), None, "no changes", id="empty"),
    pytest.param(
        story(actors=[actor("A")], claims=[claim("c one", "A")]),
        story(actors=[actor("A", mentions=2), actor("B")], claims=[claim("c one", "B")]),
        "x.txt",
        "x.txt: +1 actor, 1 speaker changed, 1 actor updated",
        id="rest-after-counts",
    ),
    pytest.param(
        story(figures=[fig(1, "1", about="a"), fig(2, "2", about="b"), fig(3, "3", about="c")]),
        story(figures=[fig(10, "10", about="a"), fig(20, "20", about="b"), fig(30, "30", about="c")]),
        None,
        "a 1 -> 10, b 2 -> 20, 1 more figure changed",
        id="figure-details-bounded",
    ),
    pytest.param(
        story(claims=[claim("the number of these combatants at 13,000", "South Korea"), claim("talks failed", "A")]),
        story(claims=[claim("the number of these combatants at 14,000", "South Korea"), claim("talks went on", "A")]),
        "seed.txt",
        "seed.txt: +1 claim, -1 claim, 1 claim reworded",
        id="claim-reworded",
    ),
    pytest.param(
        story(quotes=[quote("We will not give up", "Zelensky"), quote("We will not give up", "Rutte", start=50)]),
        story(quotes=[quote("We will never give up", "Zelensky", start=9), quote("We will never give up", "Kim")]),
        None,
        "+1 quote, -1 quote, 1 quote reworded",
        id="reworded-needs-the-same-speaker",
    ),
]


@pytest.mark.parametrize(("old", "new", "document", "expected"), SUMMARIES)
def test_summarise(old: Story, new: Story, document: str | None, expected: str) -> None:
    assert summarise(diff_stories(old, new), document) == expected


def test_summary_is_bounded() -> None:
    old = story(figures=[fig(i, str(i), about=f"thing number {i} " * 3) for i in range(50)])
    new = story(
        figures=[fig(i + 1, str(i + 1), about=f"thing number {i} " * 3) for i in range(50)],
        claims=[claim(f"claim {i}", "A") for i in range(7)],
        actors=[actor("B")],
    )
    text = summarise(diff_stories(old, new), "a-long-file-name.txt", limit=80)
    assert len(text) <= 80
    assert text.startswith("a-long-file-name.txt: +7 claims, ")
    assert text.endswith("more")


def test_summary_with_a_long_first_part_keeps_its_more_within_the_limit() -> None:
    """A figure change with long values fills the first part: the "+N more" after it still fits (review)."""
    about = "troops in the eastern region of the country"
    old = story(figures=[fig(1, "1 " + "x" * 30, about=about), fig(5, "5", about="tanks")])
    new = story(figures=[fig(2, "2 " + "y" * 30, about=about)], actors=[actor("B")])
    text = summarise(diff_stories(old, new))
    assert len(text) <= 100
    assert text.endswith("more") and "…" in text


def test_diff_is_linear(monkeypatch) -> None:
    # 20,000 figures sharing one key and 20,000 claims: a quadratic matcher would compare 400 million pairs.
    import extract.diff as diff_module

    calls = 0
    real = diff_module._figure_sig

    def counted(f):
        nonlocal calls
        calls += 1
        return real(f)

    monkeypatch.setattr(diff_module, "_figure_sig", counted)
    n = 20_000
    old = story(figures=[fig(i, str(i), start=i) for i in range(n)], claims=[claim(f"c {i}", "A") for i in range(n)])
    new = story(
        figures=[fig(i + 1, str(i + 1), start=i) for i in range(n)], claims=[claim(f"c {i}", "B") for i in range(n)]
    )
    diff = diff_stories(old, new)
    assert diff.counts() == {("figure", "changed"): 1, ("claim", "changed"): n}  # 0 -> 20000, the rest matched
    assert calls <= 4 * 2 * n  # a few signature looks per figure, not one per pair (counted, not timed)


def test_slices_by_document_are_remembered_for_the_same_records_only() -> None:
    from extract.diff import in_documents

    figures = tuple(fig(i, str(i), start=i) for i in range(5))
    first = in_documents(figures, {"a.txt"})
    assert in_documents(figures, ["a.txt"]) is first  # the same records and documents: the same slice
    other = tuple(fig(i, str(i), doc="b.txt", start=i) for i in range(5))
    assert in_documents(other, {"a.txt"}) == () and in_documents(other, {"b.txt"}) == other
    assert in_documents(figures, None) is figures


def test_actors_kept_as_the_same_objects_are_not_compared_but_the_diff_is_the_same() -> None:
    import copy

    from extract.records import Actor

    kept = [Actor(f"Person {i}", "person", mentions=i + 1) for i in range(50)]
    old = story(actors=[*kept, Actor("Gone", "person", mentions=1), Actor("Ann", "person", mentions=2)])
    new = story(actors=[*kept, Actor("Ann", "person", mentions=3), Actor("New", "organization", mentions=1)])
    fresh = story(actors=[copy.copy(a) for a in new.actors])  # equal actors, other objects
    assert diff_stories(old, new) == diff_stories(old, fresh)
    assert diff_stories(old, new).counts() == {("actor", "removed"): 1, ("actor", "changed"): 1, ("actor", "added"): 1}
