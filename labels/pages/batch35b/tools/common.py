"""Helpers for batch35b: read a page's visible text and copy label units exactly.

S(doc, start, end) returns the unit that begins with `start` and ends with `end`
(both taken literally from the page), so the sentence column matches the page.
No labelling decision is taken here.
"""
import csv, html, os, re
from html.parser import HTMLParser

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class _Text(HTMLParser):
    SKIP = {"script", "style", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in ("p", "li", "h1", "h2", "h3", "blockquote", "div", "br", "figcaption", "footer"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in ("p", "li", "h1", "h2", "h3", "blockquote", "div"):
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


_cache = {}


def text(doc):
    if doc not in _cache:
        raw = open(os.path.join(BASE, doc), encoding="utf-8").read()
        if doc.endswith(".html"):
            p = _Text()
            p.feed(raw)
            raw = "".join(p.out)
        _cache[doc] = re.sub(r"\s+", " ", raw)
    return _cache[doc]


def S(doc, start, end=None):
    t = text(doc)
    i = t.find(start)
    if i < 0:
        raise ValueError(f"{doc}: start not found: {start!r}")
    if t.find(start, i + 1) >= 0:
        raise ValueError(f"{doc}: start not unique: {start!r}")
    if end is None:
        return start
    j = t.find(end, i)
    if j < 0:
        raise ValueError(f"{doc}: end not found after start: {end!r}")
    return t[i : j + len(end)]


def check(rows):
    bad = 0
    for r in rows:
        if r["sentence"] not in text(r["doc"]):
            print("NOT IN PAGE:", r["doc"], r["sentence"][:80])
            bad += 1
    return bad


def words(doc):
    return len(text(doc).split())
