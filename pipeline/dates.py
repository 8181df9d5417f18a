"""Dates read from an article's own text, for documents that carry none in their metadata.

Only what the text states is taken, never a file time:

- a line that is only a date ("Oct 4 2023", "13:36, 4 October 2023");
- a dateline with a year ("YEREVAN, OCTOBER 4, 2023 – ...", "October 4, 2023 (AP) – ...");
- a dateline without a year ("Oct 4 (Reuters) – ...") only when another dated line of the same
  article gives the year;
- last, a short line of the head with a date in words ("Updated 6:18 PM GMT+4, March 7, 2024"),
  then in figures ("2023-02-17 10:48:31", "07.10.2020 18:40", "07/07/2021 - 18:52").

A digest of several articles gives each article its own date: articles are cut exactly where
``documents.paragraphs_frame`` cuts them (its ``article`` column, ``doc#N``).
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from pipeline.documents import _MONTHS, _article_starts, _lines, is_date_line

_MONTH_NUMBER = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# How far into an article a date is looked for: its head (headline, outlet, date line, dateline).
HEAD_LINES = 15
# A short line of the head that holds a full date is a date line with furniture around it
# ("Updated 6:18 PM GMT+4, March 7, 2024", "Wed 15 Jan 2025 21.52 GMT", "Last updated: 3 January 2024").
HEAD_DATE_WORDS = 12

# A time may follow the year with no space, as scraped wire pages print it ("June 24, 20238:58 PM UTC").
_YEAR = r"(?P<year>(?:19|20)\d\d)(?:\b|(?=\d{1,2}:\d\d))"
_MONTH_DAY_YEAR = re.compile(rf"(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}",
                             re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTHS})\.?,?\s+{_YEAR}",
                             re.IGNORECASE)
_ISO = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\s*$")
# A dateline opening a paragraph: optional PLACE, then the month and day, maybe a year, then an
# agency in brackets, a dash, or ", AGENCY." ("Oct 4 (Reuters) –", "YEREVAN, OCTOBER 4, ARMENPRESS.").
_DATELINE = re.compile(
    rf"^\s*(?:[A-Z][A-Za-z .'/-]+,\s*)?(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    rf"\s*(?:\([A-Za-z ./-]+\)\s*)?(?:[–—-]|,\s*[A-Z]{{3,}}\.|\()",
)
_DATELINE_CI = re.compile(_DATELINE.pattern, re.IGNORECASE)
# The same with the day first, as Gulf, South Asian and British agencies write it
# ("ABU DHABI, 18th April, 2012 (WAM) --", "LONDON, 4 October 2023 -").
_DATELINE_DAY_FIRST = re.compile(
    rf"^\s*(?:[A-Z][A-Za-z .'/-]+,\s*)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTHS}),?"
    rf"(?:\s+(?P<year>(?:19|20)\d\d))?\s*(?:\([A-Za-z ./-]+\)\s*)?(?:[–—-]|,\s*[A-Z]{{3,}}\.|\()",
    re.IGNORECASE,
)


# The day first with dots, as Central Asian, Russian and continental sites print it: "07.10.2020 18:40".
# Slashes serve the same way ("Wed 18/04/2012 - 14:20"); a first number past 12 is the day either way,
# a second past 12 makes the line American (month first).
_DAY_FIRST_FIGURES = re.compile(r"(?<![\d./])(?P<day>\d{1,2})(?P<sep>[./])(?P<month>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d./])")
# An ISO day with a time in a line of furniture ("Source: Xinhua | 2021-08-25 21:36:08 | Editor: ...",
# "Updated: 2020-11-28 09:16").
_ISO_IN_LINE = re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])")
# Page furniture puts the date, the time, the weather and the reading time in one line, cut by bars.
_FURNITURE_BAR = re.compile(r"\s+[|•·]\s+")
# Prose ends with a full stop; a date line with furniture does not.
_SENTENCE = re.compile(r"[.!?][\"'”’)]*\s*$")


def _iso(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def _month(name: str) -> int:
    return _MONTH_NUMBER[name.lower()[:3]]


def date_of_line(line: str) -> str:
    """ISO day of a line that is only a date, "" otherwise."""
    iso = _ISO.match(line)
    if iso:
        return _iso(int(iso["year"]), int(iso["month"]), int(iso["day"]))
    if not is_date_line(line):
        return ""
    match = _MONTH_DAY_YEAR.search(line) or _DAY_MONTH_YEAR.search(line)
    return _iso(int(match["year"]), _month(match["month"]), int(match["day"])) if match else ""


def dateline(line: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a dateline opening ``line``, None without one.

    The place, if any, is in capitals ("YEREVAN, OCTOBER 4"), or the line opens with the month.
    """
    match = _DATELINE.match(line) or _DATELINE_CI.match(line) or _DATELINE_DAY_FIRST.match(line)
    if not match:
        return None
    prefix = line[:min(match.start("month"), match.start("day"))]
    if prefix.strip() and not prefix.strip(" ,").isupper():
        return None  # "Officials said on Oct 4 - ..." is prose, not a dateline
    return _month(match["month"]), int(match["day"]), int(match["year"]) if match["year"] else None


def _pieces(line: str) -> list[str]:
    """The short pieces of a line that is not prose: the line itself, or a long line of furniture cut
    by bars ("14 July 2015 | 19:48 GMT | 6 min read")."""
    pieces = _FURNITURE_BAR.split(line) if len(line.split()) > HEAD_DATE_WORDS else [line]
    # prose is checked first, as it is most lines and far cheaper than the date search
    return [p for p in pieces if len(p.split()) <= HEAD_DATE_WORDS and not _SENTENCE.search(p)]


def _short_dated(line: str) -> str:
    """The full date written with the month's name in a short line that is not prose ("Updated 6:18
    PM GMT+4, March 7, 2024", "Wednesday, 3 April 2019 | Algiers 19°C | Oran 21°C"), "" if none."""
    for piece in _pieces(line):
        match = _MONTH_DAY_YEAR.search(piece) or _DAY_MONTH_YEAR.search(piece)
        if match:
            return _iso(int(match["year"]), _month(match["month"]), int(match["day"]))
    return ""


def _numeric_dated(line: str) -> str:
    """The full date in figures in a short line that is not prose: ISO ("2023-02-17 10:48:31"), or
    the day first in dots or slashes ("07.10.2020 18:40", "Published on 07/07/2021 - 18:52")."""
    for piece in _pieces(line):
        iso = _ISO_IN_LINE.search(piece)
        if iso:
            return _iso(int(iso["year"]), int(iso["month"]), int(iso["day"]))
        figures = _DAY_FIRST_FIGURES.search(piece)
        if figures:
            day, month = int(figures["day"]), int(figures["month"])
            day, month = (month, day) if month > 12 else (day, month)
            return _iso(int(figures["year"]), month, day)
    return ""


def article_date(lines: list[str]) -> str:
    """The date of one article (its lines, in order), the first of: a line that is only a date in
    its head; a dateline with a year; a yearless dateline with the year of a short dated line of
    the article; a short dated line in its head."""
    head = [line for line in lines if line.strip()][:HEAD_LINES]
    for line in head:
        found = date_of_line(line)
        if found:
            return found
    yearless: tuple[int, int] | None = None
    years: list[int] = []
    for line in lines:
        found = dateline(line)
        if found and found[2] is not None:
            return _iso(found[2], found[0], found[1])
        if found and yearless is None:
            yearless = (found[0], found[1])
        dated = _short_dated(line) or _numeric_dated(line)
        if dated:
            years.append(int(dated[:4]))
    if yearless and years:
        return _iso(years[0], *yearless)
    for find in (_short_dated, _numeric_dated):
        for line in head:
            dated = find(line)
            if dated:
                return dated
    return ""


def article_dates(text: str) -> list[str]:
    """The date of each article of a document, in the order of ``paragraphs_frame``'s articles."""
    lines = _lines(text)
    starts = _article_starts(lines)
    articles: list[list[str]] = [[]]
    for i, (_, line, _piece) in enumerate(lines):
        if i in starts and i > 0:
            articles.append([])
        articles[-1].append(line)
    return [article_date(a) for a in articles]


def fill_dates(paragraphs: pd.DataFrame, texts: dict[str, str]) -> pd.Series:
    """The paragraphs' ``date`` column with every empty date read from its article's text."""
    dates = paragraphs["date"].copy()
    empty = dates.eq("")
    if not empty.any():
        return dates
    by_article: dict[str, str] = {}
    for doc in paragraphs.loc[empty, "doc"].unique():
        for n, day in enumerate(article_dates(texts.get(doc, ""))):
            by_article[f"{doc}#{n}"] = day
    dates[empty] = paragraphs.loc[empty, "article"].map(by_article).fillna("")
    return dates
