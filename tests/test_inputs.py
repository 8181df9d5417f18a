"""Reading inputs: encodings, web pages, tables of articles, bad rows, streaming."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.inputs import (
    Columns,
    Document,
    Skipped,
    decode,
    find_inputs,
    iter_documents,
    parse_date,
    read_all,
)

NOT_TEXT = "not text (binary, or an encoding that cannot be detected)"


def test_cp1252_curly_quotes_are_decoded_in_short_and_long_files(tmp_path: Path):
    assert decode(b"\x93Hello,\x94 he said.") == "\u201cHello,\u201d he said."
    long = "\u201cWe condemn this attack,\u201d the minister\u2019s spokesman said \u2013 in Paris.\n" * 40
    (tmp_path / "long.txt").write_bytes(long.encode("cp1252"))
    (tmp_path / "short.txt").write_bytes(b"\x93Hello,\x94 he said.")
    (tmp_path / "latin.txt").write_bytes("L’Élysée a déclaré très tôt.".encode("cp1252"))
    docs, skipped = read_all([tmp_path])
    assert skipped == []
    assert {d.id: d.text for d in docs} == {
        "latin.txt": "L’Élysée a déclaré très tôt.",
        "long.txt": long,
        "short.txt": "\u201cHello,\u201d he said.",
    }


def test_non_western_legacy_encodings_still_go_to_detection():
    polish = "Minister powiedział w środę, że Polska potępia ofensywę i wzywa do rozmów."
    russian = "Министр иностранных дел России заявил, переговоры невозможны."  # no "ч", which cp1252 reads as "÷"
    assert decode(polish.encode("cp1250")) == polish
    assert decode(russian.encode("cp1251")) == russian


def test_utf16_and_utf8_boms_are_decoded_and_removed(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes("Kyiv said \u201cno\u201d.".encode("utf-16"))
    (tmp_path / "b.txt").write_bytes("\ufeffBaku said so.".encode("utf-8"))
    docs, skipped = read_all([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert skipped == []
    assert [(d.id, d.text, d.path) for d in docs] == [
        ("a.txt", "Kyiv said \u201cno\u201d.", str(tmp_path / "a.txt")),
        ("b.txt", "Baku said so.", str(tmp_path / "b.txt")),
    ]


def test_binary_and_empty_files_are_skipped_with_reasons(tmp_path: Path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Paris said so.", encoding="utf-8")
    docs, skipped = read_all([tmp_path])
    assert [d.id for d in docs] == ["ok.txt"]
    assert skipped == [
        Skipped(str(tmp_path / "blank.txt"), "empty document"),
        Skipped(str(tmp_path / "image.txt"), NOT_TEXT),
    ]


def test_two_files_with_one_name_get_distinct_ids(tmp_path: Path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_text(f"{folder} said so.", encoding="utf-8")
    docs, _ = read_all([tmp_path])
    assert [d.id for d in docs] == ["news.txt", str(tmp_path / "y" / "news.txt")]


ARTICLE = [
    (
        "France on Wednesday condemned the military offensive launched overnight, calling it a grave "
        "violation of international law."
    ),
    (
        "“We call on all parties to return to the negotiating table without delay,” the foreign ministry "
        "said in a statement issued in Paris."
    ),
    "Germany said it shared the concerns of its partners and urged restraint from both sides in the coming days.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>France condemns the offensive | The Daily Example</title>
<meta property="og:title" content="France condemns the offensive">
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2023-10-04T13:00:00Z">
<link rel="canonical" href="https://daily.example.com/world/france-condemns">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience. By continuing
you accept our cookie policy.</p><button>Accept all cookies</button></div>
<main><article>
<h1>France condemns the offensive</h1>
<p class="byline">By Jane Doe</p>
<p>{ARTICLE[0]}</p>
<p>{ARTICLE[1]}</p>
<p>{ARTICLE[2]}</p>
<div class="share-buttons social-share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
</article>
<aside class="related-articles"><h2>Related articles</h2><ul>
<li><a href="/a">Armenia and Azerbaijan agree to hold further talks next month in Brussels</a></li>
<li><a href="/b">EU foreign ministers meet to discuss the escalating regional crisis</a></li></ul></aside>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>This is an outrageous decision and everybody who reads this newspaper knows it.</p></div>
</section></main>
<footer><p>\u00a9 2021 The Daily Example. All rights reserved. Contact us | Privacy policy</p></footer>
</body></html>
"""


def test_html_keeps_only_the_article_paragraphs_with_title_date_and_source(tmp_path: Path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    docs, skipped = read_all([tmp_path])
    assert skipped == []
    (doc,) = docs
    assert doc.text.split("\n") == ARTICLE
    assert (doc.id, doc.title, doc.date) == ("page.html", "France condemns the offensive", "2023-10-04")
    assert doc.source == "The Daily Example"
    assert doc.url == "https://daily.example.com/world/france-condemns"


def test_html_without_a_site_name_takes_the_last_part_of_its_title(tmp_path: Path):
    # a ministry's site names itself only in <title> (its masthead is navigation, dropped); a title of one part
    # names no site
    body = ("<body><header><nav>Home | The Ministry | Press Room</nav></header><main><article><h1>Press releases: the "
            "Silala</h1><p>The Ministry recalls that Chile filed the application in June 2016 in order to obtain a "
            "declaration on the nature of the Silala as an international watercourse.</p><p>The Ministry reiterates "
            "that the judgment is final and binding on both Parties, and that Chile will comply with it in full."
            "</p></article></main></body></html>")
    (tmp_path / "a.html").write_text("<html><head><title>Press Releases \u2013 Silala | Ministry of Foreign Affairs of "
                                     "Chile</title></head>" + body, encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><head><title>Press releases</title></head>" + body, encoding="utf-8")
    # after the last bar, the site's whole name, its dash included
    (tmp_path / "c.html").write_text("<html><head><title>Press Releases: Silala | Ministry of Foreign and Diaspora "
                                     "Affairs - Republic of Kenya</title></head>" + body, encoding="utf-8")
    docs, _ = read_all([tmp_path])
    assert [(d.id, d.source) for d in docs] == [("a.html", "Ministry of Foreign Affairs of Chile"), ("b.html", ""),
                                                ("c.html", "Ministry of Foreign and Diaspora Affairs - Republic of Kenya")]


def test_html_news_list_keeps_every_release_in_page_order(tmp_path: Path):
    # a ministry's news list: trafilatura keeps the long first <article> as the main text and drops the releases
    # after a banner; they are as much the page's statements
    def release(title: str, day: str, verb: str, count: int) -> str:
        paragraphs = "".join(f"<p>The Ministry {verb} point {i} of the decision taken by the neighbouring government "
                             f"on Monday evening.</p>" for i in range(count))
        return f'<article class="news-item"><p class="date"><time>{day}</time></p><h2>{title}</h2>{paragraphs}</article>'
    # (a related-story card, one paragraph: no release)
    teaser = ('<aside><article class="card"><h3>Read also</h3><p>The Minister visited the northern provinces on '
              'Friday to open a new school.</p></article></aside>')
    page = ("<html><head><title>News | Ministry of Foreign Affairs</title></head><body><nav>Home | News</nav><main>"
            '<section class="news-list"><h1>News</h1>' + release("On the border", "5 October 2022", "regrets", 8)
            + '<aside class="banner"><a href="/capital">From 17 September the capital bears a new name</a></aside>'
            + release("On the ambassador", "4 October 2022", "notes", 3)
            + release("On the meeting", "23 August 2022", "recalls", 3) + "</section>" + teaser + "</main></body></html>")
    (tmp_path / "list.html").write_text(page, encoding="utf-8")
    (doc,), _ = read_all([tmp_path])
    verbs = [line.split()[2] for line in doc.text.split("\n") if line.startswith("The Ministry")]
    assert verbs == ["regrets"] * 8 + ["notes"] * 3 + ["recalls"] * 3
    assert "On the ambassador\n4 October 2022" in doc.text and "northern provinces" not in doc.text


def test_html_keeps_its_footer_as_the_imprint_apart_from_the_text(tmp_path: Path):
    # the footer trafilatura drops with the furniture ("Teatinos 180, Santiago"): where the site is, not text
    (tmp_path / "page.html").write_text(PAGE.replace("<footer><p>", "<footer><p>Teatinos 180, Santiago &middot; "),
                                        encoding="utf-8")
    (doc,), _ = read_all([tmp_path])
    assert doc.imprint.startswith("Teatinos 180, Santiago \u00b7 \u00a9 2021 The Daily Example")
    assert "Santiago" not in doc.text


def test_html_declared_charset_is_respected_and_pages_without_text_are_skipped(tmp_path: Path):
    czech = "Česká vláda ve středu odsoudila útok a vyzvala obě strany k okamžitému příměří a k jednání."
    page = f'<html><head><meta charset="windows-1250"></head><body><article><p>{czech}</p></article></body></html>'
    (tmp_path / "cz.htm").write_bytes(page.encode("cp1250"))
    (tmp_path / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    docs, skipped = read_all([tmp_path])
    assert [(d.id, d.text) for d in docs] == [("cz.htm", czech)]
    assert skipped == [Skipped(str(tmp_path / "empty.html"), "no main text found")]


def test_jsonl_bad_rows_are_skipped_by_line_and_good_rows_kept(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "France condemned the attack.", "date": "2023-10-04T13:00:00Z",
                    "source": "Le Monde", "url": "https://lemonde.example/a1", "title": "France condemns"}),
        '{"text": "broken',
        json.dumps({"id": "a2", "title": "no text here"}),
        "",
        json.dumps({"text": "Germany urged restraint.", "date": "04/10/2023"}),
        json.dumps({"text": "Italy welcomed the deal.", "date": "Oct 5, 2023"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, skipped = read_all([path])
    assert docs == [
        Document("feed.jsonl:a1", "France condemned the attack.", "2023-10-04", "Le Monde",
                 "https://lemonde.example/a1", "France condemns", str(path)),
        Document("feed.jsonl:6", "Italy welcomed the deal.", "2023-10-05", path=str(path)),
    ]
    assert [s.where for s in skipped] == [f"{path}:2", f"{path}:3", f"{path}:5"]
    assert skipped[0].reason.startswith("invalid JSON")
    assert skipped[1].reason == "no text in column 'text'"
    assert "unparsable date" in skipped[2].reason and "04/10/2023" in skipped[2].reason


def test_json_list_single_object_and_duplicate_ids(tmp_path: Path):
    (tmp_path / "list.json").write_text(json.dumps([
        {"id": 7, "text": "Spain urged talks.", "date": 1696424400},
        "not an object",
        {"id": 7, "text": "Same id again."},
        {"text": "Norway said nothing.", "source": "NRK"},
    ]), encoding="utf-8")
    one = {"text": "Japan sent aid.", "date": "4 October 2023"}
    (tmp_path / "one.json").write_text(json.dumps(one), encoding="utf-8")
    docs, skipped = read_all([tmp_path])
    assert [(d.id, d.text, d.date, d.source) for d in docs] == [
        ("list.json:7", "Spain urged talks.", "2023-10-04", ""),
        ("list.json:4", "Norway said nothing.", "", "NRK"),
        ("one.json:1", "Japan sent aid.", "2023-10-04", ""),
    ]
    assert skipped == [
        Skipped(f"{tmp_path / 'list.json'}:2", "not an object with columns (got str)"),
        Skipped(f"{tmp_path / 'list.json'}:3", f"duplicate id 'list.json:7' (first at {tmp_path / 'list.json'}:1)"),
    ]


def test_csv_with_quoted_multiline_text_and_a_custom_text_column(tmp_path: Path):
    path = tmp_path / "export.csv"
    path.write_text(
        'id,headline,body,published\n'
        'r1,Paris reacts,"France condemned the attack.\n\n""It is unacceptable,"" the minister said.",2023-10-04\n'
        'r2,Empty,,2023-10-04\n'
        'r3,Too,many,fields,here\n'
        'r4,Berlin,"Germany urged restraint, again.",5 October 2023\n',
        encoding="utf-8",
    )
    columns = Columns(text="body", title="headline", date="published")
    docs, skipped = read_all([path], columns)
    assert [(d.id, d.text, d.title, d.date) for d in docs] == [
        ("export.csv:r1", 'France condemned the attack.\n\n"It is unacceptable," the minister said.', "Paris reacts",
         "2023-10-04"),
        ("export.csv:r4", "Germany urged restraint, again.", "Berlin", "2023-10-05"),
    ]
    # a record's line is where it starts: r1 spans lines 2-4
    assert skipped == [
        Skipped(f"{path}:5", "no text in column 'body'"),
        Skipped(f"{path}:6", "expected 4 fields, found 5"),
    ]


def test_csv_big_fields_semicolons_and_cp1252(tmp_path: Path):
    big = "word " * 60_000  # over the csv module's 128 KB default field limit
    path = tmp_path / "excel.csv"
    path.write_bytes(f"text;source\n\u201c{big}\u201d;Le Soir\n".encode("cp1252"))
    docs, skipped = read_all([path])
    assert skipped == []
    assert docs[0].text == f"\u201c{big}\u201d" and docs[0].source == "Le Soir"


def test_csv_without_the_text_column_is_skipped_naming_both(tmp_path: Path):
    path = tmp_path / "wrong.csv"
    path.write_text("id,body\n1,France said so.\n", encoding="utf-8")
    docs, skipped = read_all([path])
    assert docs == []
    assert skipped == [Skipped(str(path), "no 'text' column (columns found: id, body)")]


def test_parquet_rows_with_timestamp_dates(tmp_path: Path):
    path = tmp_path / "articles.parquet"
    table = pa.table({
        "id": ["p1", "p2", "p3"],
        "text": ["France condemned the attack.", None, "Spain urged talks."],
        "date": pa.array([datetime(2023, 10, 4, 13, tzinfo=timezone.utc), datetime(2023, 10, 5), None],
                         pa.timestamp("ns", tz="UTC")),
        "source": ["AFP", "AFP", None],
        "unused": [1, 2, 3],
    })
    pq.write_table(table, path, row_group_size=2)
    docs, skipped = read_all([path])
    assert [(d.id, d.text, d.date, d.source) for d in docs] == [
        ("articles.parquet:p1", "France condemned the attack.", "2023-10-04", "AFP"),
        ("articles.parquet:p3", "Spain urged talks.", "", ""),
    ]
    assert skipped == [Skipped(f"{path}:2", "no text in column 'text'")]


def test_folders_expand_recursively_to_supported_suffixes_in_sorted_order(tmp_path: Path):
    (tmp_path / "b").mkdir()
    names = ["b/z.txt", "a.jsonl", "b/c.csv", "m.html", "m.htm", "d.json", "e.parquet", "notes.md", "img.png"]
    for name in names:
        (tmp_path / name).write_bytes(b"")
    files, skipped = find_inputs([tmp_path, tmp_path / "a.jsonl", tmp_path / "nope"])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == [
        "a.jsonl", "b/c.csv", "b/z.txt", "d.json", "e.parquet", "m.htm", "m.html"]
    assert skipped == [Skipped(str(tmp_path / "nope"), "no such file or folder")]
    (tmp_path / "empty").mkdir()
    assert find_inputs([tmp_path / "empty"])[1][0].reason.startswith("folder has no .txt, .html")


def test_iter_documents_is_a_lazy_generator(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "First."}) + "\n", encoding="utf-8")
    stream = iter_documents([path])
    assert isinstance(stream, Iterator)
    first = next(stream)
    assert isinstance(first, Document) and first.text == "First."
    # written after the first document came out: an eager reader would never see it
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": "Second."}) + "\n{broken\n")
    rest = list(stream)
    assert [item.text for item in rest if isinstance(item, Document)] == ["Second."]
    assert [item.where for item in rest if isinstance(item, Skipped)] == [f"{path}:3"]


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-10-04", "2024-10-04"),
    ("2024-10-04T13:00:00Z", "2024-10-04"),
    ("2024-10-04T23:30:00-05:00", "2024-10-04"),
    ("Fri, 04 Oct 2024 13:00:00 +0000", "2024-10-04"),
    ("Oct 4, 2024", "2024-10-04"),
    ("4 October 2024", "2024-10-04"),
    (1728000000, "2024-10-04"),
    (date(2024, 10, 4), "2024-10-04"),
    (datetime(2024, 10, 4, 13), "2024-10-04"),
    (None, ""),
    ("", ""),
])
def test_parse_date_accepts_unambiguous_forms(value: object, expected: str):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["04/10/2024", "2024-02-30", "yesterday", "2024-10-04 at noon", 1.5, True, 1728000000000]
)
def test_parse_date_refuses_ambiguous_or_invalid_values(value: object):
    with pytest.raises(ValueError):
        parse_date(value)


def test_a_text_cell_holding_html_is_read_as_text(tmp_path: Path):
    fragment = ("<p>NAIROBI (Reuters) - Kenya condemned the attack.</p><p>&ldquo;This will not go unpunished,&rdquo; "
                "the minister said.<br>Police&nbsp;left.</p><script>var x = 1;</script>"
                "<figure><img src='a.jpg'><figcaption>Troops at the border (AFP)</figcaption></figure>")
    rows = [{"id": "frag", "text": fragment},
            {"id": "page", "text": PAGE, "source": "Wire feed"},
            {"id": "plain", "text": "AT&T said the deal &amp; the talks were over."},
            {"id": "bare", "text": "<p> </p><br>"}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    docs, skipped = read_all([tmp_path])
    by_id = {d.id.split(":")[1]: d for d in docs}
    assert by_id["frag"].text == ("NAIROBI (Reuters) - Kenya condemned the attack.\n“This will not go unpunished,” "
                                  "the minister said.\nPolice left.")
    assert by_id["page"].text.split("\n") == ARTICLE  # a whole page: its main text, as a .html file is read
    assert (by_id["page"].title, by_id["page"].date, by_id["page"].source) == (
        "France condemns the offensive", "2023-10-04", "Wire feed")  # the row's own metadata wins
    assert by_id["plain"].text == "AT&T said the deal & the talks were over."
    assert [s.where for s in skipped] == [f"{tmp_path / 'feed.jsonl'}:4"]


def test_an_embedded_posts_signature_dropped_by_the_extraction_is_put_back():
    from pipeline.inputs import _with_post_signatures

    page = ("<p>She had posted this shortly before leaving home:</p>"
            "<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">Ivan is free because thousands of people "
            "refused to keep quiet. Now the officers must stand trial.</p>&mdash; Jane Roe (@janeroe) "
            "<a href=\"https://twitter.com/janeroe/status/1\">June 12, 2019</a></blockquote>"
            "<p>The city approved a rally, the mayor's office said.</p>")
    # what trafilatura keeps of such a page (the signature, around a link, dropped with the markup)
    lines = ["She had posted this shortly before leaving home:",
             "Ivan is free because thousands of people refused to keep quiet. Now the officers must stand trial.",
             "The city approved a rally, the mayor's office said."]
    assert _with_post_signatures(page, lines) == [*lines[:2], "— Jane Roe (@janeroe) June 12, 2019", lines[2]]
    # ... and where it kept it, nothing is added
    kept = [*lines[:2], "— Jane Roe (@janeroe) June 12, 2019", lines[2]]
    assert _with_post_signatures(page, kept) == kept


def test_a_signature_in_the_posts_own_last_paragraph_is_put_back_too():
    from pipeline.inputs import _with_post_signatures

    page = ("<blockquote class=\"x-embed\"><p>We are following the storm in the east. Our thoughts are with the "
            "families.</p><p class=\"embed-meta\">— U.S. Embassy Havana (@USEmbCuba) October 21, 2024</p></blockquote>"
            "<p>The senator wrote that the regime was to blame.</p>")
    lines = ["We are following the storm in the east. Our thoughts are with the families.",
             "The senator wrote that the regime was to blame."]
    assert _with_post_signatures(page, lines) == [lines[0], "— U.S. Embassy Havana (@USEmbCuba) October 21, 2024",
                                                  lines[1]]
