"""Build /work/batch40d/statements.csv from the hand decisions in tools/labels_*.py (source = page)."""
import csv, glob, importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "statements.csv")
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}

rows = []
for path in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for sent, actor, stance, senti, target, note in mod.ROWS:
        assert stance in STANCES and senti in SENTS, (path, sent)
        rows.append([mod.DOC, sent, actor, stance, senti, target, "page", note])

with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
print(len(rows), "rows ->", OUT)
