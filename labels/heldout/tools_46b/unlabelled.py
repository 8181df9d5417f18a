"""Lists the lines/sentences of each page's visible text that no row covers, for a manual review."""
import csv, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pagetext import visible_text
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(ROOT, "statements.csv"), encoding="utf-8")))
docs = sorted({r["doc"] for r in rows})
for d in docs:
    if len(sys.argv) > 1 and sys.argv[1] not in d:
        continue
    t = visible_text(os.path.join(ROOT, d))
    for r in rows:
        if r["doc"] == d:
            t = t.replace(r["sentence"], "[[X]]")
    print("=====", d)
    for line in t.split("\n"):
        for s in re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"\[])", line):
            s = s.strip()
            if s and "[[X]]" not in s and len(s.split()) > 5:
                print("  -", s[:160])
