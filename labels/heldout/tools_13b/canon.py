"""Prints, for each name given, whether it is a canonical actor or an alias (name files + our new_actors.csv)."""
import csv, os, sys
F = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv"]
canon, alias = set(), {}
for p in F:
    for r in csv.DictReader(open(p, encoding="utf-8")):
        canon.add(r["actor"]); alias.setdefault(r["alias"], r["actor"])
new = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "new_actors.csv")
ours = {r["actor"] for r in csv.DictReader(open(new, encoding="utf-8"))} if os.path.exists(new) else set()
for n in sys.argv[1:]:
    print(f"{n!r}: canonical={n in canon} alias_of={alias.get(n)!r} declared_here={n in ours}")
