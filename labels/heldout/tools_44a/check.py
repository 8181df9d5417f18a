#!/usr/bin/env python3
"""Own checks: every sentence occurs in its page's visible text (whitespace aside) within one paragraph,
no (doc, sentence, actor) repeats, actors/targets are canonical (name files or new_actors.csv),
stances/sentiments valid, source = dev. Prints per-page counts."""
import csv, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pagetext import visible_text
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
M = "/work/main"
NAME_FILES = [f"{M}/labels/actors.csv", f"{M}/pipeline/data/organisations.csv", f"{M}/pipeline/data/parties.csv", f"{M}/labels/pages/states.csv"]
canon, alias_of = set(), {}
for p in NAME_FILES:
    for r in csv.DictReader(open(p, encoding="utf-8")):
        canon.add(r["actor"]); alias_of.setdefault(r["alias"].lower(), r["actor"])
new = list(csv.DictReader(open(f"{HERE}/new_actors.csv", encoding="utf-8")))
newnames = {r["actor"] for r in new}
err = []
for r in new:
    a = r["alias"].lower()
    if a in alias_of and alias_of[a] != r["actor"]:
        err.append(f"new alias {r['alias']!r} already belongs to {alias_of[a]!r}")
    if r["actor"] in canon:
        err.append(f"new actor {r['actor']!r} already canonical")
rows = list(csv.DictReader(open(f"{HERE}/statements.csv", encoding="utf-8")))
norm = lambda s: re.sub(r"\s+", " ", s).strip()
texts, seen, per = {}, set(), Counter()
for i, r in enumerate(rows, 2):
    d = r["doc"]
    if d not in texts:
        t = visible_text(os.path.join(HERE, d))
        texts[d] = [norm(par) for par in t.split("\n")]
    if not any(norm(r["sentence"]) in par for par in texts[d]):
        err.append(f"line {i}: sentence not in {d}: {r['sentence'][:60]!r}")
    k = (d, norm(r["sentence"]), r["actor"])
    if k in seen: err.append(f"line {i}: duplicate {k[2]} {k[1][:40]!r}")
    seen.add(k)
    for col in ("actor", "target"):
        v = r[col]
        if v and v not in canon and v not in newnames:
            err.append(f"line {i}: {col} {v!r} not canonical")
    if r["target"] and r["target"] == r["actor"]: err.append(f"line {i}: target = actor")
    if r["stance"] not in {"condemning", "supporting", "neutral", "calling_for_talks"}: err.append(f"line {i}: stance")
    if r["sentiment"] not in {"negative", "neutral", "positive"}: err.append(f"line {i}: sentiment")
    if r["source"] != "dev": err.append(f"line {i}: source")
    if not r["actor"]: err.append(f"line {i}: empty actor")
    per[d] += 1
used = {r["actor"] for r in rows} | {r["target"] for r in rows if r["target"]}
for n in sorted(newnames - used): err.append(f"new actor {n!r} unused")
for d in sorted(per):
    st = Counter(r["stance"] for r in rows if r["doc"] == d)
    print(f"{per[d]:3d} rows  {len(visible_text(os.path.join(HERE, d)).split()):5d} words  {d}  {dict(st)}")
print("total", len(rows), dict(Counter(r["stance"] for r in rows)), dict(Counter(r["sentiment"] for r in rows)))
print("\n".join(err) if err else "OK")
