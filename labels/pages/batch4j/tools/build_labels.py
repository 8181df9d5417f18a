"""Writes ../statements.csv from the hand decisions below (batch4j).

Each unit is found in its page's visible text by its exact opening and closing words, so the
`sentence` cell is the page's own text (nothing retyped). The decisions (actor, stance, sentiment,
target, note) are made by hand per /work/shared/labelling-guide.md and labels/README.md.
"""
import csv, os, sys
sys.path.insert(0, "/work/main/labels/pages/batch2a/tools")  # batch2a pagetext.py, by absolute path
from pagetext import visible_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_cache = {}
ROWS = []


def U(doc, start, end, *labels):
    t = _cache.setdefault(doc, visible_text(os.path.join(ROOT, doc)))
    i = t.find(start)
    assert i >= 0, (doc, start)
    assert t.find(start, i + 1) < 0, ("start not unique", doc, start)
    j = t.find(end, i)
    assert j >= 0, (doc, end)
    s = t[i:j + len(end)]
    assert "\n" not in s, ("unit crosses a paragraph", doc, start)
    for actor, stance, sentiment, target, note in labels:
        ROWS.append([doc, s, actor, stance, sentiment, target, "page", note])


N, C, S, T = "neutral", "condemning", "supporting", "calling_for_talks"
neg, neu, pos = "negative", "neutral", "positive"

import glob
for _f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'labels_*.py'))):
    exec(open(_f, encoding='utf-8').read())

def main():
    out = os.path.join(ROOT, "statements.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(ROWS)
    print(f"{len(ROWS)} rows -> {out}")


if __name__ == "__main__":
    main()
