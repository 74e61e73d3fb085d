"""A Markdown article read as the text it shows: its syntax blanked, one space for each character, so every offset,
line and column stays that of the file (UX probe s30: a speaker came out as "Carlos Mazón](https://en.wikipedia...",
a claim as "About **1,900** people are still missing").

What is blanked: heading, block quote and list markers at a line's start; fence lines of code blocks; link and image
syntax (a link keeps its words, an image its nothing); reference definitions; emphasis and code marks around words;
HTML tags. What is kept: every word a reader of the rendered article sees. Not a full CommonMark parser: nested
brackets inside a link's words and emphasis that spans lines keep their marks, which shows them as text, as before.
"""

from __future__ import annotations

import re

SUFFIXES = (".md", ".markdown")

# At a line's start: up to three spaces, then block quote marks ("> > "), then a heading's hashes or a list marker.
_LINE_START = re.compile(r"(?m)^[ ]{0,3}(?:>[ ]?)*(?:#{1,6}[ \t]+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+)?")
_FENCE = re.compile(r"(?m)^[ ]{0,3}(?:```|~~~).*$")
_RULE = re.compile(r"(?m)^[ ]{0,3}(?:[-*_][ \t]*){3,}$")
_HEADING_CLOSE = re.compile(r"(?m)[ \t]+#+[ \t]*$")
_REFERENCE = re.compile(r"(?m)^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]+)\](\([^)\n]*\)|\[[^\]\n]*\])")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>")
# Emphasis and code marks hugging a run of text on one line: "**1,900**", "_very_", "`code`".
_EMPHASIS = re.compile(r"(?<![\w*`])(\*{1,3}|_{1,3}|`+)(?=\S)([^\n]*?\S)\1(?![\w*`])")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _link(m: re.Match[str]) -> str:
    return " " + m.group(1) + " " * len(m.group(2)) + " "


def _emphasis(m: re.Match[str]) -> str:
    marks = " " * len(m.group(1))
    return marks + m.group(2) + marks


def _autolink(m: re.Match[str]) -> str:
    return " " + m.group(1) + " "


def blank_markdown(text: str) -> str:
    """``text`` with its Markdown syntax blanked (see the module's doc); the same length, line for line."""
    for pattern in (_FENCE, _RULE, _REFERENCE, _IMAGE):
        text = pattern.sub(_blank, text)
    text = _LINE_START.sub(_blank, text)
    text = _HEADING_CLOSE.sub(_blank, text)
    text = _LINK.sub(_link, text)
    text = _AUTOLINK.sub(_autolink, text)
    text = _TAG.sub(_blank, text)
    previous = None
    while previous != text:  # "***bold italic***", "**_both_**": one layer at a time
        previous, text = text, _EMPHASIS.sub(_emphasis, text)
    return text


def is_markdown(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)
