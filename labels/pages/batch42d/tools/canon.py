"""Prints, for each name given, whether it is a canonical actor or an alias (name files only)."""
import csv, sys
F = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv", "/work/main/labels/pages/states.csv"]
canon, alias = set(), {}
for p in F:
    for r in csv.DictReader(open(p, encoding="utf-8")):
        canon.add(r["actor"]); alias.setdefault(r["alias"], r["actor"])
for n in sys.argv[1:]:
    print(f"{n!r}: canonical={n in canon} alias_of={alias.get(n)!r}")
