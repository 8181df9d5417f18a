#!/usr/bin/env python3
"""List the paragraphs' text not covered by any labelled unit (for a completeness review by hand)."""
import csv, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pagetext import text
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
norm = lambda s: re.sub(r"\s+", " ", s).strip()
rows = list(csv.DictReader(open(HERE+"/statements.csv", encoding="utf-8")))
for d in sorted({r["doc"] for r in rows}):
    units = [norm(r["sentence"]) for r in rows if r["doc"] == d]
    print("=====", d)
    for p in text(os.path.join(HERE, d)).split("\n"):
        p = norm(p)
        if len(p.split()) < 6: continue
        for u in units: p = p.replace(u, " [#] ")
        p = norm(p)
        if re.sub(r"[\[\]# ]", "", p): print(" -", p[:400])
