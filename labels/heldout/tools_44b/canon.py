#!/usr/bin/env python3
"""Name look-up: for each argument, list rows of the name files where it is the actor or an alias
(case-insensitive substring), marking which file. Usage: canon.py NAME [NAME...]"""
import csv, glob, sys
M = "/work/main/"
FILES = [M + "labels/actors.csv", M + "pipeline/data/organisations.csv", M + "pipeline/data/parties.csv",
         M + "labels/pages/states.csv"]
EXTRA = [M + "labels/pages/new_actors.csv"] + sorted(glob.glob(M + "labels/heldout/new_actors_*.csv"))
def rows(p):
    return list(csv.DictReader(open(p, encoding="utf-8")))
CANON = set()
for p in FILES:
    for r in rows(p):
        CANON.add(r["actor"])
for q in sys.argv[1:]:
    ql = q.lower()
    print(f"== {q}: canonical(actor column of the 4 name files)={q in CANON}")
    for p in FILES + EXTRA:
        for r in rows(p):
            if ql in r["actor"].lower() or ql in r.get("alias", "").lower():
                tag = "NAME" if p in FILES else "extra"
                print(f"   [{tag}] {p.split('/')[-1]}: {r['actor']} | {r.get('alias')} | {r.get('kind')}")
