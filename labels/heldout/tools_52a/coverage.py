"""List each paragraph line of a page's visible text with the labelled units in it, to spot sentences left without a row."""
import csv, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pagetext import visible_text
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(HERE, "statements.csv"), encoding="utf-8")))
doc = sys.argv[1]
t = visible_text(os.path.join(HERE, doc))
units = [r["sentence"] for r in rows if r["doc"] == doc]
for line in t.split("\n"):
    if len(line.split()) < 6:
        continue
    rest = line
    for u in units:
        rest = rest.replace(u, "[#]")
    print(rest[:300])
