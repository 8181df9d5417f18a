"""Builds statements.csv from tools/rows.py and checks it (my own script):
every unit is cut verbatim from the page's visible text and lies in one paragraph; no (doc, sentence, actor)
repeats; every actor/target is in the project's name files or in new_actors.csv."""
import csv, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, "tools"))
import pagetext
from rows import ROWS
NAMEFILES = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv",
             "/work/main/pipeline/data/parties.csv", "/work/main/labels/pages/states.csv"]
canon = set()
for p in NAMEFILES:
    for r in csv.DictReader(open(p, encoding="utf-8")):
        canon.add(r["actor"])
new = {r["actor"] for r in csv.DictReader(open(os.path.join(HERE, "new_actors.csv"), encoding="utf-8"))}
out, seen, errs = [], set(), []
for doc, rows in ROWS.items():
    t = pagetext.text(os.path.join(HERE, doc))
    for start, end, actor, stance, sent, target, note in rows:
        n = t.count(start)
        if n != 1:
            errs.append(f"{doc}: start found {n} times: {start!r}"); continue
        i = t.index(start); j = t.find(end, i)
        if j < 0:
            errs.append(f"{doc}: end not found: {end!r}"); continue
        unit = t[i:j + len(end)]
        if "\n" in unit:
            errs.append(f"{doc}: unit spans paragraphs: {start!r}")
        for a in (actor, target):
            if a and a not in canon and a not in new:
                errs.append(f"{doc}: name not known: {a!r}")
        if actor == target:
            errs.append(f"{doc}: target = actor: {start!r}")
        k = (doc, unit, actor)
        if k in seen:
            errs.append(f"{doc}: duplicate (doc, sentence, actor): {start!r}")
        seen.add(k)
        # whitespace-insensitive re-check against the page text
        if " ".join(unit.split()) not in " ".join(t.split()):
            errs.append(f"{doc}: unit not in page text: {start!r}")
        out.append([doc, unit, actor, stance, sent, target, "dev", note])
with open(os.path.join(HERE, "statements.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(out)
for e in errs:
    print("ERROR", e)
per = Counter(r[0] for r in out)
for d in ROWS:
    print(f"{per[d]:3d}  {d}")
print("total", len(out), dict(Counter(r[3] for r in out)))
print("sentiments", dict(Counter(r[4] for r in out)))
