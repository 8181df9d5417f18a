"""Prints, for each name given, whether it is a canonical actor, an alias in the two name files,
or declared in this batch's new_actors.csv. Used while choosing actors."""
import csv, os, sys
F = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv"]
canon, alias = set(), {}
for p in F:
    for r in csv.DictReader(open(p, encoding="utf-8")):
        canon.add(r["actor"]); alias.setdefault(r["alias"], r["actor"])
new = {}
p = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "new_actors.csv")
if os.path.exists(p):
    for r in csv.DictReader(open(p, encoding="utf-8")):
        new.setdefault(r["alias"], r["actor"])
for n in sys.argv[1:]:
    print(f"{n!r}: canonical={n in canon} alias_of={alias.get(n)!r} new={new.get(n)!r}")
