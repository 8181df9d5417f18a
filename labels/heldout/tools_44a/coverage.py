#!/usr/bin/env python3
"""Print each page's text lines, marking with [n] the lines that contain labelled units, to spot statements left out."""
import csv, os, sys, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pagetext import visible_text
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(f"{HERE}/statements.csv", encoding="utf-8")))
doc = sys.argv[1]
sents = [r["sentence"] for r in rows if r["doc"] == doc]
for line in visible_text(os.path.join(HERE, doc)).split("\n"):
    if not line.strip(): continue
    rest = line
    n = 0
    for s in set(sents):
        if s in rest:
            n += sum(1 for r in rows if r["doc"] == doc and r["sentence"] == s)
            rest = rest.replace(s, "§")
    left = re.sub(r"§", "", rest).strip()
    print(f"[{n}] " if n else "    ", (line[:150] if not n else ("LEFT: " + left[:150] if len(left) > 3 else line[:80])))
