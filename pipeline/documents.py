"""Documents to paragraphs: the prose of each document, headings and page furniture left out.

A *document* is one input file (its id is the file name). A document may be a
digest of several *articles* (each opening with a headline, outlet and date
lines); articles matter because held-out evaluation groups by article.

Paragraph frame columns (``paragraphs_frame``):
    doc        file name of the document
    article    ``doc#N``, the N-th article of the document (0 for a plain article)
    paragraph  running paragraph number within the document
    offset     character offset of ``text`` in the decoded document
    text       the paragraph text, exactly as it stands in the document
"""

from __future__ import annotations

import re

import pandas as pd

PARAGRAPH_COLUMNS = ["doc", "article", "paragraph", "offset", "text"]

# Longest line the reader splits by; a 20 MB one-line file is cut into pieces
# of this size at a space so segmentation stays bounded in time and memory.
MAX_PARAGRAPH_CHARS = 20_000

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A whole line that is only a date (and maybe a time): "Oct 4 2023", " 13:36, 4 October 2023".
_DATE_LINE = re.compile(
    rf"^\s*(?:\d{{1,2}}:\d{{2}},?\s*)?(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}})\s*$",
    re.IGNORECASE,
)
# A dateline that opens a paragraph: "Oct 4 (Reuters) – ", "YEREVAN, OCTOBER 4, ARMENPRESS. ".
_DATELINE_PREFIX = re.compile(
    rf"^(?:[A-Z][A-Z .'-]+,\s*)?(?:{_MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}})\s*"  # "Addis Ababa, 5 May 2024 (ENA) -"
    # "Riyadh, July 16, 2025, SPA --": the agency after a comma
    # ("Kinshasa, 25 January 2023 (ACP).- ": the Congolese agency's full stop before the dash)
    rf"(?:\([A-Za-z ./-]+\)\.?\s*[–—-]{{1,2}}\s*|,\s*[A-Z]{{3,}}\.\s+|,\s*(?-i:[A-Z]{{2,6}})\s*[–—-]{{1,2}}\s+)",
    re.IGNORECASE,
)
# An agency's end-of-story mark after the last sentence: "(end)", "(ENDS)", "-0-", or its own name,
# "(QNA)", "(SPA/AFP)".
_END_MARKER = re.compile(r"(?<=[.!?\"”’)])\s+(?:\((?i:end|ends|end\s+item)\)|-\s?0\s?-"
                         r"|\((?:[A-Z]{2,6}|Reuters|Xinhua|Yonhap|Kyodo|Anadolu)(?:/[A-Z][A-Za-z]{1,7})?\))\s*$")
# A link on its own line, maybe with the agency's date stamp after it ("www.kcna.kp (Juche111.10.6.)")
_URL = re.compile(r"^\s*(?:https?://|www\.)\S+(?:\s+\([^()]{0,40}\))?\s*$")
_BYLINE = re.compile(
    r"^\s*(?:(?:Additional\s+)?[Rr]eporting by|[Ww]riting by|[Ee]diting by|[Ww]ritten by|By [A-Z]\w+ [A-Z]\w+\s*$"
    r"|With (?:AFP|Reuters|AP)\s*$)"
)
_BULLET = re.compile(r"^\s*[•●▪◦‣*·—–-]\s+")
_ENUMERATOR = re.compile(r"\s*\d{1,3}[.)]\s+(?=[A-Z“\"])")
# Photo captions and credits: a credit closing the line, or a line that is only a credit.
_AGENCIES = r"(?:AFP|AP|Reuters|REUTERS|Getty(?:\s+Images)?|EPA(?:-EFE)?|Anadolu|Xinhua|Shutterstock|Bloomberg|Sputnik|TASS|IRNA|SANA|WAFA|Kyodo|KYODO|Yonhap|ANP|dpa|DPA)"
_CREDIT_AT_END = re.compile(
    rf"(?:\((?:[A-Z]+\s+)?(?:Photo|Image|Picture|Credit|File)s?\b[^()]*\)"
    rf"|\([^()]*(?:/|\bvia\s+|\bby\s+)[^()]*{_AGENCIES}[^()]*\)"
    rf"|\b{_AGENCIES}\s*/\s*[A-Z][\w'’ .-]+|\b(?:AFP|AP)\s+via\s+Getty\s+Images)\s*$"
)
_CREDIT_REACH = 160
_CREDIT_LINE = re.compile(
    rf"^\s*(?:©\s*\S.*|(?:(?:Photo|Image|Picture|Credit|File\s+photo|Photo\s+credit)s?\s*[:/-].*)|File\s+photo\.?"
    rf"|{_AGENCIES}(?:\s*/\s*[A-Z][\w'’ .-]+)?(?:\s+via\s+Getty\s+Images)?\.?)\s*$",
    re.IGNORECASE,
)
# Prompts and notices of a web page around the article.
_PAGE_PROMPT = re.compile(
    r"^\s*(?:advertisement(?:\s*[-–—:]\s*scroll to continue)?|sponsored(?: content)?|story continues below(?: advertisement)?"
    r"|\d+\s+(?:of|/)\s+\d+"
    r"|share(?: this(?: article| story| page)?)?(?:\s+(?:on\s+)?(?:facebook|twitter|x|whatsapp|email|linkedin|telegram|copy link)\b.*)?"
    r"|share (?:this|the) (?:article|story|page|post)\W+choose your platform"
    r"|(?:share|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|telegram)(?:\s+(?:share|tweet|email|print|copy link|facebook|twitter|x|whatsapp|linkedin|telegram))+"
    r"|sign up(?: here| now| for\b.*| to\b.*)?|subscribe(?: now| here| to\b.*| for\b.*)?|get (?:our|the) [\w' -]{0,40}newsletter\b.*"
    r"|by signing up\b.*|log in\b.*|already (?:a subscriber|have an account)\b.*|register (?:now|here|for free)\b.*"
    r"|related(?: articles?| stories| content| coverage| topics)?\s*(?::.*)?|also read\s*:.*|read (?:more|also|next)\b.*|see also\b.*"
    r"|more on this story\b.*|recommended(?: stories| for you)?\s*:?.*|most read\b.*"
    r"|continue reading\b.*|(?:watch|listen|video)\s*:.*|click here\b.*|tap here\b.*|follow (?:us|our\b[^.]{0,40}|all \w+ stories)\b.*"
    r"|follow [^.]{0,60}? on (?:wechat|weibo|twitter|x|facebook|instagram|telegram|youtube|linkedin|tiktok|whatsapp|threads|bluesky)\b.*"
    r"|scan (?:the|our|this) qr code\b.*|for the latest (?:headlines|news|updates)\b.*"
    r"|\(more [^()]{0,60} stories\.?\)|our standards\s*:.*|copyright\s*(?:©.*|(?:\d{4}|\(c\))\b.*)|[^|]{0,120}\|\s*copyright\b.*|all rights reserved\.?|not an official record\.?"
    # a transcript's translation notice and recording link: "Unofficial English translation prepared by ...",
    # "In case of any difference, the Indonesian version prevails", "The video recording of this briefing is ..."
    r"|[\[(]?unofficial\s+(?:english\s+)?(?:translation|transcript)\b.*|in case of (?:any )?(?:difference|discrepancy|divergence)\b.*"
    r"|the (?:video|audio|full) recording of (?:this|the|today's) (?:briefing|press conference|interview)\b.*"
    r"|for information media\b.*|skip to (?:main )?content\b.*|comments?|\d+\s+comments?|show comments|leave a comment\b.*)[.!]?\s*$",
    re.IGNORECASE,
)
_COOKIES = re.compile(r"(?i)\b(?:we use cookies|uses cookies|use of cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies)\b")
_CONTRIBUTED = re.compile(r"(?i)\b(?:contributed (?:to )?(?:this )?report(?:ing)?|contributed reporting)\.?\s*$")
# A prose line ends with sentence punctuation (maybe inside closing quotes) or a colon
# that introduces a quotation; a line that is only a quotation ("“Under the eye of Russia”") does not.
_SENTENCE_END = re.compile(r"[.!?…:][\"'”’)\]]*\s*$")


_SENTENCE_END_SPACE = re.compile(r"[.!?][\"'”’)]*\s")


def cut_point(window: str) -> int:
    """Where to cut an overlong ``window``: after its last sentence end in the second half, else
    after its last space there, else at its end."""
    half = len(window) // 2
    ends = [m.end() for m in _SENTENCE_END_SPACE.finditer(window)]
    cut = ends[-1] if ends and ends[-1] > half else window.rfind(" ") + 1
    return cut if cut > half else len(window)


# A hard-wrapped text (a wire feed, an e-mail, a PDF turned into text) breaks its paragraphs into lines
# of bounded length and separates the paragraphs by blank lines: a line that ends mid-sentence is
# followed by one that goes on in lower case.
_WRAP_JOINT = re.compile(r"[^.!?:;\"'”’)\]\s][ \t]*\r?\n[ \t]*[a-z(]")
_WRAP_MAX_LINE = 150
_WRAP_MIN_JOINTS = 2
_WRAP_SHARE = 0.2


def hard_wrapped(text: str) -> bool:
    """Is ``text`` hard-wrapped (paragraphs are blocks of lines between blank lines)? At least two
    lines, and a fifth of the line breaks inside blocks, break a sentence before a lower-case word,
    and no line is longer than a wrapped line would be."""
    inner_breaks = len(re.findall(r"[^\r\n][ \t]*\r?\n[ \t]*[^\s]", text))
    if inner_breaks < _WRAP_MIN_JOINTS:
        return False
    joints = len(_WRAP_JOINT.findall(text))
    return joints >= _WRAP_MIN_JOINTS and joints >= _WRAP_SHARE * inner_breaks \
        and max(len(line) for line in text.splitlines()) <= _WRAP_MAX_LINE


def _lines(text: str) -> list[tuple[int, str, bool]]:
    """Lines with their offsets and whether they are a piece of a longer line; in a hard-wrapped
    text, the blocks between blank lines (each a paragraph, its line breaks kept as they stand).

    Overlong lines are cut at a sentence end if there is one, else at a space; the
    pieces are prose by construction and never taken for headings.
    """
    out: list[tuple[int, str, bool]] = []
    line_pattern = r"[^\r\n]+(?:\r?\n[ \t]*[^\s][^\r\n]*)*" if hard_wrapped(text) else r"[^\r\n]+"
    for match in re.finditer(line_pattern, text):
        start, line = match.start(), match.group()
        cut_any = len(line) > MAX_PARAGRAPH_CHARS
        while len(line) > MAX_PARAGRAPH_CHARS:
            cut = cut_point(line[:MAX_PARAGRAPH_CHARS])
            out.append((start, line[:cut], True))
            start, line = start + cut, line[cut:]
        out.append((start, line, cut_any))
    return out


# The signature closing an embedded post: "— Jane Doe (@janedoe) February 16, 2024", "— Jane Doe, Telegram,
# 16 February 2024".
_POST_SIGNATURE = re.compile(r"\s*[—–]\s*(?P<name>[A-Z][^—–()\n]{1,60}?)\s*(?:\(@\w{1,30}\)|,\s*(?:Telegram|X|Twitter|"
                             r"Facebook|Instagram|Truth Social)\b)[^—–\n]{0,40}$")


def post_author(line: str) -> str | None:
    """The name an embedded post's signature line gives ("— Jane Doe (@janedoe) February 16, 2024"), else None."""
    signed = _POST_SIGNATURE.match(line)
    return signed.group("name").strip() if signed else None


def is_date_line(line: str) -> bool:
    return bool(_DATE_LINE.match(line))


def is_heading(line: str) -> bool:
    """Headlines, subheadings, link titles, standfirsts: no sentence-final punctuation."""
    stripped = line.strip()
    if not stripped:
        return True
    if stripped.lower().startswith(("see also", "read also", "read more", "\" read also", "“ read also")):
        return True
    # (the post's tags are cut only from a line that would otherwise be read as a heading)
    return not (_SENTENCE_END.search(stripped) or _SENTENCE_END.search(_TRAILING_TAGS.sub("", stripped)))


# A post's hashtags, handles and links after its last full stop ("... stay together. #OccupyJulorbiHouse"): no
# headline's missing punctuation
_TRAILING_TAGS = re.compile(r"(?<=[.!?…\"”’])(?:\s+(?:#\w+|@\w+|pic\.twitter\.com/\S+|https?://\S+))+\s*$")


# Headline-ese of a standfirst under a headline: present-tense reporting ("SADC calls for dialogue
# as ...; Bogotá says ...") or clauses joined by a semicolon, where a lede reports in the past tense.
_PAST_REPORTING = re.compile(r"\b(?:said|told|announced|added|warned|urged|called|accused|stated|reported|"
                             r"declared|wrote|condemned|denied)\b")
_PRESENT_REPORTING = re.compile(r"\b(?:says|calls|warns|urges|reports|vows|accuses|rejects|denies|seeks|tells|"
                                r"insists|demands|threatens)\b")
STANDFIRST_WORDS = 40


def is_standfirst(line: str) -> bool:
    """A standfirst with a full stop, read as the first prose line under a headline: short, in
    headline-ese, with no past-tense reporting verb (a lede has one), and no state of mind in the
    present ("The Secretary-General is deeply alarmed by reports ...": a UN readout's first line)."""
    return (len(line.split()) <= STANDFIRST_WORDS and not _PAST_REPORTING.search(line)
            and not _READOUT_OPENING.match(line.strip()) and not _OWN_RELEASE_OPENING.match(line.strip())
            and bool(_PRESENT_REPORTING.search(line) or ";" in line))


# A readout's own sentence: a pronoun subject, or a subject that "is"/"remains" in a state of mind.
_READOUT_OPENING = re.compile(r"(?:(?:He|She|It|They|We)\s|(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+"
                              r"(?:is|are|remains|remain)\s+(?:\w+ly\s+)?(?:alarmed|concerned|saddened|shocked|"
                              r"appalled|dismayed|troubled|encouraged|pleased|disturbed|worried|outraged)\b)")


# A release's own voice under its heading, in the present: "The Embassy rejects claims ...", "The Ministry
# condemns ...": a government site's first paragraph, not a standfirst's headline-ese ("SADC calls for ...").
_OWN_RELEASE_OPENING = re.compile(r"The\s+(?:Embassy|Ministry|Government|Office|Department|Presidency|Mission|"
                                  r"High\s+Commission|Consulate(?:-General)?|Secretariat)\s+(?:strongly\s+|firmly\s+)?"
                                  r"[a-z]+s\b")


def is_caption(line: str) -> bool:
    """A photo caption or credit: "... (Photo: AFP)", "Reuters/John Smith", "Getty Images", "File photo"."""
    stripped = line.strip()
    # a credit closes the line: its last few words are enough to read (a long line is searched once, not per word)
    return bool(_CREDIT_LINE.match(line) or _CREDIT_AT_END.search(stripped, max(0, len(stripped) - _CREDIT_REACH)))


# A news ticker or a menu strung on one line: "Flights resume ++ Cricket: squad named ++ BREAKING:".
_TICKER_SEPARATOR = re.compile(r"\s(?:\+\+|\|\||•|▪|◆|»)\s")


# A site's menu on one line: "Home | Syria | Politics | ... | Arabic | French". Its sections are context (a state
# agency's menu names its own state), but its languages name no state: "French" there is no France.
_MENU_MIN_ITEMS = 5
_MENU_ITEM_WORDS = 3
_LANGUAGES = frozenset("""
English French Arabic Spanish Russian Chinese Portuguese German Italian Turkish Persian Farsi Japanese Korean Ukrainian
Hebrew Urdu Hindi Amharic Swahili Indonesian Vietnamese Thai Polish Dutch Greek Français Español Português Deutsch
""".split())


def _is_menu(line: str) -> bool:
    if line.count("|") < _MENU_MIN_ITEMS - 1:
        return False
    items = [item.strip() for item in line.split("|")]
    return all(0 < len(item.split()) <= _MENU_ITEM_WORDS and not item.endswith((".", "!", "?")) for item in items)


def _without_languages(menu: str) -> str:
    """The menu with its language items blanked (same length: offsets hold)."""
    return "|".join(" " * len(item) if item.strip() in _LANGUAGES else item for item in menu.split("|"))


def is_page_prompt(line: str) -> bool:
    """Page furniture around an article: "ADVERTISEMENT", "1 of 6", share and newsletter prompts,
    "Related: ...", "Read more", "Click here", "Follow us on ...", "(More ... stories.)", copyright
    and cookie notices, "... contributed to this report"."""
    stripped = line.strip()
    if _PAGE_PROMPT.match(stripped) or _CONTRIBUTED.search(stripped, max(0, len(stripped) - _CREDIT_REACH)) \
            or _TICKER_SEPARATOR.search(stripped) and len(_TICKER_SEPARATOR.findall(stripped)) >= 2:
        return True
    return "ookie" in stripped and bool(_COOKIES.search(stripped)) and len(stripped.split()) <= 80


def is_boilerplate(line: str) -> bool:
    """Lines that are never prose: URLs, bylines, bullets (but a bulleted sentence), dates, captions
    and page furniture."""
    return bool(_URL.match(line) or _BYLINE.match(line) or _BULLET.match(line) and not bullet_length(line)
                or is_date_line(line) or is_caption(line) or is_page_prompt(line))


# A live blog's key points and a wire story's summary are bulleted sentences, not a menu.
_BULLETED_SENTENCE_WORDS = 6
_UNPUNCTUATED_POINT_WORDS = 14


def bullet_length(line: str) -> int:
    """Length of the bullet opening a line that is a sentence ("- On Saturday the minister said
    ... ."), else 0: a bulleted menu item or link title is no prose."""
    hit = _BULLET.match(line)
    if hit is None:
        return 0
    rest = line[hit.end():].strip()
    words = len(rest.split())
    if rest.endswith("?") or re.search(r"[.”\"]\s+[A-Z][a-z]+$", rest) or ":" in rest[:len(rest) // 2]:
        return 0  # a story's title ("... What was it for?", "“...”. Opinion", "LIVE Saudi oil attacks: Trump says ...")
    # live blogs' key points often drop the full stop: a long one that reports is a sentence all the same
    sentence = words >= _BULLETED_SENTENCE_WORDS and _SENTENCE_END.search(rest) \
        or words >= _UNPUNCTUATED_POINT_WORDS and (_PAST_REPORTING.search(rest) or _PRESENT_REPORTING.search(rest))
    return hit.end() if sentence else 0


# A capital letter of a place in a dateline, then its other letters (accents included: "BOGOTÁ").
_CAPS_LETTER = "A-ZÀ-ÖØ-Þ"
_CAPS_WORD = f"[{_CAPS_LETTER}][{_CAPS_LETTER}.'’-]"
# A place in capitals: a word of four letters or more, maybe more words ("KYIV", "PRAGUE/MOSCOW"), or
# a short first word before a comma or a bracket ("LA PAZ, Bolivia (AP)", "NEW DELHI (Reuters)", "TEL AVIV,").
_CAPS_PLACE = (rf"(?:{_CAPS_WORD}{{2,}}(?:(?:\s+|\s*/\s*){_CAPS_WORD}+){{0,3}}"
               rf"|[{_CAPS_LETTER}][{_CAPS_LETTER}.'’-]{{1,2}}(?:\s+{_CAPS_WORD}+){{1,3}}(?=\s*[,(]))")
# An institution's word in capitals, which no place's name holds
_INSTITUTION_CAPS = r"(?:MINISTRY|DEPARTMENT|EMBASSY|OFFICE|COMMISSION|GOVERNMENT|PRESIDENCY|SECRETARIAT|MISSION)"
# Datelines of other house styles, the place in capitals: "MINSK, Belarus (AP) — ", "JUBA, 28 March
# 2025 – ", "KYIV, Aug 11 — ", "ISLAMABAD: ".
_DATELINE_CAPS = re.compile(
    # not a transcript's speaker label: "THE MINISTER - ...", "MR MILLER: ..."
    # "PRAGUE/MOSCOW, April 18 (Reuters) - ", "ISLAMABAD / PESHAWAR: ", "BOGOTÁ — ": places joined by a slash, accents
    # nor a government site's masthead: "MINISTRY OF FOREIGN AFFAIRS - SOCIALIST REPUBLIC OF VIET NAM"
    rf"^(?!(?:THE|MR|MS|MRS|DR)\b)(?!(?:\S+\s+){{0,3}}{_INSTITUTION_CAPS}\b){_CAPS_PLACE}"
    rf"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})?"
    rf"(?:,\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\.?(?:,?\s+\d{{4}})?|{_MONTHS}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?))?"
    # "(WAM) --", "(SPA) -", and TASS's "MOSCOW, March 3. /TASS/."
    rf"(?:\.?\s*/[A-Za-z]+/\.?|\s*(?:\([A-Za-z ./-]+\))?\s*(?:[–—]|-{{1,2}}|:))\s+(?=[A-Z“\"‘'])"
)


# A dateline's place in title case, before its date: "Bratislava, April 14 (TASR) -", "Beijing, June 22 (AFP)".
_DATELINE_TITLE_PLACE = re.compile(
    rf"^(?P<place>[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+){{0,2}}),\s*(?:{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS})\b"
)
# The same in capitals: "GEORGETOWN, Guyana –", "KYIV (Reuters) -", "ISLAMABAD:".
_DATELINE_CAPS_PLACE = re.compile(rf"^{_CAPS_PLACE}(?=\s*(?:,|\(|[–—:-]|$))")


# State agencies' dateline without a date, the place in title case: "Occupied Jerusalem, SANA – ",
# "Moscow, SANA-", "Riyadh, SPA --".
_DATELINE_AGENCY = re.compile(
    r"^(?P<place>[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+){0,2}),\s*[A-Z]{2,6}\s*(?:[–—]|-{1,2})\s*(?=[A-Z“\"‘'])"
)


# The Ethiopian agency's house style, the year after a slash and the comma, the agency's mark and the dash each
# optional: "Addis Ababa April 4/2019 (ENA) –", "Addis Ababa May 16/2024 (ENA)The", "Addis Ababa April 1/2023/ENA/
# The", "March 5/2021(ENA) Russia". The slashed year is what no sentence opens with.
_DATELINE_SLASH_YEAR = re.compile(
    rf"^(?:(?P<place>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{0,2}}),?\s+)?{_MONTHS}\s+\d{{1,2}}\s*/\s*\d{{4}}"
    rf"\s*(?:\([A-Z]{{2,6}}\)|/[A-Z]{{2,6}}/)?\s*(?:[–—]|-{{1,2}})?\s*(?=[A-Z“\"‘'])"
)


# Words of a dateline line in capitals at the most: "PORT OF SPAIN, TRINIDAD AND TOBAGO, MAY 3 (AP) —"
_CAPS_DATELINE_WORDS = 10


def dateline_place(text: str) -> str | None:
    """The place a dateline line opens with ("KYIV", "Bratislava"), None if the line is no dateline."""
    caps = _DATELINE_CAPS_PLACE.match(text)
    if caps and text.isupper() and len(text.split()) > _CAPS_DATELINE_WORDS:
        return None  # "PM THANKS AUSTRALIA, PACIFIC NEIGHBOURS FOR SUPPORT": a headline in capitals
    if caps:
        return caps.group()
    title = _DATELINE_TITLE_PLACE.match(text) or _DATELINE_AGENCY.match(text) or _DATELINE_SLASH_YEAR.match(text)
    return title.group("place") if title else None


def dateline_length(text: str) -> int:
    """Length of a dateline opening the paragraph, 0 if there is none."""
    match = _DATELINE_PREFIX.match(text) or _DATELINE_CAPS.match(text) or _DATELINE_AGENCY.match(text) \
        or _DATELINE_SLASH_YEAR.match(text)
    return match.end() if match else 0


_HEADLINE_WORDS = 12  # words of a headline that ends in punctuation, at the most; a full stop ends a paragraph


def _article_starts(lines: list[tuple[int, str]]) -> set[int]:
    """Indexes of lines that open a new article in a digest.

    An article opens with a headline, maybe an outlet line, then a date line;
    the headline is the first of the short heading lines before the date.
    """
    starts: set[int] = set()
    for i, (_, line, _piece) in enumerate(lines):
        if not is_date_line(line) or i == 0:
            continue
        j = i - 1
        # Step back over outlet lines ("Reuters", "The Guardian, UK") to the headline.
        while j > 0 and len(lines[j][1].split()) <= 4 and is_heading(lines[j][1]):
            j -= 1
        # A sentence of body text is no headline: the date closes the article above it (a release's sign-off,
        # "Ministry of Foreign Affairs / Colombo / 24 March 2021"), and the next article opens after it.
        if not is_heading(lines[j][1]) and (len(lines[j][1].split()) > _HEADLINE_WORDS
                                            or lines[j][1].rstrip().rstrip("\"'”’").endswith(".")):
            j += 1
        starts.add(j)
    return starts


# A "world reacts" round-up's entry: a bullet, the government or body, a colon, then a sentence of what it did or
# said ("• Qatar: the foreign ministry summoned the ambassador."); a menu's "• Gaza: Strikes resume" has no full stop,
# and a label with figures is a timeline's date ("• May 3: The Fatih anchors ...")
_ROUNDUP_ENTRY = re.compile(_BULLET.pattern + r"[A-Z][^:.\d]{1,60}:\s+\S.*[.”\"’]\s*$")
_ROUNDUP_ENTRIES = 3
_ROUNDUP_BULLETS = 6  # whole-sentence bullets at the least, where no bullet names its government with a colon


def _is_roundup(lines: list[tuple[int, str, bool]]) -> bool:
    """Is the page a round-up told in bullets, one government each, whose bullets are its body (not the
    summary the guide keeps out, which the body repeats)? Its bullets name their government with a colon
    ("- Germany: ..."), or they are whole sentences ("- AUSTRALIA. Prime Minister ... told") that outnumber the
    prose after the first of them (a summary's few bullets sit above the story that repeats them)."""
    labelled = sum(1 for _, line, piece in lines if not piece and _ROUNDUP_ENTRY.match(line)
                   and len(line.split()) >= 8)
    if labelled >= _ROUNDUP_ENTRIES:
        return True
    bullets = [i for i, (_, line, piece) in enumerate(lines) if not piece and _BULLET.match(line)
               and len(line.split()) >= 8 and _SENTENCE_END.search(line.rstrip())]
    if len(bullets) < _ROUNDUP_BULLETS:
        return False
    prose = sum(1 for _, line, piece in lines[bullets[0]:] if not piece and not _BULLET.match(line)
                and len(line.split()) >= 8 and not is_heading(line))
    return len(bullets) >= prose


# A transcript turn's label in capitals ("HOST (Jane Doe): ", "LOMBARDO: "), which the colon dateline ("ISLAMABAD: ")
# would take for a place; an interview has a host's or question's label among its turns, or labels that take turns
_TURN_CAPS_LABEL = re.compile(r"^(?P<label>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){0,4})"
                              r"(?:\s*\([^)]{1,60}\))?:\s+\S")  # "HÉLÈNE MARCHAL (HOST):" too
_DIALOGUE_TURNS = 2  # times a label answers the one before it (A, B, A), at the least, in a dialogue
_HOST_LABELS = {"HOST", "Q", "QUESTION", "INTERVIEWER", "PRESENTER", "ANCHOR", "MODERATOR", "JOURNALIST", "REPORTER"}


def _speaker_labels(lines: list[tuple[int, str, bool]]) -> set[str]:
    """The capitals labels that open turns of an interview (one whose host's label opens two turns or more, or
    whose labels take turns), else none."""
    counts: dict[str, int] = {}
    order: list[str] = []
    for _, line, piece in lines:
        hit = _TURN_CAPS_LABEL.match(line) if not piece else None
        if hit:
            counts[hit["label"]] = counts.get(hit["label"], 0) + 1
            order.append(hit["label"])
    # a dialogue's labels take turns ("SARAH WHITCOMBE:", "CLARE O'NEIL:", "SARAH WHITCOMBE:", ...), where a digest's
    # datelines ("ISLAMABAD:", "BEIJING:") each open one story; a turn may run over several paragraphs, each under
    # the speaker's label ("MBUYI KALALA:", "MBUYI KALALA:"), and counts once
    order = [label for i, label in enumerate(order) if i == 0 or label != order[i - 1]]
    turns = sum(1 for i in range(2, len(order)) if order[i] == order[i - 2] != order[i - 1])
    if not any(counts.get(host, 0) >= 2 for host in _HOST_LABELS) and turns < _DIALOGUE_TURNS:
        return set()
    return set(counts)


# A speech's salutation ("Madam President,", "Excellencies, ladies and gentlemen,"): the speech begins, so the
# present-tense line under it is its first paragraph ("Sri Lanka calls upon the members ..."), no standfirst.
_SALUTATION = re.compile(r"(?:(?:Madam|Madame|Mr\.?|Mister)\s+(?:President|Chair(?:man|person)?|Secretary-General|Speaker|"
                         r"Moderator|Co-Chairs?)|Excellenc(?:y|ies)|Your\s+(?:Excellency|Majesty|Highness)|"
                         r"(?:Dear\s+)?(?:Colleagues|Friends)|Ladies\s+and\s+[Gg]entlemen)\b[^.!?]{0,60},\s*$")


def paragraphs_frame(documents: dict[str, str], keep_headings: bool = False) -> pd.DataFrame:
    """Prose paragraphs of every document, with headings and boilerplate removed.

    ``keep_headings`` keeps heading lines too (headline, standfirst, subheadings, date lines),
    flagged in a ``heading`` column, as context for attribution: they take no paragraph number of
    their own (they share the next prose paragraph's) and are never statements."""
    rows: list[dict[str, object]] = []
    for doc, text in documents.items():
        lines = _lines(text)
        starts = _article_starts(lines)
        labels = _speaker_labels(lines)
        roundup = _is_roundup(lines)
        article, paragraph = 0, 0
        seen_headings: set[str] = set()
        under_headline = False  # only headings so far in this article, at least one
        prose_seen = False
        for i, (offset, line, piece) in enumerate(lines):
            if i in starts and i > 0:
                article += 1
                seen_headings = set()
                under_headline, prose_seen = False, False
            entry = roundup and not piece and _BULLET.match(line) is not None and (
                _ROUNDUP_ENTRY.match(line) is not None or bullet_length(line) > 0)
            signed = _POST_SIGNATURE.match(line) if keep_headings and not piece and i > 0 else None
            if signed and rows and not rows[-1]["heading"] and rows[-1]["offset"] >= lines[i - 1][0]:
                # a signature on its own line closes the post on the line above: it goes before that post
                post = rows[-1]
                rows.insert(len(rows) - 1, {"doc": doc, "article": f"{doc}#{article}", "paragraph": post["paragraph"],
                                            "offset": post["offset"] - 1, "text": line.strip(), "heading": True})
                continue
            if not piece and not entry and is_boilerplate(line):
                if keep_headings and is_date_line(line):
                    rows.append({"doc": doc, "article": f"{doc}#{article}", "paragraph": paragraph,
                                 "offset": offset, "text": line.strip(), "heading": True})  # the article's date
                continue
            bullet = (_BULLET.match(line).end() if entry else bullet_length(line)) if not piece else 0
            # an embedded post's signature ("— Jane Doe (@janedoe) February 16, 2024") is no part of its text
            signature = _POST_SIGNATURE.search(line) if not piece else None
            end = signature.start() if signature else len(line)
            # an agency's end-of-story mark ("... to the conflict. (end)", "... peninsula. -0-") closes
            # the last paragraph; it is no part of its text, and the text is no heading for lacking a full stop
            marker = _END_MARKER.search(line, 0, end) if not piece else None
            end = marker.start() if marker else end
            core = line[:end]
            standfirst = not piece and not bullet and under_headline and not is_heading(core) and is_standfirst(core)
            heading = not piece and not bullet and (is_heading(core) or standfirst)
            # one standfirst under a headline: a second present-tense line is a readout's prose
            # ("The Secretary-General is alarmed ... He calls on ...")
            under_headline = heading and not prose_seen and not standfirst and not _SALUTATION.match(core)
            prose_seen = prose_seen or not heading
            if heading:
                seen_headings.add(_normalised(line))
            elif not piece and seen_headings and _normalised(line) in seen_headings:
                continue  # the headline repeated as the first line of the body
            # a bulleted sentence (a live blog's key points, a story's summary) is context for the
            # article, never a statement: the guide's "bullet summaries", which the body repeats
            summary = bool(bullet) and not entry  # a round-up's bullets are its body
            if (heading or summary) and not keep_headings:
                continue
            label = _TURN_CAPS_LABEL.match(line) if labels else None
            dateline = 0 if label and label["label"] in labels else dateline_length(line[bullet:])
            skip = bullet + dateline
            # "2. Question (Reuters): ...", "3. The Council condemns ...": a numbered paragraph's number is no
            # sentence of its own, and the label or the words after it open the paragraph (a numbered heading
            # keeps its number: "3. Statement by the European Union" is a section's title, not a briefing's)
            enumerator = _ENUMERATOR.match(line, skip) if not piece and not heading else None
            skip = enumerator.end() if enumerator else skip
            # (a dateline alone on its line, "Caracas, 28 Oct. 2025 (ANB).-", is the line's whole text)
            if dateline and keep_headings and (not heading or not line[skip:end].strip()):
                # the dateline's place is context (whose officials the article quotes), never a statement
                rows.append({"doc": doc, "article": f"{doc}#{article}", "paragraph": paragraph,
                             "offset": offset + bullet, "text": line[bullet:skip].strip(), "heading": True})
            body = line[skip:end]
            lead = len(body) - len(body.lstrip())
            body = body.strip()
            if signature and keep_headings and body:
                # an embedded post signs after its text: the signature goes before it, a heading that names who wrote it
                rows.append({"doc": doc, "article": f"{doc}#{article}", "paragraph": paragraph,
                             "offset": offset + skip + lead - 1, "text": signature.group().strip(), "heading": True})
            if not body:
                continue
            if heading and _is_menu(body):
                body = _without_languages(body)
            row = {
                "doc": doc,
                "article": f"{doc}#{article}",
                "paragraph": paragraph,
                "offset": offset + skip + lead,
                "text": body,
            }
            if keep_headings:
                row["heading"] = heading or summary
            rows.append(row)
            if not heading:
                paragraph += 1
    return pd.DataFrame(rows, columns=[*PARAGRAPH_COLUMNS, *(["heading"] if keep_headings else [])])


def _normalised(line: str) -> str:
    return re.sub(r"[\W_]+", " ", line).strip().lower()
