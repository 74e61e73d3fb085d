"""Headline cues and labels: "Sanders Vows To Eliminate Tax Breaks", "Clean Energy Is Possible, Lindsey Graham
Says", "Pat Caddell: Democrats Worried ...", and transcript lines "NAME: words"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.actors.names import common_given_name
from extract.quotes.docview import _Att, _Doc
from extract.quotes.lexicon import _AMBIGUOUS, _CLAUSE_ONLY, _HEADLINE_SOURCES, _LABEL, _LABEL_STOP, SPEECH, WEAK
from extract.quotes.speakers import _RELAYING
from extract.quotes.verb_senses import _counted, _relays_saying
from extract.records import Mention

if TYPE_CHECKING:
    from extract.repair import Repaired


def _headline_cues(
    d: _Doc, rep: Repaired, mentions: Sequence[Mention], inside: Sequence[bool], atts: Sequence[_Att]
) -> list[_Att]:
    """ "Sanders Vows To Eliminate Tax Breaks", "Clean Energy Is Possible, Lindsey Graham Says": a headline
    reports its main claim with a finite speech verb, which the parser misses in title case. Read by
    position instead: the source before the cue and the claim after it (or the claim before ", X Says")."""
    text = d.text
    if not d.para_starts:
        return []
    pos = d.para_starts[0]
    end = text.find("\n", pos)
    if end < 0 or end - pos > 120 or not text[end:].strip():
        return []  # one paragraph (a newline closing it aside), or a first line as long as a lead sentence
    # The parser (or a "NAME:" label) may have found the headline's claim already; a cue it found later in the
    # line ("Flynn says Trump 'right' in saying ...", where the parser missed "says") is reported by an earlier one.
    found = min((a.cue_start for a in atts if pos <= a.cue_start < end and a.content is not None), default=end)
    doc = d.doc
    first, last = d.tok_at(pos), d.tok_at(max(pos, end - 1))
    for k in range(first, last + 1):
        tok = doc[k]
        if tok.idx >= found:
            break
        low = tok.lower_
        lemma = SPEECH.get(low) or WEAK.get(low)
        if lemma is None or inside[k] or low == lemma or low.endswith("ing") or k == first or tok.ent_type_:
            continue  # a headline's cue is a finite form with something before it
        if lemma in _CLAUSE_ONLY and lemma not in ("say", "tell", "write", "add"):
            continue  # "X spoke on the radio": a verb of talking with no claim after it
        if lemma in _RELAYING and _relays_saying(tok):
            continue  # "Xinhua cited the ministry as saying ...": the participle reports it, as in the body
        if lemma != "say" and any(c.dep_ == "dobj" and _counted(c) for c in tok.children):
            continue  # "Ford recalled 240,000 SUVs", "Ford Adds 300 Jobs": a count of goods or jobs, no words
        seg = max([pos, *(i + 1 for i in range(pos, tok.idx) if text[i] in ":;")])
        rest = text[tok.idx + len(tok) : end]
        tail = rest.strip(" .!?\u2019'\"")
        comma = text.rfind(",", seg, tok.idx)
        if not tail and comma > seg:
            source, content = (comma + 1, tok.idx), (seg, comma)
        else:
            stop = next((i for i in range(tok.idx, end) if text[i] == ";"), end)
            # "Officials said the outage would last hours. Microsoft said ...": a line of two sentences is no
            # headline's claim past the cue's own sentence.
            close = d.sent_chars_range(d.sent_of_char(tok.idx))[1]
            if close < stop and text[close - 1] in ".!?":
                stop = close
            # "Railing Against Trump, Sanders Vows ...": the source is the phrase right before the cue.
            source, content = (max(seg, comma + 1), tok.idx), (tok.idx + len(tok), stop)
        src, body = d.trim(*source), d.trim(*content)
        if src is None or body is None or len(text[body[0] : body[1]].split()) < 2:
            continue
        lead = doc[d.tok_at(body[0])]
        if lead.dep_ == "prt" or lead.pos_ in ("ADP", "ADV") and lead.lower_ not in ("to", "that", "about"):
            continue  # "Trump showed up at debate": a phrasal verb of doing, not a report
        words = text[src[0] : src[1]].split()
        os_, oe = rep.span(*src)
        # The name must end the source: in "Obama Power Plant Rules Face ..." the cue word is a noun.
        named = any(m.kind in ("person", "organization") and os_ <= m.start and m.end == oe for m in mentions)
        if not words or len(words) > 5:
            continue  # a source of only a line separator ("\u2028said Jane Smith") has no words
        if not (named or low in SPEECH and lemma not in _AMBIGUOUS and words[-1][:1].isupper()):
            continue
        att = _Att(tok.text, "indirect", d.sent_of_char(tok.idx), tok.idx, tok.idx + len(tok), source_span=src)
        att.content, att.lemma = body, lemma
        return [att]
    return []


def _labels(d: _Doc, rep: Repaired, mentions: Sequence[Mention]) -> list[_Att]:
    """Transcript lines: "NAME: words" at the start of a paragraph; in the headline, also a named
    person or organisation ("Pat Caddell: Democrats Worried ...", the headline convention for a claim)."""
    out: list[_Att] = []
    text = d.text
    pos = 0
    headline = True
    datelines: list[int] = []
    lone: int | None = None  # the label opening the article's first line, if any
    body_line = 0  # non-empty lines seen
    for line in text.split("\n"):
        body_line += bool(line.strip())
        m = _LABEL.match(line)
        labelled = False
        if m is not None:
            label = m.group(1)
            words = label.lower().split()
            named = headline and (
                label.lower() in _HEADLINE_SOURCES or _names_exactly(rep, mentions, pos + m.start(1), pos + m.end(1))
            )
            labelled = bool(words) and words[0] not in _LABEL_STOP and words[-1] not in _LABEL_STOP
            labelled = labelled and (named or _is_label(label) or _named_quote_label(line, m))
        if m is not None and labelled:
            s = pos + m.start(1)
            e = pos + m.end(1)
            content = d.trim(pos + m.end(), pos + len(line))
            if content is not None:
                sent = d.sent_of_char(content[0])
                kind = "direct" if _is_label(label) else "indirect"  # a headline paraphrases
                out.append(_Att(":", kind, sent, e, e + 1, source_span=(s, e), content=content))
                if kind == "direct" and body_line <= 2 and _place_label(rep, mentions, s, e, label):
                    datelines.append(len(out) - 1)  # "NEW DELHI: ...", also after a headline line
                elif body_line == 1 and not text[:s].strip():
                    lone = len(out) - 1
        elif headline:
            # (a label no name nor transcript speaker makes: "Mayor: 'We will not close a single library'")
            att = _headline_quote(d, rep, mentions, pos, line)
            if att is not None:
                out.append(att)
        headline = headline and not line.strip()
        pos += len(line) + 1
    # "NEW DELHI: Their American dream shattered ...": a place's label on the article's first line (or the one
    # after a headline) is the dateline of wire copy, not a transcript's speaker, whatever lines follow. A label
    # the tagger knows nothing of ("KYIV: ...") opening the article is one too when it is the article's only
    # label and no person of the story goes by it ("TRUMP: We are going to build the wall ..." stays a line).
    if (
        lone is not None
        and sum(a.cue == ":" and a.kind == "direct" for a in out) == 1
        and not _person_label(mentions, text[out[lone].source_span[0] : out[lone].source_span[1]])
    ):
        datelines.append(lone)
    for k in sorted(datelines, reverse=True):
        del out[k]
    return out


def _place_label(rep: Repaired, mentions: Sequence[Mention], s: int, e: int, label: str) -> bool:
    """Whether an upper-case label is a place (a mention of one, or a city, state or country of the gazetteer:
    "NEW DELHI", "HONOLULU") and no person of the story."""
    if not label.isupper():
        return False
    from extract.actors.names import place_rank

    os_, oe = rep.span(s, e)
    kinds = {m.kind for m in mentions if m.start == os_ and m.end == oe}
    place = "place" in kinds or place_rank(label) >= 2  # the tagger often misses a place in capitals
    return place and "person" not in kinds and not _person_label(mentions, label)


def _person_label(mentions: Sequence[Mention], label: str) -> bool:
    """Whether a label is a person's name or surname elsewhere in the story ("TRUMP" for Donald Trump)."""
    low = label.lower()
    return any(m.kind == "person" and m.name.split() and m.name.lower().split()[-1] == low for m in mentions)


def _headline_quote(d: _Doc, rep: Repaired, mentions: Sequence[Mention], pos: int, line: str) -> _Att | None:
    """ "A lesson from Loretta Lynch: ‘Be the voice ...’", "Warren Hammers CEO: ‘You Should Be ...’": a
    headline quote after a colon belongs to the person the words before the colon name first."""
    colon = line.find(": ")
    opening = rep.original[rep.to_original(pos + colon + 2) : rep.to_original(pos + colon + 2) + 1]
    if colon < 0 or not opening or opening not in "\"'\u2018\u201c\u00ab":
        return None
    os_, oe = rep.span(pos, pos + colon)
    person = next((m for m in mentions if m.kind == "person" and os_ <= m.start and m.end <= oe), None)
    titled = _titled_person(rep.text, mentions, line[:colon].strip()) if person is None else None
    if person is None and titled is None:
        return None
    first, at = d.tok_at(pos), d.tok_at(pos + colon)
    if d.sent_of_tok(first) != d.sent_of_tok(at) or any(
        t.tag_ in ("VBD", "VBZ", "VBP") and t.text.islower() for t in d.doc[first:at]
    ):
        # 'Police said a man was arrested. Detective Inspector Sarah Cole said: "..." The road ...': a first line
        # that is a body paragraph (a sentence before the colon's, or a lower-case verb: no headline's title case);
        # its cue pairs as in any paragraph.
        return None
    content = d.trim(pos + colon + 1, pos + len(line))
    if titled is not None and content is not None:
        # "Mayor: 'We will not close a single library'" over a story of "Mayor Lucinda Pryce": the one person the
        # story gives that title speaks.
        if content[1] - content[0] > 1 and d.text[content[1] - 1] == "'":
            content = (content[0], content[1] - 1)
        att = _Att(":", "direct", d.sent_of_char(content[0]), pos + colon, pos + colon + 1, content=content)
        att.names, att.said, att.actor = (titled,), line[:colon].strip(), True
        return att
    if person is None:
        return None
    s = d.text.find(rep.original[person.start : person.end], pos, pos + colon)
    if s < 0 or content is None:
        return None
    e = s + person.end - person.start
    if content[1] - content[0] > 1 and d.text[content[1] - 1] == "'":
        content = (content[0], content[1] - 1)  # the closing single mark of 'Be the voice ...'
    colon_at = pos + colon
    return _Att(":", "direct", d.sent_of_char(content[0]), colon_at, colon_at + 1, source_span=(s, e), content=content)


def _titled_person(text: str, mentions: Sequence[Mention], label: str) -> str | None:
    """The one person the story gives the title a headline label is, alone or in a longer role ("Mayor" for "Mayor
    Lucinda Pryce"), if one: every
    name the text sets after the title is that person's ("Health Minister Ana Reyes and Finance Minister Tom Hill"
    are two ministers, whatever the actors found)."""
    words = label.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    low = label.lower()
    names = {
        m.name
        for m in mentions
        if m.kind == "person" and m.role and f" {low} " in f" {' '.join(m.role.lower().split())} "
    }
    if len(names) != 1:
        return None  # ("Secretary:" over "Press Secretary Karine Jean-Pierre" and "Secretary of State Antony Blinken")
    name = names.pop()
    after = re.findall(rf"\b{re.escape(label)}\s+([A-Z][\w'-]*)", text)
    return name if after and all(w in name.split() for w in after) else None


def _names_exactly(rep: Repaired, mentions: Sequence[Mention], s: int, e: int) -> bool:
    """Whether a person or organisation mention spans exactly parser-text [s, e)."""
    os_, oe = rep.span(s, e)
    if any(m.start == os_ and m.end == oe and m.kind in ("person", "organization") for m in mentions):
        return True
    # Title case hides a name from the parser in a headline ("Politifact: ..."): the body names it the same way.
    label = rep.original[os_:oe]
    return any(m.text == label and m.kind in ("person", "organization") for m in mentions)


def _named_quote_label(line: str, m: re.Match[str]) -> bool:
    """Whether a line is a person's name, a colon and a quote ('Ed Davey: "The government must come clean."'): two or
    three capitalised words, the first a common given name, and an opening quote mark after the colon. "Prime
    Minister:" or "Breaking News:" names no one."""
    words = m.group(1).split()
    if not 2 <= len(words) <= 3 or not common_given_name(words[0].lower()):
        return False
    # the quote closes the line: '"...," say farmers' after it has a cue of its own ('Jordan Valley: "..."')
    return line[m.end() : m.end() + 1] in _OPENING_MARKS and line.rstrip().rstrip(".!?")[-1:] in _CLOSING_MARKS


_CLOSING_MARKS = frozenset("\"'\u201d\u2019\u00bb")


_OPENING_MARKS = frozenset("\"'\u201c\u2018\u00ab")


def _is_label(label: str) -> bool:
    """A speaker label is upper case ("WALLACE", "MR. TRUMP") or a short capitalised name."""
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
