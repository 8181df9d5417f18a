#!/usr/bin/env python3
"""Assemble statements.csv from the hand-decision files tools/labels_N_*.py and check every
sentence against the visible text of its page (HTML: text outside tags, scripts and head)."""
import csv, glob, html, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

class Visible(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"): self.skip += 1
        if tag in ("p", "div", "li", "h1", "h2", "h3", "blockquote", "br", "figcaption", "section", "article"): self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"): self.skip -= 1
    def handle_data(self, data):
        if not self.skip: self.out.append(data)

def visible(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        v = Visible(); v.feed(raw); raw = "".join(v.out)
    return re.sub(r"\s+", " ", html.unescape(raw))

def norm(s): return re.sub(r"\s+", " ", s).strip()

rows, problems = [], 0
for f in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
    d = {}; exec(open(f, encoding="utf-8").read(), d)
    doc = d["DOC"]; text = visible(os.path.join(ROOT, doc))
    for r in d["ROWS"]:
        sent, actor, stance, sentiment, target, note = r
        if norm(sent) not in text:
            problems += 1; print("NOT IN PAGE:", doc, sent[:90], file=sys.stderr)
        assert stance in ("condemning", "supporting", "neutral", "calling_for_talks"), r
        assert sentiment in ("negative", "neutral", "positive"), r
        rows.append([doc, sent, actor, stance, sentiment, target, "page", note])
with open(os.path.join(ROOT, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"]); w.writerows(rows)
print(len(rows), "rows;", problems, "problems")
