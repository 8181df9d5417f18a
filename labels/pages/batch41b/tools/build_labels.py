#!/usr/bin/env python3
"""Build /work/batch41b/statements.csv from the hand decisions in tools/labels_*.py.

Each labels file defines DOC (page file name) and ROWS, a list of
(sentence, actor, stance, sentiment, target, note) tuples written by hand.
This script only writes the CSV and checks that every sentence occurs in the
page's visible text (whitespace-normalised); it makes no labelling decision.
"""
import csv, glob, html, importlib.util, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}

class Visible(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"): self.skip += 1
        if tag in ("p", "div", "li", "h1", "h2", "h3", "br", "blockquote", "figcaption", "section", "article", "footer", "nav", "aside"): self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"): self.skip -= 1
        if tag in ("p", "div", "li", "h1", "h2", "h3", "blockquote", "figcaption"): self.out.append("\n")
    def handle_data(self, data):
        if not self.skip: self.out.append(data)

def visible(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        v = Visible(); v.feed(raw); raw = "".join(v.out)
    return raw

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def main():
    rows = []; problems = 0
    for f in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        text = norm(visible(os.path.join(BATCH, m.DOC)))
        for r in m.ROWS:
            sent, actor, stance, senti, target, note = r
            if norm(sent) not in text:
                print(f"{m.DOC}: NOT FOUND: {sent[:80]}"); problems += 1
            if stance not in STANCES or senti not in SENTS:
                print(f"{m.DOC}: bad label {stance}/{senti}: {sent[:60]}"); problems += 1
            rows.append([m.DOC, norm(sent), actor, stance, senti, target, "page", note])
        print(f"{m.DOC}: {len(m.ROWS)} rows")
    with open(os.path.join(BATCH, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh); w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(rows)
    print(f"total {len(rows)} rows, {problems} problems")

if __name__ == "__main__":
    main()
