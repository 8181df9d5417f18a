"""Sentence segmentation for news text: a rule splitter made for the shapes of news copy.

pysbd was the first splitter here; it ran at 0.07 MB/s, a third of all the time the tool spent.
This splitter finds candidate ends with one regular expression and rejects them by a few rules:
abbreviations and initials ("Mr.", "Oct.", "U.S. State Department", "John F. Kennedy"), ends
followed by a lower-case word ("“Why?” he asked"), and ends inside a quotation that closes later
in the same paragraph, so "“A. B. C,” Doe said." stays one unit with its speaker (the labelling
guide's unit, and the seeds' labels). A quotation left open at the end of its paragraph (news
style for a quotation continued in the next paragraph) is split like any other text.

Sentence frame columns (``sentences_frame``):
    the paragraph frame's columns except ``text`` and ``offset`` (doc, article, paragraph, and any
    document metadata such as date and source), then
    sentence_id               running number of the sentence within its document
    offset                    character offset of the sentence in the document
    sentence                  the sentence, exactly as it stands in the document
"""

from __future__ import annotations

import bisect
import re
from typing import Callable

import pandas as pd

SENTENCE_COLUMNS = ["doc", "article", "paragraph", "sentence_id", "offset", "sentence"]

# A candidate end: terminal punctuation, closing quotes or brackets, then space, then what may
# open a sentence (a capital, a digit, an opening quote or bracket).
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"“‘«(\[]?[A-Z0-9À-Ý])")
# Two sentences a scraper glued together ("rockets flocked in.Kanaani emphasized"): a full stop after
# two lower-case letters, then a capitalised word, with no space. "St.Petersburg", "news.com" and
# "U.S.Army" do not match.
_GLUED = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]{2,})")
# Words that end in a full stop without ending the sentence.
_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt sgt cmdr adm gov sen rep rev st sr jr hon rt pres amb brig
jan feb mar apr jun jul aug sep sept oct nov dec no nos vs approx inc co corp ltd dept est fig
mt ft gens govs reps sens messrs mme mlle
""".split())
# After a dotted acronym ("U.S.", "U.N.") a capital usually continues the sentence ("the U.S. State
# Department"); these words usually open a new one.
_OPENERS = frozenset("""
the a an it he she they we i but and this that these those in on at his her their its our there
however meanwhile earlier later also after before when while since on if as no one some many
""".split())
# A speaker's name and a verb of saying, ending the sentence, after a quotation closed by "!" or "?".
_SPEAKER_AFTER_QUOTE = re.compile(
    r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|wrote|writes|asked|asks|added|adds|tweeted|posted|replied|"
    r"shouted|declared|insisted|told\s+[\w ]{1,30}?)(?:\s+(?:on|in|at|to)\s+[\w ]{1,30}?)?[.]"
    r"(?=\s|$)")
_WORD_BEFORE = re.compile(r"([\w’'.-]+)$")
_NEXT_WORD = re.compile(r"\s+[\"“‘«(\[]?([\w’'-]+)")
_QUOTE_MARK = re.compile(r"[“”«»\"]")
_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"


# Single quotation marks: house styles that quote with them ('We will respond,' he said; ‘...’) are
# read as if they used double ones. What may precede an opening mark, and follow a closing one.
_BEFORE_OPENING = "([{—–-:;/"
_AFTER_CLOSING = ",.;:!?)]}—–-"


# Where a single mark can open a quotation (at a word's start) or close one opened earlier (after
# punctuation): without one, the text's single marks are all apostrophes.
_SINGLE_MARK = re.compile(r"(?:^|[\s(\[{—–\-:;/])[‘'](?=\w)|[,.!?…][’']")


def single_quotes_as_double(text: str) -> str:
    """``text`` with its single-quote quotation marks written as double ones, character for
    character (offsets stay valid), so that one reading of quotations serves both house styles.

    An opening mark starts a word; a closing mark ends one and is followed by a space, punctuation or
    the end. A closing mark after punctuation (",'", ".’") closes a quotation opened in an earlier
    sentence too; after a letter it closes only one opened in this text. Apostrophes stay ("Russia’s",
    "don't", "the protesters' demands"), and so do single marks inside a double-quoted quotation."""
    if not _SINGLE_MARK.search(text):
        return text  # only apostrophes inside words ("Russia's"): the common case, read at C speed
    chars = list(text)
    n = len(text)
    opened: int | None = None
    in_double = False
    for i, ch in enumerate(text):
        if ch in "“”\"":
            in_double = ch == "“" or (ch == '"' and not in_double)
            continue
        if in_double or ch not in "‘’'":
            continue
        after = text[i + 1] if i + 1 < n else ""
        before = text[i - 1] if i > 0 else ""
        if ch != "’" and (not before or before.isspace() or before in _BEFORE_OPENING) and after.isalnum():
            if opened is None:
                opened = i
            continue
        if ch == "‘" or not before or before.isspace() or after.isalnum():
            continue
        ends = not after or after.isspace() or after in _AFTER_CLOSING
        possessive = before == "s" and after.isspace() and text[i + 2:i + 3].islower()  # "the protesters' demands"
        if not ends or possessive and before not in ",.!?…":
            continue
        if opened is not None:
            chars[opened], chars[i] = "“", "”"
            opened = None
        elif before in ",.!?…":
            chars[i] = "”"  # "... will be punished,' she said": a quotation opened in an earlier sentence
    if opened is not None and not text[:opened].strip():
        chars[opened] = "“"  # a quotation that runs on into the next sentence
    return "".join(chars)


def _quotation_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of the quotations of a paragraph; a quotation still open at the
    end closes at ``len(text)``."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for match in _QUOTE_MARK.finditer(text):
        ch, at = match.group(), match.start()
        if opened is None and (ch in _OPEN_QUOTES or ch == '"'):
            opened = at
        elif opened is not None and (ch in _CLOSE_QUOTES or ch == '"'):
            spans.append((opened, at))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _inside_closed_quotation(spans: list[tuple[int, int]], at: int, length: int) -> bool:
    """Is position ``at`` inside a quotation that closes later in the paragraph?"""
    i = bisect.bisect_right(spans, (at, length + 1)) - 1
    return i >= 0 and spans[i][0] < at < spans[i][1] < length


def _is_abbreviation(before: str, next_word: str) -> bool:
    match = _WORD_BEFORE.search(before)
    if not match:
        return False
    word = match.group(1)
    bare = word.rstrip(".").lower()
    if bare in _ABBREVIATIONS:
        return True
    if re.fullmatch(r"[A-Z]", word):  # an initial: "John F. Kennedy"
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # "U.S", "U.N", "a.m"
        return next_word.lower() not in _OPENERS
    return False


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences of one paragraph with their offsets in it, whitespace-trimmed."""
    spans: list[tuple[int, int]] | None = None
    cuts: list[int] = []
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        punct = match.group()
        if punct[0] == "." and len(punct.rstrip("\"'”’»)]")) == 1:
            nxt = _NEXT_WORD.match(text, end)
            if _is_abbreviation(text[max(0, match.start() - 40):match.start()], nxt.group(1) if nxt else ""):
                continue
        if punct[-1] in _CLOSE_QUOTES + "\"" and punct[0] in "!?" and _SPEAKER_AFTER_QUOTE.match(text, end):
            continue  # '“... with the great people of Brazil!” Trump wrote.': the quotation and its speaker
        if spans is None:
            spans = _quotation_spans(single_quotes_as_double(text))
        if spans and _inside_closed_quotation(spans, end - 1, len(text)):
            continue
        cuts.append(end)
    for match in _GLUED.finditer(text):
        if spans is None:
            spans = _quotation_spans(single_quotes_as_double(text))
        if not (spans and _inside_closed_quotation(spans, match.start() - 1, len(text))):
            cuts.append(match.start())
    cuts.sort()
    out: list[tuple[int, str]] = []
    start = 0
    for cut in [*cuts, len(text)]:
        piece = text[start:cut]
        stripped = piece.strip()
        if stripped:
            out.append((start + len(piece) - len(piece.lstrip()), stripped))
        start = cut
    return out


def sentences_frame(paragraphs: pd.DataFrame, progress: Callable[[int], None] | None = None) -> pd.DataFrame:
    """Sentences of every paragraph; every paragraph column but ``text`` and ``offset`` is carried
    along. ``progress`` is told the characters done after each paragraph."""
    carried = [c for c in paragraphs.columns if c not in ("text", "offset")]
    columns = [*carried[:3], "sentence_id", "offset", "sentence", *carried[3:]] if carried[:3] == SENTENCE_COLUMNS[:3] \
        else [*carried, "sentence_id", "offset", "sentence"]
    rows: list[tuple] = []
    counters: dict[str, int] = {}
    doc_at = carried.index("doc")
    for para in paragraphs.itertuples(index=False, name=None):
        values = dict(zip(paragraphs.columns, para))
        head = tuple(values[c] for c in carried)
        doc = head[doc_at]
        for start, sentence in split_sentences(values["text"]):
            n = counters.get(doc, 0)
            counters[doc] = n + 1
            rows.append((*head, n, values["offset"] + start, sentence))
        if progress is not None:
            progress(len(values["text"]))
    frame = pd.DataFrame(rows, columns=[*carried, "sentence_id", "offset", "sentence"])
    return frame[columns]
