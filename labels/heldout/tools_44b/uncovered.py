#!/usr/bin/env python3
"""List rough sentences of each page that no row covers (for the completeness re-read)."""
import csv, re, sys
sys.path.insert(0, '/work/main/labels/pages/batch2a/tools'); from pagetext import visible_text
rows = list(csv.DictReader(open('statements.csv')))
by = {}
for r in rows: by.setdefault(r['doc'], set()).add(r['sentence'])
for doc in sorted(by):
    t = visible_text(doc)
    print("=====", doc)
    for line in t.split('\n'):
        if len(line.split()) < 8: continue
        parts = re.split(r'(?<=[.?!])\s+(?=["“A-Z])', line)
        for p in parts:
            if not any(p.strip() in s or s in p for s in by[doc]):
                print("  --", p[:150])
