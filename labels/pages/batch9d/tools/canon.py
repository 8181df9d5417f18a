"""Prints, for each name given, whether it is a canonical actor or an alias (name files + this batch's new_actors.csv)."""
import csv, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv"]
canon, alias = set(), {}
for p in F:
    for r in csv.DictReader(open(p, encoding="utf-8")):
        canon.add(r["actor"]); alias.setdefault(r["alias"], r["actor"])
new = set()
if os.path.exists(os.path.join(HERE, "new_actors.csv")):
    new = {r["actor"] for r in csv.DictReader(open(os.path.join(HERE, "new_actors.csv"), encoding="utf-8"))}
for n in sys.argv[1:]:
    print(f"{n!r}: canonical={n in canon} new={n in new} alias_of={alias.get(n)!r}")
