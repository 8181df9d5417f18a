"""Shared writer: each labels_N_*.py defines DOC and ROWS = [(sentence, actor, stance, sentiment, target, note), ...]."""
import csv, importlib, pathlib, re, html, sys

HERE = pathlib.Path(__file__).resolve().parent
BATCH = HERE.parent
MODULES = ["labels_1_syria", "labels_2_iraq", "labels_3_lebanon", "labels_4_iran", "labels_5_turkey", "labels_6_tunisia"]

def visible(path):
    s = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        s = re.sub(r"(?is)<(script|style|head)[^>]*>.*?</\1>", " ", s)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

def main():
    sys.path.insert(0, str(HERE))
    out = []
    for m in MODULES:
        mod = importlib.import_module(m)
        text = visible(BATCH / mod.DOC)
        for r in mod.ROWS:
            sent = re.sub(r"\s+", " ", r[0]).strip()
            if sent not in text:
                print("NOT FOUND", mod.DOC, sent[:80])
            out.append([mod.DOC, sent, r[1], r[2], r[3], r[4], "page", r[5]])
    with open(BATCH / "statements.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(out)
    print(len(out), "rows")

if __name__ == "__main__":
    main()
