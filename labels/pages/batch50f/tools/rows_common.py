"""Shared writer for the hand labels of batch50f. Each rows_*.py module holds a DOC name and a ROWS list of
(sentence, actor, stance, sentiment, target, note) tuples typed by hand after reading the page."""
import csv, importlib, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "statements.csv"
MODULES = ["rows_1_honduras", "rows_2_argentina", "rows_3_haiti", "rows_4_jamaica", "rows_5_atlanta", "rows_6_camargo"]

def main():
    sys.path.insert(0, str(HERE))
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        for m in MODULES:
            mod = importlib.import_module(m)
            for (sent, actor, stance, senti, target, note) in mod.ROWS:
                w.writerow([mod.DOC, sent, actor, stance, senti, target, "page", note])
            print(m, len(mod.ROWS))

if __name__ == "__main__":
    main()
