"""Helpers for batch34b: visible text of a page and a check that each labelled unit is in it.

The labels themselves are written by hand in labels_*.py; this file only reads the pages.
"""
import csv
import html
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = ["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"]
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTIMENTS = {"negative", "neutral", "positive"}


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def visible_text(doc):
    raw = open(os.path.join(BASE, doc), encoding="utf-8").read()
    if doc.endswith(".html"):
        raw = re.sub(r"<head.*?</head>", " ", raw, flags=re.S)
        raw = re.sub(r"<script.*?</script>", " ", raw, flags=re.S)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return norm(raw)


def check(rows):
    texts = {}
    bad = 0
    for r in rows:
        doc, sent, actor, stance, senti, target = r[:6]
        if doc not in texts:
            texts[doc] = visible_text(doc)
        if norm(sent) not in texts[doc]:
            print("NOT IN PAGE:", doc, sent[:90])
            bad += 1
        if stance not in STANCES or senti not in SENTIMENTS:
            print("BAD LABEL:", r)
            bad += 1
    return bad


def write(rows, path=os.path.join(BASE, "statements.csv")):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for r in rows:
            doc, sent, actor, stance, senti, target, note = r
            w.writerow([doc, sent, actor, stance, senti, target, "page", note])


def paragraphs(doc):
    raw = open(os.path.join(BASE, doc), encoding="utf-8").read()
    if doc.endswith(".html"):
        ps = re.findall(r"<p[^>]*>(.*?)</p>", raw, flags=re.S)
        return [norm(html.unescape(re.sub(r"<[^>]+>", " ", p))) for p in ps]
    return [norm(p) for p in re.split(r"\n\s*\n", raw)]


_cache = {}


def S(doc, prefix, end=None):
    """Copy the exact unit from the page: from `prefix` to the end of its paragraph,
    or up to and including `end` when the paragraph holds several units."""
    if doc not in _cache:
        _cache[doc] = paragraphs(doc)
    hits = [p for p in _cache[doc] if prefix in p]
    if len(hits) != 1:
        raise SystemExit("prefix not unique/found (%d): %s | %s" % (len(hits), doc, prefix))
    p = hits[0]
    i = p.index(prefix)
    s = p[i:]
    if end is not None:
        j = s.index(end)
        s = s[: j + len(end)]
    return s
