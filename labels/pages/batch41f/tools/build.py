"""Build /work/batch41f/statements.csv from tools/labels_*.py and check every sentence is in its page's visible text."""
import csv, glob, html, importlib.util, os, re, sys
from html.parser import HTMLParser

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

class Visible(HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"): self.skip -= 1
        self.parts.append(" ")
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def visible(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Visible(); p.feed(raw); raw = "".join(p.parts)
    return norm(html.unescape(raw))

rows, bad = [], 0
for f in sorted(glob.glob(os.path.join(BASE, "tools", "labels_*.py"))):
    spec = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(BASE, m.DOC))
    for r in m.ROWS:
        sent, actor, stance, senti, target, note = r
        assert stance in ("condemning", "supporting", "neutral", "calling_for_talks"), r
        assert senti in ("negative", "neutral", "positive"), r
        if norm(sent) not in text:
            bad += 1; print("NOT FOUND", m.DOC, sent[:80])
        rows.append([m.DOC, sent, actor, stance, senti, target, "page", note])
with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"]); w.writerows(rows)
print(len(rows), "rows;", bad, "not found")
