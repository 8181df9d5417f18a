"""Collect the rows of tools/labels_*.py into ../statements.csv and check each unit is in its page's visible text."""
import csv, glob, importlib.util, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pagetext import visible_text
OUT = os.path.join(HERE, "..", "statements.csv")
norm = lambda t: re.sub(r"\s+", " ", t).strip()
rows, bad = [], 0
for path in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
    spec = importlib.util.spec_from_file_location("m", path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = norm(visible_text(os.path.join(HERE, "..", m.DOC)))
    for sent, actor, stance, sentiment, target, note in m.ROWS:
        if norm(sent) not in text:
            bad += 1; print("NOT IN PAGE:", m.DOC, sent[:90])
        rows.append([m.DOC, sent, actor, stance, sentiment, target, "page", note])
with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
print(len(rows), "rows;", bad, "not found")
