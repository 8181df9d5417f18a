"""Prints, per page, the visible lines of more than 8 words with the parts not covered by any labelled unit (for review)."""
import csv, sys, glob
sys.path.insert(0, "/work/main/labels/pages/batch2a/tools")
from pagetext import visible_text
rows = list(csv.DictReader(open("statements.csv", encoding="utf-8")))
for f in sorted(glob.glob("page_*")):
    units = [r["sentence"] for r in rows if r["doc"] == f]
    print("=====", f)
    for line in visible_text(f).split("\n"):
        rest = line
        for u in units:
            rest = rest.replace(u, " ")
        if len(rest.split()) > 8:
            print("  -", rest.strip()[:220])
