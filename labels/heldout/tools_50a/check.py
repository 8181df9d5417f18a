#!/usr/bin/env python3
"""Own self-check: every sentence occurs in its page's visible text (whitespace aside), no (doc, sentence, actor)
repeats, every actor/target is in the name files or new_actors.csv, values are in the allowed sets."""
import csv, os, re, sys
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAIN = "/work/main"
NAMES = [f"{MAIN}/labels/actors.csv", f"{MAIN}/pipeline/data/organisations.csv", f"{MAIN}/pipeline/data/parties.csv",
         f"{MAIN}/labels/pages/states.csv", os.path.join(HERE, "new_actors.csv")]
class V(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.skip = 0; s.out = []
    def handle_starttag(s, t, a):
        if t in ("script", "style", "head", "title"): s.skip += 1
        else: s.out.append(" ")
    def handle_endtag(s, t):
        if t in ("script", "style", "head", "title"): s.skip -= 1
        else: s.out.append(" ")
    def handle_data(s, d):
        if not s.skip: s.out.append(d)
def text(p):
    raw = open(p, encoding="utf-8").read()
    if p.endswith(".html"):
        v = V(); v.feed(raw); raw = "".join(v.out)
    return re.sub(r"\s+", " ", raw)
canon = set()
for f in NAMES:
    for r in csv.DictReader(open(f, encoding="utf-8")):
        canon.add(r["actor"])
bad = 0; seen = set(); texts = {}
rows = list(csv.DictReader(open(os.path.join(HERE, "statements.csv"), encoding="utf-8")))
for i, r in enumerate(rows, 2):
    t = texts.setdefault(r["doc"], text(os.path.join(HERE, r["doc"])))
    if re.sub(r"\s+", " ", r["sentence"]).strip() not in t:
        print(f"line {i}: sentence not in page: {r['sentence'][:70]}"); bad += 1
    k = (r["doc"], r["sentence"], r["actor"])
    if k in seen: print(f"line {i}: repeated (doc, sentence, actor)"); bad += 1
    seen.add(k)
    for col in ("actor", "target"):
        if r[col] and r[col] not in canon: print(f"line {i}: {col} not canonical: {r[col]}"); bad += 1
    if r["target"] and r["target"] == r["actor"]: print(f"line {i}: target = actor"); bad += 1
    if r["stance"] not in {"condemning", "supporting", "neutral", "calling_for_talks"}: print(f"line {i}: stance"); bad += 1
    if r["sentiment"] not in {"negative", "neutral", "positive"}: print(f"line {i}: sentiment"); bad += 1
    if r["source"] != "dev": print(f"line {i}: source"); bad += 1
print(len(rows), "rows;", bad, "problems")
sys.exit(1 if bad else 0)
