"""Build /work/batch48f/statements.csv from the hand decisions in tools/labels_*.py."""
import csv, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import check_rows, BASE
MODS = ["labels_1_peru", "labels_2_mexico", "labels_3_haiti", "labels_4_uruguay", "labels_5_bolivia", "labels_6_guatemala"]
rows = []
for m in MODS:
    mod = importlib.import_module(m)
    r = check_rows(mod.DOC, mod.ROWS)
    print(f"{mod.DOC}: {len(r)} rows")
    rows += r
with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
print("total", len(rows))
