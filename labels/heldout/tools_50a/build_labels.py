#!/usr/bin/env python3
"""Writes ../statements.csv from the hand decisions in labels_p*.py (source = dev)."""
import csv, glob, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "statements.csv")
rows = []
for f in sorted(glob.glob(os.path.join(HERE, "labels_p*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for sent, actor, stance, senti, target, note in m.ROWS:
        rows.append([m.DOC, sent, actor, stance, senti, target, "dev", note])
with open(OUT, "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
print(len(rows), "rows written to", OUT)
