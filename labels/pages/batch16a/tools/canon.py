"""Prints, for each name given, whether it is a canonical actor or an alias in the two name files,
the merged labels/pages/new_actors.csv, or this batch's new_actors.csv. Used while choosing actors."""
import csv, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv",
     "/work/main/labels/pages/new_actors.csv", os.path.join(HERE, "new_actors.csv")]
canon, alias = {}, {}
for p in F:
    if not os.path.exists(p):
        continue
    for r in csv.DictReader(open(p, encoding="utf-8")):
        canon.setdefault(r["actor"], os.path.basename(os.path.dirname(p)) + "/" + os.path.basename(p))
        alias.setdefault(r["alias"], r["actor"])
for n in sys.argv[1:]:
    print(f"{n!r}: canonical={canon.get(n)!r} alias_of={alias.get(n)!r}")
