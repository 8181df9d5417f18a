"""Build ../statements.csv from the hand decisions in tools/rows_*.py; check every unit is in its page's
visible text, inside one paragraph (line)."""
import csv, glob, os, runpy, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from vis import visible_text

out, bad = [], 0
for f in sorted(glob.glob(os.path.join(HERE, "rows_*.py"))):
    ns = runpy.run_path(f)
    doc = ns["DOC"]
    text = visible_text(os.path.join(BASE, doc))
    lines = text.split("\n")
    for row in ns["ROWS"]:
        sent, actor, stance, sentiment, target, note = row
        if not any(sent in l for l in lines):
            print("NOT FOUND", doc, sent[:90]); bad += 1
        out.append([doc, sent, actor, stance, sentiment, target, "page", note])
with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(out)
print(len(out), "rows;", bad, "not found")
for d, n in sorted(Counter(r[0] for r in out).items()):
    c = Counter(r[3] for r in out if r[0] == d)
    print(f"{n:3d} {d} {dict(c)}")
print(Counter(r[3] for r in out)); print(Counter(r[4] for r in out))
