"""Writes ../statements.csv from the hand decisions below (batch47d).

Each unit is located in its page's visible text by its exact opening and closing words, so the
`sentence` cell is the page's own text (no retyping). Every decision (actor, stance, sentiment,
target, note) was made by hand, reading the sentence in its page, per /work/shared/labelling-guide.md
and /work/main/labels/README.md. Sentences deliberately left without a row are listed as comments.
(Builder pattern copied from /work/main/labels/pages/batch46a/tools/build_labels.py.)
"""
import csv, os, sys
sys.path.insert(0, os.path.dirname(__file__))
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
    assert labels, ("no label", doc, start)
    for actor, stance, sentiment, target, note in labels:
        ROWS.append([doc, s, actor, stance, sentiment, target, "page", note])


N, C, S, T = "neutral", "condemning", "supporting", "calling_for_talks"
neg, neu, pos = "negative", "neutral", "positive"

for f in sorted(os.listdir(os.path.dirname(os.path.abspath(__file__)))):
    if f.startswith("labels_") and f.endswith(".py"):
        exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f), encoding="utf-8").read())

if __name__ == "__main__":
    out = os.path.join(ROOT, "statements.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(ROWS)
    from collections import Counter
    print(len(ROWS), "rows")
    for doc, n in Counter(r[0] for r in ROWS).items():
        print(n, doc)
    print(Counter(r[3] for r in ROWS))
