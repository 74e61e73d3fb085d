"""`c` on a direct claim that holds its own attribution between two quotes (probe s30 U2): the copy pasted the cue
sentence inside one pair of quote marks, straight and curly marks mixed, and the speaker twice."""

from __future__ import annotations

from extract.records import Claim
from tui.widgets.cite import cite_claim

NASA = (
    '"American aerospace companies of all sizes are joining the Artemis program," NASA Administrator Jim Bridenstine'
    ' said in a statement. "Expanding the group reduces costs to NASA and American taxpayers.'
)


def _direct(text: str, who: str, cue: str = "said") -> Claim:
    return Claim(text, who, who, cue, "direct", "c.txt", 0, len(text), line=5)


def test_a_claim_with_its_attribution_inside_is_pasted_as_written():
    line = cite_claim(_direct(NASA, "Jim Bridenstine"))
    assert line == (
        "\u201cAmerican aerospace companies of all sizes are joining the Artemis program,\u201d NASA Administrator Jim"
        " Bridenstine said in a statement. \u201cExpanding the group reduces costs to NASA and American"
        " taxpayers.\u201d (per c.txt, line 5)"
    )
    assert line.count("Bridenstine") == 1 and '"' not in line


def test_curly_marks_and_a_closed_second_quote():
    text = "\u201cWe will fight,\u201d Ann Lee said. \u201cAnd we will win.\u201d"
    assert cite_claim(_direct(text, "Ann Lee")) == f"{text} (per c.txt, line 5)"


def test_a_single_quote_is_cited_as_before():
    assert cite_claim(_direct("We will not give up.", "Ann Lee")) == (
        "\u201cWe will not give up,\u201d Ann Lee said, per c.txt, line 5"
    )
    # Marks inside without the cue between them (a title in quotes): one quote, as before.
    text = 'The film "Oppenheimer" won seven awards.'
    assert cite_claim(_direct(text, "Ann Lee")).endswith("Ann Lee said, per c.txt, line 5")
