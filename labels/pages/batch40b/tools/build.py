"""Build /work/batch40b/statements.csv from tools/rows_*.py and check every sentence is in its page's visible text."""
import csv, glob, importlib.util, os, re, sys
from html.parser import HTMLParser

BASE = "/work/batch40b"

class Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.skip = 0; self.parts = []
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)

def visible(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Text(); p.feed(raw); raw = " ".join(p.parts)
    return re.sub(r"\s+", " ", raw)

rows, bad = [], 0
for f in sorted(glob.glob(os.path.join(BASE, "tools", "rows_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(BASE, m.DOC))
    for r in m.ROWS:
        sent, actor, stance, senti, target, note = r
        if re.sub(r"\s+", " ", sent) not in text:
            bad += 1; print("NOT IN PAGE:", m.DOC, sent[:90])
        rows.append([m.DOC, sent, actor, stance, senti, target, "page", note])
with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out); w.writerow(["doc","sentence","actor","stance","sentiment","target","source","note"]); w.writerows(rows)
print(len(rows), "rows;", bad, "not found")
from collections import Counter
for doc in sorted(set(r[0] for r in rows)):
    c = Counter(r[3] for r in rows if r[0] == doc)
    print(doc, sum(c.values()), dict(c))
print("all", dict(Counter(r[3] for r in rows)))
