"""Name look-up: for each name given, prints the canonical actors whose actor or alias/name column contains it
(case-insensitive), from labels/actors.csv, organisations.csv, parties.csv, officeholders.csv, labels/pages/states.csv."""
import csv, sys
F = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv", "/work/main/pipeline/data/parties.csv",
     "/work/main/pipeline/data/officeholders.csv", "/work/main/labels/pages/states.csv"]
rows = []
for p in F:
    for r in csv.DictReader(open(p, encoding="utf-8")):
        rows.append((p.split("/")[-1], r.get("actor", ""), r.get("alias") or r.get("name") or "", r.get("kind") or r.get("role") or "", r.get("from", ""), r.get("to", "")))
for n in sys.argv[1:]:
    hits = [r for r in rows if n.lower() in r[1].lower() or n.lower() in r[2].lower()]
    exact = any(n == r[1] for r in rows)
    print(f"## {n!r}: canonical actor={exact}")
    for h in hits[:8]:
        print("   ", h)
