#!/usr/bin/env python3
"""Write /work/batch33f/statements.csv from the hand labels in labels_*.py.

Each labels_N_*.py module holds DOC (the page file name) and ROWS, a list of
(sentence, actor, stance, sentiment, target, note) tuples written by hand.
This script only checks that every sentence occurs in the page's visible text
(whitespace normalised) and that the label values are well formed; it decides
no label.
"""
import csv, glob, html, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}


def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"(?is)<head>.*?</head>", " ", s)
        s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)


def main():
    rows, bad = [], 0
    for mod_path in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
        spec = importlib.util.spec_from_file_location("m", mod_path)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        text = visible(os.path.join(BATCH, m.DOC))
        for sent, actor, stance, senti, target, note in m.ROWS:
            norm = re.sub(r"\s+", " ", sent).strip()
            if norm not in text:
                print("NOT IN PAGE:", m.DOC, norm[:90]); bad += 1
            if stance not in STANCES or senti not in SENTS:
                print("BAD VALUE:", m.DOC, stance, senti); bad += 1
            rows.append([m.DOC, norm, actor, stance, senti, target, "page", note])
    with open(os.path.join(BATCH, "statements.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(rows)
    print(len(rows), "rows written;", bad, "problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
