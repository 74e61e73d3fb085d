"""Figures: the fast text scans that tell phone numbers, URLs, abbreviated names and box scores (labels.py) find
what the plain patterns find. They try a pattern only where it may start, or skip a text that cannot hold one."""

from __future__ import annotations

import pytest

from extract.figures import labels

TEXTS = [
    "Call (202) 555-0199 or +44 20 7946 0958 today.",
    "Call 202-555-0199, 1-800-555-0100 or 555.0100.22.",
    "+49 (0)40 890 85-433 is the office; x555 123 4567 is not, nor a.555 123 4567.",
    "1 414 021 100 people; 2024-05-01 and 01.05.2024 are dates; 12 34 56 78.",
    "(555) 123-4567 opened the text. 3.555 123 4567 and _555 123 4567.",
    "See https://example.com/a?b=1 and www.example.org, the DOI 10.1000/182 and a10.1234/x, (10.12345/abc).",
    "10.1234/start of a text; x10.1234/y; é10.1234/z; 9 10.1234/q.",
    "Mail jane.doe@example.com or press@news.org (no @ elsewhere).",
    "glucagon-like peptide 1 (GLP-1) and interleukin 6 (IL-6), but not 7 (AB-8).",
    "Davis 12-15 3-4 34, James 9-17 5-6 25. Totals 40-85 20-25 112.",
    "Smith 5-9 0-0 2-3 12\nJones 1-2 3-4 5",
    "",
    "+",
    "(1",
    "٣٤٥ ٦٧٨ ٩٠١٢ in Arabic-Indic digits",
]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_phone_scan_finds_what_the_pattern_finds(text):
    assert [m.span() for m in labels._phones(text)] == [m.span() for m in labels._PHONE.finditer(text)]


@pytest.mark.parametrize("text", [t for t in TEXTS if "@" not in t])
def test_urls_without_mail_find_what_the_full_pattern_finds(text):
    full = [m.span() for m in labels._URLISH.finditer(text)]
    assert [m.span() for m in labels._URLISH_NO_MAIL.finditer(text)] == full


@pytest.mark.parametrize("text", TEXTS)
def test_hints_skip_only_texts_with_no_match(text):
    if not labels._BOX_SCORE_HINT.search(text):
        assert not list(labels._BOX_SCORE_ENTRY.finditer(text))
    if not labels._ABBREVIATION_HINT.search(text):
        assert not list(labels._ABBREVIATED_NAME.finditer(text))


def test_the_texts_hold_each_kind():
    # the table above is no test of the scans unless each finds something in it
    assert sum(len(labels._phones(t)) for t in TEXTS) >= 8
    assert sum(len(list(labels._URLISH_NO_MAIL.finditer(t))) for t in TEXTS) >= 5
    assert sum(len(list(labels._BOX_SCORE_ENTRY.finditer(t))) for t in TEXTS) >= 3
    assert sum(len(list(labels._ABBREVIATED_NAME.finditer(t))) for t in TEXTS) >= 2
