#!/usr/bin/env python3
"""canon.py NAME...  : case-insensitive look-up of a name (as actor or alias) in the project's name files."""
import csv, sys
FILES = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv",
         "/work/main/pipeline/data/parties.csv", "/work/main/labels/pages/states.csv"]
rows = []
for f in FILES:
    for r in csv.DictReader(open(f, encoding="utf-8")):
        rows.append((r["actor"], r["alias"], r.get("kind", ""), f.split("/")[-1]))
for q in sys.argv[1:]:
    ql = q.lower()
    exact = [r for r in rows if r[0].lower() == ql or r[1].lower() == ql]
    part = [r for r in rows if ql in r[1].lower() and r not in exact][:8]
    print(f"== {q}: exact {len(exact)}")
    for r in exact[:8]: print("   =", r)
    for r in part: print("   ~", r)
