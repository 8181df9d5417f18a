"""Checks: every sentence occurs in its page's visible text (whitespace aside), no (doc, sentence, actor) repeats,
every actor/target is canonical in the project's name files or in new_actors.csv, 20-35 rows per page."""
import csv, os, sys, re
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import visible_text, norm
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAIN = "/work/main"
names = set()
for f in ["labels/actors.csv", "pipeline/data/organisations.csv", "pipeline/data/parties.csv", "pipeline/data/officeholders.csv"]:
    for r in csv.DictReader(open(os.path.join(MAIN, f), encoding="utf-8")):
        names.add(r["actor"])
new = {r["actor"] for r in csv.DictReader(open(os.path.join(BASE, "new_actors.csv"), encoding="utf-8"))}
rows = list(csv.DictReader(open(os.path.join(BASE, "statements.csv"), encoding="utf-8")))
ok = True
seen = set()
texts = {}
per = defaultdict(Counter)
for i, r in enumerate(rows, 2):
    d = r["doc"]
    texts.setdefault(d, visible_text(os.path.join(BASE, d)))
    if norm(r["sentence"]) not in texts[d]:
        print(f"statements.csv:{i}: sentence not in page"); ok = False
    k = (d, norm(r["sentence"]), r["actor"])
    if k in seen:
        print(f"statements.csv:{i}: duplicate"); ok = False
    seen.add(k)
    for col in ("actor", "target"):
        a = r[col]
        if a and a not in names and a not in new:
            print(f"statements.csv:{i}: unknown {col} {a!r}"); ok = False
    if r["source"] != "dev":
        print(f"statements.csv:{i}: source"); ok = False
    per[d][r["stance"]] += 1
for d, c in sorted(per.items()):
    n = sum(c.values())
    flag = "" if 20 <= n <= 35 else "  <-- outside 20-35"
    print(f"{n:3d} {dict(c)} {d}{flag}")
print("OK" if ok else "PROBLEMS")
