#!/usr/bin/env python3
"""Own checks: every sentence occurs in its page's visible text (whitespace aside), no (doc, sentence, actor) repeats,
actors/targets are in the name files or new_actors.csv, row counts per page, stance counts."""
import csv, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pagetext import text
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
M = "/work/main"
names = set()
for f in [M+"/labels/actors.csv", M+"/pipeline/data/organisations.csv", M+"/pipeline/data/parties.csv", M+"/labels/pages/states.csv", HERE+"/new_actors.csv"]:
    for r in csv.DictReader(open(f, encoding="utf-8")):
        names.add(r["actor"])
norm = lambda s: re.sub(r"\s+", " ", s).strip()
rows = list(csv.DictReader(open(HERE+"/statements.csv", encoding="utf-8")))
bad = 0; seen = set(); per = Counter(); st = Counter(); stp = {}
texts = {}
for i, r in enumerate(rows, 2):
    d = r["doc"]
    if d not in texts:
        texts[d] = [norm(p) for p in text(os.path.join(HERE, d)).split("\n")]
    if not any(norm(r["sentence"]) in p for p in texts[d]):
        print(f"line {i}: sentence not found in one paragraph of {d}: {r['sentence'][:70]}"); bad += 1
    k = (d, norm(r["sentence"]), r["actor"])
    if k in seen: print(f"line {i}: duplicate {k[2]}"); bad += 1
    seen.add(k)
    for col in ("actor", "target"):
        if r[col] and r[col] not in names: print(f"line {i}: {col} not canonical: {r[col]}"); bad += 1
    if r["actor"] and r["actor"] == r["target"]: print(f"line {i}: target == actor"); bad += 1
    per[d] += 1; st[r["stance"]] += 1; stp.setdefault(d, Counter())[r["stance"]] += 1
for d, n in per.items(): print(n, d, dict(stp[d]))
print("total", len(rows), dict(st)); print("problems", bad)
