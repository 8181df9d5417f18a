"""Write statements.csv and new_actors.csv for batch50b from the hand-written rows_*.py files."""
import csv, glob, importlib.util, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
rows = []
for f in sorted(glob.glob(os.path.join(HERE, "rows_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for sent, actor, stance, sentiment, target, note in m.ROWS:
        rows.append([m.DOC, sent, actor, stance, sentiment, target, "page", note])
with open(os.path.join(OUT, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
NEW = [
 ("Jacob Juma", "Jacob Juma", "person"),
 ("Coalition for Reform and Democracy", "Coalition for Reform and Democracy", "party"),
 ("Murithi Gachanja", "Murithi Gachanja", "person"),
 ("Commercial Farmers Union of Zimbabwe", "Commercial Farmers Union of Zimbabwe", "organisation"),
 ("Commercial Farmers Union of Zimbabwe", "Commercial Farmers Union", "organisation"),
 ("Commercial Farmers Union of Zimbabwe", "Andrew Pascoe", "person"),
 ("Zimbabwe Commercial Farmers Union", "Zimbabwe Commercial Farmers Union", "organisation"),
 ("Quitéria Guirrengane", "Quitéria Guirrengane", "person"),
 ("Quitéria Guirrengane", "Quiteria Guirrengane", "person"),
 ("Quitéria Guirrengane", "Guirrengane", "person"),
 ("Democratic Movement of Mozambique", "Lutero Simango", "person"),
 ("Democratic Progressive Party", "Kondwani Nankhumwa", "person"),
 ("Africa Institute for Energy Governance", "Africa Institute for Energy Governance", "organisation"),
 ("Africa Institute for Energy Governance", "AFIEGO", "organisation"),
 ("Africa Institute for Energy Governance", "Afiego", "organisation"),
 ("Africa Institute for Energy Governance", "Dickens Kamugisha", "person"),
 ("Julius Byaruhanga", "Julius Byaruhanga", "person"),
]
with open(os.path.join(OUT, "new_actors.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["actor", "alias", "kind"]); w.writerows(NEW)
print(len(rows), "rows")
for d, n in Counter(r[0] for r in rows).items(): print(f"  {n:3d} {d}")
print(Counter(r[3] for r in rows)); print(Counter(r[4] for r in rows))
