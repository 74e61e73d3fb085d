"""Text repair: glued names split, mis-cased names fixed, offsets mapped back to the file."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.repair import apply_inserts, glue_split, normalise_same_length, repair

_UPPER_LETTERS = [c for c in map(chr, range(0x250)) if c.isupper()]

GLUED = [
    ("The US Secretary of Defense, Lloyd Austinhe stated that", "Lloyd Austin he stated"),
    ("alarms in the European Union and the NATOless than a week before", "NATO less than"),
    ("South Koreawhich has sent a delegation to Brusselshas estimated", "South Korea which has"),
    ("South Koreawhich has sent a delegation to Brusselshas estimated", "Brussels has estimated"),
    ("the Polish Defense Minister, Wladyslaw Kosiniak-Kamyszsaid out loud", "Kosiniak-Kamysz said out"),
    ("Von der Leyen spoke. The president, Ursula von der Leyenwarned that spending", "Leyen warned that"),
    ("arrived in Moscow, Choe Son-huiwho met with his counterpart", "Choe Son-hui who met"),
    ("in Seoul and Tokyo. In Seoul and Tokyoallies of the United States", "Tokyo allies of"),
    ("as the French president claimed, Emmanuel Macronor as the Baltic countries ask", "Macron or as"),
    ("Von der Leyen and Rutte agreed. Mark Rutteand President Von der Leyen", "Rutte and President"),
    ("The Republican candidate donald trumphas reiterated that", "trump has reiterated"),
    ("a long war. It allows planning a long warundo the Ukrainian productive fabric", "war undo the"),
    ("in the Asia-Pacific regionsomething Washington cannot tolerate", "region something"),
    ("a greater internationalization of the conflictafter the acquisition", "conflict after the"),
    ("his Russian counterpart, Sergei Lavrovfor consultations", "Lavrov for consultations"),
    ("Harry Kane won it. England captain Harry Kanescored a second goal.", "Kane scored a"),
    ("Political commentator Marc Lamont Hillcommented on the arrest.", "Hill commented on"),
    ("He voiced Batman. He was the voice of Batmanin Batman: The Animated Series.", "Batman in Batman"),
    ("Microsoft said so. Users of Microsoftno longer want it.", "Microsoft no longer"),
    ("He lives in Texas. A clock in Texaslast week drew police.", "Texas last week"),
    ("The U.S. Department of Agriculturenotes that ozone harms crops.", "Agriculture notes that"),
    ("Among the thousands, Wikinewsspoke with a cosplayer.", "Wikinews spoke with"),
    ("Support ranged from US President Barack Obamato Facebook creator Mark Zuckerberg.", "Obama to Facebook"),
    ("He won the Match twice. He won the Man of the Matchaward. This match was won.", "Match award"),
    ("The magazine MicroMegadescribe the judgement as historic.", "MicroMega describe the"),
    ("In the 90th minute Nacer Chadlireplaced Axel Witsel.", "Chadli replaced Axel"),
    ("The President spoke. The Presidentlater took action himself.", "President later took"),
    ("He walked into the East L.A.station and waited.", "L.A. station"),
    ("Executive director of the Dallaschapter of the Council said so.", "Dallas chapter of"),
    ("The United Kingdom Home Officetoday is to begin issuing forms.", "Office today is"),
    ("Walk from NTU Hospital Stationor Shandao Station instead.", "Station or Shandao"),
    ("Critics of President Trump'spolicies spoke.", "Trump's policies spoke"),
    ("Experts at the WHOsay salt should be iodised.", "WHO say salt"),
    ("Korea substituted Park Joo-Hoin the second half.", "Joo-Ho in the"),
    ("It was rejected by Prime Minister Boris Johnsonover fears of an amnesty.", "Johnson over fears"),
    ("Shots from Harry Kane, and John Stonesearly in the game.", "Stones early in"),
    ("They met Gerald Darmanin in Parison November 14.", "Paris on November"),
    ("Users of the Tom Cruisevideo, and of the Tom Cruisevideo, said the Cruisevideo was old.", "the Cruise video was"),
    ("Donald Trump spoke; President Trump acted. We came because of Trumpintervention.", "Trump intervention"),
    ("Ozone harms crops in the U.S.and in Europe.", "U.S. and in"),
    (
        "Scientology grew. Critics of Scientology left. To route out in Scientologyjargon means to leave.",
        "Scientology jargon",
    ),
    ("Harry Kane won the Budweiser Man of the Matchaward. He said so.", "Match award. He"),
    ("The Border Forcevessel HMC Searcher sailed.", "Border Force vessel HMC"),
    ("He read Freedom Magazine. The claims in the Freedomarticle were lies.", "Freedom article were"),
    ("Mrs. Clinton spoke. Later Mrs. Clintonbelieves that taxes rise.", "Clinton believes that"),
    ("NASAis developing a rocket and the FBIto investigate.", "NASA is developing"),
    ("Critics say Trumplast week erred and Trumpranks fourth.", "Trump last week erred and Trump ranks"),
    ("Investor Bosmasaid lawmakers agreed.", "Bosma said lawmakers"),
    ("It angered the United Statesand its allies.", "United States and its"),
    ("Defenseman Robin Gudbransonin a trade went west.", "Gudbranson in a"),
    ("Rep. Stacey Plaskettof the Virgin Islands spoke.", "Plaskett of the"),
    ("Kiribatiis buying land.", "Kiribati is buying"),
    ("Listen on Spotifyor Pandora today.", "Spotify or Pandora"),
    ("President Xi spoke. Then Xiand Mr. Trump met.", "Xi and Mr. Trump"),
    ("Rockets from SpaceX launched. Then SpaceXis widely expected to fly.", "SpaceX is widely"),
    ("Mr. Clarke spoke. Mr. Clarke left. Mr. Clarkea realistic man, said no.", "Clarke a realistic"),
    ("The Guard said so. National Guardmembers called for calm.", "Guard members called"),
    ("Data from the CDC show it. The CDCadvises the public.", "CDC advises the"),
    ("Buy a TV now. The Apple TVbox ships soon.", "TV box ships"),
    ("The Gates Foundationprojected in 2020 that costs rise.", "Foundation projected in"),
    ("Matthew Ingram of The Globe and Maildubbed the conflict a war.", "Mail dubbed the"),
    ("Taxes changed under the Montigovernment. A cost rose.", "Monti government."),
    ('"The formula works," Sabatier says. Grant Sabatiersuggests saving.', "Sabatier suggests saving"),
    ("Jets from Winnipeg flew. Winnipegdefeated Nashville on Monday.", "Winnipeg defeated Nashville"),
    ("Images of Hillary Clintoncampaigning in Ohio pleased aides.", "Clinton campaigning in"),
    (
        "Then Mrs. Clinton spoke and Mrs. Clinton left. Hillary Clintonexhorted them and Clintondidn't stop.",
        "Clinton exhorted them and Clinton didn't",
    ),
    # Two capitals before a two-letter function word: the story writes the acronym alone, or glues it to two.
    ("The US spoke. The USat odds with the world, the USis seeking talks.", "US at odds"),
    ("The HP laptop is new. HPis a maker.", "HP is a"),
    ("The decision leaves the USin doubt and the USof old.", "US in doubt and the US of old"),
    # A word glued to a dotted or a company abbreviation.
    ("It cut U.S.aid to the region.", "U.S. aid to"),
    ("Sales by the U.S.plane-maker fell.", "U.S. plane-maker"),
    ("A Walt Disney Co.executive spoke and McClatchy Co.can't pay.", "Co. executive spoke and McClatchy Co. can't"),
    ("Sierra Nevada Corp.and Ceres Robotics won.", "Corp. and Ceres"),
    # A brand written with a lowercase letter before its capital.
    ("Charge an iPhone fast. Charge an iPhoneor an iPad.", "iPhone or an iPad"),
    ("Buy iPhones now. Apple sold iPhonesand iPads.", "iPhones and iPads"),
    ("It sells in the USin late January.", "US in late"),  # an acronym before a preposition and lowercase text
    # A two-letter function word after a name nobody knows, opening the phrase after it.
    ("A reporter, Brian Batkoof the Post, said so.", "Batko of the Post"),
    ("Goals by Josh Bailey and Ryan Pulockin the final minutes.", "Pulock in the final"),
    ("He taught at Immacolatain Livorno, Tuscany.", "Immacolata in Livorno"),
    ("The store Adoramais taking $250 off. I use Wunderlistas a tool.", "Adorama is taking"),
    ("The store Adoramais taking $250 off. I use Wunderlistas a tool.", "Wunderlist as a tool"),
    # A possessive glued to the word after it.
    ("Britney Spears'new album and Letitia James'office opened.", "Spears' new album and Letitia James' office"),
    ("The White House'sword was final.", "House's word was"),
    ("Tom Herbert'sat home; Hong Kong'seroding rights; Jeffrey Epstein'sco-conspirators.", "Herbert's at home"),
    ("Tom Herbert'sat home; Hong Kong'seroding rights; Jeffrey Epstein'sco-conspirators.", "Kong's eroding"),
    ("Tom Herbert'sat home; Hong Kong'seroding rights; Jeffrey Epstein'sco-conspirators.", "Epstein's co-"),
    ("Users of IE6and Firefox; the Apple A10was fast.", "IE6 and Firefox; the Apple A10 was"),
    ("The Northern Arena Esports Championshipran throughout the weekend.", "Championship ran throughout"),
    ("Migrants crossing the Channellast year drove the count.", "Channel last year"),
    ("Maximo Gonzalez and Leonardo Mayertopped Jarry and Podlipnik.", "Mayer topped Jarry"),
    ("He studied at Immacolatain New York City.", "Immacolata in New York"),
    ("He taught at Immacolatain New York City and at Immacolatain New York City.", "at Immacolata in New York"),
    ("A report by Michael M. Grynbaumin July said so.", "Grynbaum in July"),
    ("Said Charles G.and his son.", "Charles G. and his"),
    ("The Supreme Court ruled. A Courtin Manhattan heard it.", "Court in Manhattan"),
    ('He won the award. Hesaid, "In the first half we played well."', "He said,"),
    # A common word closing a longer name, then a function word opening the next phrase (wordfreq lists the glue).
    ("Smog filled the air that the National Capitalis breathing.", "Capital is breathing"),
    ("A hearing at Westminster Magistrate's Courtin Londonin February.", "Court in London"),
    ("SBI and ICICI Bankas its main lenders.", "Bank as its"),
    # A name nobody knows before "in"/"at" and a name of two capitalised words.
    ("The patient from Xilingolin Inner Mongolia ate a marmot.", "Xilingol in Inner Mongolia"),
    ("My best game: Broncos vs. Raidersat Mile High Stadium.", "Raiders at Mile High"),
    # A word that ends names, after a name the story writes alone.
    ("We buy Arrowhead, as Arrowhead ships fast. The Arrowheadwater stayed cold.", "Arrowhead water stayed"),
    ("Mrs. Clinton spoke and Mrs. Clinton left. Mr. Obama and Mrs. Clintonside by side.", "Clinton side by"),
    ("A New Yorkman pleaded guilty.", "York man pleaded"),  # a place is no surname
    # A name glued to a capitalised word: a word written once whose head the story writes as a name elsewhere.
    ("He read Freedom Magazine. The claims in the FreedomMagazine were lies.", "Freedom Magazine were"),
    ("The Home Secretary spoke. The Shadow Home SecretaryYvette Cooper said so.", "Secretary Yvette Cooper"),
    # ... or, written more than once, a head the story writes alone as a name.
    (
        "It is run by Google. GoogleScience Fair winners and GoogleScience Fair judges met.",
        "Google Science Fair winners",
    ),
    # A head no lowercase word, before a word the story writes only as a name.
    ("Users of Chrome like it. The GoogleChrome team said so.", "Google Chrome team"),
    # An acronym the story writes alone, or a short one before a word the story writes alone as a name.
    ("The UK voted. The UKGovernment said so.", "UK Government said"),
    ("Ask the Sheriff. The LASheriff's office said so.", "LA Sheriff's office"),
    # Two words the story writes apart elsewhere, even when wordfreq lists their rare web glue ("worldcup").
    ("The World Cup began. Fans of the WorldCup cheered.", "the World Cup cheered"),
    ("The FIRST Global team won. FIRSTGlobal members cheered.", "FIRST Global members"),
    # A capitalised word glued to a dotted abbreviation.
    ("The U.S.President spoke in Washington, D.C.The talks ended.", "U.S. President spoke"),
    ("The U.S.President spoke in Washington, D.C.The talks ended.", "D.C. The talks"),
    # A name's number glued to the next word, where the story writes the name with the number alone.
    ("It runs Red Dead Redemption 2. The Red Dead Redemption 2port stutters.", "Redemption 2 port stutters"),
    ("The EB-5 visa lapses. The EB-5program, critics say, is abused.", "EB-5 program,"),
    # A place or an acronym, then a noun for people wordfreq never saw run into it.
    ("Fans of the Bostonwomen and the men.", "Boston women and"),
    ("A UKman\u2019s innocent decision to change his name.", "UK man"),
    ("The USmen won the cup.", "US men won"),
    ("The keeper saved and Cristiano Ronaldoput it away.", "Ronaldo put it"),  # a past tense like the present
    ("Then PG&Eofficials said so and AT&Tcustomers left.", "PG&E officials said so and AT&T customers"),
]

NOT_GLUED = [
    # Brands written in camel case: written more than once, or with a head the story never writes as a name.
    "Watch it on YouTube. You can find YouTube clips and the PowerPoint slides here.",
    # A number with a unit or an ordinal, or a name's number the story never writes alone.
    "The console runs at 60fps on a 4Kdisplay; the Xbox 360fans and the 3rd Model 3owner agree.",
    "A Washingtonian and a Berliner met on Thursday; however, nothing happened.",
    "NATO's summit ended and NATO's allies left.",
    "The actor was Jason Beghe. He spoke later.",
    "She overdrew the account and bought hyperpersonalized ads with earhooks.",
    "Hamdullah Mohib and Alireza Mehraban met Gerald Darmanin in Paris.",
    "Parabolic Lightcloud is a cloud of light, with Light a Wish nearby.",
    "Visit #istandwithahmed or www.example.com/Koreawhich for details.",
    "Video Design: Jeong Jae Jin. Jeongdong Theater opened. We thank Jeongdong Theater for the show.",
    "Ivan served as the CEO of Hipcricket, a mobile marketing firm.",
    "GlaxoSmithKline, HarperCollins and PlayStation users met at SoundCloud and WikiLeaks in Toronto.",
    # Brands and names with a capital inside: known words, acronyms with no evidence, or heads written in lowercase.
    "YouTube, PowerPoint, McDonald's, iPhone, NASDAQ, LaGuardia, DeSantis and MacArthur.",
    "Hold the remote. Siri with RemoteTalk works. Talk to her.",
    "Health care is costly, but MinnesotaCare helps.",
    "The CEO of JPMorgan and the BBC met at the U.S.A. embassy.",
    "He played for the Bank of the Westfield team and for Otto Prieto.",
    "See www.example.com/page.html and the e.g.example of Texasville and Windsor or Ecuador.",
    "There is no Nixonian argument; Nixon's aides and the DJs left.",
    "Kim of the team of Jeongdong Theater and Video Design_Jeong Jae Jin came to Jeongdong Theater again.",
    "Read the Wikinews report: Wikinews reported that the Earth's orbit and Hanover's mayor were fine.",
    "Clinton spokesman Jesse Lehrich said Friday that the plan held.",
    "It was due to MinnesotaCare, a health benefit, and to the EPA.",
    "He was DJing at VMware; write to awrhawkins@breitbart.com today.",
    "Ivan served as the CEO of Hipcricket and of Moneycontrol, a site.",
    "Luca Pastorino and Nunzio Galantino, with Cal Kestis, met Kissito.",
    "The US team and the UK side met; Inc.com and U.S.gov.uk sites, and DJs, VMs and PCs were there.",
    "The iPhone, iPad and eBay: iPhones, iPods and the iMac.",
    "The story follows Cal Kestis, a Jedi, and Charles's dog; Jones'll come and 'Spears' sang.",
    "The US of A team: Thomason and Kallis in the team, and Putin the elder.",
    "Meet at 10am or 5pm in 2019, see www.A4and.com, MP3s and the 4x4 team, and 3D.",
    "Vladimir Putin in July met Mr. Franklin in New York; e.g.and and J.crew left.",
    "The charger gives 15 kWonboard power.",
    "Digistat Patient Watch helps. Nurses use Digistat Patient Watch daily.",
    "Korea spoke and Korea left; the Koreatown shops stayed open, near Bridgewater and a Yorkshireman.",
    "AT&T and S&P rose; Q&As and M&As followed.",
    "He joins TD Ameritradefounder J. Joe Ricketts.",  # not "Ameritradefo under": a known word and a common one
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_glued_names_are_split(text: str, expected: str) -> None:
    assert expected in repair(text).text


@pytest.mark.parametrize("text", NOT_GLUED)
def test_real_words_are_not_split(text: str) -> None:
    rep = repair(text)
    assert rep.inserts == ()
    assert rep.text.split() == normalise_same_length(text).split()


@pytest.mark.parametrize(
    ("word", "after_name", "next_word", "cut"),
    [
        ("Austinhe", True, "stated", 6),
        ("Austinhe", True, "", None),  # "he" cannot end a phrase before punctuation
        ("NATOless", False, "than", 4),
        ("Washingtonian", False, "said", None),
        ("Thursday", False, "night", None),
        ("however", False, "the", None),
    ],
)
def test_glue_split_points(word: str, after_name: bool, next_word: str, cut: int | None) -> None:
    assert glue_split(word, None, after_name, next_word) == cut


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met his counterpart, SErgei Lavrov, in Moscow.", "Sergei Lavrov"),
        ("Missiles hit Kyiv today. The mayor of kyiv said the city held.", "mayor of Kyiv said"),
        ("Officials in kyiv, the capital, said so.", "Officials in Kyiv,"),
        ("VMware said VMware would ship; VMware shares rose.", "VMware said VMware"),
        ("Iodine Deficiency Disorders are common; iodine is added to salt.", "iodine is added"),
        ("The Lantern Festival opened and each lantern was lit.", "each lantern was"),
        ("He was DJing at VMware once; the debate.\n\nHIllary won.", "DJing at VMware once"),
        ("He was DJing at VMware once; the debate.\n\nHIllary won.", "Hillary won"),
        ("I left the Intimidating list for the Intimidating list, the intimidating one.", "the intimidating one"),
        # A dateline's town in capitals is read in its usual casing; a bare hyphen after a town alone is left.
        ("VIENNA \u2014 The house where he was born will be a police station.", "Vienna \u2014 The house"),
        ("LOS ANGELES, Sept. 28 (UPI) \u2014 A man was held.", "Los Angeles, Sept. 28 (UPI)"),
        ("Police said.\nWASHINGTON (Reuters) - The vote failed.", "Washington (Reuters) - The"),
        ("NATO \u2014 The alliance met.", "NATO \u2014 The"),
        ("CHARLOTTE - Nearly all stores closed.", "CHARLOTTE - Nearly"),
        # The dateline reader's forms: a double hyphen, a long dash touching the story, a country after the town.
        ("BERLIN -- The European Space Agency says so.", "Berlin -- The"),
        ("WASHINGTON\u2014The vote failed.", "Washington\u2014The"),
        ("DUBAI, United Arab Emirates \u2014 Emirates finalized the deal.", "Dubai, United Arab"),
        # Accented capitals (review s19 r1 MED-4).
        ("S\u00c3O PAULO (Reuters) - Petrobras said on Tuesday.", "S\u00e3o Paulo (Reuters)"),
        # A story filed from two towns (review s19 r1a MED-2).
        ("NEW DELHI/MUMBAI (Reuters) - The budget will pass.", "New Delhi/Mumbai (Reuters)"),
        # A press release's wire (review s19 r1 MED-5).
        ("NEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme Corp announced a deal.", "New York, Jan. 5, 2024 /PRNewswire/"),
        # ... whose double hyphens get spaces: the town, the wire and the story's first word are words of their own.
        (
            "SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc. today announced a deal.",
            "San Francisco -- (BUSINESS WIRE) -- Acme",
        ),
        # ... and the date after the wire (review s19 r2 MED-10).
        (
            "NEW YORK--(BUSINESS WIRE)--Dec. 5, 2024--Acme Inc. announced a deal.",
            "(BUSINESS WIRE) -- Dec. 5, 2024 -- Acme",
        ),
        # A saint's abbreviation or a possessive in the town's name: left in capitals, which the actors read as one
        # place (review: cased, "St. John'S" was read as a person).
        ("ST. JOHN\u2019S, Newfoundland (CP) \u2014 The province reported 10 cases.", "ST. JOHN'S, Newfoundland"),
        ("ST. LOUIS (AP) \u2014 The Blues won.", "ST. LOUIS (AP)"),
        # Not datelines: a hyphen inside a word, capitals mid-line.
        ("TOKYO-based firms rose.", "TOKYO-based"),
        ("He said VIENNA \u2014 the city \u2014 was calm.", "said VIENNA"),
    ],
)
def test_case_fixes(text: str, expected: str) -> None:
    assert expected in repair(text).text


def test_datelines_are_read_once_per_repair(monkeypatch) -> None:
    # Recasing the town keeps every offset, so the wire's hyphens are spaced from the same reading (it read the
    # recased text a second time).
    from extract import datelines

    reads: list[str] = []
    real = datelines.read

    def counted(text: str):
        reads.append(text)
        return real(text)

    monkeypatch.setattr(datelines, "read", counted)
    text = "SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc. today announced a deal."
    assert "San Francisco -- (BUSINESS WIRE) -- Acme" in repair(text).text
    assert len(reads) == 1


def test_quote_glued_to_a_word_gets_a_space() -> None:
    text = "a \u201cserious threat\u201cfor European security and \u201cfatigue\u201che stated"
    assert repair(text).text == 'a "serious threat" for European security and "fatigue" he stated'


# A comma after a closing mark, glued to the next word (machine translation; quotes engineer s29): the tokenizer made
# one token of 'us",added' and the cue was lost.
COMMA_GLUED_AFTER_QUOTES = [
    ('"We will defend what belongs to us",added Illa in Barcelona.', '"We will defend what belongs to us", added Illa'),
    ("\u201cWe have reinforced the border\u201d,he indicated.", '"We have reinforced the border", he indicated.'),
    ('He called it "a farce",and left.', '"a farce", and left.'),
]


@pytest.mark.parametrize(("text", "expected"), COMMA_GLUED_AFTER_QUOTES)
def test_a_comma_glued_after_a_closing_quote_gets_a_space(text: str, expected: str) -> None:
    rep = repair(text)
    assert expected in rep.text
    assert rep.original_slice(0, len(rep.text)) == text


# An opening mark after a comma, or a comma inside a quote, is left alone.
COMMA_AFTER_OPENING = ['Values were 1,"2",3 in the file.', 'He said: "one,two".', 'Names: "A",  "B".']


@pytest.mark.parametrize("text", COMMA_AFTER_OPENING)
def test_commas_not_after_a_closing_quote_are_left(text: str) -> None:
    assert repair(text).text == text


def test_hashtag_lines_are_blanked() -> None:
    text = "Body text.\n#Alarm #West #threat\n"
    rep = repair(text)
    assert rep.text == "Body text.\n" + " " * 20 + "\n"


def test_offsets_map_back_after_inserts() -> None:
    original = "Lloyd Austinhe stated that South Koreawhich has sent troops."
    rep = repair(original)
    for word in ("Austin", "he", "Korea", "which", "troops"):
        start = rep.text.index(word)
        assert rep.original_slice(start, start + len(word)) == word
    assert rep.original_slice(0, len(rep.text)) == original


def test_apply_inserts_positions() -> None:
    rep = apply_inserts("abcdef", "abcdef", [2, 4])
    assert rep.text == "ab cd ef"
    assert rep.inserts == (2, 5)
    assert [rep.to_original(i) for i in range(len(rep.text) + 1)] == [0, 1, 2, 2, 3, 4, 4, 5, 6]


WORDS = st.sampled_from(
    ["Lloyd", "Austinhe", "NATOless", "than", "kyiv", "SErgei", "\u201cquote\u201cfor", "the", "war", "#tag", "\n"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_repair_keeps_every_original_character(original: str) -> None:
    rep = repair(original)
    inserted = set(rep.inserts)
    kept = "".join(c for i, c in enumerate(rep.text) if i not in inserted)
    assert len(kept) == len(original)
    assert rep.original == original
    for i, c in enumerate(kept):
        # Substitutions are one for one: case, quote marks, spaces for hashtags and control characters.
        assert c.lower() == original[i].lower() or not original[i].isalnum() or original[i] == "#" or c == " "
    assert rep.span(0, len(rep.text)) == (0, len(original))


def test_a_dateline_town_whose_casing_changes_its_length_is_left_as_written() -> None:
    # review s19 r1 HIGH-15: "İ" in lower case is "i" and a combining dot; "İzmi̇r" was one character longer and every
    # offset after the dateline was off by one (the figure "15" became "5 ").
    text = "\u0130ZM\u0130R, Turkey (AP) \u2014 Rescuers pulled 15 people from the rubble."
    rep = repair(text)
    assert len(rep.text) == len(text) + len(rep.inserts)
    start = rep.text.index("15")
    assert rep.original_slice(start, start + 2) == "15"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(sorted(set(_UPPER_LETTERS))), min_size=2, max_size=8))
def test_recasing_a_dateline_keeps_every_offset(town: str) -> None:
    text = f"{town} (AP) \u2014 Rescuers pulled 15 people from the rubble."
    rep = repair(text)
    start = rep.text.index("15")
    assert rep.original_slice(start, start + 2) == "15"


# A hard-wrapped sentence broken inside a name or before a lowercase word is read as one line (actors probe s29 A28:
# "Donald\nTrump" gave a person "Donald" and an organisation "Trump"); the offsets do not move.
WRAPPED = [
    (
        "Speaking to reporters at the White House, the president, Donald\nTrump, said the deal was done.",
        "Donald Trump, said",
    ),
    ("Officials met with the leader of the opposition, Keir\nStarmer, in London on Monday.", "Keir Starmer,"),
    ("Talks were held on Monday between the two sides and President\nMacron, who hosted them.", "President Macron,"),
    ("The earlier the better when it comes to\nbuilding your brand.", "to building your"),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED)
def test_a_hard_wrapped_sentence_is_one_line(text: str, expected: str) -> None:
    rep = repair(text)
    assert expected in rep.text
    assert len(rep.text) == len(text)


# Lines that end a sentence, a heading, a credit, or meet a sentence that opens with a function word stay apart.
NOT_WRAPPED = [
    "Trump wins Iowa caucus\nDonald Trump won on Monday.",
    "Photo by Getty Images\nPolice said the man fled.",
    "It has been a long week for the workers of the plant in Amsterdam\nFrom Monday the plant will close.",
    "A12X Bionic chip with Neural Engine and a very fast graphics core\nFace ID for secure authentication",
    "The minister said the plan would fail.\nCritics disagreed.",
    "The minister said:\nthe plan would fail.",
    "Pos Player Plays % Stats\nDL Larry Ogunjobi 63 85%",
    # a caption or subhead ending in a place, then a paragraph opening with a name or a body (review s29 R5)
    "What the new rules on housing will mean for families in Britain\nStarmer said on Monday that the plan would work.",
    "Protesters gather outside the parliament building in central London\nPolice said 40 people were arrested.",
]


@pytest.mark.parametrize("text", NOT_WRAPPED)
def test_lines_that_are_not_one_sentence_stay_apart(text: str) -> None:
    assert repair(text).text == text
