"""Runs build_labels.py (all hand decisions) and writes ../statements.csv."""
import csv, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import build_labels as B

out = os.path.join(B.ROOT, "statements.csv")
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(B.ROWS)
print(f"{len(B.ROWS)} rows -> {out}")
