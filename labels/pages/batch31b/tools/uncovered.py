"""Lists, per page, the lines of visible text (paragraphs) and marks the parts covered by a labelled unit,
to re-read every sentence left without a row."""
import csv, sys
sys.path.insert(0, "/work/main/labels/pages/batch2a/tools")
from pagetext import visible_text
rows = list(csv.DictReader(open("/work/batch31b/statements.csv")))
for doc in sorted({r["doc"] for r in rows}):
    t = visible_text("/work/batch31b/" + doc)
    units = {r["sentence"] for r in rows if r["doc"] == doc}
    print("=" * 30, doc)
    for line in t.split("\n"):
        rest = line
        for u in units:
            rest = rest.replace(u, " [#] ")
        if len(line.split()) > 6:
            print(("   " if rest.strip() == "[#]" else ">> ") + rest[:400])
