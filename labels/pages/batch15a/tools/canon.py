"""Prints, for each name given, whether it is a canonical actor or an alias in the two name files
(labels/actors.csv, pipeline/data/organisations.csv) and whether this batch declares it (new_actors.csv).
Used while choosing actors; not part of the build."""
import csv, os, sys
F = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv"]
NEW = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "new_actors.csv")
canon, alias = set(), {}
for p in F:
    for r in csv.DictReader(open(p, encoding="utf-8")):
        if r["actor"] and r["actor"] != "-":
            canon.add(r["actor"])
        alias.setdefault(r["alias"], r["actor"])
new = set()
if os.path.exists(NEW):
    new = {r["actor"] for r in csv.DictReader(open(NEW, encoding="utf-8"))}
for n in sys.argv[1:]:
    print(f"{n!r}: canonical={n in canon} alias_of={alias.get(n)!r} declared_here={n in new}")
