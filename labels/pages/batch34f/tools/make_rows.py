#!/usr/bin/env python3
"""Build statements.csv for batch34f from hand-written rows.

Each row gives the sentence by a start snippet and an end snippet taken from the page; the script copies the exact
text between them (inclusive) out of the page's visible text, so that the sentence column matches the page.
Labels (actor, stance, sentiment, target, note) are written by hand in rows_*.py; nothing here decides a label.
"""
import csv, html, re, sys, importlib.util, pathlib

BASE = pathlib.Path(__file__).resolve().parent.parent


def visible(doc):
    s = (BASE / doc).read_text(encoding="utf-8")
    if doc.endswith(".html"):
        s = re.sub(r"<head>.*?</head>", " ", s, flags=re.S)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)


def extract(text, start, end, doc):
    i = text.find(start)
    if i < 0:
        sys.exit(f"{doc}: start not found: {start!r}")
    if text.find(start, i + 1) >= 0:
        sys.exit(f"{doc}: start not unique: {start!r}")
    j = text.find(end, i)
    if j < 0:
        sys.exit(f"{doc}: end not found after start: {end!r}")
    return text[i:j + len(end)].strip()


def main():
    rows = []
    for f in sorted((BASE / "tools").glob("rows_*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        text = visible(m.DOC)
        for r in m.ROWS:
            start, end, actor, stance, sent, target, note = r
            sentence = extract(text, start, end, m.DOC)
            rows.append([m.DOC, sentence, actor, stance, sent, target, "page", note])
    with open(BASE / "statements.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(rows)
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
