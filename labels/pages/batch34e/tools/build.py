"""Collect the hand-written rows of tools/labels_*.py into statements.csv and check each sentence is in its page.
(Same scheme as labels/pages/batch33e/tools/build.py: one file per page, rows written by hand.)"""
import csv, glob, html, importlib.util, os, re
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)

def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"<(script|style|head)\b.*?</\1>", " ", s, flags=re.S)
        s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    return re.sub(r"\s+", " ", s)

rows, problems = [], 0
for f in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(BASE, m.DOC))
    for r in m.ROWS:
        sent, actor, stance, senti, target, note = r
        assert stance in ("condemning", "supporting", "neutral", "calling_for_talks"), r
        assert senti in ("negative", "neutral", "positive"), r
        if re.sub(r"\s+", " ", sent) not in text:
            print("NOT IN PAGE:", m.DOC, sent[:90]); problems += 1
        rows.append([m.DOC, sent, actor, stance, senti, target, "page", note])
with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
print(len(rows), "rows;", problems, "problems")
for k, v in sorted(Counter(r[0] for r in rows).items()): print(" ", v, k)
print(Counter(r[3] for r in rows))
print(Counter(r[4] for r in rows))
