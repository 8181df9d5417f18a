# Builds statements.csv from the hand-written row files (no model output involved).
import csv, importlib.util, glob, os
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "statements.csv")
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    n = 0
    for path in sorted(glob.glob(os.path.join(here, "rows_*.py"))):
        spec = importlib.util.spec_from_file_location("m", path)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        for sent, actor, stance, senti, target, note in m.ROWS:
            w.writerow([m.DOC, sent, actor, stance, senti, target, "page", note]); n += 1
print(n, "rows")
