"""Look up names (substring, case-insensitive) in every name file the brief lists."""
import csv, sys
F = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv",
     "/work/main/pipeline/data/parties.csv", "/work/main/pipeline/data/officeholders.csv",
     "/work/main/labels/pages/states.csv"]
for n in sys.argv[1:]:
    hits = []
    for p in F:
        for r in csv.DictReader(open(p, encoding="utf-8")):
            name = r.get("alias") or r.get("name") or ""
            if n.lower() in name.lower() or n.lower() == r["actor"].lower():
                hits.append(f"{p.split('/')[-1]}: {r['actor']} | {name} | {r.get('kind') or r.get('role','')} {r.get('from','')} {r.get('to','')}")
    print("==", n); print("\n".join(hits[:8]) or "   (none)")
