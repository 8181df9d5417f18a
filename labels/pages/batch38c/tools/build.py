#!/usr/bin/env python3
"""Build /work/batch38c/statements.csv from the hand decisions in tools/labels_*.py.

Each labels file defines DOC (the page file name) and ROWS, a list of
(sentence, actor, stance, sentiment, target, note). Labels are typed by hand;
this script only checks that each sentence is in the page's visible text and
writes the CSV."""
import csv, glob, html, importlib.util, os, re, sys
from collections import Counter

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}

def visible(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"(?is)<head.*?</head>", " ", t)
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
        t = re.sub(r"(?s)<[^>]+>", " ", t)
        t = html.unescape(t)
    return re.sub(r"\s+", " ", t)

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

rows, bad = [], 0
for f in sorted(glob.glob(os.path.join(BASE, "tools", "labels_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(BASE, m.DOC))
    for r in m.ROWS:
        sent, actor, stance, senti, target, note = r
        if norm(sent) not in text:
            print("NOT IN PAGE:", m.DOC, "|", sent[:90]); bad += 1
        if stance not in STANCES or senti not in SENTS:
            print("BAD LABEL:", m.DOC, stance, senti); bad += 1
        rows.append([m.DOC, norm(sent), actor, stance, senti, target, "page", note])
with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
print(len(rows), "rows;", "problems:", bad)
for d, n in sorted(Counter(r[0] for r in rows).items()):
    print(f"  {d}: {n}")
print(" stances:", dict(Counter(r[3] for r in rows)))
