"""Assemble statements.csv from tools/rows_*.py and check every sentence is in its page's visible text."""
import csv, glob, html, os, re, runpy, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)

def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"<(script|style|head)[^>]*>.*?</\1>", " ", s, flags=re.S)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

out = []
bad = 0
for f in sorted(glob.glob(os.path.join(HERE, "rows_*.py"))):
    ns = runpy.run_path(f)
    doc = ns["DOC"]
    text = visible(os.path.join(BASE, doc))
    for sent, actor, stance, sentiment, target, note in ns["ROWS"]:
        if re.sub(r"\s+", " ", sent) not in text:
            print("NOT FOUND", doc, sent[:80]); bad += 1
        out.append([doc, sent, actor, stance, sentiment, target, "page", note])
with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(out)
from collections import Counter
print(len(out), "rows;", bad, "not found")
print(Counter(r[0] for r in out))
print(Counter(r[3] for r in out))
