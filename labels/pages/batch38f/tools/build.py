"""Collect the hand-written rows of tools/labels_*.py into statements.csv."""
import csv, glob, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "statements.csv")
rows = []
for path in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
    spec = importlib.util.spec_from_file_location("m", path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for sent, actor, stance, sentiment, target, note in m.ROWS:
        rows.append([m.DOC, sent, actor, stance, sentiment, target, "page", note])
with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
print(len(rows), "rows")
