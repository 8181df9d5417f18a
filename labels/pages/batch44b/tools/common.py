"""Shared helpers: visible text of a page, and the check that every labelled sentence occurs in it."""
import csv, html, re, sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(path):
    raw = Path(path).read_text(encoding="utf-8")
    if str(path).endswith(".html"):
        p = _Text(); p.feed(raw); raw = "".join(p.parts)
    return norm(raw)


def norm(s):
    return re.sub(r"\s+", " ", html.unescape(s)).strip()


def check_and_write(rows, out_csv):
    bad = 0
    cache = {}
    for r in rows:
        doc = r[0]
        if doc not in cache:
            cache[doc] = visible(HERE / doc)
        if norm(r[1]) not in cache[doc]:
            print("NOT FOUND:", doc, "|", r[1][:90]); bad += 1
    with open(out_csv, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        for r in rows:
            doc, sent, actor, stance, senti, target, note = r
            w.writerow([doc, norm(sent), actor, stance, senti, target, "page", note])
    return bad
