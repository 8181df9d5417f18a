"""Build ../statements.csv from the hand-written label lists in labels/p*.py (batch44e)."""
import csv, glob, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "statements.csv")
rows = []
for path in sorted(glob.glob(os.path.join(HERE, "labels", "p*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for r in m.ROWS:
        sent, actor, stance, senti, target, note = r
        rows.append([m.DOC, sent, actor, stance, senti, target, "page", note])
with open(OUT, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
print(len(rows), "rows")
