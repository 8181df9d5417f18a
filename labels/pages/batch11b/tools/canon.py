import csv, sys
F = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv"]
canon, alias = set(), {}
for p in F:
    for r in csv.DictReader(open(p, encoding="utf-8")):
        canon.add(r["actor"]); alias.setdefault(r["alias"], r["actor"])
pn = {}
for r in csv.DictReader(open("/work/main/labels/pages/new_actors.csv", encoding="utf-8")):
    pn.setdefault(r["alias"], r["actor"])
for n in sys.argv[1:]:
    print(f"{n!r}: canonical={n in canon} alias_of={alias.get(n)!r} pages_new={pn.get(n)!r}")
