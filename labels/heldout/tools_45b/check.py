#!/usr/bin/env python3
"""Own self-check: every sentence occurs in its page's visible text (whitespace aside, within one paragraph/line),
no (doc, sentence, actor) repeats, actors/targets are in the name files or new_actors.csv, labels are valid; prints
counts per page and stance."""
import csv, os, re, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
M = "/work/main"
NAME_FILES = [f"{M}/labels/actors.csv", f"{M}/pipeline/data/organisations.csv", f"{M}/pipeline/data/parties.csv",
              f"{M}/labels/pages/states.csv"]
class Vis(HTMLParser):
    HIDDEN = {"script", "style", "head", "title"}
    INLINE = {"a", "span", "time", "strong", "em", "b", "i", "small"}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.skip = 0; self.parts = []
    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN: self.skip += 1
        elif tag not in self.INLINE: self.parts.append("\n")
    def handle_endtag(self, tag):
        if tag in self.HIDDEN: self.skip -= 1
        elif tag not in self.INLINE: self.parts.append("\n")
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)
def visible(path):
    txt = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        v = Vis(); v.feed(txt); txt = "".join(v.parts)
    return [re.sub(r"\s+", " ", l).strip() for l in txt.split("\n") if l.strip()]
names = set()
for f in NAME_FILES:
    for r in csv.DictReader(open(f, encoding="utf-8")): names.add(r["actor"])
new = set(r["actor"] for r in csv.DictReader(open(os.path.join(HERE, "new_actors.csv"), encoding="utf-8")))
errs = 0; seen = set(); per = Counter(); st = Counter(); pst = Counter(); cache = {}
rows = list(csv.DictReader(open(os.path.join(HERE, "statements.csv"), encoding="utf-8")))
for i, r in enumerate(rows, 2):
    doc = r["doc"]; p = os.path.join(HERE, doc)
    if not os.path.exists(p): print(i, "no doc", doc); errs += 1; continue
    if doc not in cache: cache[doc] = visible(p)
    s = re.sub(r"\s+", " ", r["sentence"]).strip()
    if not any(s in line for line in cache[doc]): print(i, "NOT FOUND:", doc, s[:90]); errs += 1
    k = (doc, s, r["actor"])
    if k in seen: print(i, "DUPLICATE", k[2], s[:60]); errs += 1
    seen.add(k)
    for col in ("actor", "target"):
        a = r[col]
        if a and a not in names and a not in new: print(i, col, "UNKNOWN NAME:", a); errs += 1
    if r["actor"] == r["target"] and r["target"]: print(i, "target == actor"); errs += 1
    if r["stance"] not in {"condemning", "supporting", "neutral", "calling_for_talks"}: print(i, "bad stance"); errs += 1
    if r["sentiment"] not in {"negative", "neutral", "positive"}: print(i, "bad sentiment"); errs += 1
    if r["source"] != "dev": print(i, "bad source"); errs += 1
    per[doc] += 1; st[r["stance"]] += 1; pst[(doc, r["stance"])] += 1
for d in sorted(per):
    words = sum(len(l.split()) for l in cache[d])
    print(f"{per[d]:3d} rows  {words:5d} visible words  {d}  ", {k[1]: v for k, v in pst.items() if k[0] == d})
print("stances:", dict(st), "total", sum(per.values()))
print("ERRORS:", errs)
sys.exit(1 if errs else 0)
