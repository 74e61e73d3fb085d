"""Quotes and claims: marks, speakers and claims, as tables of text -> expected facts."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.actors import extract_mentions
from extract.quotes import extract_quotes, find_quote_spans
from extract.records import Claim, Quote
from extract.repair import repair


def run(parsed, text: str) -> tuple[list[Quote], list[Claim], list[str]]:
    doc, rep = parsed(text)
    mentions = extract_mentions(doc, rep, "t.txt")
    quotes, claims, warnings = extract_quotes(doc, rep, "t.txt", mentions)
    for r in [*quotes, *claims]:
        assert text[r.start : r.end] == r.text
    return quotes, claims, warnings


# text -> [(quoted words, speakers)]
QUOTES = [
    ("\u201cWe will not retreat,\u201d Zelensky said on Monday.", [("We will not retreat,", ("Zelensky",))]),
    ('"We will not retreat," said Angela Merkel.', [("We will not retreat,", ("Angela Merkel",))]),
    ("Joe Biden said: \u201cThis is a serious threat.\u201d", [("This is a serious threat.", ("Joe Biden",))]),
    # A closing mark typed as an opening one, glued to the next word.
    ("NATO described the move as a \u201cserious threat\u201cfor Europe.", [("serious threat", ("NATO",))]),
    # A partial quote inside reported speech.
    (
        "Angela Merkel said the plan was \u201cthe only way forward\u201d for Europe.",
        [("the only way forward", ("Angela Merkel",))],
    ),
    # Split quote: the second half continues the first one's speaker.
    (
        "\u201cI think so,\u201d Zelensky said on Wednesday. \u201cWe are ready.\u201d",
        [("I think so,", ("Zelensky",)), ("We are ready.", ("Zelensky",))],
    ),
    # Alternating speakers: each quote belongs to the "said X" of its own sentence.
    (
        "\u201cWe won,\u201d said John Smith. \u201cWe lost,\u201d said Mary Jones. \u201cBadly.\u201d",
        [("We won,", ("John Smith",)), ("We lost,", ("Mary Jones",)), ("Badly.", ("Mary Jones",))],
    ),
    # A quote of two paragraphs: the first is left open and the second re-opens it.
    (
        "\u201cThe first part goes here.\n\u201cAnd the second ends it,\u201d said Olaf Scholz.",
        [("The first part goes here.", ("Olaf Scholz",)), ("And the second ends it,", ("Olaf Scholz",))],
    ),
    # The inverted "Said X:" opening a sentence.
    (
        "Critics say the plan is complicated. Said Ellis: \u201cI don\u2019t get it.\u201d",
        [("I don\u2019t get it.", ("Ellis",))],
    ),
    # A quote closing its sentence is not the next sentence's, whose cue reports a clause of its own.
    (
        'North Korea is an "outlaw nation." Russia insisted that Pyongyang "stop its escapades."',
        [("stop its escapades.", ("Russia",))],
    ),
    # Joint statements keep every speaker.
    (
        "In a joint statement, NATO and the EU described the deployment as a \u201cserious threat\u201d.",
        [("serious threat", ("NATO", "EU"))],
    ),
    # Pronouns resolve to the nearest person before them; a closing mark glued to "he".
    (
        "Prime Minister Keir Starmer spoke on Tuesday. \u201cThe situation is difficult\u201che stated.",
        [("The situation is difficult", ("Keir Starmer",))],
    ),
    # Organisations speak, also through "according to".
    (
        "The talks were held for \u201cstrategic consultations\u201d, according to the Kremlin.",
        [("strategic consultations", ("Kremlin",))],
    ),
    # A signature after a quote.
    ("\u201cHe must stop.\u201d \u2015 Carla Sanchez", [("He must stop.", ("Carla Sanchez",))]),
    # A colon after a sentence about a comment introduces the comment.
    (
        "On July 6, Bernie Sanders made the following comment:\n\n\u201cThe unemployment rate is 33 percent.\u201d",
        [("The unemployment rate is 33 percent.", ("Bernie Sanders",))],
    ),
    # The parser gave "said" no subject: the name between the quote and the verb speaks.
    (
        "\u201cI will make this promise to you: we will achieve justice,\u201d Tulsa police Chief Chuck Jordan said.",
        [("I will make this promise to you: we will achieve justice,", ("Chuck Jordan",))],
    ),
    # "called X a '...'" is an attributed evaluation.
    (
        'Party chairman David Pepper called the decision a "huge win for voters."',
        [("huge win for voters.", ("David Pepper",))],
    ),
    # "they" after a joint subject keeps both.
    (
        "NATO and the EU met in Brussels. They called the deployment a \u201cserious threat\u201d.",
        [("serious threat", ("NATO", "EU"))],
    ),
    # A quote joined to the reported clause by "but" goes on with it.
    (
        "Donald Trump claimed that fraud is \u201ca big problem\u201d but \u201cnobody has the guts to say it.\u201d",
        [("a big problem", ("Donald Trump",)), ("nobody has the guts to say it.", ("Donald Trump",))],
    ),
    (
        "Bernie Sanders and Elizabeth Warren met. \u201cWe stand together,\u201d they said.",
        [("We stand together,", ("Bernie Sanders", "Elizabeth Warren"))],
    ),
    # Scare quotes in the writer's own sentence are nobody's quote.
    ("Russia launched one of its feared \u201casymmetric responses\u201d to Western involvement.", []),
    ('The show "Fox News Sunday" aired late.', []),
    # A "not" inside the quote is the speaker's, not a negated cue.
    (
        '"Are we there? Probably not," Ms. Moore said. "Will we get there? Absolutely."',
        [("Are we there? Probably not,", ("Ms. Moore",)), ("Will we get there? Absolutely.", ("Ms. Moore",))],
    ),
    # A quote joined to the "he said" clause by "but" goes on with it.
    (
        'Barack Obama met the critics. "I love Larry," he said, but "Larry has a history."',
        [("I love Larry,", ("Barack Obama",)), ("Larry has a history.", ("Barack Obama",))],
    ),
    # "X reports:" introduces a quote of several paragraphs.
    (
        'The New York Times reports:\n\n"Only 24 percent gave less.\n\n"In 2012, 43 percent did."',
        [("Only 24 percent gave less.", ("New York Times",)), ("In 2012, 43 percent did.", ("New York Times",))],
    ),
    # A quote standing alone right after a writer's sentence naming a new person as its subject is that
    # person's, not the speaker of the quotes of the paragraph before.
    (
        "\u201cWe won,\u201d said Mike Pence.\n\nOn \u201cFace the Nation,\u201d Sen. Bernie Sanders identified young"
        " voters\u2019 exhaustion with bigotry as a reason to vote. \u201cThe younger people are sick and tired of"
        " discrimination.\u201d",
        [
            ("We won,", ("Mike Pence",)),
            ("The younger people are sick and tired of discrimination.", ("Bernie Sanders",)),
        ],
    ),
    # A quote the parser hung on the outer verb belongs to the participle of saying right before it ...
    (
        "The spot concludes with footage of Donald Trump saying during the debate last week, \u201cThat makes"
        " me smart,\u201d when Clinton blasted him.",
        [("That makes me smart,", ("Donald Trump",))],
    ),
    # ... but not past the cue that follows a participle set off by commas.
    (
        "Hillary Clinton, speaking during the debate, said, \u201cThat makes me smart.\u201d",
        [("That makes me smart.", ("Hillary Clinton",))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotes_and_speakers(parsed, text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    quotes, _, _ = run(parsed, text)
    assert [(q.text, q.speakers) for q in quotes] == expected
    for q in quotes:
        assert q.speaker == q.speakers[0]


# A participle of saying takes the quote the parser hung on the outer verb only when a recording shows its
# speaker ("footage of Trump saying"); in an adverbial phrase it is the subject's act or people heard.
# text -> (the quote's speaker_text, the cue of the claim over the quote)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor told reporters after hearing protesters shouting outside, \u201cWe hear you and we will"
            " act.\u201d",
            ("The governor", "told"),
        ),
        ("The mayor told reporters after speaking with residents, \u201cWe will rebuild.\u201d", ("The mayor", "told")),
        # Guards: the recording's speaker keeps the quote, whether the parser hangs the participle on the name
        # or makes the name its compound.
        (
            "The spot concludes with footage of Trump saying during the debate last week, \u201cThat makes me"
            " smart.\u201d",
            ("Trump", "saying"),
        ),
        (
            "The spot concludes with footage of Donald Trump saying during the debate last week, \u201cThat makes"
            " me smart.\u201d",
            ("Donald Trump", "saying"),
        ),
    ],
)
def test_participle_of_saying_needs_a_recording(parsed, text: str, expected: tuple[str, str]) -> None:
    quotes, claims, _ = run(parsed, text)
    cues = [c.cue for c in claims if quotes[0].text in c.text]
    assert (quotes[0].speaker_text, cues[0]) == expected


# An event a recording shows says nothing: who is shown in it does, or no one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clinton was shown in a clip of the 2016 debate saying, \u201cWe will win.\u201d",
            [("Clinton", "saying", "We will win.")],
        ),
        ("The ad ends with a clip of the 2016 debate saying, \u201cWe will win.\u201d", []),
    ],
)
def test_recorded_event_is_no_speaker(parsed, text: str, expected: list[tuple[str, str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.cue, c.text) for c in claims] == expected


# A verb joined to the passive of a reported clause about a text is the text's own act: documents speak.
# text -> [(source_text, cue, content)]
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lawyer said the contract was signed in 2019 and states that the land belongs to the tribe.",
            [
                ("The lawyer", "said", "the contract was signed in 2019"),
                ("the contract", "states", "that the land belongs to the tribe"),
            ],
        ),
        (
            "Researchers said the study was published in May and shows that masks reduce infections.",
            [
                ("Researchers", "said", "the study was published in May"),
                ("the study", "shows", "that masks reduce infections"),
            ],
        ),
        (
            "The official said the report was leaked to the press and concluded that the agency had failed.",
            [
                ("The official", "said", "the report was leaked to the press"),
                ("the report", "concluded", "that the agency had failed"),
            ],
        ),
        (
            "The company said the letter was sent on Monday and warned that layoffs were coming.",
            [
                ("The company", "said", "the letter was sent on Monday"),
                ("the letter", "warned", "that layoffs were coming"),
            ],
        ),
        (
            "Prosecutors said the indictment was unsealed on Friday and alleges that he took bribes.",
            [
                ("Prosecutors", "said", "the indictment was unsealed on Friday"),
                ("the indictment", "alleges", "that he took bribes"),
            ],
        ),
        # A text does only what a text can (state, show, conclude, warn, allege ...): a promise, a vow, an insistence
        # or an addition stays with the reporter.
        (
            "Officials said the bill was passed late Thursday and promised that relief checks would go out soon.",
            [
                ("Officials", "said", "the bill was passed late Thursday"),
                ("Officials", "promised", "that relief checks would go out soon"),
            ],
        ),
        (
            "The White House said the budget was sent to Congress on Monday and insisted that it would cut the"
            " deficit.",
            [
                ("The White House", "said", "the budget was sent to Congress on Monday"),
                ("The White House", "insisted", "that it would cut the deficit"),
            ],
        ),
        (
            "Police said the test results were released on Monday and added that no charges would be filed.",
            [
                ("Police", "said", "the test results were released on Monday"),
                ("Police", "added", "that no charges would be filed"),
            ],
        ),
        (
            "The mayor said the plan was approved on Monday and vowed that work would start in June.",
            [
                ("The mayor", "said", "the plan was approved on Monday"),
                ("The mayor", "vowed", "that work would start in June"),
            ],
        ),
        # Guard: deaths call on no one; the office that reported them does.
        (
            "Public Ombudsman Nadia Cruz's office said the deaths were caused by gunshot wounds and called on the"
            " interim government to stop the violence.",
            [
                ("Public Ombudsman Nadia Cruz's office", "said", "the deaths were caused by gunshot wounds"),
                ("Public Ombudsman Nadia Cruz's office", "called on", "the interim government to stop the violence"),
            ],
        ),
    ],
)
def test_texts_speak_after_a_passive(parsed, text: str, expected: list[tuple[str, str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.cue, c.text) for c in claims] == expected


# A writer's sentence before a quote standing alone leads in to it only when its named subject states a view
# (a cue word, a clause, "identified X as one of the reasons") and no sentence of the paragraph before it
# reports a speaker; a deed or an event ("died", "sat", "missed", "blocked") is nobody's words and no cue.
# text -> ([(quote, speaker_text)], [(claim source_text, cue)])
LEAD_INS = [
    (
        "Fire Chief Tom Reed said the blaze began in the kitchen shortly after midnight. Maria Lopez died at the"
        " scene. \u201cIt was one of the worst fires I have seen in 20 years.\u201d",
        ([], [("Fire Chief Tom Reed", "said")]),
    ),
    (
        "Prosecutor Ann Lee told jurors the evidence was overwhelming. Williams sat motionless as the verdict was"
        " read. \u201cJustice has been served today.\u201d",
        ([], [("Prosecutor Ann Lee", "told")]),
    ),
    (
        "\u201cWe are devastated,\u201d said coach Mike Brown.\n\nBrown said the team would honor him on Saturday."
        " Forward James Carter missed the game with an injury. \u201cHe was the heart of this team.\u201d",
        (
            [("We are devastated,", "coach Mike Brown"), ("He was the heart of this team.", "coach Mike Brown")],
            [("coach Mike Brown", "said"), ("Brown", "said")],
        ),
    ),
    (
        "\u201cWe will keep fighting,\u201d Pelosi said.\n\nMcConnell blocked the bill on Tuesday. \u201cThis is a"
        " disgrace.\u201d",
        ([("We will keep fighting,", "Pelosi"), ("This is a disgrace.", "Pelosi")], [("Pelosi", "said")]),
    ),
    (
        "\u201cWe won,\u201d said Mike Pence.\n\nForward James Carter joined the team as a rookie in 2019. \u201cHe"
        " was the heart of this team.\u201d",
        (
            [("We won,", "Mike Pence"), ("He was the heart of this team.", "Mike Pence")],
            [("Mike Pence", "said")],
        ),
    ),
    (
        "\u201cWe won,\u201d said Mike Pence.\n\nDetective John Smith identified the victim as Jane Doe. \u201cShe"
        " was a teacher.\u201d",
        ([("We won,", "Mike Pence"), ("She was a teacher.", "Mike Pence")], [("Mike Pence", "said")]),
    ),
    # Near misses: a verb that states a view still leads in.
    (
        "\u201cWe won,\u201d said Mike Pence.\n\nSen. Elizabeth Warren identified rising prices as the main worry"
        " of voters. \u201cPeople are hurting.\u201d",
        (
            [("We won,", "Mike Pence"), ("People are hurting.", "Sen. Elizabeth Warren")],
            [("Mike Pence", "said"), ("Sen. Elizabeth Warren", "identified")],
        ),
    ),
    (
        "\u201cWe won,\u201d said Mike Pence.\n\nSen. Elizabeth Warren criticized the merger on Tuesday. \u201cIt"
        " hurts consumers.\u201d",
        (
            [("We won,", "Mike Pence"), ("It hurts consumers.", "Sen. Elizabeth Warren")],
            [("Mike Pence", "said"), ("Sen. Elizabeth Warren", "criticized")],
        ),
    ),
    (
        "\u201cWe won,\u201d said Mike Pence.\n\nSen. Elizabeth Warren considered the plan a failure. \u201cIt"
        " hurts consumers.\u201d",
        (
            [("We won,", "Mike Pence"), ("It hurts consumers.", "Sen. Elizabeth Warren")],
            [("Mike Pence", "said"), ("Sen. Elizabeth Warren", "considered")],
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_INS)
def test_lead_in_needs_a_view(parsed, text: str, expected: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
    quotes, claims, _ = run(parsed, text)
    assert ([(q.text, q.speaker_text) for q in quotes], [(c.source_text, c.cue) for c in claims]) == expected


# text -> (speaker_text, speaker) of the first quote or claim
SPEAKER_TEXT = [
    # A name's party and state in brackets keep their closing bracket, which the parser hangs on the verb.
    ("Sen. Claire McCaskill (D-Mo.) said the plan was bad.", ("Sen. Claire McCaskill (D-Mo.)", "Claire McCaskill")),
    ("Gov. Pat McCrory (R) said it would be improper.", ("Gov. Pat McCrory (R)", "Pat McCrory")),
    # "X is a Y who said ...": the predicate noun the relative clause hangs on stands for the subject.
    (
        "Donald Trump is a serial liar, rampant xenophobe, racist and birther who has repeatedly pledged to ban"
        " all Muslims.",
        ("Donald Trump", "Donald Trump"),
    ),
    # A dateline the parser took for the subject is no speaker: the name after its dash is.
    (
        "WASHINGTON -- President Barack Obama, dedicating a new museum on Saturday, said it would tell an"
        " American story.",
        ("President Barack Obama", "Barack Obama"),
    ),
    # ... also with an em dash, after which repair gives the town its usual casing for the parser.
    (
        "WASHINGTON \u2014 President Barack Obama, dedicating a new museum on Saturday, said it would tell an"
        " American story.",
        ("President Barack Obama", "Barack Obama"),
    ),
    # A relative clause set off by a comma after a noun deeper in the speaker's phrase is no part of who spoke ...
    (
        "Growth will slow, said economists at the bank, who said demand had weakened.",
        ("economists at the bank", None),
    ),
    (
        "\u201cIt is sound,\u201d said Tim Hess, a real estate developer in Virginia, who introduced Mr. Clarke to"
        " his banking contacts.",
        ("Tim Hess, a real estate developer in Virginia", "Tim Hess"),
    ),
    # ... while a clause that tells which group is meant stays.
    (
        "A spokesman for the group that organized the rally said it was peaceful.",
        ("A spokesman for the group that organized the rally", None),
    ),
    # A wire dateline gives its state and agency before the dash ("HANOI, Vietnam (AP) —"): still no speaker.
    (
        "HANOI, Vietnam (AP) \u2014 U.S. Defense Secretary Mark Esper on Wednesday accused China of using"
        " coercion against smaller nations.",
        ("U.S. Defense Secretary Mark Esper", "Mark Esper"),
    ),
    (
        "ST. JOSEPH, Mich. (AP) \u2014 Health Secretary Robert Gordon said Monday the victim had died.",
        ("Health Secretary Robert Gordon", "Robert Gordon"),
    ),
    # ... but a subject with a dash further on in the sentence keeps speaking (no dateline opens the line).
    (
        "Officials from Japan and Korea -- the hosts -- said on Friday the talks would resume.",
        ("Officials from Japan and Korea -- the hosts", None),
    ),
    ("Prime Minister Keir Starmer arrived. \u201cWe are ready,\u201d he said.", ("he", "Keir Starmer")),
    (
        "The minister, Anna Kowalska, arrived late.\nLater the minister said the talks had failed.",
        ("the minister", "Anna Kowalska"),
    ),
    ("Maria Lopez, the mayor, met John Smith. She said the budget was balanced.", ("She", "Maria Lopez")),
    # A subject of an adverbial clause opening the sentence beats an older main-clause subject ...
    (
        "Spokeswoman Stephanie Grisham spoke first. When President Ashraf Ghani arrived in Doha,"
        " he said Kabul had ensured that the militants would not return.",
        ("he", "Ashraf Ghani"),
    ),
    # "The statement" is the latest statement mentioned, even when its author went unnamed.
    (
        "Taylor Swift spoke in a statement on Monday. The label denied the claims in a statement."
        ' "We never blocked her," the statement read.',
        ("the statement", None),
    ),
    # Who sent a letter urging X speaks, not the letter (the object speaks only right before "feeling").
    ("A group of parents sent a letter to the board urging them to reconsider.", ("A group of parents", None)),
    # An article speaks for its outlet.
    (
        "A New York Times article hailed Donald Trump as \u201cThe Comeback Kid\u201d in 1994.",
        ("A New York Times article", "New York Times"),
    ),
    # A plural is no one person's title: "the Lakers" are not "Lakers coach Jason Kidd".
    (
        "Lakers coach Jason Kidd was upbeat. The Lakers said they would re-evaluate him on Monday.",
        ("The Lakers", None),
    ),
    ("Senior US officials confirmed to CNN that troops were deployed.", ("Senior US officials", None)),
    # Gender: "she" skips the man named last, whom the story called "he".
    (
        "Maria Lopez met John Smith on Monday. Smith said he was tired. \u201cWe won,\u201d she said.",
        ("she", "Maria Lopez"),
    ),
    # The subject of the main clause, not of a clause inside it.
    (
        "Robert Figgins declined to say whether Thomas slept on the night Jeffrey Epstein died. "
        "\u201cWe had hoped for more,\u201d he said.",
        ("he", "Robert Figgins"),
    ),
    # A name between the quote and a verb the parser left without a subject, with its apposition.
    (
        "\u201cHe is right,\u201d Michael Flynn, a top Trump surrogate, said Thursday morning on Fox News.",
        ("Michael Flynn, a top Trump surrogate", "Michael Flynn"),
    ),
    # "it" and "they" stand for the subject before them, resolved as a speaker would be.
    ("The Security Council met on Friday. They said further measures would follow.", ("They", "Security Council")),
    (
        "The Security Council issued a statement. The statement noted that sanctions would follow.",
        ("The statement", "Security Council"),
    ),
    # A spokesman or a statement speaks for the actor it names.
    ("A spokesman for the Kremlin said the talks had failed.", ("A spokesman for the Kremlin", "Kremlin")),
    ("A Kremlin spokesman said the talks had failed.", ("A Kremlin spokesman", "Kremlin")),
    ("A statement from the Pentagon said the strike hit.", ("A statement from the Pentagon", "Pentagon")),
    # A relative pronoun is called by the noun it stands for.
    ("Trump refused to pay an architect who said he was stiffed.", ("an architect", None)),
    # The tagger's organisation "Trump" is still a person when the story names him so elsewhere.
    ("Donald Trump spoke first. Shell and Trump met. He said the deal was done.", ("He", "Donald Trump")),
]


def test_it_continues_an_organisation(parsed) -> None:
    """ "“...,” the Times wrote. “...,” it further wrote": "it" goes on with the organisation that spoke."""
    text = (
        "The New York Times praised him.\n\n\u201cHis company was left holding some $8.8 billion in debt,\u201d"
        " the Times wrote.\n\n\u201cBut since then, his fortunes have changed. He continues to pursue trophy"
        " projects,\u201d it further wrote."
    )
    quotes, _, _ = run(parsed, text)
    assert [(q.speaker_text, q.speaker) for q in quotes] == [("the Times", "Times"), ("it", "Times")]


def test_pronoun_chain_keeps_its_speaker(parsed) -> None:
    """ "..., he said. He also said ...": the second "he" is the first one's speaker, not the older
    main-clause subject."""
    text = (
        "Spokeswoman Stephanie Grisham spoke first. When President Ashraf Ghani arrived in Doha,"
        " he said it was fair. He also said he hoped the swap would lead to talks."
    )
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.source) for c in claims] == [("he", "Ashraf Ghani"), ("He", "Ashraf Ghani")]


def test_text_speaks_then_it_continues(parsed) -> None:
    """A written text "reads"; an unresolved "it" right after goes on with that text; a reader reads nothing."""
    text = (
        "\u201cBusiness leaders honored him yesterday,\u201d the article read. "
        "\u201cHe has managed to erase much of his debt,\u201d it added. She read the report twice."
    )
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.cue, c.text) for c in claims] == [
        ("the article", "read", "Business leaders honored him yesterday,"),
        ("the article", "added", "He has managed to erase much of his debt,"),
    ]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_TEXT)
def test_speaker_text_and_resolution(parsed, text: str, expected: tuple[str, str | None]) -> None:
    quotes, claims, _ = run(parsed, text)
    first = quotes[0] if quotes else claims[0]
    said = first.speaker_text if isinstance(first, Quote) else first.source_text
    who = first.speaker if isinstance(first, Quote) else first.source
    assert (said, who) == expected


# A name set off by commas right before a cue set off the same way speaks, though the parser made it an
# apposition of the clause's subject ("Scott").
def test_parenthetical_name_speaks(parsed) -> None:
    text = "To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum."
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.text) for c in claims] == [("Chief Justice Roberts", text.rstrip("."))]


# text -> [(kind, source, cue, content)]
CLAIMS = [
    ("The Kremlin said that the talks had failed.", [("indirect", "Kremlin", "said", "that the talks had failed")]),
    (
        "According to the Pentagon, 10,000 troops are in Kursk.",
        [("according_to", "Pentagon", "according to", "10,000 troops are in Kursk")],
    ),
    (
        "South Korea has estimated the number of soldiers at 13,000.",
        [("indirect", "South Korea", "estimated", "the number of soldiers at 13,000")],
    ),
    (
        "Zelensky complained that his country has received only 10% of the aid.",
        [("indirect", "Zelensky", "complained", "that his country has received only 10% of the aid")],
    ),
    (
        "Ursula von der Leyen warned that the spending \u201cis surpassing\u201d that of the EU.",
        [("indirect", "Ursula von der Leyen", "warned", "that the spending \u201cis surpassing\u201d that of the EU")],
    ),
    # An assertion noun with its author and its that-clause.
    (
        "Donald Trump's claim that there were thousands of shootings is true.",
        [("indirect", "Donald Trump", "claim", "that there were thousands of shootings")],
    ),
    # An assertion noun with a named owner attributes its topic; an intention noun its infinitive.
    (
        "North Korea's claims about the potency of its nuclear test were dismissed.",
        [("indirect", "North Korea", "claims", "the potency of its nuclear test")],
    ),
    (
        "Hillary Clinton's plan to raise taxes on the wealthy was criticized.",
        [("indirect", "Hillary Clinton", "plan", "to raise taxes on the wealthy")],
    ),
    ("The group's claims about the test were dismissed.", []),
    ("The plan to build a wall is expensive.", []),
    ("The FBI's decision not to recommend charges angered Republicans.", []),
    # A quote-bearing sentence is one direct claim covering the quote.
    ("\u201cWe will not retreat,\u201d Zelensky said.", [("direct", "Zelensky", "said", "We will not retreat,")]),
    (
        "The intelligence services denounced the presence of troops in Russia and that some were at the front.",
        [("indirect", None, "denounced", "the presence of troops in Russia and that some were at the front")],
    ),
    # A reported clause holding a partial quote is indirect; only quoted words make a direct claim.
    (
        "NATO described the move as a \u201cserious threat\u201d for Europe.",
        [("indirect", "NATO", "described", "the move as a \u201cserious threat\u201d for Europe")],
    ),
    (
        "The talks were held for \u201cstrategic consultations\u201d, according to the Kremlin.",
        [("according_to", "Kremlin", "according to", "The talks were held for \u201cstrategic consultations\u201d")],
    ),
    # The line break after the sentence is no word after "according to X" (it made the content the quote alone).
    (
        "The minister came for \u201cstrategic consultations\u201d, according to the Kremlin.\nMoscow is silent.",
        [("according_to", "Kremlin", "according to", "The minister came for \u201cstrategic consultations\u201d")],
    ),
    # Names with apostrophes are sources too.
    (
        "The blast hit the street, according to Commissioner James O'Neill.",
        [("according_to", "James O'Neill", "according to", "The blast hit the street")],
    ),
    # Inside "according to X, ...", a half-speech verb is part of X's claim, not a claim of its own.
    (
        "According to Defense Minister Kim Yong-hyun, Pyongyang is to demand nuclear weapons in exchange.",
        [
            (
                "according_to",
                "Kim Yong-hyun",
                "according to",
                "Pyongyang is to demand nuclear weapons in exchange",
            )
        ],
    ),
    # A cue set off by commas inside a sentence reports the whole sentence.
    (
        "The average weekly benefit, the ministry says, would be $300.",
        [("indirect", None, "says", "The average weekly benefit, the ministry says, would be $300")],
    ),
    # A subjectless verb after the reported clause continues it; a second cue is a claim of its own.
    (
        "The center says it would cut revenue at first, but would eventually add $84 billion.",
        [("indirect", None, "says", "it would cut revenue at first, but would eventually add $84 billion")],
    ),
    (
        "Angela Merkel said she would win and added that the polls were wrong.",
        [
            ("indirect", "Angela Merkel", "said", "she would win"),
            ("indirect", "Angela Merkel", "added", "that the polls were wrong"),
        ],
    ),
    # A participle under a preposition speaks with the main clause's subject.
    (
        "Angela Merkel spoke on Monday. After saying that the talks had failed, she left the room.",
        [("indirect", "Angela Merkel", "saying", "that the talks had failed")],
    ),
    # The parser hung the content on the source as an apposition.
    (
        "According to radio host Rush Limbaugh, the move reeks of fear and desperation.",
        [("according_to", "Rush Limbaugh", "according to", "the move reeks of fear and desperation")],
    ),
    # "X added:" closing a paragraph introduces the next one, quote marks or not.
    (
        "Governor Chris Christie spoke on the radio.\n\nChristie added:\n\nIt is typical of her. She knows nothing.",
        # A bare surname the tagger left unnamed is the person the story calls so.
        [("direct", "Chris Christie", "added", "It is typical of her. She knows nothing")],
    ),
    # Passive cues speak with their agent; without one, the passive subject is what was said, not a speaker.
    (
        "It was announced by the Kremlin that the border would close.",
        [("indirect", "Kremlin", "announced", "that the border would close")],
    ),
    (
        "The plan was criticised by Angela Merkel as reckless.",
        [("indirect", "Angela Merkel", "criticised", "The plan was criticised by Angela Merkel as reckless")],
    ),
    ("The plan was criticised as reckless.", []),
    # Without a judgement, the passive's subject is what was said: the agent, the when and the why are not.
    (
        "The new tariffs on Chinese steel were confirmed by the Commerce Department in a statement on Friday.",
        [("indirect", "Commerce Department", "confirmed", "The new tariffs on Chinese steel")],
    ),
    # "X, as Y pointed out, ...": the "as" clause sources all the sentence, its subject included.
    (
        "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back hurricanes.",
        [
            (
                "indirect",
                None,
                "pointed out",
                "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back"
                " hurricanes",
            )
        ],
    ),
    # The same with "as" parsed as a preposition whose object speaks (the sentence's subject does not).
    (
        "Angry waves crashed on the rocks. Hawaii, as one of Mr. Obama's climate advisers pointed out, normally"
        " does not get back-to-back hurricanes.",
        [
            (
                "indirect",
                None,
                "pointed out",
                "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back"
                " hurricanes",
            )
        ],
    ),
    # A report in a relative clause ends before the sentence's own verb, however the parser ran it on.
    (
        "The mayor of Chicago, who said the city was safe, faced protests.",
        [("indirect", None, "said", "the city was safe")],
    ),
    # "Asked about it, X said": X was asked, the participle reports nothing of his.
    (
        "Asked whether he would resign, Doug Ford said that he would stay.",
        [
            ("indirect", "Doug Ford", "said", "that he would stay"),
        ],
    ),
    # A quote before the cue's sentence is the speaker's, but "added" reports its own clause.
    (
        "Doug Ford spoke. \u201cI am not going anywhere.\u201d He added that the budget was balanced.",
        [
            ("direct", "Doug Ford", "spoke", "I am not going anywhere."),
            ("indirect", "Doug Ford", "added", "that the budget was balanced"),
        ],
    ),
    # A clause of its own joined by "and" goes on with what was said; one with its own cue does not.
    (
        "The mayor said it was too early to tell, and there was no evidence of terrorism.",
        [("indirect", None, "said", "it was too early to tell, and there was no evidence of terrorism")],
    ),
    (
        "John Smith said he would win, and Mary Jones said he would lose.",
        [("indirect", "John Smith", "said", "he would win"), ("indirect", "Mary Jones", "said", "he would lose")],
    ),
    # "..., adding that ..." is a claim of its own, not more of the first one.
    (
        "Mayor John Tory said the city would act, adding that police would patrol.",
        [
            ("indirect", "John Tory", "said", "the city would act"),
            ("indirect", "John Tory", "adding", "that police would patrol"),
        ],
    ),
    # A negated cue reports nothing, nor does the cue coordinated with it.
    ("Barack Obama did not suggest that Russia would pay.", []),
    ("Barack Obama didn't threaten Moscow or even directly declare it responsible.", []),
    # An infinitive says what a noun is for, not what it said.
    ("Trump uses hate as a way to maintain his position.", []),
    # One word reports nothing.
    ("Pretty much the same, right? According to MSNBC, basically.", []),
    # "according to X" set off inside a sentence sources all of it.
    (
        "The deal, according to the Kremlin, is close.",
        [("according_to", "Kremlin", "according to", "The deal, according to the Kremlin, is close")],
    ),
    # Unattributed writer statements and non-speech subjects are not claims.
    ("The ceasefire was agreed on Monday. The weather was bad.", []),
    ("The war threatens a greater internationalization of the conflict.", []),
    ("It is feared that the war will spread.", []),
    # "it" for a thing that is no actor ("the ad") names nobody: no row, rather than the nearest name.
    ("The Clinton ad aired in Florida. It says Trump is unfit.", []),
    # A thing that "showed" something is the writer's evidence, not a source.
    ("The Moscow summit of BRICS, which showed that Russia is not isolated, ended.", []),
    ("I think the plan will fail, and we know that the voters agree.", []),
    # Claim nouns used as verbs are speech verbs ("is warning that", "claims that").
    (
        "Donald Trump is warning that a Clinton victory would bring scandal back.",
        [("indirect", "Donald Trump", "warning", "that a Clinton victory would bring scandal back")],
    ),
    (
        "Angela Merkel claims that the deal is dead.",
        [("indirect", "Angela Merkel", "claims", "that the deal is dead")],
    ),
    # A half-speech verb with a that-clause reports, whoever its subject is.
    (
        "Twelve percent indicated that they were not sure.",
        [("indirect", None, "indicated", "that they were not sure")],
    ),
    # A named actor's intention is a claim; a thing's "aim" is not.
    (
        "Hillary Clinton wants to triple the size of the AmeriCorps program.",
        [("indirect", "Hillary Clinton", "wants", "to triple the size of the AmeriCorps program")],
    ),
    ("The new bill seeks to cut taxes for families.", []),
    # Evidence shows or finds its object; a committee that "found" a chairman reports nothing.
    (
        "Polls show a close contest in the state.",
        [("indirect", None, "show", "a close contest in the state")],
    ),
    ("The committee found a new chairman.", []),
    # "found X bleeding", "found it difficult": what someone came upon, not a finding.
    ("Transit officers found a man bleeding near the station.", []),
    ("Maria Lopez found it difficult to talk about the crash.", []),
    # A named actor's stance is a claim; a thing's is not.
    (
        "Hillary Clinton supports a public option for older people.",
        [("indirect", "Hillary Clinton", "supports", "a public option for older people")],
    ),
    ("The new rules support a public option for older people.", []),
    # Characterising someone in words and expressing an attitude are a named speaker's claims.
    (
        "Donald Trump has portrayed himself as a shrewd manipulator of the tax code.",
        [("indirect", "Donald Trump", "portrayed", "himself as a shrewd manipulator of the tax code")],
    ),
    (
        "Angela Merkel expressed concern that the policy could lead to fraud.",
        [("indirect", "Angela Merkel", "expressed", "concern that the policy could lead to fraud")],
    ),
    ("The label on the bottle expressed nothing new.", []),
    # "as X noted" sources the rest of its sentence; "as X arrived" is no cue.
    (
        "As many tax experts have pointed out, Mr. Trump is free to disclose his returns.",
        [("indirect", None, "pointed out", "Mr. Trump is free to disclose his returns")],
    ),
    (
        "The deal is dead, as Angela Merkel noted on Monday.",
        [("indirect", "Angela Merkel", "noted", "The deal is dead")],
    ),
    ("As Angela Merkel arrived, the crowd cheered.", []),
    ("As Bobby Scott welcomed several hundred guests, the band played.", []),
    # Only a verb of saying follows what was said: "X supports" reports its object, not the clause before.
    (
        "Mass atrocities continue in the Darfur region, and China and Russia support the government.",
        [("indirect", "China", "support", "the government")],
    ),
    # A relative pronoun fronted before the cue is no content; a "that" clause with a gap is no complement.
    (
        "Tax increases, which Hillary Clinton plans to do through the rich, are popular.",
        [("indirect", "Hillary Clinton", "plans", "to do through the rich")],
    ),
    ("The alliance forged ties that Vladimir Putin maintains in Europe.", []),
    # An attitude with a clause is a named holder's claim; "it is certain that" is nobody's.
    (
        "Many Democrats are afraid that the edge may be undercut by apathy.",
        [("indirect", "Democrats", "afraid", "that the edge may be undercut by apathy")],
    ),
    ("It is certain that the vote will be close.", []),
    # A complement clause the parser hung on the cue as an adverbial one is what was said; a purpose
    # infinitive is not; "refused to drop" goes on with what was said.
    (
        "Donald Trump said after the convention he would not accept the endorsement.",
        [("indirect", "Donald Trump", "said", "after the convention he would not accept the endorsement")],
    ),
    (
        "Donald Trump tells his supporters at a Michigan rally to \u201cgo to your place and vote.\u201d",
        [
            (
                "indirect",
                "Donald Trump",
                "tells",
                "his supporters at a Michigan rally to \u201cgo to your place and vote.\u201d",
            )
        ],
    ),
    # Who is told to act is part of what a directive says.
    (
        "Angela Merkel urged people to protest peacefully.",
        [("indirect", "Angela Merkel", "urged", "people to protest peacefully")],
    ),
    ("Lindsey Graham spoke on Thursday to discuss clean energy.", []),
    # Verbs of making something public report their object for a named speaker; a clause the parser hung on
    # a verb that has an object of its own is no second thing said.
    (
        "Angela Merkel unveiled a proposal for closer military cooperation.",
        [("indirect", "Angela Merkel", "unveiled", "a proposal for closer military cooperation")],
    ),
    (
        "Hillary Clinton unveiled a list of endorsements from 95 retired generals -- most of whom had previously"
        " announced their support -- on Tuesday.",
        [
            ("indirect", "Hillary Clinton", "unveiled", "a list of endorsements"),
            ("indirect", None, "announced", "their support"),
        ],
    ),
    (
        "Police say he posed a deadly threat and refused to drop the gun.",
        [("indirect", None, "say", "he posed a deadly threat and refused to drop the gun")],
    ),
    # A report noun names its author before it or with "by"/"from"; no author, no claim.
    (
        "Hillary Clinton cited a New York Times report that Donald Trump had a loss in 1995.",
        [
            ("indirect", "Hillary Clinton", "cited", "a New York Times report that Donald Trump had a loss in 1995"),
            ("indirect", "New York Times", "report", "that Donald Trump had a loss in 1995"),
        ],
    ),
    ("The report that the factory closed was wrong.", []),
    # The object of "left" feels; a participle set off at the end speaks for the main clause, not for
    # the relative clause before it; "saying ..." after "criticized X," is a claim of its own.
    (
        "The collapse of the Soviet Union left many nations feeling that they faced no threat.",
        [("indirect", None, "feeling", "that they faced no threat")],
    ),
    (
        "Donald Trump was defensive about not paying an architect who said he was stiffed, saying,"
        " \u201cMaybe he didn\u2019t do a good job.\u201d",
        [
            ("indirect", None, "said", "he was stiffed"),
            ("direct", "Donald Trump", "saying", "Maybe he didn\u2019t do a good job."),
        ],
    ),
    (
        "Angela Merkel criticized Barack Obama, saying that the deal was dead.",
        [
            ("indirect", "Angela Merkel", "criticized", "Barack Obama"),
            ("indirect", "Angela Merkel", "saying", "that the deal was dead"),
        ],
    ),
    # A that-clause the parser hung on the addressee as a relative clause is still what was told.
    (
        "In Honolulu last week, Barack Obama told a meeting of Pacific Island leaders that few people"
        " understood the stakes of climate change.",
        [("indirect", "Barack Obama", "told", "that few people understood the stakes of climate change")],
    ),
    # "said" + a noun phrase holding a verb is a clause the parser misread; "failed to note" noted nothing.
    (
        "Angelique Brunner, a developer, said many of the examples that critics point to as EB-5 investments"
        " failed to note that the program helped transform places.",
        [
            (
                "indirect",
                "Angelique Brunner",
                "said",
                "many of the examples that critics point to as EB-5 investments failed to note that the program"
                " helped transform places",
            ),
        ],
    ),
    # The same speaker's next cue ends the first one's content: two claims, each with its own cue.
    (
        "In his speech, Graham urged Republicans to join the ranks of climate change believers, and"
        " criticized the party's lack of environmental awareness.",
        [
            ("indirect", "Graham", "urged", "Republicans to join the ranks of climate change believers"),
            ("indirect", "Graham", "criticized", "the party's lack of environmental awareness"),
        ],
    ),
    (
        "Axelrod said he didn't believe those characterizations hurt Romney, arguing that it was divisions in"
        " the party that were a bigger hurdle.",
        [
            ("indirect", "Axelrod", "said", "he didn't believe those characterizations hurt Romney"),
            ("indirect", "Axelrod", "arguing", "that it was divisions in the party that were a bigger hurdle"),
        ],
    ),
    # A second verb with its own auxiliary goes on with the reported clause, not with the speaker.
    (
        "The Tax Policy Center says it would depress revenue in the early years, but would eventually add $84"
        " billion over 10 years.",
        [
            (
                "indirect",
                "Tax Policy Center",
                "says",
                "it would depress revenue in the early years, but would eventually add $84 billion over 10 years",
            )
        ],
    ),
    # Who is called on to act is part of the call; what a cue echoes is the noun its that-clause completes.
    (
        "Adam Schiff on Wednesday called on President Obama to retaliate against Russia.",
        [("indirect", "Adam Schiff", "called on", "President Obama to retaliate against Russia")],
    ),
    # "called for": the particle belongs to the cue; "called X “Y”": a quoted label names the object.
    (
        "The NAACP called for a moratorium on charter schools.",
        [("indirect", "NAACP", "called for", "a moratorium on charter schools")],
    ),
    (
        'Ted Cruz called Donald Trump a "pathological liar" and a "bully."',
        [("indirect", "Ted Cruz", "called", 'Donald Trump a "pathological liar" and a "bully."')],
    ),
    # A particle that changes the cue stays in it; a verb of saying keeps its plain form.
    (
        "The Afghan government ruled out Taliban involvement in the attack.",
        [("indirect", None, "ruled out", "Taliban involvement in the attack")],
    ),
    # ", citing X" is the same speaker's next cue: what was said ends before it.
    (
        "The person was hospitalized in Huade, the news agency said, citing the regional health commission.",
        [
            ("indirect", None, "said", "The person was hospitalized in Huade"),
            ("indirect", None, "citing", "the regional health commission"),
        ],
    ),
    # A comparison said is the object and what it is likened to; "acknowledged" reports its object too.
    (
        "Donald Trump likened the refugees to a vicious snake on Monday.",
        [("indirect", "Donald Trump", "likened", "the refugees to a vicious snake")],
    ),
    (
        "Donald Trump compared the refugees to snakes at a rally.",
        [("indirect", "Donald Trump", "compared", "the refugees to snakes at a rally")],
    ),
    (
        "Mitch McConnell acknowledged a collaborative relationship with the administration.",
        [("indirect", "Mitch McConnell", "acknowledged", "a collaborative relationship with the administration")],
    ),
    # A report withheld is none: "declined to comment", "refused to say", "did not want to say".
    ("WeWork declined to comment on the report.", []),
    ("The spokesman refused to say whether the talks had failed.", []),
    # A possessive owner speaks for whom its pronoun stands; unresolved, or the writer's own, it gives no row.
    (
        "Donald Trump spoke on Monday. Contrary to his claim that people would learn nothing, there is much to learn.",
        [("indirect", "Donald Trump", "claim", "that people would learn nothing")],
    ),
    ("Contrary to his claim that people would learn nothing, there is much to learn.", []),
    ("I stand by my claim that people would learn nothing.", []),
    # The topic of a verb of talking is what it reports ("about" always; "on" only for commenting).
    (
        "Hillary Clinton spoke out Tuesday about the death of Terence Crutcher.",
        [("indirect", "Hillary Clinton", "spoke about", "the death of Terence Crutcher")],
    ),
    (
        "Matt Lauer asked Hillary Clinton about her email scandal.",
        [("indirect", "Matt Lauer", "asked about", "her email scandal")],
    ),
    ("Hillary Clinton spoke on the radio.", []),
    # Attacking and defending in words are a person's claims; a country attacks in deeds.
    (
        "Hillary Clinton attacked Trump's tax plan on Monday.",
        [("indirect", "Hillary Clinton", "attacked", "Trump's tax plan")],
    ),
    ("Russia attacked Kyiv with drones.", []),
    (
        "Bernie Sanders railed against the trade deal.",
        [("indirect", "Bernie Sanders", "railed against", "the trade deal")],
    ),
    # A second that-clause is more of what was said, whatever its verb ("and that the footage did not show").
    (
        "Kerr Putney said the videos were inconclusive and that the footage did not show whether he had a gun.",
        [
            (
                "indirect",
                "Kerr Putney",
                "said",
                "the videos were inconclusive and that the footage did not show whether he had a gun",
            )
        ],
    ),
    # A participle with an object of its own reports that object, not the sentence before it.
    (
        "Donald Trump and Hillary Clinton vied for the title on Wednesday, each touting their own experience.",
        [("indirect", None, "touting", "their own experience")],
    ),
    # Phrases the parser hung on the cue after its content go on with what was said; a time alone does not.
    (
        "Hillary Clinton attacked law enforcement officers nationwide on Tuesday.",
        [("indirect", "Hillary Clinton", "attacked", "law enforcement officers nationwide")],
    ),
    (
        "Federal prosecutors charged two Vermont developers with defrauding investors.",
        [("indirect", None, "charged", "two Vermont developers with defrauding investors")],
    ),
    # A linking adverb the parser hung on the cue is no part of what was said by itself ("..., then"), but the bare
    # verb after it is the planned infinitive's second act ("then hand over the property"), as PolNeAR marks it.
    (
        "Tom Clarke planned to revitalize flagging ticket sales to the bridge, then hand over the property.",
        [
            (
                "indirect",
                "Tom Clarke",
                "planned",
                "to revitalize flagging ticket sales to the bridge, then hand over the property",
            )
        ],
    ),
    # An object that reports something of its own in a relative clause set off by a comma is not what the
    # cue's speaker said: the clause is the object's claim ...
    (
        "The senator praised the mayor, who says the city is safe.",
        [("indirect", None, "praised", "the mayor"), ("indirect", None, "says", "the city is safe")],
    ),
    # ... while a clause that reports nothing stays part of the object.
    (
        "The senator praised the mayor, who runs the city with care.",
        [("indirect", None, "praised", "the mayor, who runs the city with care")],
    ),
    # A participle of saying in a relative clause reports nothing of the clause after it.
    (
        "There is every reason to suspect the original story the White House is telling doesn't paint the full"
        " picture.",
        [],
    ),
    # What a law or a rule requires of someone is not yet said by them ...
    ("There is no law requiring candidates to disclose their taxes.", []),
    ("The law requires companies to report that they have cut emissions.", []),
    # ... while whom one forced to admit something has admitted it.
    (
        "The board forced Stumpf to admit that the bank had failed.",
        [("indirect", "Stumpf", "admit", "that the bank had failed")],
    ),
    # Asserting a right or a power uses it and says nothing ...
    ("The computer specialist would assert his Fifth Amendment rights in response to any questions.", []),
    # ... unlike asserting that something is so, or asserting claims.
    (
        "The company asserted that its rights over the patent were violated.",
        [("indirect", None, "asserted", "that its rights over the patent were violated")],
    ),
    ("China asserted unlawful maritime claims.", [("indirect", "China", "asserted", "unlawful maritime claims")]),
    # A claim noun's author "by/from" a noun for people or an organisation, as by a name ...
    (
        "The move took place despite repeated warnings from his attorney that the showdown was fruitless.",
        [("indirect", None, "warnings", "that the showdown was fruitless")],
    ),
    (
        "The vote came despite claims by the ministry that the talks had failed.",
        [("indirect", None, "claims", "that the talks had failed")],
    ),
    # ... but a place or a thing after "from" is no author.
    ("The move came despite warnings from the past that the plan would fail.", []),
    # "as companies reported" run on without a comma is reporting season, a time, and sources nothing ...
    ("Stocks rose on Tuesday as most companies reported.", []),
    # ... while a named reporter, or a comma, makes it a source of the sentence.
    (
        "The deal collapsed last week as Reuters reported.",
        [("indirect", "Reuters", "reported", "The deal collapsed last week")],
    ),
    ("Oil prices fell sharply, as traders reported.", [("indirect", None, "reported", "Oil prices fell sharply")]),
    # ... and so does the press by a common noun.
    (
        "Prices fell sharply last month as the newspaper reported.",
        [("indirect", None, "reported", "Prices fell sharply last month")],
    ),
    # A verb the parser coordinated with the passive of a reported clause about a thing is the reporter's next act
    # ("the deaths ... called on" no one) ...
    (
        "Amnesty International said the deaths were caused by gunshot wounds and called on the government to"
        " withdraw troops.",
        [
            ("indirect", "Amnesty International", "said", "the deaths were caused by gunshot wounds"),
            ("indirect", "Amnesty International", "called on", "the government to withdraw troops"),
        ],
    ),
    # ... while a person who was attacked may well call for calm.
    (
        "NATO said he was attacked by protesters and called for calm.",
        [("indirect", "NATO", "said", "he was attacked by protesters and called for calm")],
    ),
    # What no one said, nobody said ...
    ("No one said that the plan would fail.", []),
    ("Nothing indicated that he was sick.", []),
    ("No official said that the plan would fail.", []),
    # ... but "no fewer than" counts people who did.
    (
        "No fewer than 30 economists said the recession would end by March.",
        [("indirect", None, "said", "the recession would end by March")],
    ),
    # ... while one official did.
    ("One official said that the plan would fail.", [("indirect", None, "said", "that the plan would fail")]),
    # "added" a count is a score or a gain, no words ...
    ("Brad Marchand added three assists to lead Boston.", []),
    ("The index added 0.5 percent on Tuesday.", []),
    # ... while an added clause, even one the parser read as an object, was said.
    (
        "NATO said the talks had failed, but added the exact circumstances remained unclear.",
        [
            ("indirect", "NATO", "said", "the talks had failed"),
            ("indirect", "NATO", "added", "the exact circumstances remained unclear"),
        ],
    ),
    # ... and so were things counted that are said ...
    (
        "\u201cThe deal is dead,\u201d Smith said. He added two things: the plant will close and the union will sue.",
        [
            ("direct", "Smith", "said", "The deal is dead,"),
            ("indirect", "Smith", "added", "the plant will close and the union will sue"),
        ],
    ),
    # ... but not any count a colon follows: jobs added are a gain, and what follows them no words of the company's.
    ("The company added 200 jobs: most of them were in Ohio.", []),
    # Guard: points are a score.
    ("The guard added three points to lead Boston.", []),
    # A parenthesis the content opens is closed in it.
    (
        "Others touted their product offerings (based, of course, on your personal data).",
        [("indirect", None, "touted", "their product offerings (based, of course, on your personal data)")],
    ),
    # Whom one tells or warns that something is so is no part of what was said.
    (
        "Hillary Clinton warned voters that Trump would lose.",
        [("indirect", "Hillary Clinton", "warned", "that Trump would lose")],
    ),
    # A closing "X said" reports the whole sentence before it, however the parser split it.
    (
        "Clinton's van was supposed to be escorted by an NYPD protective detail, but the Secret Service whisked"
        " her away before cops could accompany her, another source said.",
        [
            (
                "indirect",
                None,
                "said",
                "Clinton's van was supposed to be escorted by an NYPD protective detail, but the Secret Service"
                " whisked her away before cops could accompany her",
            )
        ],
    ),
]


# A partial quote coordinated with the reported clause ("memories of X, and of 'Y'") is one claim with it.
def test_coordinated_partial_quote_joins_the_claim(parsed) -> None:
    text = (
        "Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen on the Mall, said the event"
        " brought back memories of her father, and of ''all the people who weren't here who did things to get us"
        " here.''"
    )
    _, claims, _ = run(parsed, text)
    assert [(c.source, c.text) for c in claims] == [
        (
            "Donna Sampson Rawlings",
            "the event brought back memories of her father, and of ''all the people who weren't here who did things"
            " to get us here.''",
        )
    ]


# A claim never cuts a quote in two, also when the parse ends the reported clause inside it.
def test_claim_keeps_its_whole_quote(parsed) -> None:
    text = (
        "Claiming the criticism of Lauer is designed to pressure debate moderators, Donald Trump told Fox that"
        ' "they hit Matt because they said he should have been much tougher. ... What they are doing is they are'
        ' gaming the system, like gaming the ref."'
    )
    _, claims, _ = run(parsed, text)
    assert [c.text for c in claims][-1].endswith('like gaming the ref."')


# A split quote's claim row runs from the first piece's opening mark to the last piece's closing mark, so its
# marks pair (it used to open after the first mark and close before the last one).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "\u201cWe are expanding the program,\u201d NASA Administrator Jim Bridenstine said in a statement."
            " \u201cExpanding it will help us.\u201d",
            "\u201cWe are expanding the program,\u201d NASA Administrator Jim Bridenstine said in a statement."
            " \u201cExpanding it will help us.\u201d",
        ),
        (
            "''You'd think the business would be up in arms,'' said Mr. Holtz-Eakin. ''The focus has driven this"
            " off the radar.''",
            "''You'd think the business would be up in arms,'' said Mr. Holtz-Eakin. ''The focus has driven this"
            " off the radar.''",
        ),
        # One quote stays without its marks, like its Quote record.
        ('"It is a good plan," she said.', "It is a good plan,"),
    ],
)
def test_split_quote_claim_keeps_its_outer_marks(parsed, text: str, expected: str) -> None:
    quotes, claims, _ = run(parsed, text)
    assert [c.text for c in claims if c.kind == "direct"] == [expected]
    assert quotes, "the pieces stay quotes of their own"


# A paraphrase closed by "X said." and the quote that opens the next sentence are one utterance, one row (as
# PolNeAR's annotators join them); the quote still is a Quote of its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Mark Figgins spoke on Monday. Sometimes employees do not follow the rules, Figgins said. "But does that'
            ' mean they should be indicted?"',
            [
                (
                    "Mark Figgins",
                    'Sometimes employees do not follow the rules, Figgins said. "But does that mean they should be'
                    ' indicted?"',
                )
            ],
        ),
        # A new paragraph starts a new row.
        (
            'Mark Figgins spoke on Monday. Sometimes employees do not follow the rules, Figgins said.\n\n"But does'
            ' that mean they should be indicted?"',
            [("Mark Figgins", "Sometimes employees do not follow the rules")],
        ),
    ],
)
def test_paraphrase_and_its_quote_are_one_row(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    quotes, claims, _ = run(parsed, text)
    assert [(c.source, c.text) for c in claims] == expected
    assert [q.speaker for q in quotes] == ["Mark Figgins"]


# Praise in words mirrors blame in words, and "laid out" makes proposals public: a named speaker's claims.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gov. Earl Ray Tomblin lauded Tom Clarke for helping develop new ideas.",
            [("Earl Ray Tomblin", "lauded", "Tom Clarke for helping develop new ideas")],
        ),
        (
            "Donald Trump has complimented the moderator of the debate, Lester Holt.",
            [("Donald Trump", "complimented", "the moderator of the debate, Lester Holt")],
        ),
        (
            "Hillary Clinton laid out her proposals to increase national service.",
            [("Hillary Clinton", "laid out", "her proposals to increase national service")],
        ),
        # "lay" without "out" is a deed, and another particle makes another verb.
        ("Hillary Clinton laid the first stone of the museum.", []),
        ("Gannett Co. laid off 60 employees to cut costs.", []),
        ("The senator lay on the floor of the chamber.", []),
    ],
)
def test_praise_and_laying_out(parsed, text: str, expected: list[tuple[str, str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source, c.cue, c.text) for c in claims] == expected


# "called on X to ...": the addressee is part of what was called for, also when the parser tags "on" a particle.
def test_call_on_keeps_its_addressee(parsed) -> None:
    text = (
        "In June, the South Carolina senator called on fellow Republicans to unendorse Trump after the mogul"
        " claimed that a judge was unfit."
    )
    _, claims, _ = run(parsed, text)
    assert [(c.cue, c.text) for c in claims][0] == ("called on", "fellow Republicans to unendorse Trump")


# "with X expected to ...": a passive participle in an absolute phrase is what others expect of X, while an
# active one ("with X saying that ...") is X's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The efforts are expected to continue leading up to election day, with both President Barack Obama"
            " and his wife Michelle expected to visit the Sunshine state in the coming weeks.",
            [],
        ),
        (
            "The talks ended, with Barack Obama saying that the deal was close.",
            [("Barack Obama", "saying", "that the deal was close")],
        ),
    ],
)
def test_absolute_participles(parsed, text: str, expected: list[tuple[str, str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source, c.cue, c.text) for c in claims] == expected


# "observe" and "maintain" report a clause or a quote; with a plain object they are deeds.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Nigerian Senate observed a minute of silence.", []),
        ("Joe Biden maintained a significant polling lead for months.", []),
        ("Joe Biden maintained that the lead was real.", [("Joe Biden", "maintained", "that the lead was real")]),
    ],
)
def test_clause_only_cues(parsed, text: str, expected: list[tuple[str, str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source, c.cue, c.text) for c in claims] == expected


# Half-speech cues with a described source: a group, evidence or an organisation speaks; a thing does not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several judges have cited the upcoming election as a reason to speed release of records.",
            [("Several judges", "cited", "the upcoming election as a reason to speed release of records")],
        ),
        (
            "The poll indicates a tightening race.",
            [("The poll", "indicates", "a tightening race")],
        ),
        (
            "The officers echoed statements by Donald Trump last week that critics demean law enforcement.",
            [
                (
                    "The officers",
                    "echoed",
                    "statements by Donald Trump last week that critics demean law enforcement",
                )
            ],
        ),
        # A titled person holds views too.
        (
            "A New York judge has rejected a media request to make public the court file.",
            [("A New York judge", "rejected", "a media request to make public the court file")],
        ),
        (
            "The retired general revealed a demoralizing experience.",
            [("The retired general", "revealed", "a demoralizing experience")],
        ),
        ("The war threatens a greater internationalization of the conflict.", []),
        ("Many regulars continued to stay away.", []),
        ("The new rules support a public option for older people.", []),
        # A stance or an intention of people named by what they are, not by name.
        ("Others in the party have opposed the resolution.", [("Others in the party", "opposed", "the resolution")]),
        ("A number of economists oppose the plan.", [("A number of economists", "oppose", "the plan")]),
        ("Companies seek to limit their liabilities.", [("Companies", "seek", "to limit their liabilities")]),
        (
            "The administration signaled a willingness to change the law.",
            [
                ("The administration", "signaled", "a willingness to change the law"),
            ],
        ),
        # Things have purposes, not intentions.
        ("The bill seeks to limit liabilities of companies.", []),
        # "see/view/regard X as Y" is a judgement; seeing someone do something is perception.
        (
            "Critics see the program as a loophole for the rich.",
            [
                ("Critics", "see", "the program as a loophole for the rich"),
            ],
        ),
        (
            "Analysts saw the comment as a dig at the military.",
            [
                ("Analysts", "saw", "the comment as a dig at the military"),
            ],
        ),
        ("Officials saw the senator speak at a rally.", []),
        # A time that "saw" something witnessed it; only people judge.
        ("The decade saw China as a rising power.", []),
        ("2016 saw Trump as the surprise winner.", []),
    ],
)
def test_described_sources(parsed, text: str, expected: list[tuple[str, str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.cue, c.text) for c in claims] == expected


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_claims(parsed, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.kind, c.source, c.cue, c.text) for c in claims] == expected


def test_transcript_labels(parsed) -> None:
    _, claims, _ = run(parsed, "WALLACE: Will you be there?\nPENCE: No, I will not.")
    assert [(c.source_text, c.text, c.kind) for c in claims] == [
        ("WALLACE", "Will you be there?", "direct"),
        ("PENCE", "No, I will not", "direct"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline "NAME: claim" with a named person is that person's claim, in paraphrase.
        ("Pat Caddell: Democrat Voters Worried About Clinton\n\nBody text.", [("Pat Caddell", "indirect")]),
        # Only in the headline, and only for a named actor or a poll, survey, study or report (the
        # headline convention "Poll: ...", which PolNeAR attributes to the poll); a genre label is no source.
        ("Poll: Voters Worried About Clinton\n\nBody text.", [("Poll", "indirect")]),
        ("Video: Voters Worried About Clinton\n\nBody text.", []),
        # A name the title case hid from the parser in the headline, named the same way in the body.
        (
            "Politifact: Donald Trump Is Right, Thousands of Shootings in Chicago this Year.\n\n"
            "Following the debate Politifact did a fact-check on the claim.",
            [("Politifact", "indirect")],
        ),
        ("Body first.\n\nPat Caddell: Democrat Voters Worried About Clinton", []),
        # A headline quote after a colon is the person named before it.
        (
            "A lesson from Loretta Lynch: \u2018Be the voice that people hear.\u2019\n\nLoretta Lynch spoke.",
            [("Loretta Lynch", "direct")],
        ),
        ("Storm hits coast: \u2018We fled\u2019\n\nResidents fled.", []),
    ],
)
def test_headline_labels(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source, c.kind) for c in claims if c.cue == ":"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title-case headline reports with a finite speech verb: the source before it, the claim after it.
        (
            "Railing Against Trump, Sanders Vows To Eliminate Tax Breaks\n\nBernie Sanders spoke on Monday.",
            [("Bernie Sanders", "Vows", "To Eliminate Tax Breaks")],
        ),
        # ... or the claim before ", X Says".
        (
            "Trump Could Address Clean Energy, Lindsey Graham Says\n\nLindsey Graham spoke on Monday.",
            [("Lindsey Graham", "Says", "Trump Could Address Clean Energy")],
        ),
        # A cue word inside a name, a noun compound or a lead sentence is no headline cue.
        ("Obama Power Plant Rules Face Key Test In Court\n\nBarack Obama spoke.", []),
        ("Governor Chris Christie spoke on the radio.\n\nHe left.", []),
        ("The real Trump showed up at debate. GOP must live with it.\n\nText follows here.", []),
        (
            "Breaking with decades of United States policy favoring free trade, President Donald Trump has pursued"
            " tariffs.\n\nHe left.",
            [],
        ),
    ],
)
def test_headline_cues(parsed, text: str, expected: list[tuple[str, str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source, c.cue, c.text) for c in claims] == expected


# A cue the parser found later in the headline ("in saying") does not hide the headline's own, earlier cue.
def test_headline_cue_before_a_parsed_one(parsed) -> None:
    text = "Flynn says Trump 'absolutely right' in saying generals reduced to rubble.\n\nMichael Flynn spoke."
    _, claims, _ = run(parsed, text)
    assert ("Flynn", "says", "Trump 'absolutely right' in saying generals reduced to rubble") in [
        (c.source_text, c.cue, c.text) for c in claims
    ]


def test_seed_like_paragraph(parsed) -> None:
    text = (
        "In their joint statement, the Secretary General of NATO, Mark Rutte, and President Ursula von der Leyen "
        "indicated that the deployment \u201cto support the\u201d Russian \u201cwar of aggression\u201d represents "
        "an escalation.\nThe statement also stressed that the war is \u201cthe greatest threat to peace\u201d."
    )
    quotes, _, _ = run(parsed, text)
    assert [q.text for q in quotes] == ["to support the", "war of aggression", "the greatest threat to peace"]
    assert all(q.speakers == ("Mark Rutte", "Ursula von der Leyen") for q in quotes)


@pytest.mark.parametrize(
    ("text", "quoted", "warns"),
    [
        ("\u201cone\u201d and \u201ctwo\u201d", ["one", "two"], 0),
        ('"one" and "two"', ["one", "two"], 0),
        ("\u201cserious threat\u201cfor Europe", ["serious threat"], 0),
        ("a stray closing\u201d mark", [], 1),
        ("an open \u201cquote that never ends", ["quote that never ends"], 1),
        ("He said ''it is over'' today.", ["it is over"], 0),
        ('"Outer with \u201cinner\u201d words," she said.', ["Outer with \u201cinner\u201d words,"], 0),
        # An inner quote typed with the outer quote's own marks: closed twice before anything opens again.
        (
            "\u201cI\u2019d rather live in what he calls \u201chell\u201d than in his world.\u201d \u2015 Ana Ruiz",
            ["I\u2019d rather live in what he calls \u201chell\u201d than in his world."],
            0,
        ),
        # A quote left open before the next one opens stays unpaired (the second closes only once).
        ("\u201cWe won. \u201cWe lost,\u201d she said.", ["We lost,"], 1),
    ],
)
def test_mark_pairing(text: str, quoted: list[str], warns: int) -> None:
    rep = repair(text)
    spans, warnings = find_quote_spans(rep)
    assert [text[s.start : s.end] for s in spans] == quoted
    assert len(warnings) == warns


@pytest.mark.parametrize(
    "text",
    ['"', "\u201c", 'He said "yes and "no', "\u201d\u201d\u201c", 'a " b " c " d', "\u201c\n\u201c\n\u201d x"]
    + ["''``''", ""],
)
def test_odd_marks_never_raise(parsed, text: str) -> None:
    run(parsed, text)


PIECES = ['"', "\u201c", "\u201d", "''", " said Tom. ", "We won", "\n", ", ", "he said"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_random_marks_keep_offsets(parsed, pieces: list[str]) -> None:
    run(parsed, "".join(pieces))


# Who speaks in control and modifier constructions: text -> [(cue, source_text, source)]
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Object control: the object of "forced" is who admits.
        (
            "Senator Elizabeth Warren forced John Stumpf, who was under questioning, to admit that no senior"
            " executives have been held accountable.",
            [("admit", "John Stumpf", "John Stumpf")],
        ),
        # A request: what Congress and Stumpf were asked to do is no claim of theirs, nor of Warren's.
        (
            "Senator Elizabeth Warren urged Congress to reject the bill and asked John Stumpf to explain why.",
            [
                ("urged", "Senator Elizabeth Warren", "Elizabeth Warren"),
                ("asked", "Senator Elizabeth Warren", "Elizabeth Warren"),
            ],
        ),
        # A participle set off after a reported clause backs the report: the speaker cites.
        (
            "Foreign policy analysts said geopolitical factors have contributed to elevating Burma's bipartisan"
            " appeal, citing the strategic importance of a nation that borders China.",
            [("said", "Foreign policy analysts", None), ("citing", "Foreign policy analysts", None)],
        ),
        # A purpose infinitive after an object is the subject's own act.
        (
            "Other leaders used blunt language to denounce the test.",
            [("denounce", "Other leaders", None)],
        ),
        # A name modifying a noun ("a Clinton surrogate") is no antecedent for "he".
        (
            "Former Pennsylvania Gov. Ed Rendell spoke on Monday. Rendell, a Clinton surrogate, said he had"
            " battled pneumonia twice and called it a common ailment.",
            [("said", "Rendell, a Clinton surrogate", "Ed Rendell"), ("called", "he", "Ed Rendell")],
        ),
        # Someone blamed or praised "for saying" is who said it; the judge only judges.
        (
            "Donald Trump attacked Hillary Clinton for saying that the economy was strong.",
            [("attacked", "Donald Trump", "Donald Trump"), ("saying", "Hillary Clinton", "Hillary Clinton")],
        ),
        # A second "for" joined to the first still speaks for the subject, and a purpose ("for estimating")
        # after an object that is no one stays the subject's.
        (
            "John Smith was criticized for his role in the scandal and for saying that the rules were unfair.",
            [("saying", "John Smith", "John Smith")],
        ),
        # "who" stands for people: the noun for people right before it, not a thing the parser hung it on.
        (
            "The video has become a focal point for demonstrators here, who have taken to the streets and called"
            " for footage to be released.",
            [("called for", "demonstrators", None)],
        ),
        # A finite verb hung on the bare verb after "would" in a reported clause is the reporter's next act.
        (
            "Theresa May said this week that the country would formally declare its intention to leave by March"
            " and suggested that it would withdraw from the single market.",
            [
                ("said", "Theresa May", None),
                ("declare", "the country", None),
                ("suggested", "Theresa May", None),
            ],
        ),
        # A recording of someone saying something: the one recorded speaks, not who shows the recording.
        (
            "The ad uses footage of Hillary Clinton asking whether voters trust her.",
            [("asking", "Hillary Clinton", "Hillary Clinton")],
        ),
        # A "since" the parser took for a preposition: its object is the subject of the verb after it.
        (
            "Trump has been targeting Machado since Clinton, at Monday's debate, cited derogatory comments Trump"
            " had made about her.",
            [("cited", "Clinton", "Clinton")],
        ),
        (
            "Trump has attacked the press since the election and said that the media is biased.",
            [("said", "Trump", "Trump")],
        ),
        # Only one who can speak is that subject: a time after "since" leaves the verb to the main subject.
        (
            "Johnson has opposed the plan since January, argued it would raise taxes.",
            [("opposed", "Johnson", "Johnson"), ("argued", "Johnson", "Johnson")],
        ),
        (
            "The council has blocked the project since last spring, said it would harm the river.",
            [("said", "The council", None)],
        ),
        (
            "Jones has opposed the plan since the mayor, in a speech, argued it would raise taxes.",
            [("opposed", "Jones", "Jones"), ("argued", "the mayor", None)],
        ),
        # A verb of saying the tagger took for a plural noun still reports its that-clause.
        (
            "Donald Trump spoke in Ohio on Monday. Trump claims that the election was stolen.",
            [("claims", "Trump", "Donald Trump")],
        ),
        ("But Trump claims that he should be the exception.", [("claims", "Trump", "Trump")]),
    ],
)
def test_control_and_modifier_speakers(parsed, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.cue, c.source_text, c.source) for c in claims] == expected


# What a cue reports when the parse spreads the sentence over it: text -> [(source_text, content)]
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A cue in brackets reports its own that-clause, not the sentence around the brackets.
        (
            "Both candidates face questions about their health after a video surfaced (her campaign later"
            " disclosed that she has pneumonia).",
            [("her campaign", "that she has pneumonia")],
        ),
        # A cue set off by commas inside one clause keeps the clause whole, but not an earlier clause joined to
        # it by "but": that one is the writer's (PolNeAR gives Mr. Obama "the air pollution ... monitor").
        (
            "China had resisted such agreements, but the air pollution there had become so bad, Mr. Obama noted,"
            " that the most-visited page in China was the air-quality monitor.",
            [
                (
                    "Mr. Obama",
                    "the air pollution there had become so bad, Mr. Obama noted, that the most-visited page in China"
                    " was the air-quality monitor",
                )
            ],
        ),
        # The same when the parser hangs the cue on the clause it interrupts and the that-clause on the cue.
        (
            "The factory had cut its staff by half, and orders had fallen so sharply, the manager admitted, that the"
            " plant might close.",
            [("the manager", "orders had fallen so sharply, the manager admitted, that the plant might close")],
        ),
        (
            "Exports fell sharply, but imports rose so fast, the report noted, that the deficit doubled.",
            [("the report", "imports rose so fast, the report noted, that the deficit doubled")],
        ),
        (
            "It is clear, the mayor said, that the city needs more money.",
            [("the mayor", "It is clear, the mayor said, that the city needs more money")],
        ),
        # A phrase before the cue is no clause it interrupts.
        ("In a statement, the company said, that it would appeal.", [("the company", "that it would appeal")]),
        # "even as he says ..." is concessive and runs on: it sources nothing but what he says.
        (
            "Hillary Clinton wants tax changes. But some note that Trump — even as he says his experience in"
            " real-estate tax matters makes him uniquely qualified to tackle a tax-code rewrite — has proposed"
            " little in the way of reforming the breaks.",
            [
                ("Hillary Clinton", "tax changes"),
                (
                    "some",
                    "that Trump — even as he says his experience in real-estate tax matters makes him uniquely"
                    " qualified to tackle a tax-code rewrite",
                ),
            ],
        ),
        # A condition closing the sentence, which the parser made its root, is part of the threat.
        (
            "One Republican, Rep. Jim Jordan, threatened to make Kadzik testify in a public setting, should he"
            " fail to get them the information.",
            [
                (
                    "One Republican, Rep. Jim Jordan",
                    "to make Kadzik testify in a public setting, should he fail to get them the information",
                )
            ],
        ),
        # A list the parser misread as the sentence's main clause stays in the claim ...
        (
            "Hillary Clinton is stressing that her plans will solve the kind of kitchen-sink problems facing"
            " American families \u2014 the high cost of childcare, mounting student debt and unpaid family leave.",
            [
                (
                    "Hillary Clinton",
                    "that her plans will solve the kind of kitchen-sink problems facing American families \u2014 the"
                    " high cost of childcare, mounting student debt and unpaid family leave",
                )
            ],
        ),
        # ... but a cue set off by dashes never takes the sentence around it.
        (
            "But while climate change has played to Mr. Obama's highest ideals - critics would call them messianic"
            " impulses - it has also exposed his weaknesses.",
            [("critics", "them messianic impulses")],
        ),
        # The subject of a reported clause that the parser made the cue's object stays in the claim.
        (
            "Anderson largely agreed with McLenny and seemed to think the outreach to black voters was somewhat phony.",
            [("Anderson", "the outreach to black voters was somewhat phony")],
        ),
        # A set-off "as X pointed out" sources the rest of the sentence.
        (
            "As one Twitter user pointed out with a telling side-by-side, the gap between the two is vast.",
            [("one Twitter user", "the gap between the two is vast")],
        ),
        # "seeing" someone is no cue: the that-clause the parser hung on it is still what was stated (the seed).
        (
            "The US Secretary of Defense, Lloyd Austinhe stated, after seeing himself in Washington with his South"
            " Korean colleague, Kim Yong-hyunthat this was an unprecedented step.",
            [("he", "that this was an unprecedented step")],
        ),
        # An "as" clause of talking is a time, not a source of the sentence after it.
        (
            "As Clinton talked about bringing communities together, Trump highlighted his message that the"
            " country needs order.",
            [("Clinton", "bringing communities together"), ("Trump", "his message that the country needs order")],
        ),
        ("As Obama spoke, the crowd cheered.", []),
        ("As the senator talked about the budget, protesters interrupted him.", [("the senator", "the budget")]),
        # A preposition of talking left without an object, or with only a time, points at the rest of the
        # sentence: the "as" clause sources it.
        (
            "As the mayor has talked about many times, the city needs more housing.",
            [("the mayor", "the city needs more housing")],
        ),
        (
            "As Smith has spoken about before, the program is badly underfunded.",
            [("Smith", "the program is badly underfunded")],
        ),
        (
            "As the governor has often talked about, the state needs more teachers.",
            [("the governor", "the state needs more teachers")],
        ),
        (
            "As experts have noted, Mr. Trump is free to release his returns.",
            [("experts", "Mr. Trump is free to release his returns")],
        ),
        # A closing "as X put it" right after a quote sources the quote, also before a paragraph's end; a
        # comparison ("as many cases as they reported") sources nothing.
        (
            'Lawmakers object because the only requirement is a "lawful source of investment income," as a'
            " Homeland Security memo put it.\n\nThe next paragraph.",
            [("a Homeland Security memo", "lawful source of investment income,")],
        ),
        (
            "The economy is strong, as the minister put it.\n\nThe next paragraph.",
            [("the minister", "The economy is strong")],
        ),
        (
            "Beijing officials admitted that the city had experienced 10 times as many cases as they reported.",
            [("Beijing officials", "that the city had experienced 10 times as many cases as they reported")],
        ),
        # A sourcing "as" set off by a comma after a finished comparison still sources the sentence; a comparison's
        # closing "as" runs on and sources nothing.
        (
            "The city will spend as much as it did last year, as the mayor said.",
            [("the mayor", "The city will spend as much as it did last year")],
        ),
        (
            "Unemployment is as high as it was in 2009, as Obama noted.",
            [("Obama", "Unemployment is as high as it was in 2009")],
        ),
        (
            "Prices rose twice as fast as economists had predicted, just as the central bank noted.",
            [("the central bank", "Prices rose twice as fast as economists had predicted")],
        ),
        ("Prices rose twice as fast as economists had predicted.", []),
        # A past tense the tagger took for a participle keeps its own subject and still sources the sentence; a
        # participle without one ("Asked about it, ...") is no speech of anyone's.
        (
            "Prices rose twice as fast as economists had predicted, as the central bank noted on Tuesday.",
            [("the central bank", "Prices rose twice as fast as economists had predicted")],
        ),
        ("Asked about the plan, Ford said it was flawed.", [("Ford", "it was flawed")]),
        (
            "Officials found 10 times as many cases as they reported, as the mayor said.",
            [("the mayor", "Officials found 10 times as many cases as they reported")],
        ),
        # A relative clause whose verb the tagger took for a noun is no that-clause ("admires" as "NNS").
        (
            "Then there is the way that Russia has exerted increasing control over news coverage within its own"
            " borders, in ways that help Mr. Putin maintain the image of the strong leader that Mr. Trump so"
            " admires.\n\nNewspapers, websites and broadcasts are pressured.",
            [],
        ),
        # "For instance" is the writer's example, nobody who speaks.
        ("For instance, calls to establish a commission were rejected by the council in 2015.", []),
    ],
)
def test_content_around_the_cue(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.text) for c in claims] == expected


# A passive's judgement and charge, wherever the parser hung them, are what was said, not part of who said it;
# a preposition of time is no particle of the cue: text -> [(source_text, cue, content)]
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rally was described by organisers as the largest in a decade.",
            [("organisers", "described", "The rally was described by organisers as the largest in a decade")],
        ),
        (
            "Assange was accused by prosecutors of endangering sources.",
            [("prosecutors", "accused", "Assange was accused by prosecutors of endangering sources")],
        ),
        (
            "The plan was called a mistake by the union on Friday.",
            [("the union", "called", "The plan was called a mistake")],
        ),
        ("The union called on Friday for a strike.", [("The union", "called for", "a strike")]),
        # Near misses: an "as" on the verb, "such as" and "as well as" naming more agents, an "of" of the agent,
        # and "called on" someone.
        (
            "The deal was criticised by Merkel as reckless and dangerous.",
            [("Merkel", "criticised", "The deal was criticised by Merkel as reckless and dangerous")],
        ),
        (
            "The plan was criticised by groups such as Amnesty International.",
            [("groups such as Amnesty International", "criticised", "The plan")],
        ),
        (
            "The plan was criticised by unions as well as employers.",
            [("unions as well as employers", "criticised", "The plan")],
        ),
        (
            "The plan was praised by members of the party as a bold step.",
            [("members of the party", "praised", "The plan was praised by members of the party as a bold step")],
        ),
        ("The group called on Congress to act.", [("The group", "called on", "Congress to act")]),
        # An "as" of the agent's own clause names the agent, not the passive's subject.
        (
            "The column is written by Abigail Van Buren, also known as Jeanne Phillips.",
            [("Abigail Van Buren", "written", "The column")],
        ),
        # The parser may hang the agent on the judgement ("a liar by critics"): it still speaks ...
        ("He was called a liar by critics.", [("critics", "called", "He was called a liar")]),
        # ... but a thing after "by" is no agent.
        ("He was called a liar by the standards of the day.", []),
        # ... nor a measure that the parser made the verb's agent ...
        ("The proposal was called a mistake by the standards of most economists.", []),
        # ... though a name that holds such a word is someone ...
        (
            "The budget was criticized by Standard & Poor's on Friday.",
            [("Standard & Poor", "criticized", "The budget")],
        ),
        (
            "The plan was criticized by the Evening Standard on Friday.",
            [("the Evening Standard", "criticized", "The plan")],
        ),
        # ... and a role someone is called to fill is a summons, not a judgement ...
        ("She was called a witness by the defense on Tuesday.", []),
        # ... unless an adjective judges how they fill it.
        (
            "Jones was called a reliable witness by the judge, who dismissed the appeal.",
            [
                ("the judge", "called", "Jones was called a reliable witness"),
                ("the judge", "dismissed", "the appeal"),
            ],
        ),
        (
            "The nominee has been endorsed by dozens of papers ranging from such expected backers as The New York"
            " Times.",
            [("dozens of papers ranging from such expected backers as The New York Times", "endorsed", "The nominee")],
        ),
    ],
)
def test_passive_judgement_and_its_agent(parsed, text: str, expected: list[tuple[str, str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.cue, c.text) for c in claims] == expected


# Pronoun speakers: text -> (quote, speaker) of the last quote
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "She says Trump represents ... She adds": "She" is not Trump, who stays free for "he".
        (
            "Cheryl Mills was named in a complaint. Hillary Clinton spoke in Ohio on Friday. She says Donald Trump"
            " represents the same rigged system. She adds that the system is broken.\n\nDonald Trump made a"
            " pledge at a rally on Monday. \u201cWe will win,\u201d he said.",
            ("We will win,", "Donald Trump"),
        ),
        # A name opening the sentence before is its subject, though the parser read "bristles" as a noun.
        (
            "Despite his decades in public service, Bobby Scott is not a household name in Virginia.\n\n"
            '"He\'s not demonstrated, until recently, an ambition for higher office," said Quentin Kidd, a political'
            " scientist at Christopher Newport University in Scott's district. \"There's an uncertainty whether he"
            " can raise money.\"\n\nScott bristles at the suggestion he won't be ready. \"I've fundraised all I've"
            ' needed to do to get 70 percent of the vote," he said, cutting off a reporter who asked about finances.',
            ("I've fundraised all I've needed to do to get 70 percent of the vote,", "Scott"),
        ),
        # A person named in a later paragraph with a role does not take the pronoun from the person named and
        # quoted before (the newcomer rule of bdebecf is gone: it crossed gender): "she" is Mary Jones, not Mark
        # Lee, whose gender nothing tells ...
        (
            "Senator Ann Cole introduced the bill on Monday.\n\n\u201cIt is time,\u201d she said.\n\nThe plan"
            " drew criticism from Ron Dale, head of the state hospital association.\n\n"
            "\u201cThis will help patients,\u201d she said.",
            ("This will help patients,", "Ann Cole"),
        ),
        (
            "Senator Mary Jones spoke at the rally on Monday.\n\n\u201cWe will fight this,\u201d she said.\n\n"
            "The bill was opposed by Mark Lee, president of the union.\n\n\u201cThis is not over,\u201d she said.",
            ("This is not over,", "Mary Jones"),
        ),
        (
            "Senator Mary Jones spoke at the rally on Monday. The bill was opposed by Mark Lee, president of the"
            " union.\n\n\u201cWe will fight this to the end,\u201d she said.",
            ("We will fight this to the end,", "Mary Jones"),
        ),
        # ... and the same with no quote before ...
        (
            "Senator Ann Cole introduced the bill on Monday. It would require hospitals to post prices online.\n\n"
            "The plan drew criticism from Ron Dale, head of the state hospital association.\n\n"
            "\u201cThis will help patients,\u201d she said.",
            ("This will help patients,", "Ann Cole"),
        ),
        (
            "Police Chief Tom Reed said officers responded to the call at 3 a.m.\n\nOfficers later arrested John Doe,"
            " a 34-year-old plumber, near the scene.\n\n\u201cWe believe he acted alone,\u201d he said.",
            ("We believe he acted alone,", "Tom Reed"),
        ),
        # ... nor with a newcomer whose appositive is no role in an organisation ...
        (
            "\u201cWe are looking for him,\u201d Police Chief Tom Reed said.\n\nOfficers later arrested John Doe,"
            " a 34-year-old plumber, near the scene.\n\n\u201cWe believe he acted alone,\u201d he said.",
            ("We believe he acted alone,", "Tom Reed"),
        ),
        # ... nor after an earlier quote given by name.
        (
            "\u201cIt is a bad bill,\u201d Senator Mary Jones said.\n\nThe bill was opposed by Mark Lee, president"
            " of the union.\n\n\u201cWe will fight this to the end,\u201d she said.",
            ("We will fight this to the end,", "Mary Jones"),
        ),
        # An object of the subject's own verb ("found him") is someone else: it tells nothing of her gender.
        (
            "Neil Gaiman told me about it. \u201cHe would make art anywhere,\u201d Gaiman said. Two months later,"
            " Ford died. Elise Matthesen found him. \u201cHe looked a little surprised,\u201d she wrote in an email.",
            ("He looked a little surprised,", "Elise Matthesen"),
        ),
        # "he" goes on with the "He" that opened the sentence before, not with a name in an object since then.
        (
            "\u201cEvery study indicated that we need a heavy-lift launch vehicle,\u201d said Rep. Brian Babin."
            " He raised that point in criticism of the procurement, which sought proposals for commercially"
            " developed lunar landers that the agency could use to land humans on the surface, and which the"
            " agency had described at length in a series of public documents, presentations to industry groups,"
            " briefings for congressional staff and meetings with potential contractors in Houston, Huntsville,"
            " Washington and Cape Canaveral over the course of the past year, as its officials and engineers"
            " refined the requirements again and again in response to the many comments they received, most"
            " recently in a letter sent to Jim Bridenstine."
            " \u201cSwitching horses midstream is not a wise move,\u201d he continued.",
            ("Switching horses midstream is not a wise move,", "Brian Babin"),
        ),
    ],
)
def test_pronoun_speakers(parsed, text: str, expected: tuple[str, str]) -> None:
    quotes, _, _ = run(parsed, text)
    assert (quotes[-1].text, quotes[-1].speaker) == expected


# A role noun tells a person's gender as an honorific does ("a campaign spokesman", "spokeswoman Jane Doe"), so a
# later "she" skips the spokesman for the woman before him, and "his" skips the spokeswoman.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Taylor Smith praised the plan on Monday. Jordan Lee, a campaign spokesman, declined to comment. She"
            " said the plan was fair.",
            ("She", "Taylor Smith"),
        ),
        (
            "Taylor Smith praised the plan on Monday. Spokeswoman Jordan Lee declined to comment. His claim that"
            " the plan was fair was disputed.",
            ("His", "Taylor Smith"),
        ),
        # An office whose title keeps its masculine form for women, and "actor", tell no gender.
        (
            "Mary Barra, the chairman of General Motors, met Joe Biden on Monday. She said the plant would stay open.",
            ("She", "Mary Barra"),
        ),
        ("Jodie Foster, the actor, spoke on Monday. She said the film was personal.", ("She", "Jodie Foster")),
        # A kin noun before a second role the parser hung it on ("son, filmmaker X") tells X's gender too ...
        (
            "Mary Steenburgen wrote the song. Steenburgen\u2019s son, filmmaker Charlie McDowell, also remembers"
            " it. McDowell laughed about it. She said the song took ten years.",
            ("She", "Mary Steenburgen"),
        ),
        # ... but a role without a kin noun tells nothing, and the nearest subject stays the antecedent.
        (
            "Mary Steenburgen wrote the song. Her friend, filmmaker Charlie McDowell, also remembers it."
            " McDowell laughed about it. She said the song took ten years.",
            ("She", "Charlie McDowell"),
        ),
    ],
)
def test_gendered_role_tells_whom_a_pronoun_means(parsed, text: str, expected: tuple[str, str]) -> None:
    _, claims, _ = run(parsed, text)
    assert (claims[-1].source_text, claims[-1].source) == expected


# A surname alone that the tagger left unnamed still speaks, and stays the antecedent of "he".
def test_bare_surname_speaks(parsed) -> None:
    text = (
        "Donald Trump spoke in Ohio on Monday. Terence Crutcher died on Friday after a police shooting.\n\n"
        "Demonstrators said they want justice, but pledged to remain civil.\n\n"
        "Trump has also commented on Crutcher\u2019s death.\n\n"
        "On Wednesday, he told a crowd in Cleveland that he was \u201ctroubled\u201d by the situation in Tulsa."
    )
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.source) for c in claims if c.cue in ("commented on", "told")] == [
        ("Trump", "Donald Trump"),
        ("he", "Donald Trump"),
    ]


# "he" after a speaker given by title alone goes on with that speaker, not with an older name: the quote gets
# the title attribution's speaker text and speakers (the story resolves an unnamed title as it does the claim).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sergei Lavrov spoke in Moscow on Monday. Austria's interior minister said 15,000 North Korean"
            ' soldiers were in Kursk. "This is a dangerous escalation," he told reporters.',
            ("Austria's interior minister", ()),
        ),
        # A title the story resolved keeps its person.
        (
            "Interior Minister Gerhard Karner met Sergei Lavrov in Vienna. Lavrov spoke first. The minister said"
            ' the talks had failed. "This is a dangerous escalation," he told reporters.',
            ("The minister", ("Gerhard Karner",)),
        ),
        # A spokesman speaks for the organisation he speaks for, in the quotes after too.
        (
            "Sergei Lavrov spoke in Moscow on Monday. A Pentagon spokesman said the soldiers were in Kursk."
            ' "This is a dangerous escalation," he said.',
            ("A Pentagon spokesman", ("Pentagon",)),
        ),
        # A person named since the title is the likelier antecedent.
        (
            "Sergei Lavrov spoke in Moscow on Monday. Austria's interior minister said the soldiers were in Kursk."
            ' Sergei Lavrov denied it. "This is a lie," he told reporters.',
            ("he", ("Sergei Lavrov",)),
        ),
        # A document that spoke is no person: "he" keeps the named one.
        (
            "Sergei Lavrov spoke in Moscow on Monday. The report said the soldiers were in Kursk."
            ' "This is a dangerous escalation," he said.',
            ("he", ("Sergei Lavrov",)),
        ),
    ],
)
def test_pronoun_after_a_title_speaker(parsed, text: str, expected: tuple[str, tuple[str, ...]]) -> None:
    quotes, _, _ = run(parsed, text)
    assert (quotes[-1].speaker_text, quotes[-1].speakers) == expected


# Titles, names and slogans in quote marks inside a sentence are nobody's words; speech in title case that
# opens a sentence or follows a comma, or holds a sentence break, is still a quote.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to Live Nation, fans can expect hits including \u201cListen To The Music,\u201d"
            " \u201cBlack Water,\u201d \u201cJesus Is Just Alright With Me\u201d and others.",
            [],
        ),
        (
            'Kurt Volker denied that they formed a channel, for which they were known as the "Three Amigos."',
            [],
        ),
        ("Anna Kowalska said the phone wakes up by saying \u201cHey Siri\u201d to it.", []),
        ("Anna Kowalska told reporters:\n\n\u201cWild Rose\u201d\n\nThe film opens in June.", []),
        (
            "Barack Obama opened the museum on Saturday. \u201cWe are not a burden,\u201d Obama said."
            " \u201cWe're America.\u201d",
            [("We are not a burden,", "Barack Obama"), ("We're America.", "Barack Obama")],
        ),
        (
            "Asked whom she would vote for, Patti LaBelle said, \u201cHillary Clinton.\u201d",
            [("Hillary Clinton.", "Patti LaBelle")],
        ),
        ("\u201cThe Donald. Big Daddy,\u201d Jane Smith said.", [("The Donald. Big Daddy,", "Jane Smith")]),
    ],
)
def test_titles_are_not_quotes(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    quotes, _, _ = run(parsed, text)
    assert [(q.text, q.speaker) for q in quotes] == expected


# "which" stands for a thing or a whole clause unless its noun is an organisation, a text or evidence: a thing
# does not speak, so nothing is attributed to it; an organisation or a report does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With the installation Starry Night, the Serbian duo gives Amsterdam its starry night back, which"
            " reminds us of what we are missing out on.",
            [],
        ),
        ("My father died 22 years ago of brain cancer, which confirmed what I always knew.", []),
        (
            "The ministry, which said the talks had failed, met on Monday.",
            [("The ministry", "said")],
        ),
        (
            "The report, which said the talks had failed, was published on Monday.",
            [("The report", "said")],
        ),
    ],
)
def test_which_is_a_thing(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.cue) for c in claims] == expected


# Two people of one surname: what the story says of one's gender says nothing of the other's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Donald Trump spoke in Ohio. He said the plan was good. Jason Miller, a campaign aide, agreed."
            " Melania Trump wrote an essay last week. \u201cThe number of households has doubled,\u201d she wrote.",
            "Melania Trump",
        ),
        (
            "Bill Clinton spoke in Ohio. He said the plan was good. Jason Miller, a campaign aide, agreed."
            " Hillary Clinton wrote an essay last week. \u201cThe number of households has doubled,\u201d she wrote.",
            "Hillary Clinton",
        ),
        # One person: the votes still count for the surname alone.
        (
            "Mary Smith met John Miller on Monday. Smith said she was tired. \u201cWe won,\u201d she said.",
            "Mary Smith",
        ),
    ],
)
def test_shared_surname_keeps_genders_apart(parsed, text: str, expected: str) -> None:
    quotes, _, _ = run(parsed, text)
    assert quotes[-1].speaker == expected


# A "he" that went with a speaker named by title is still a person: a half-speech verb ("wants") keeps its
# row, and an "it" after it does not go on with that person.
def test_pronoun_after_a_title_stays_a_person(parsed) -> None:
    text = (
        "Mike Tanner spoke on Monday. The GOP candidate proposes allowing parents to deduct the cost of care."
        " He also wants to extend six weeks of paid leave to new mothers. The average weekly benefit, it says,"
        " would be $300."
    )
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.cue, c.source) for c in claims] == [
        ("The GOP candidate", "proposes", None),
        ("The GOP candidate", "wants", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A report verb in the cue's own tense, coordinated inside the clause ("would veto ... and warned"),
        # is the speaker's next act, not more of what was said.
        (
            "The governor said she would veto the bill and warned against any attempt to override her.",
            [("The governor", "she would veto the bill"), ("The governor", "against any attempt to override her")],
        ),
        # A closing "though she acknowledged ..." is a claim of its own, not the end of the first.
        (
            "The mayor said the city would hire more inspectors, though she acknowledged the budget was tight.",
            [("The mayor", "the city would hire more inspectors"), ("The mayor", "the budget was tight")],
        ),
        # A report before a semicolon is no content of the cue after it.
        (
            "The union estimates that the strike cost the company $40 million; the company itself puts the loss"
            " at $25 million.",
            [
                ("The union", "that the strike cost the company $40 million"),
                ("the company itself", "the loss at $25 million"),
            ],
        ),
        # What still goes on with the clause stays: a second that-clause, a verb under the clause's modal.
        (
            "The minister said the talks would resume in May and that both sides wanted a deal.",
            [("The minister", "the talks would resume in May and that both sides wanted a deal")],
        ),
        (
            "Officials said the storm would weaken, but would still bring heavy rain to the coast.",
            [("Officials", "the storm would weaken, but would still bring heavy rain to the coast")],
        ),
    ],
)
def test_content_ends_before_the_next_report(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.text) for c in claims] == expected


def test_relative_pronoun_hung_on_the_verb(parsed) -> None:
    """ "turned to the Census Bureau which reported ...": the parser hung the clause on "turned", but the
    noun right before "which" is who reported."""
    text = (
        "To resolve the dispute, the committee turned to the Census Bureau which reported \u201c4,213 vacant"
        " homes\u201d in the county between June 1 and August 30."
    )
    quotes, claims, _ = run(parsed, text)
    assert [(q.speaker, q.text) for q in quotes] == [("Census Bureau", "4,213 vacant homes")]
    assert [c.source for c in claims] == ["Census Bureau"]


def test_name_after_a_quote_whose_apposition_holds_a_clause(parsed) -> None:
    """The parser hung "told" on the quoted verb (whose agent is inside the quote): the name the closing
    comma hands the quote to speaks, and the quote's end is no part of what the text calls her."""
    text = (
        "\u201cThis story isn\u2019t just in our schools, it\u2019s being pushed by the media, the mainstream media"
        " system, where we find the labels of \u2018lazy, dangerous,\u2019\u201d Maria Lopez, the director at the"
        " Center for Justice and whose work also featured in the film, told The Huffington Post."
    )
    quotes, _, _ = run(parsed, text)
    assert [q.speaker for q in quotes] == ["Maria Lopez"]
    assert quotes[0].speaker_text.startswith("Maria Lopez, the director")


def test_headline_cue_after_a_line_separator_never_raises(parsed) -> None:
    """A headline whose source is only a Unicode line separator ("\\u2028said Jane Smith") has no words:
    no claim, and no IndexError that would lose the file's facts."""
    _, claims, _ = run(parsed, "\u2028said Jane Smith\n")
    assert claims == []


def test_report_of_a_report_stays_whole(parsed) -> None:
    """ "Border agents “say ...,” he said": the agents' report before "he said" is what he said (only a
    semicolon sets a clause before the subject apart)."""
    _, claims, _ = run(parsed, 'Border agents "say the tunnel is a serious problem," he said, according to the Herald.')
    assert ("he", 'Border agents "say the tunnel is a serious problem,"') in [(c.source_text, c.text) for c in claims]


def test_that_clause_hung_on_a_time_noun(parsed) -> None:
    """ "told one of his students on a regular basis that ...": the parser made the that-clause a complement
    of "basis"; it is what was told."""
    text = 'Frank Miller also told one of his young students on a regular basis that "hard work is the answer."'
    quotes, claims, _ = run(parsed, text)
    assert [(c.source, c.text) for c in claims] == [("Frank Miller", 'that "hard work is the answer."')]
    assert [q.speaker for q in quotes] == ["Frank Miller"]


def test_quoted_title_inside_the_speaker_stays(parsed) -> None:
    """A quoted title inside the speaker's noun phrase ('the "Friends" actor') is part of what the text calls
    the speaker; only the end of a quote before the name is cut off."""
    text = '"Hearing the news was something we never expected," the "Friends" actor said on Monday.'
    quotes, _, _ = run(parsed, text)
    assert [q.speaker_text for q in quotes] == ['the "Friends" actor']


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb of saying closing its sentence after a comma reports the clause before it, however parsed:
        # the parser made the clause's subject the addressee of "told" ...
        (
            "The official and most consistent way that the Coast Guard measures seizures is by tons, not by value,"
            " an agency spokesman told us.",
            [
                (
                    "an agency spokesman",
                    "The official and most consistent way that the Coast Guard measures seizures is by tons,"
                    " not by value",
                )
            ],
        ),
        # ... or hung "announced" on the noun before the comma, leaving it no subject.
        (
            "Qatar's flagship carrier Qatar Airways finalized a deal to purchase 25 of Airbus's A350-1000 jets,"
            " executives of both companies announced Tuesday at the Paris Air Show.",
            [
                (
                    "executives of both companies",
                    "Qatar's flagship carrier Qatar Airways finalized a deal to purchase 25 of Airbus's A350-1000 jets",
                )
            ],
        ),
        # A subordinate clause before the comma is no report.
        ("Though most marchers stayed calm, a small group of protesters responded with violence.", []),
        ("But when the council cut the budget a year later, the mayor said enough.", []),
    ],
)
def test_closing_cue_reports_the_clause_before(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.text) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A person the writer never names ("my father", "our lawyer"), subject of the sentence before, is whom
        # "he" means: no row goes to the older name.
        (
            "Donald Trump spoke on Monday. My father watched it on television. He said that the speech went well.",
            None,
        ),
        (
            "Donald Trump spoke on Monday. Our lawyer watched it on television. He said that the speech went well.",
            None,
        ),
        # "His wife", "her husband", "his campaign manager": the named person's, who stays the one "he" means
        # (review: these had lost their speaker).
        (
            "Donald Trump spoke on Monday. His campaign manager watched from the side. He said that the speech"
            " went well.",
            "Donald Trump",
        ),
        (
            "Donald Trump was arrested on Monday. His wife was at home. He said that the speech went well.",
            "Donald Trump",
        ),
        (
            "Mary Jones won the race on Monday. Her husband watched from the stands. She said that the speech went"
            " well.",
            "Mary Jones",
        ),
        # The writer's own kin of the pronoun's gender, in any clause of the sentences before, is whom it means,
        # unless the name is known to be of that gender too; kin of the other gender changes nothing.
        (
            "Donald Trump spoke on Monday. When my mother heard it, she laughed. She said that the speech went well.",
            None,
        ),
        (
            "Hillary Clinton spoke on Monday. When my father heard it, he laughed. She said that the speech went well.",
            "Hillary Clinton",
        ),
        # A thing of his ("his voice") is no person: "he" is still the name.
        ("Donald Trump spoke on Monday. His voice was hoarse. He said that the speech went well.", "Donald Trump"),
        # Someone the story introduces without a name ("one mother") is whom a pronoun of that gender means ...
        (
            "Kym Lino, a spokesperson for Instagram, confirmed the plan. WIRED spoke to one mother, who knew her"
            " daughter had an account. She said that the speech went well.",
            None,
        ),
        # ... but a predicate noun is the named person.
        ("Maria Lopez runs a bakery. Lopez is a mother of three. She said that the speech went well.", "Maria Lopez"),
    ],
)
def test_pronoun_after_an_unnamed_person(parsed, text: str, expected: str | None) -> None:
    _, claims, _ = run(parsed, text)
    assert [c.source for c in claims if c.text == "that the speech went well"] == [expected]


# An unnamed person who is the object of a named person's verb leaves the pronoun to the named subject.
def test_unnamed_object_of_the_pronouns_gender_leaves_it_to_nobody(parsed) -> None:
    # The mother met may be the one who speaks as well as the president: no speaker rather than a wrong one.
    text = "President Joe Biden met a mother whose son died in the flood.\n\n\u201cI just want answers,\u201d she said."
    quotes, _, _ = run(parsed, text)
    assert [(q.text, q.speaker) for q in quotes] == [("I just want answers,", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A "not" the parser hung on the cue from a later aside does not negate it ...
        (
            "On Friday, however, John Smith spoke to a gathering of mining industry leaders, promising to lift"
            " environmental regulations and open more federal land to drilling \u2015 probably not exactly what"
            " Jones had in mind.",
            ["promising"],
        ),
        # ... nor does one after it that belongs to what was said; a "not" before the verb still does.
        ("Jane Doe spoke on Monday, promising not to raise taxes.", ["promising"]),
        ("Jane Doe did not say whether she would run.", []),
    ],
)
def test_only_a_not_before_the_cue_negates_it(parsed, text: str, expected: list[str]) -> None:
    _, claims, _ = run(parsed, text)
    assert [c.cue for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The place a story was filed from is no part of what was reported ...
        (
            "WASHINGTON \u2014 The deal will cost $5 billion over a decade, officials said on Tuesday.",
            "The deal will cost $5 billion over a decade",
        ),
        (
            "VIENNA \u2014 The old bridge will be turned into a museum, Mayor Anna Huber said Tuesday.",
            "The old bridge will be turned into a museum",
        ),
        # A wire dateline with its date and agency too.
        (
            "LONDON, Nov 1 (Reuters) - Britain will cut fuel taxes next year, the finance minister said on Friday.",
            "Britain will cut fuel taxes next year",
        ),
        (
            "Seoul, Nov 1 (wire) -- South Korea will send observers, the defence ministry said on Friday.",
            "South Korea will send observers",
        ),
        # "according to" at the end of a sentence that opens with a dateline.
        (
            "LONDON - Britain will cut fuel taxes next year, according to the finance ministry.",
            "Britain will cut fuel taxes next year",
        ),
        # A web site's name opens the copy it republishes as a dateline does.
        (
            "PanARMENIAN.Net - Verified footage reveals a pattern of killings, said Amnesty International.",
            "Verified footage reveals a pattern of killings",
        ),
        # ... but a sentence's own dash is not a dateline's.
        (
            "The deal \u2014 the largest in years \u2014 will cost $5 billion, officials said.",
            "The deal \u2014 the largest in years \u2014 will cost $5 billion",
        ),
        (
            "On Tuesday (local time) - after weeks of talks - the deal was signed, officials said.",
            "On Tuesday (local time) - after weeks of talks - the deal was signed",
        ),
        (
            "A 43-year-old man was diagnosed with a rare lung disease, according to a new case report.",
            "A 43-year-old man was diagnosed with a rare lung disease",
        ),
        (
            "Tesla - the carmaker - will cut prices next year, according to the company.",
            "Tesla - the carmaker - will cut prices next year",
        ),
    ],
)
def test_dateline_is_no_content(parsed, text: str, expected: str) -> None:
    _, claims, _ = run(parsed, text)
    assert [c.text for c in claims] == [expected]


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # "who" stands for people: a place, a building or a date before it is no one. The head the place
        # belongs to speaks, or nobody when it is out of reach.
        ("The report was written by a panel in Washington, who said the risks were low.", "said", ["a panel"]),
        ("Dozens of people gathered near Trump Tower, who shouted that the president must resign.", "shouted", []),
        # Nor is an organisation a person of it is "at" or "from": "who" is the person.
        (
            "The plan drew criticism from an economist at Goldman Sachs, who said it would slow growth.",
            "said",
            ["an economist"],
        ),
        (
            "The deal was announced by an official at the State Department, who said talks would continue.",
            "said",
            ["an official"],
        ),
        (
            "The crowd marched to the courthouse on Saturday, who demanded that the officer be charged.",
            "demanded",
            [],
        ),
        # Only a verb that judges, rewards or punishes someone "for saying" gives the saying to its object; a
        # tool used "for announcing" is a means, and the subject speaks.
        ("Donald Trump used Twitter for announcing that he would run again.", "announcing", ["Donald Trump"]),
        # After such a verb, any one judged is who said it: a building that stands for its people, a role.
        (
            "Democrats blasted the White House for claiming that the program was working.",
            "claiming",
            ["the White House"],
        ),
        ("The network fired the host for saying that the election was stolen.", "saying", ["the host"]),
        # Irregular plurals of people are people too.
        ("Senators praised the women for saying that the law had failed them.", "saying", ["the women"]),
        ("The company fired two spokesmen for saying that the recall was unnecessary.", "saying", ["two spokesmen"]),
    ],
)
def test_no_one_is_a_place_or_a_tool(parsed, text: str, cue: str, expected: list[str]) -> None:
    _, claims, _ = run(parsed, text)
    assert [c.source_text for c in claims if c.cue == cue] == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # An intention to identify, locate, question or arrest someone is a step of an inquiry, no stance.
        ("Police are seeking to identify the man seen in the video.", "seeking", []),
        ("The FBI wants to interview the women who called the hotline.", "wants", []),
        ("Police plan to arrest him on Monday.", "plan", []),
        # Questioning a person is no statement; questioning whether something holds is.
        ("Detectives want to question the men seen near the store.", "question", []),
        ("Investigators questioned the driver for several hours.", "questioned", []),
        ("Senators questioned whether the nominee was qualified.", "questioned", ["Senators"]),
        # An intention about a thing stays a claim.
        ("Democrats seek to find a compromise on the budget.", "seek", ["Democrats"]),
        # A person sought by office is politics, not an inquiry.
        ("Republicans want to find a candidate who can win.", "want", ["Republicans"]),
        ("Senators want to question the nominee about her record.", "want", ["Senators"]),
    ],
)
def test_inquiry_steps_are_no_claims(parsed, text: str, cue: str, expected: list[str]) -> None:
    _, claims, _ = run(parsed, text)
    assert [c.source_text for c in claims if c.cue == cue] == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # A possessive pronoun inside a reported clause stands for who reports it, not for an earlier name.
        (
            "Senator Mary Jones met the mayor. The mayor said his claim that crime had fallen was true.",
            "claim",
            [("The mayor", None)],
        ),
        (
            "Mary Smith's son said his belief that the school was unsafe was shared by other parents.",
            "belief",
            [("Mary Smith's son", None)],
        ),
        # "he said his ...": the pronouns go together, and a plural reporter is no "his".
        (
            "John Smith spoke on Monday. He said his claim that crime had fallen was true.",
            "claim",
            [("his", "John Smith")],
        ),
    ],
)
def test_possessive_in_a_report_is_the_reporter(parsed, text: str, cue: str, expected: list[tuple[str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.source) for c in claims if c.cue == cue] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" does not go on with a speaker whose role says she is a woman; the name before her is meant.
        (
            "John Smith's spokeswoman, Jane Doe, said the report was false. He said later that he had resigned.",
            [("John Smith's spokeswoman, Jane Doe", "Jane Doe"), ("He", "John Smith")],
        ),
        # A role of the pronoun's gender still goes on.
        (
            "John Smith's spokesman, Jim Doe, said the report was false. He said later that he had resigned.",
            [("John Smith's spokesman, Jim Doe", "Jim Doe"), ("He", "Jim Doe")],
        ),
    ],
)
def test_pronoun_skips_a_titled_speaker_of_the_other_gender(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.source) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A reported infinitive has no subject nor tense: a clause with its own subject, or a verb in the cue's
        # tense, after it is the writer's or the speaker's next act.
        ("Smith promised to lower taxes, but voters remain skeptical.", [("Smith", "to lower taxes")]),
        ("Obama urged Congress to act, then left for Hawaii.", [("Obama", "Congress to act")]),
        # A verb with neither is more of the plan.
        (
            "The company plans to close the plant, lay off 500 workers and move production to Mexico.",
            [("The company", "to close the plant, lay off 500 workers and move production to Mexico")],
        ),
    ],
)
def test_infinitive_content_ends_before_a_clause_of_its_own(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    _, claims, _ = run(parsed, text)
    assert [(c.source_text, c.text) for c in claims] == expected


# A subject whose clause holds the pronoun is its antecedent, though it is not the main clause's subject; a
# pronoun outside that clause still goes with the older main-clause subject.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Steve Castor asked about the call on Monday.\n\nCritics noted that Tim Morrison had referenced his"
            " earlier testimony, in which he said others had raised concerns.",
            "Tim Morrison",
        ),
        (
            "Steve Castor asked about the call on Monday.\n\nCritics noted that Tim Morrison had testified before."
            " In the memo he said others had raised concerns.",
            "Steve Castor",
        ),
    ],
)
def test_pronoun_in_the_clause_of_its_subject(parsed, text: str, expected: str) -> None:
    _, claims, _ = run(parsed, text)
    assert [c.source for c in claims if c.text == "others had raised concerns"] == [expected]
