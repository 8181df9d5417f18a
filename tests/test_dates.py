"""Dates from an article's own text: date lines, datelines with and without a year, digests."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from pipeline import config, engine
from pipeline.dates import article_dates, date_of_line, dateline, fill_dates


def test_date_lines():
    assert date_of_line("Oct 4 2023") == "2023-10-04"
    assert date_of_line("13:36, 4 October 2023") == "2023-10-04"
    assert date_of_line("October 4, 2023") == "2023-10-04"
    assert date_of_line("He came on 4 October 2023.") == ""


def test_datelines():
    assert dateline("YEREVAN, OCTOBER 4, 2023 – The ministry said.") == (10, 4, 2023)
    assert dateline("Oct 4 (Reuters) – The minister said.") == (10, 4, None)
    assert dateline("YEREVAN, OCTOBER 4, ARMENPRESS. The minister said.") == (10, 4, None)
    assert dateline("Officials said on Oct 4 - nothing") is None
    # an agency with a hyphen or a slash in its name
    assert dateline("KUALA LUMPUR, April 13 (NNN-Bernama) — ASEAN condemned the strike.") == (4, 13, None)


def test_dateline_with_a_year_dates_the_article():
    assert article_dates("YEREVAN, OCTOBER 4, 2023 – Armenia said this.\n\nMore text.") == ["2023-10-04"]


def test_dateline_without_a_year_needs_a_dated_line():
    assert article_dates("Oct 4 (Reuters) – Armenia said this.\n") == [""]
    text = "Headline here\n\nReuters\nOct 3 2023\n\nOct 4 (Reuters) – Armenia said this.\n"
    assert article_dates(text) == ["2023-10-03"]  # the date line wins; the year would come from it
    text = "Oct 4 (Reuters) – Armenia said this.\n\nUpdated 5 October 2023\n"
    assert article_dates(text) == ["2023-10-04"]


def test_no_date_stays_empty():
    assert article_dates("France condemned the offensive on Tuesday.\n") == [""]


def test_each_article_of_a_digest_gets_its_own_date():
    text = ("First headline\n\nReuters\nOct 4 2023\n\nOct 4 (Reuters) – France said it condemned it.\n\n"
            "Second headline\n\nAFP\n6 October 2023\n\nArmenia said it welcomed it.\n")
    assert article_dates(text) == ["2023-10-04", "2023-10-06"]
    paragraphs = pd.DataFrame({"doc": ["d", "d"], "article": ["d#0", "d#1"], "date": ["", ""]})
    assert fill_dates(paragraphs, {"d": text}).tolist() == ["2023-10-04", "2023-10-06"]


def test_metadata_dates_are_kept(registry):
    text = "Oct 4 2023\n\nFrance condemned Azerbaijan's offensive, the minister said.\n"
    with_meta = SimpleNamespace(id="a.txt", text=text, date="2024-01-02", source="", url="", title="")
    without = SimpleNamespace(id="b.txt", text=text, date="", source="", url="", title="")
    _, statements = engine.extract([with_meta, without], registry)
    dates = statements.groupby("doc")["date"].first().to_dict()
    assert dates == {"a.txt": "2024-01-02", "b.txt": "2023-10-04"}


def test_the_seed_digest_is_dated_and_the_other_seeds_are_not(registry):
    digest = next(config.SEEDS_DIR.glob("004_*.txt")).read_text(encoding="utf-8")
    dates = article_dates(digest)
    assert len(dates) == 9 and all(d == "2023-10-04" for d in dates)
    other = next(config.SEEDS_DIR.glob("000_*.txt")).read_text(encoding="utf-8")
    assert set(article_dates(other)) == {""}


def test_dated_lines_with_page_furniture_in_the_head():
    assert article_dates("Headline\n\nUpdated 6:18 PM GMT+4, March 7, 2024\n\nThe Houthis said this.\n") == ["2024-03-07"]
    assert article_dates("Live blog\n\nWed 15 Jan 2025 21.52 GMT\n\nQatar said this.\n") == ["2025-01-15"]
    # A yearless dateline takes its year from such a line, and keeps its own day.
    text = "Headline\n\nJuly 17, 2025 7:58 PM GMT+3 Updated an hour ago\n\nDAMASCUS, July 16 (Reuters) - Israel said.\n"
    assert article_dates(text) == ["2025-07-16"]
    # Prose that mentions a date is not a date line.
    assert article_dates("Headline\n\nThe war ended on 4 October 2020.\n") == [""]


def test_a_date_in_a_long_line_of_furniture_cut_by_bars():
    head = "Deal reached\n\n14 July 2015 | 19:48 GMT | Updated 22:10 GMT | 6 min read\n\nIran said this.\n"
    assert article_dates(head) == ["2015-07-14"]
    weather = "Wednesday, 3 April 2019 | Algiers 19°C | Oran 21°C | Tunis 20°C | Rabat 18°C\n\nHeadline\n\nThe army said.\n"
    assert article_dates(weather) == ["2019-04-03"]
    # A long line of prose with a bar in it is still prose.
    prose = ("Headline\n\nThe talks | as the envoy called them on 4 October 2020 in a long speech to the assembly "
             "of the region's leaders | ended without a deal.\n")
    assert article_dates(prose) == [""]


def test_a_day_first_dotted_date_in_the_head_dates_the_article():
    # Central Asian, Russian and continental sites: "07.10.2020 18:40 (updated 07.10.2020 21:15)"
    assert article_dates("Unrest in Bishkek\n\n07.10.2020 18:40 (updated 07.10.2020 21:15)\n\nProtests went on.\n") \
        == ["2020-10-07"]
    # not a version number or a figure in prose
    assert article_dates("Law passed\n\nVersion 1.2.2020 of the law was passed on Monday.\n") == [""]


def test_a_day_first_dateline_dates_the_article():
    # Gulf, South Asian and British agencies put the day first, often as an ordinal
    assert dateline("ABU DHABI, 18th April, 2012 (WAM) -- The ministers met.") == (4, 18, 2012)
    assert dateline("LONDON, 4 October 2023 - Britain said.") == (10, 4, 2023)
    assert dateline("He met them on 4 October 2023 - in London.") is None
    assert article_dates("Headline\n\nABU DHABI, 18th April, 2012 (WAM) -- The UAE said.\n") == ["2012-04-18"]


def test_a_dateline_of_two_capitals_takes_its_year_from_the_published_line():
    text = ("Headline\n\nOctober 17, 2022 4:52 PM UTC · Updated ago\n\n"
            "LUXEMBOURG/DUBAI, Oct 17 (Reuters) - The European Union agreed on Monday to impose sanctions.\n")
    assert article_dates(text) == ["2022-10-17"]
    text = "Headline\n\nSource: Xinhua | 2021-08-25 21:36:08\n\nALGIERS/RABAT, Aug. 25 (Xinhua) -- Arab states said.\n"
    assert article_dates(text) == ["2021-08-25"]


def test_dates_in_figures_and_glued_times_in_the_head():
    assert article_dates("Headline\n\nUpdated: 2020-11-28 09:16\n\nThe ministry said this.\n") == ["2020-11-28"]
    assert article_dates("Headline\n\nWed 18/04/2012 - 14:20\n\nThe UAE said this.\n") == ["2012-04-18"]
    # a second number past 12 makes the line American, month first
    assert article_dates("Headline\n\n04/18/2012 14:20\n\nThe UAE said this.\n") == ["2012-04-18"]
    assert article_dates("Headline\n\nPublished on 07/07/2021 - 18:52 | Modified on 08/07/2021 - 03:40 | "
                         "Port-au-Prince bureau\n\nHaiti's police said.\n") == ["2021-07-07"]
    assert article_dates("Headline\n\nJune 24, 20238:58 PM UTCUpdated ago\n\nRussia said this.\n") == ["2023-06-24"]
    # prose with a date in figures is no date line
    assert article_dates("Headline\n\nThe deal signed on 2020-11-28 was void, the ministry said.\n") == [""]
