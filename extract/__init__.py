"""storywatch's extraction engine: pure functions from article text to facts.

Never imports textual, rich or tui (tests/test_layering.py enforces it).
"""

from extract.records import (
    Actor,
    Claim,
    Conflict,
    DocFacts,
    DocumentInfo,
    Figure,
    FigureValue,
    Mention,
    Quote,
    Story,
)

__all__ = [
    "Actor",
    "Claim",
    "Conflict",
    "DocFacts",
    "DocumentInfo",
    "Figure",
    "FigureValue",
    "Mention",
    "Quote",
    "Story",
]
