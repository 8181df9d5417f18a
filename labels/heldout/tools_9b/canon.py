"""Prints, for each name given, whether it is a canonical actor or an alias in the two name files
(labels/actors.csv, pipeline/data/organisations.csv) or declared in ../new_actors.csv. Used while
choosing actors."""
import csv, os, sys
F = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv"]
canon, alias = set(), {}
for p in F:
    for r in csv.DictReader(open(p, encoding="utf-8")):
        canon.add(r["actor"]); alias.setdefault(r["alias"], r["actor"])
mine = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "new_actors.csv")
rows = list(csv.DictReader(open(mine, encoding="utf-8"))) if os.path.exists(mine) else []
new = {r["actor"] for r in rows}
new_alias = {r["alias"]: r["actor"] for r in rows}
for n in sys.argv[1:]:
    print(f"{n!r}: canonical={n in canon} declared_here={n in new} alias_of={alias.get(n) or new_alias.get(n)!r}")
