"""Looks names up in the two name files (canon.py) and in the merged new_actors lists (grep-like), to avoid clashes."""
import csv, glob, sys
F = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv"]
G = ["/work/main/labels/pages/new_actors.csv"] + sorted(glob.glob("/work/main/labels/heldout/new_actors_*.csv"))
for n in sys.argv[1:]:
    hits = []
    for p in F + G:
        for r in csv.DictReader(open(p, encoding="utf-8")):
            if r["alias"].lower() == n.lower() or r["actor"].lower() == n.lower():
                hits.append(f'{p.split("/")[-1]}:{r["actor"]}<-{r["alias"]}')
    print(n, "->", sorted(set(hits))[:6] or "NONE")
