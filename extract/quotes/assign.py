"""Giving each quote to the attribution that owns it: cue content, adjacency, split quotes, colons,
floating paragraphs and signatures."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from extract.quotes.docview import _Att, _Doc
from extract.quotes.lexicon import (
    _BARE_PRONOUNS,
    _DOCUMENT_NOUNS,
    _EDGE,
    _JOINER,
    _MARK_CHARS,
    _ORG_NOUNS,
    _PERSON_PRONOUNS,
    _PLURAL_PRONOUNS,
    _QUOTE_TOKENS,
    _SENTENCE_BREAK,
    _SIGNATURE,
    _SPEAKING_TEXTS,
    _STATEMENT_NOUNS,
    _TITLE_SMALL,
    _WORD,
    SPEECH,
    WEAK,
    _is_be,
)
from extract.quotes.marks import QuoteSpan
from extract.quotes.people import _people
from extract.repair import zipf

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Verbs whose object is whom they address ("told “Morning Joe”"), never what was said.
_ADDRESSED = {"tell", "inform", "remind", "notify", "assure"}


def _inside_mask(d: _Doc, spans: Sequence[QuoteSpan]) -> list[bool]:
    mask = [False] * len(d.idx)
    for sp in spans:
        i = d.tok_at(sp.start)
        if i < len(d.idx) and d.idx[i] < sp.start:
            i += 1
        while i < len(d.idx) and d.idx[i] < sp.end:
            mask[i] = True
            i += 1
    return mask


def _title_like(text: str, start: int, end: int, finite: Callable[[int, int], bool] | None = None) -> bool:
    """Whether the quoted words text[start:end] are a name or a title inside a sentence, not speech: two to
    eight words in title case ("including “Listen To The Music,”", "known as the “Three Amigos.”", "by
    saying “Hey Siri”"), not all capitals (a chant), not an exclamation or a question, no sentence break
    inside, and neither opening a sentence (“We're America.”) nor introduced by a comma or a colon (added the
    words, “Hillary Clinton.”), where speech is. A paragraph of its own with no closing stop is a heading."""
    body = text[start:end].strip().rstrip(",.;:\u2026 ")
    if body[-1:] in ("!", "?") and _named_in_passing(text, start, end):
        return True  # 'appeared on “Jeopardy!” in 2019', 'starred in “Oklahoma!” on Broadway'
    if not body or body[-1] in "!?" or _SENTENCE_BREAK.search(body):
        return False
    words = _WORD.findall(body)
    if 2 <= len(words) <= 8 and _list_heading(text, start, end) and not (finite and finite(start, end)):
        # '6. “The Gordon problem”' on a line of its own: a numbered section's heading ('1. “We will not raise your
        # taxes”' has a finite verb: a numbered line of someone's words)
        return True
    if (
        len(words) <= 8
        and body[:1].isupper()
        and _WORK_BEFORE.search(text, max(0, start - 60), start)
        and not (text[start:end].rstrip()[-1:] in ",.!?" and _cue_of_the_quote(text, _past_marks(text, end)))
    ):
        return True  # 'in his book “Musicophilia”', 'the song “Glasgow”': the name of a work right after its kind
    if not 2 <= len(words) <= 8 or all(w.isupper() for w in words):
        return False
    if not all(w[0].isupper() or w in _TITLE_SMALL for w in words) or sum(w[0].isupper() for w in words) < 2:
        return False
    i = start - 1
    while i >= 0 and text[i] in _MARK_CHARS:
        i -= 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n":
        # A quote opening its paragraph is speech, unless it is the whole paragraph with no stop: a heading.
        k = _past_marks(text, end)
        return text[end - 1 : end] not in _STOPS and (k == len(text) or text[k] == "\n")
    if text[i] in _MARK_CHARS:
        # After another quote: a sentence it closed starts speech; a comma inside it runs a list of titles.
        while i > 0 and text[i] in _MARK_CHARS:
            i -= 1
        return text[i] not in ".!?"
    return text[i] not in ".!?,:;"


# Prepositions a work or a show is named after ("appeared on", "starred in", "a fan of").
_NAMING_PREPOSITIONS = frozenset(("on", "in", "of", "at", "from", "with", "for", "about", "into", "like"))


def _named_in_passing(text: str, start: int, end: int) -> bool:
    """Whether a quote ending in "!" or "?" is a name the sentence runs on past: the object of a preposition, with a
    lower-case word after its closing mark ('appeared on “Jeopardy!” in 2019', 'chants of "Bobby!" at a labor
    conference'), no one's words."""
    i = start - 1
    while i >= 0 and (text[i] in _MARK_CHARS or text[i] in " \t"):
        i -= 1
    j = i
    while j >= 0 and text[j].isalpha():
        j -= 1
    if text[j + 1 : i + 1].lower() not in _NAMING_PREPOSITIONS:
        return False
    k = end
    while k < len(text) and (text[k] in _MARK_CHARS or text[k] in " \t"):
        k += 1
    return k < len(text) and text[k].islower()


_STOPS = frozenset(".!?,;:\u2026")

# "the so-called “consultation”": the writer keeps the word at a distance, whoever coined it.
_SO_CALLED = re.compile(r"\bso[\s-]?called\s*$", re.I)


def _term_quote(d: _Doc, sp: QuoteSpan) -> bool:
    """Whether quoted words name a thing rather than report speech: after "so-called" (the writer's distance: "the
    so-called “consultation”"), or a noun phrase used as the modifier of the noun right after the closing mark
    ("the new “traffic calming” scheme", "its “zero tolerance” policy"). Quoted words that modify a noun without
    one of their own ("a “very bad” deal") are the speaker's judgement and stay speech."""
    text = d.text
    k = sp.start
    while k > 0 and text[k - 1] in _MARK_CHARS:
        k -= 1
    if _SO_CALLED.search(text, max(0, k - 12), k):
        return True
    lo, hi = d.tok_at(sp.start), d.tok_at(sp.end - 1)
    doc = d.doc
    if lo >= len(doc) or d.idx[lo] < sp.start:
        lo += 1
    after = hi + 1
    while after < len(doc) and doc[after].text in _QUOTE_TOKENS:
        after += 1
    if lo > hi or after >= len(doc) or after == hi + 1:
        return False
    last, noun = doc[hi], doc[after]
    # A phrase with an article of its own ("called it “an articulated lorry crash” performance") or one word
    # ("the “short-term” stays" of a statement) is the speaker's wording set into the writer's noun phrase.
    return (
        noun.pos_ == "NOUN"
        and last.head.i == after
        and not last.is_punct
        and doc[lo].tag_ != "DT"
        # "warned of “serious national security” risks", "a “deeply flawed” plan": a judgement opens with an
        # adjective and runs to three words or has a word of degree; a coined term of two ("“social distancing”
        # rules", "“fast fashion” brands") or one opening with a noun or a number ("traffic calming") stays a term
        and not (
            doc[lo].pos_ == "ADJ"
            and (len(text[sp.start : sp.end].split()) >= 3 or any(doc[i].pos_ == "ADV" for i in range(lo, hi + 1)))
        )
        and len(text[sp.start : sp.end].split()) >= 2
        and any(doc[i].pos_ in ("NOUN", "PROPN") for i in range(lo, hi + 1))
    )


# A noun for a work, after an article or a possessive, right before quote marks (no comma between): what follows is
# its title ("his book “Musicophilia”", "the song “Glasgow”"; not "Of her new album, “It is ...”").
_WORK_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|my|your|this|that)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:book|novel|memoir|film|movie|documentary|song|album|show|series|sitcom|play|musical|poem|essay"
    r"|podcast|opera|episode)s?\s*[\"\u201c\u2018']+$",
    re.I,
)
# A speech cue right after a quote's closing marks ("“Yes, I will,” the judge said"): the quote is someone's words.
_CUE_AFTER = re.compile(
    r"\s*(?:[\w.'\u2019-]+\s+){0,5}?(?:said|says|told|tells|wrote|writes|added|adds|asked|replied|explained|stated)\b",
    re.I,
)


# What a cue reports or is about when it goes on with it ("wrote that ...", "wrote about ...", "explained what ..."): a
# quote before it is no words of the cue ("said that night" is a time, not a clause). A cue's "of", "how", "why" or
# "whether" already gives it content of its own, which keeps the quote before it unowned.
_OWN_CONTENT = re.compile(
    r"\s+(?:that(?!\s+(?:night|day|week|month|year|morning|afternoon|evening|time)\b)|about|what)\b",
    re.I,
)


def _cue_of_the_quote(text: str, at: int) -> bool:
    """Whether a speech cue right after a quote's closing marks (at ``at``) is the quote's own ("“Yes, I will,” the
    judge said"), not one that reports a clause or a topic of its own ("In her memoir “Becoming,” Michelle Obama
    wrote that she ...": the title of a work, and the that-clause is what she wrote)."""
    m = _CUE_AFTER.match(text, at)
    return m is not None and not _OWN_CONTENT.match(text, m.end())


def _past_marks(text: str, end: int) -> int:
    """The first character after the quote marks that close at ``end``."""
    while end < len(text) and text[end] in _MARK_CHARS:
        end += 1
    return end


# A list item's number or letter opening a line ("6.", "12)", "b.", "iv.").
_LIST_MARKER = re.compile(r"(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]", re.I)


def _list_heading(text: str, start: int, end: int) -> bool:
    """Whether quoted words with no closing stop fill a line after a list item's number ('6. “The Gordon
    problem”'): the heading of a numbered section, which nobody says there."""
    if text[end - 1 : end] in _STOPS:
        return False
    i = start
    while i > 0 and text[i - 1] in _MARK_CHARS:
        i -= 1
    line = text.rfind("\n", 0, i) + 1
    k = _past_marks(text, end)
    return (k == len(text) or text[k] == "\n") and _LIST_MARKER.fullmatch(text[line:i].strip()) is not None


def _joined(gap: str) -> bool:
    """Whether a gap between a reported clause and a quote joins them ("but", a comma, a colon)."""
    return bool(gap.strip()) and _JOINER.fullmatch(gap) is not None


def _only_punct(text: str) -> bool:
    return all(c in _EDGE or c.isspace() for c in text)


def _clause_edges(d: _Doc, att: _Att, inside: list[bool]) -> tuple[int, int]:
    """Character extent of the "X said" clause around a cue, quotes excluded."""
    assert att.cue_tok is not None
    doc = d.doc
    cue = doc[att.cue_tok]
    toks = [cue.i]
    if att.subj_tok is not None:
        subj = doc[att.subj_tok]
        # The subject's phrase stops at a quote the parser hung on it ("Said Ellis: “...”").
        right = next((k - 1 for k in range(subj.i, subj.right_edge.i + 1) if inside[k]), subj.right_edge.i)
        left = _subject_left(d, att, inside)
        if att.subj_left is not None and att.subj_left < d.idx[left]:
            # "NASA's chief scientist, Jim Green, said": the phrase opens at the owner of the appositive's noun.
            owner = d.tok_at(att.subj_left)
            if not inside[owner] and not doc[owner].is_punct:
                left = owner
        toks += [left, max(subj.i, right)]
    for c in cue.children:
        if c.dep_ in ("ccomp", "xcomp", "parataxis", "conj", "cc") or c.is_punct or inside[c.i]:
            continue  # quoted words hung on the cue are what was said, not the clause
        for t in (c.left_edge.i, c.right_edge.i):
            if not inside[t]:
                toks.append(t)
    lo, hi = min(toks), max(toks)
    return d.idx[lo], d.end_char(hi)


def _subject_left(d: _Doc, att: _Att, inside: list[bool]) -> int:
    """First token of a cue's subject phrase after any quoted words or punctuation the parser hung on it from
    before ("“..., we found the next best thing: water in vapor form,” lead researcher Lucas Paganini said":
    the quote's last words, or its comma, in the subject's subtree)."""
    assert att.subj_tok is not None
    doc = d.doc
    subj = doc[att.subj_tok]
    left = subj.left_edge.i
    # A quote that opens the phrase itself names the speaker's show or group ("“Shark Tank” investor Mark Cuban
    # said the deal was fair"): no tail of an earlier quote, and the phrase starts at its mark.
    first = left + 1 if doc[left].is_punct and not inside[left] and left + 1 <= subj.i else left
    if inside[first] and (first == 0 or not inside[first - 1]):
        return left
    while left < subj.i and (inside[left] or doc[left].is_punct):
        left += 1
    return left


def _assign(d: _Doc, spans: Sequence[QuoteSpan], atts: Sequence[_Att], inside: list[bool]) -> list[_Att | None]:
    """Attribution of each quote: cue content, adjacency, then split-quote and colon continuation."""
    text = d.text
    by_sent: dict[int, list[_Att]] = {}
    for a in atts:
        by_sent.setdefault(a.sent, []).append(a)
    out: list[_Att | None] = [None] * len(spans)
    for qi, sp in enumerate(spans):
        s0, s1 = d.sent_of_char(sp.start), d.sent_of_char(max(sp.start, sp.end - 1))
        cands = [a for s in range(s0 - 1, s1 + 2) for a in by_sent.get(s, ())]
        best: _Att | None = None
        best_d = 10**9
        for a in cands:
            dist = _fit(d, sp, a, inside, text)
            if dist is not None and dist < best_d:
                best, best_d = a, dist
        lead = _lead_cue(d, sp, cands, text)
        if lead is not None and best is not None and best is not lead and _relays(best, lead, sp):
            best = lead  # '... recalled that he said, "I'll put a bullet ...," the U.S. attorney's office said': his
        if best is not None and best.sent > s1 and qi > 0:
            best = _goes_on(d, spans, out, qi) or best
        answer = qi > 0 and out[qi - 1] is best and best is not None and best.cue_start < sp.start
        if answer and best is not None and _put_to_someone(text, spans[qi - 1], best):
            best = None  # the asker's question, then the answer (whose, the words after may tell)
        out[qi] = best
    # Every piece of a quote continued across paragraphs has the owner of any of its pieces.
    for qi, sp in enumerate(spans):
        if out[qi] is not None and out[sp.chain] is None:
            out[sp.chain] = out[qi]
    for qi, sp in enumerate(spans):
        if out[qi] is None and sp.chain != qi:
            out[qi] = out[sp.chain]
    continued = {sp.chain for k, sp in enumerate(spans) if sp.chain != k}
    guessed: set[int] = set()
    for qi, sp in enumerate(spans):
        # A quote left open at a paragraph end is whole when the next paragraph re-opens it.
        if out[qi] is not None or not (sp.closed or qi in continued) or not _standalone(d, sp):
            continue
        found = (
            _introduced(d, sp, atts)
            or _lead_in(d, sp, atts, inside)
            or _words_of(d, sp)
            or _run_owner(d, spans, out, qi)
        )
        credited = _credited_after(d, sp, atts) if found is None else None
        if credited is not None:
            credited.content = None  # what it reports is the quote; "That's" or ", who briefed ..." is none
            if credited.names and _a_person(d, credited):
                out[qi] = credited  # "That's according to Fire Chief Kristin Crowley.": her words
                continue
            if not _a_record(d, credited):
                # "That's according to her sister", "... to AP", "... to Pelosi" (tagged a place): someone else's
                # words or report, whose we cannot tell; never the earlier speaker's.
                out[qi] = None
                continue
            # "That's according to a transcript released by Downing Street / a report in the Los Angeles Times": a
            # record of the words, not who said them; they go on with the earlier speaker.
        if found is None:
            found = _after_report(d, sp, atts)
            if found is not None:
                guessed.add(qi)
        out[qi] = found or _continued(d, spans, out, qi, guessed) or _after_speaker(d, sp, atts)
    for qi, sp in enumerate(spans):
        if out[qi] is None:
            out[qi] = _words_of(d, sp) or _own_clause(d, sp, inside)
            nxt = spans[qi + 1] if qi + 1 < len(spans) else None
            if nxt is not None and out[qi] is not None and out[qi + 1] is None:
                gap = text[out[qi].cue_end : nxt.start]  # type: ignore[union-attr]
                if "\n" not in gap and _SPLIT_ON.fullmatch(gap):
                    out[qi + 1] = out[qi]  # '“No, you are,” Jones shot back, “and you know it.”'
    return out


def _words_follow(d: _Doc, sp: QuoteSpan, inside: list[bool]) -> bool:
    """Whether a quote ends in a comma and a clause of its sentence whose subject is someone follows it ('“B,”
    Trump shot back.', '“B,” laughed Mikel Arteta'): the quote has a speaker of its own, so it does not continue
    the speaker before (a thing's clause, '“...,” the rain continued', leaves it to them). An aside about the
    quote ('“...,” a detail that dovetails with the plot') is no such clause."""
    if not _comma_closed(d.text, sp):
        return False
    found = _clause_after(d, sp, inside)
    if found is None:
        return False
    toks, k = found
    who = toks[:k][-1:] or [t for t in toks[k + 1 :] if t.pos_ == "PROPN"][:1]
    # (a capitalised word is a name, which the tagger may call a verb: "Trump shot back")
    return any(t.pos_ == "PROPN" or t.text[:1].isupper() or _someone_word(t) for t in who)


def _comma_closed(text: str, sp: QuoteSpan) -> bool:
    """Whether a closed quote ends in a comma, inside its closing mark or right after it ('“...”, he said')."""
    return sp.closed and (text[sp.start : sp.end].rstrip().endswith(",") or text[sp.end + 1 : sp.end + 2] == ",")


def _someone_word(t: Token) -> bool:
    """Whether a word is a person's pronoun or a noun for people ("she", "they", "the mayor")."""
    return t.lower_ in _PERSON_PRONOUNS or t.lower_ in _PLURAL_PRONOUNS or t.pos_ == "NOUN" and _people(t)


def _clause_after(d: _Doc, sp: QuoteSpan, inside: list[bool]) -> tuple[list[Token], int] | None:
    """The tokens after a closed quote up to its sentence's end (or a comma before the quote's next piece), and
    the index among them of a clause's verb: the first lower-case verb, after at most six words of a subject with
    no punctuation or relative word in them ('Jones snapped', 'the room fell silent', 'laughed Mikel Arteta')."""
    text, doc = d.text, d.doc
    if not sp.closed:
        return None
    first = d.sent_chars_range(d.sent_of_char(sp.start))[0]
    if not _only_punct(text[first : max(first, sp.start - 1)]):
        return None  # 'In his book “Fear,” Bob Woodward wrote of the chaos': a quote inside the writer's sentence
    close = sp.end + 1
    nl = text.find("\n", close)
    i = d.tok_at(close)
    if i < len(d.idx) and d.idx[i] < close:
        i += 1
    if i < len(doc) and doc[i].text == "," and d.idx[i] == close:
        i += 1  # '“...”, he indicated': the comma after the closing mark, as machine translation and Europe write it
    toks: list[Token] = []
    while i < len(doc) and (nl < 0 or d.idx[i] < nl) and len(toks) <= 12:
        t = doc[i]
        if t.text in (".", "!", "?") or t.text in _QUOTE_TOKENS:
            break
        if t.text == "," and toks and i + 1 < len(doc) and doc[i + 1].text in _QUOTE_TOKENS:
            break  # '“...,” Trump shot back, “and ...”': the quote goes on
        toks.append(t)
        i += 1
    if not toks or len(toks) > 12 or not toks[0].text[:1].isalpha() or any(inside[t.i] for t in toks):
        return None
    k = next((j for j, t in enumerate(toks) if t.tag_.startswith("VB") and t.text[:1].islower()), None)
    if k is None or k > 6 or any(t.is_punct or t.tag_ in ("WDT", "WP", "WP$") for t in toks[:k]):
        return None
    return toks, k


# Words that may stand between the verb of a clause closing a quote and the sentence end: a particle or an
# adverb ("shot back", "chimed in", "said quietly"), a time or a place ("on Tuesday", "at a rally in Ohio").
_AFTER_VERB_POS = frozenset(["ADV", "ADP", "PART", "DET", "PROPN", "NOUN", "NUM", "ADJ", "PRON", "CCONJ"])
_SUBJECT_HEADS = frozenset(["PROPN", "NOUN", "PRON"])
_WHEN = ("DATE", "TIME")
# What stands between such a clause and the rest of the quote it splits: words with no sentence end, a comma, the mark.
_SPLIT_ON = re.compile(r"[^.!?\n]{0,60},\s*[\"'\u201c\u2018`]*\s*")


def _own_clause(d: _Doc, sp: QuoteSpan, inside: list[bool]) -> _Att | None:
    """The clause right after a quote that ends in a comma, a question or an exclamation mark and closes its
    sentence, when it is a subject and a verb ('“No, you are,” Jones snapped.', '“...,” Trump shot back at a
    rally.', '“...,” she laughed.') or a verb and a subject ('“...,” laughed Mikel Arteta.'): whatever the verb,
    that slot names the quote's speaker, so the quote is theirs and never goes on with the speaker before.
    A passive ('“...?” Jones was asked.') and a verb with an object ('“...,” Trump left the room.') name none."""
    text = d.text
    words = text[sp.start : sp.end].rstrip()
    found = _clause_after(d, sp, inside) if words[-1:] in ("?", "!") or _comma_closed(text, sp) else None
    if found is None:
        return None
    toks, k = found
    verb = toks[k]
    if verb.pos_ == "AUX" or _is_be(verb) or verb.tag_ == "VBN" and any(_is_be(t) for t in toks[:k]):
        return None  # '“...?” Jones was asked': Jones did not say it
    before, after = toks[:k], toks[k + 1 :]
    cue_end = verb.i + 1
    if before:
        head = before[-1]
        if len(before) > 6 or head.pos_ not in _SUBJECT_HEADS and not head.text[:1].isupper():
            return None
        if head.pos_ == "PRON" and head.lower_ not in _PERSON_PRONOUNS | _PLURAL_PRONOUNS:
            return None  # "it", "this": no speaker
        if head.pos_ == "NOUN" and not _people(head) and not _mistagged_name(head):
            return None  # '“...,” the room fell silent'
        first = after[0] if after else None
        if first is not None and first.pos_ not in ("ADV", "ADP", "PART", "SCONJ") and first.ent_type_ not in _WHEN:
            return None  # '“...,” Trump left the room': a deed with its object, no manner of saying
        if any(t.pos_ not in _AFTER_VERB_POS for t in after):
            return None
    else:
        if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            return None  # '“...,” reading the statement aloud'
        phrase = [t for t in after if t.text != ","]
        if [t.lower_ for t in after[:1] + after[2:3]] == ["the", "from"] and after[1].lower_ in _STATEMENT_NOUNS:
            phrase = after[3:]  # '“No, you are,” came the reply from Jones.'
            cue_end = after[1].i + 1
        stop = next((j for j, t in enumerate(phrase) if t.pos_ in ("ADP", "SCONJ") or t.text == ","), len(phrase))
        phrase = phrase[:stop]
        named = [t for t in phrase if t.pos_ == "PROPN" or t.pos_ == "NOUN" and _people(t)]
        if not phrase or len(phrase) > 7 or not named:
            return None
        head = named[-1]
    if after and (after[0].tag_ == "RP" or after[0].lower_ in ("back", "in") and after[0].pos_ in ("ADV", "ADP")):
        cue_end = max(cue_end, after[0].i + 1)  # "shot back", "chimed in"
    start, end = d.idx[verb.i], d.end_char(cue_end - 1)
    lemma = SPEECH.get(verb.lower_, verb.lower_)
    return _Att(
        text[start:end],
        "direct",
        d.sent_of_tok(verb.i),
        start,
        end,
        verb.i,
        head.i,
        None,
        (sp.start, sp.end),
        lemma=lemma,
    )


def _mistagged_name(t: Token) -> bool:
    """Whether a noun after a closing quote is a name the tagger took for a common noun: capitalised there (no
    sentence starts after the quote) and rare as a lowercase word ('“This is a joke,” Jeffries laughed': Jeffries/NNS;
    not '“...,” Rain fell')."""
    return t.text[:1].isupper() and not t.text.isupper() and zipf(t.lower_) < _RARE_ZIPF


# wordfreq's Zipf frequency below which a capitalised word is taken for a name, not a common word.
_RARE_ZIPF = 3.5


def _run_owner(d: _Doc, spans: Sequence[QuoteSpan], out: list[_Att | None], qi: int) -> _Att | None:
    """The speaker of a run of quotes with nothing but spaces between them, in one paragraph, that an attribution
    closes ('“It was chaos.” “People were screaming.” “I just ran,” said Priya Raman, 24, a student.'): each
    quote of the run is theirs. A run closed by no cue of its own (a cue before the last quote) gives none."""
    text = d.text
    j = qi
    while j + 1 < len(spans) and spans[j + 1].para == spans[qi].para and spans[j].closed:
        gap = text[spans[j].end : spans[j + 1].start]
        if gap.strip(" \t\"'\u201c\u201d\u2018\u2019`"):
            return None
        j += 1
        owner = out[j]
        if owner is not None:
            return owner if owner.cue_start > spans[j].end else None
    return None


def _goes_on(d: _Doc, spans: Sequence[QuoteSpan], out: list[_Att | None], qi: int) -> _Att | None:
    """The owner of the quote before, when a quote standing as a sentence of its own follows a sentence closed by
    that quote's attribution in the same paragraph ('“He is a fighter,” Jill Biden said. “He never gives up.” Joe
    Biden spoke next.'): it goes on with her words, not with the next sentence's speaker."""
    sp, prev, owner = spans[qi], spans[qi - 1], out[qi - 1]
    if owner is None or prev.para != sp.para or not _standalone(d, sp) or _put_to_someone(d.text, prev, owner):
        return None
    s0 = d.sent_of_char(sp.start)
    if owner.sent != s0 - 1 or d.sent_of_char(max(prev.start, prev.end - 1)) != s0 - 1 or owner.cue_start < prev.end:
        return None
    return owner


# What may stand between a cue and the quote it introduces: a comma or a colon, the opening mark, spaces.
_LEAD_GAP = re.compile(r"\s*[,:]\s*[\"'\u201c\u2018`]*\s*")


def _lead_cue(d: _Doc, sp: QuoteSpan, cands: Sequence[_Att], text: str) -> _Att | None:
    """A verb of saying that introduces the quote right after it with a comma or a colon, in its sentence ('he said,
    "I'll put a bullet ..."')."""
    for a in cands:
        if a.cue_tok is None or a.cue_end > sp.start or SPEECH.get(text[a.cue_start : a.cue_end].lower()) is None:
            continue
        if a.sent == d.sent_of_char(sp.start) and _LEAD_GAP.fullmatch(text[a.cue_end : sp.start]):
            return a
    return None


def _relays(closing: _Att, lead: _Att, sp: QuoteSpan) -> bool:
    """Whether a cue after a quote reports the whole sentence in which another speaker introduces the quote ("...
    he said, “...,” the office said"): the office relays his words; the quote is his."""
    return (
        closing.cue_start >= sp.end
        and closing.content is not None
        and closing.content[0] <= lead.cue_start
        and closing.content[1] >= sp.start
    )


def _lead_in(d: _Doc, sp: QuoteSpan, atts: Sequence[_Att], inside: list[bool]) -> _Att | None:
    """A quote standing as a sentence of its own right after a writer's sentence of its paragraph in which a
    person the story names states a view ("On “Face the Nation,” Sen. Bernie Sanders ... identified young
    voters' exhaustion with bigotry as one of the reasons ... “The younger people are ...”"): the quote is
    that person's, not an earlier paragraph's speaker's. A sentence telling what someone did ("Maria Lopez
    died at the scene.", "McConnell blocked the bill.") leads in to nobody's words, and once a sentence of
    the paragraph reports a speaker, the quotes after it go on with that speaker as before."""
    sent = d.sent_of_char(sp.start)
    para = d.para_of(sp.start)
    if sent == 0 or d.para_of(d.sent_chars_range(sent - 1)[0]) != para:
        return None
    first = sent - 1
    while first > 0 and d.para_of(d.sent_chars_range(first - 1)[0]) == para:
        first -= 1
    if any(first <= a.sent < sent for a in atts):
        return None  # a speaker reported earlier in the paragraph goes on with its quotes
    a, b = d.sent_range(sent - 1)
    doc = d.doc
    if sum(inside[i] for i in range(a, b)) > 4:
        return None  # a sentence with a quote of its own (not a title: “Face the Nation”) is no lead-in
    root = doc[a:b].root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    # A pronoun goes on with whom the quotes before meant ("He didn't suggest retaliation. “...”"): only a
    # person named anew takes the quote.
    if subj is None or not (subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN" and not subj.ent_type_):
        return None
    low = root.lower_
    lemma = SPEECH.get(low) or WEAK.get(low)
    if lemma is None and not _states_view(root):
        return None  # a deed or an event ("died", "sat", "missed", "blocked") is nobody's view
    return _Att(root.text, "direct", sent - 1, root.idx, root.idx + len(root), root.i, subj.i, lemma=lemma or low)


# "That's", "That is", "Those were": a sentence that only points back at the words before it.
_POINTS_BACK = re.compile(r"(?:that|this|those|these)(?:\s*['\u2019]s|\s+(?:is|was|are|were))?", re.I)


# What names the owner of the words just quoted: "That was the message from X", "Those were the words of X", "...,
# was the verdict of X", "That is how X summed up ...", "That was how X put it".
_WORDS_OF = re.compile(
    r"\s*(?:[-\u2014\u2013,]\s*)?(?:(?:that|this|those|these|such)\s*(?:['\u2019]s|is|was|are|were)\s+|(?:was|were)\s+)"
    r"(?:(?:the|his|her|their)\s+(?:[a-z]+\s+)?(?P<noun>message|words|verdict|warning|view|assessment|reaction|response"
    r"|answer|reply|promise|pledge|plea|advice|conclusion|assurance|word|comment|comments|remarks)\s+(?:of|from)\s+"
    r"|how\s+)",
    re.I,
)


def _words_of(d: _Doc, sp: QuoteSpan) -> _Att | None:
    """The owner a line right after a closed quote names ('“We will rebuild.” That was the message from Mayor Elena
    Ruiz on Tuesday.', '“We will rebuild” - those were the words of Mayor Elena Ruiz as she toured ...', '“...,” was
    the verdict of X', '“...” That is how UN chief António Guterres summed up the talks.'): the quote is theirs.
    Only in the quote's own sentence or the next one of its paragraph; "how" needs its verb's subject."""
    text, doc = d.text, d.doc
    if not sp.closed:
        return None
    close = sp.end + 1
    m = _WORDS_OF.match(text, close)
    if m is None or "\n" in text[close : m.end()]:
        return None
    i = d.tok_at(m.end())
    if i >= len(doc) or d.idx[i] != m.end() or d.sent_of_tok(i) > d.sent_of_char(sp.start) + 1:
        return None
    tok = doc[i]
    subj = tok
    while subj.dep_ in ("compound", "flat", "amod", "punct", "det", "poss", "nummod") and subj.head.i > subj.i:
        subj = subj.head  # ("the protesters who marched", "the town's mayor, Elena Ruiz,")
    if m.group("noun") is None:
        verb = subj.head
        if subj.dep_ != "nsubj" or verb.lower_ not in SPEECH and verb.lower_ != "summed":
            return None  # "That is how the fire started"
        cue_tok = verb
    else:
        if subj.dep_ != "pobj" or not (subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN" or _people(subj)):
            return None
        named = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        subj = named or subj  # "the town's mayor, Elena Ruiz": the name speaks
        cue_tok = doc[d.tok_at(m.start("noun"))]
    start, end = d.idx[cue_tok.i], d.end_char(cue_tok.i)
    return _Att(text[start:end], "direct", d.sent_of_tok(cue_tok.i), start, end, None, subj.i, None, (sp.start, sp.end))


def _credited_after(d: _Doc, sp: QuoteSpan, atts: Sequence[_Att]) -> _Att | None:
    """A quote standing as a sentence of its own followed, in its paragraph, by "That's according to X." (a
    stock line of local news copy: "Mayor Karen Bass said the city was prepared. “We have crews on every
    corner.” That's according to Fire Chief Kristin Crowley."): the words are X's, not the earlier reporter's."""
    sent = d.sent_of_char(max(sp.start, sp.end - 1))
    if sent + 1 >= len(d.sent_starts):
        return None
    lo = d.sent_chars_range(sent + 1)[0]
    if d.para_of(lo) != d.para_of(sp.start):
        return None
    for a in atts:
        if a.sent == sent + 1 and a.kind == "according_to" and _POINTS_BACK.fullmatch(d.text[lo : a.cue_start].strip()):
            return a
    return None


def _a_record(d: _Doc, a: _Att) -> bool:
    """Whether the source of an attribution is a text or record ("a transcript", "a report in the Times")."""
    if a.subj_tok is None:
        return False
    src = d.doc[a.subj_tok]
    return src.pos_ == "NOUN" and (src.lower_ in _SPEAKING_TEXTS or src.lower_.rstrip("s") in _SPEAKING_TEXTS)


def _a_person(d: _Doc, a: _Att) -> bool:
    """Whether the source of an attribution is a person: a person's name, or a noun for a person set beside
    one ("the quarterback, Patrick Mahomes"); not a news outlet, a body or a document."""
    if a.subj_tok is None:
        return False
    src = d.doc[a.subj_tok]
    if src.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in src.children):
        return True
    return src.pos_ == "NOUN" and src.lower_ not in _ORG_NOUNS and _people(src)


def _after_report(d: _Doc, sp: QuoteSpan, atts: Sequence[_Att]) -> _Att | None:
    """A quote standing as a sentence of its own right after a sentence of its paragraph that reports one
    speaker by name ("The tuft cell, Herbert said, is constantly sensing ... “Once some of those ...”") goes
    on with that speaker. A sentence reporting two speakers, or one named only by a pronoun, leaves it open."""
    sent = d.sent_of_char(sp.start)
    if sent == 0 or d.para_of(d.sent_chars_range(sent - 1)[0]) != d.para_of(sp.start):
        return None
    prev = [a for a in atts if a.sent == sent - 1]
    if len({a.names for a in prev}) != 1:
        return None
    a = prev[-1]
    said = (a.said or "").lower()
    if said in _BARE_PRONOUNS or said in _PERSON_PRONOUNS or said in _PLURAL_PRONOUNS:
        return None
    # "Swift's rep told Fox News that this, too, was not the whole truth. “Big Machine is trying to deflect ...”":
    # a person the story does not name goes on as a named one does (not the earlier paragraph's statement).
    if not (a.actor and a.names or not a.names and said and _a_person(d, a)):
        return None
    quote = d.text[sp.start : sp.end]
    # An interviewer's question ("Mr. President, will you veto the bill?") or words said to someone ("Go back
    # to where you came from") are not the reporter's own.
    if "?" in quote or _ADDRESS.search(quote) or _VOCATIVE.match(quote):
        return None
    doc = d.doc
    names = {w.lower() for n in a.names for w in n.split()}
    # A text the reported clause names (a regulator's letter, a note, a sign, a memo) may be what is quoted, and
    # another person named there or right after the quote ("Smith said Jones had been wrong. “I never ...”",
    # "“...” That was the response of Michael Mulgrew.") may be whose words they are.
    for s in (sent - 1, sent + 1):
        if s >= len(d.sent_starts) or d.para_of(d.sent_chars_range(s)[0]) != d.para_of(sp.start):
            continue
        lo, hi = d.sent_range(s)
        for i in range(lo, hi):
            t = doc[i]
            if s == sent - 1 and t.pos_ == "NOUN" and (t.lower_ in _TEXT_NOUNS or t.lower_[:-1] in _TEXT_NOUNS):
                return None
            if t.ent_type_ != "PERSON" or t.pos_ != "PROPN" or t.lower_ in names:
                continue
            # In the reported clause, a person it tells about ("Jones had been wrong", "blamed Jones"), not a
            # place or craft the parser took for one ("to the surface of the Moon"); in the next sentence, a
            # person who speaks there ("That was the response of Michael Mulgrew", "Mulgrew said"), not one who
            # only acts ("Patrick Mahomes practiced on Wednesday").
            if s == sent + 1 and _speaks(t, doc[lo:hi]):
                return None
            if s == sent - 1 and t.dep_ in ("nsubj", "nsubjpass", "dobj", "poss"):
                return None
    return a


def _speaks(name: Token, sentence: Span) -> bool:
    """Whether a name is who speaks in its sentence: the subject of a verb of saying or thinking, or the
    owner of a statement ("the response of X", "X's reply"), or a name in a sentence with a quote of its own."""
    h = name
    while h.dep_ in ("compound", "flat", "appos") and h.head.i != h.i:
        h = h.head
    if h.dep_ in ("nsubj", "nsubjpass"):
        verb = h.head
        if verb.lower_ in SPEECH or verb.lower_ in WEAK or _states_view(verb):
            return True
    if h.dep_ == "pobj" and h.head.lower_ == "to" and h.head.head.lower_ == "according":
        return True  # "Crews worked all night, according to Fire Chief Kristin Crowley."
    up = h
    for _ in range(3):
        if up.lower_ in _STATEMENT_NOUNS:
            return True
        if up.head.i == up.i:
            break
        up = up.head
    return any(t.text in _QUOTE_TOKENS for t in sentence)


_ADDRESS = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.I)
_VOCATIVE = re.compile(
    r"\W*(?:(?:Mr|Mrs|Ms|Dr)\.? [A-Z]\w+|Madam \w+|Sir|Senator|Governor|Mayor|Judge|Doctor|President|Minister)\s*,"
)
# Nouns for a text whose words can be quoted on their own.
_TEXT_NOUNS = _DOCUMENT_NOUNS | {
    "message",
    "tweet",
    "post",
    "sign",
    "notice",
    "agreement",
    "contract",
    "report",
    "email",
    "e-mail",
    "caption",
    "banner",
    "placard",
    "poster",
    "headline",
    "transcript",
    "filing",
    "complaint",
    "label",
    "card",
    "inscription",
    "order",
    "ruling",
    "question",
}


def _states_view(verb: Token) -> bool:
    """Whether a verb outside the cue lexicons states a view by its shape: a clause or a predicate of its
    object ("made clear she would vote no", "considered the plan a failure"), or a judgement of a thing with
    "as" ("identified young voters' exhaustion as one of the reasons"). An "as" giving a role or a name to a
    person or a body ("joined the team as a rookie", "identified the victim as Jane Doe") is no judgement."""
    if any(c.dep_ in ("ccomp", "oprd") for c in verb.children):
        return True
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or _named_or_people(obj):
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            pred = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pred is not None and not _named_or_people(pred):
                return True
    return False


def _named_or_people(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or _people(tok)


def _after_speaker(d: _Doc, sp: QuoteSpan, atts: Sequence[_Att]) -> _Att | None:
    """A paragraph that is only a quote, right after a paragraph whose last sentence reports a named
    speaker, continues that speaker (the news convention of a floating quote)."""
    if d.para_of(sp.start) == 0 or not _fills_para(d, sp):
        return None
    prev_para = d.para_of(sp.start) - 1
    last = None
    for a in atts:
        if d.para_of(a.cue_start) == prev_para and a.actor and a.kind != "direct":
            last = a
    if last is None:
        return None
    pa = d.para_starts[prev_para + 1] if prev_para + 1 < len(d.para_starts) else len(d.text)
    end_sent = d.sent_of_char(max(0, pa - 2))
    return last if last.sent == end_sent else None


def _fills_para(d: _Doc, sp: QuoteSpan) -> bool:
    p = d.para_of(sp.start)
    a = d.para_starts[p]
    b = d.para_starts[p + 1] if p + 1 < len(d.para_starts) else len(d.text)
    return _only_punct(d.text[a : max(a, sp.start - 1)]) and _only_punct(d.text[min(b, sp.end + 1) : b])


def _introduced(d: _Doc, sp: QuoteSpan, atts: Sequence[_Att]) -> _Att | None:
    """The cue of "X said:" ending the paragraph or sentence just before a quote."""
    text = d.text
    k = sp.start - 1
    while k > 0 and (text[k - 1].isspace() or text[k - 1] in "\"'`"):
        k -= 1
    if k <= 0 or text[k - 1] != ":":
        return None
    sent = d.sent_of_char(k - 1)
    best = None
    for a in atts:
        if a.sent == sent and a.cue_start < k:
            best = a
    return best or _announced(d, sent, k)


def _announced(d: _Doc, sent: int, colon: int) -> _Att | None:
    """ "Sanders made the following comment:": a sentence about a statement, ending in a colon, gives
    the quote after it to its subject."""
    a, b = d.sent_range(sent)
    doc = d.doc
    noun = next((doc[i] for i in range(a, b) if doc[i].lower_ in _STATEMENT_NOUNS and d.idx[i] < colon), None)
    if noun is None:
        return None
    root = noun
    while root.head.i != root.i and root.dep_ not in ("ROOT",):
        root = root.head
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    return _Att(noun.text, "direct", sent, noun.idx, noun.idx + len(noun), root.i, subj.i, lemma=noun.lower_)


def _continued(
    d: _Doc, spans: Sequence[QuoteSpan], out: list[_Att | None], qi: int, guessed: set[int] = frozenset()
) -> _Att | None:
    """A quote that is a sentence of its own continues the previous quote of its paragraph, or of the
    previous paragraph when that one ends with its attributed quote."""
    sp = spans[qi]
    for pj in range(qi - 1, -1, -1):
        prev = spans[pj]
        if prev.para < sp.para - 1:
            break
        if out[pj] is not None:
            if prev.para != sp.para and pj in guessed:
                return None  # a quote given its speaker only by the report before it is no cue to go on from
            if _put_to_someone(d.text, prev, out[pj]):
                return None  # '“Will you run again?” a reporter asked. “I have not decided.”': the answer
            if prev.para == sp.para or _ends_para(d.text, prev.end):
                return out[pj]
            return None
    return None


def _put_to_someone(text: str, sp: QuoteSpan, owner: _Att) -> bool:
    """Whether a quote is a question asked of someone ('“Will you run again?” a reporter asked'): a quote after it
    is the answer, someone else's ('“Is it over?” she asked. “It cannot be over.”' goes on: no one is asked)."""
    words = text[sp.start : sp.end].rstrip(" \u201d\u2019\"'")
    return owner.lemma == "ask" and words.endswith("?") and _SECOND_PERSON.search(words) is not None


_SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)


def _ends_para(text: str, pos: int) -> bool:
    """Whether only the closing mark, punctuation or "X said." stand between pos and the line end."""
    nl = text.find("\n", pos)
    rest = text[pos : len(text) if nl < 0 else nl]
    return len(rest) < 60


def _standalone(d: _Doc, sp: QuoteSpan) -> bool:
    """Whether a quote fills its sentences (not a scare quote inside a writer's sentence)."""
    a = d.sent_chars_range(d.sent_of_char(sp.start))[0]
    b = d.sent_chars_range(d.sent_of_char(max(sp.start, sp.end - 1)))[1]
    outside = d.text[a : max(a, sp.start - 1)] + d.text[min(b, sp.end + 1) : b]
    return _only_punct(outside)


def _fit(d: _Doc, sp: QuoteSpan, a: _Att, inside: list[bool], text: str) -> int | None:
    """Distance from a quote to an attribution that can own it, or None."""
    if a.kind == "direct":
        if a.content is not None and a.content[0] - 2 <= sp.start and sp.end <= a.content[1] + 2:
            return 0
        return None
    if a.content is not None:
        sa, sb = d.sent_chars_range(a.sent)
        qs, qe = max(sp.start, sa), min(sp.end, sb)
        if qe > qs and a.content[0] - 2 <= qs and qe <= a.content[1] + 2:
            return abs(a.cue_start - sp.start) if a.cue_start < sp.start else abs(a.cue_start - sp.end)
        if a.cue_start < a.content[0] < a.content[1] < sp.start < sb and _joined(text[a.content[1] : sp.start]):
            # "claimed that fraud is “a big problem” but “nobody has the guts”": the quote goes on with it.
            return 50_000 + sp.start - a.content[1]
    if a.cue_tok is None:
        return None
    if (
        a.lemma in _ADDRESSED
        and sp.start > a.cue_start
        and any(c.dep_ in ("dobj", "dative") and sp.start <= d.idx[c.i] < sp.end for c in d.doc[a.cue_tok].children)
    ):
        # "told “Morning Joe”": the quoted name is whom he told, not what he said. A quote before the verb is
        # never whom it addresses ("“I love the way you're ... taking all the new things ...,” he told Benioff",
        # where the parser made a word of the quote the object of "told").
        return None
    # Next to the "X said" clause with only punctuation between, within the paragraph: ranked after content.
    lo, hi = _clause_edges(d, a, inside)
    starts = {a.cue_start} | ({a.subj_left} if a.subj_left is not None else set())
    if a.subj_tok is not None:
        starts.add(d.idx[_subject_left(d, a, inside)])
    # A quote in another sentence than the clause ranks after one in the same sentence: in
    # "“A,” said Smith. “B,” said Jones." the "B" belongs to Jones, not to the Smith just before it.
    other = 100_000 if d.sent_of_char(sp.start) != a.sent and d.sent_of_char(sp.end - 1) != a.sent else 0
    # "Japan branded it an “outlaw nation.” Russia insisted that ...": a cue reporting a clause of its own
    # after the quote's sentence is not the quote's.
    own = a.content is not None and a.content[0] > a.cue_start and other
    if not own and sp.end <= lo and lo in starts and _only_punct(text[sp.end : lo]) and "\n" not in text[sp.end : lo]:
        return 100_000 + other + lo - sp.end
    gap = text[hi : sp.start]
    if hi <= sp.start and (_only_punct(gap) or _joined(gap)) and "\n" not in gap:
        if other and _words_follow(d, sp, inside):
            return None  # '“A,” Schumer said. “B,” Trump shot back.': B names its own speaker, or is no one's

        # "“...,” he said, but “...”": a quote joined to the clause by a conjunction goes on with it.
        return 100_000 + other + sp.start - hi
    return None


def _signatures(d: _Doc, spans: Sequence[QuoteSpan], out: list[_Att | None]) -> None:
    """ "“...” ― Name" lines: the name after a dash right after the quote signs it."""
    text = d.text
    for qi, sp in enumerate(spans):
        if out[qi] is not None:
            continue
        close = sp.end + 1 if sp.closed else sp.end
        m = _SIGNATURE.match(text, close)
        if m is None:
            continue
        nl = text.find("\n", m.end())
        stop = len(text) if nl < 0 else nl
        # "— Sundar Pichai, chief executive, Alphabet": the name signs; the title and the company after it do not
        comma = text.find(",", m.end(), stop)
        stop = stop if comma < 0 else comma
        name = d.trim(m.end(), min(stop, m.end() + 80))
        if name is None or len(text[name[0] : name[1]].split()) > 6:
            continue
        sent = d.sent_of_char(sp.start)
        att = _Att("\u2015", "direct", sent, m.start(), m.end(), source_span=name, content=(sp.start, sp.end))
        out[qi] = att
