#!/usr/bin/env python3
"""Builds /work/blind47b/statements.csv from the hand decisions in tools/labels_*.py and checks it:
every sentence occurs in its page's visible text (whitespace aside, inside one paragraph), no (doc, sentence, actor)
repeats, every actor/target is in the name files or in new_actors.csv, stance/sentiment values are valid."""
import csv, glob, importlib.util, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAIN = "/work/main"
NAME_FILES = [f"{MAIN}/labels/actors.csv", f"{MAIN}/pipeline/data/organisations.csv",
              f"{MAIN}/pipeline/data/parties.csv", f"{MAIN}/labels/pages/states.csv", f"{HERE}/new_actors.csv"]
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}

class Visible(HTMLParser):
    INLINE = {"a", "span", "time", "strong", "em", "b", "i", "small"}
    HIDDEN = {"script", "style", "head", "title"}
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
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        v = Visible(); v.feed(raw); raw = "".join(v.parts)
    return [re.sub(r"\s+", " ", l).strip() for l in raw.split("\n") if l.strip()]

names = set()
for f in NAME_FILES:
    with open(f, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            names.add(r["actor"])

rows, errors = [], []
for mod_path in sorted(glob.glob(os.path.join(HERE, "tools", "labels_*.py"))):
    spec = importlib.util.spec_from_file_location("m", mod_path); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    lines = visible(os.path.join(HERE, m.DOC))
    for sent, actor, stance, senti, target, note in m.ROWS:
        s = re.sub(r"\s+", " ", sent).strip()
        if not any(s in l for l in lines): errors.append(f"{m.DOC}: sentence not found: {s[:80]}")
        if actor and actor not in names: errors.append(f"{m.DOC}: unknown actor {actor}")
        if target and target not in names: errors.append(f"{m.DOC}: unknown target {target}")
        if target == actor: errors.append(f"{m.DOC}: target == actor {actor}")
        if stance not in STANCES or senti not in SENTS: errors.append(f"{m.DOC}: bad stance/sentiment {stance}/{senti}")
        rows.append([m.DOC, s, actor, stance, senti, target, "dev", note])

seen = set()
for r in rows:
    k = (r[0], r[1], r[2])
    if k in seen: errors.append(f"duplicate (doc, sentence, actor): {r[0]} {r[2]} {r[1][:60]}")
    seen.add(k)

with open(os.path.join(HERE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"]); w.writerows(rows)

from collections import Counter
print(len(rows), "rows")
for d, n in sorted(Counter(r[0] for r in rows).items()): print(f"  {d}: {n}")
print("stances:", dict(Counter(r[3] for r in rows)))
print("sentiments:", dict(Counter(r[4] for r in rows)))
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
