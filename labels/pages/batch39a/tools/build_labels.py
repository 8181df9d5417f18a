"""Writes ../statements.csv from the hand decisions in labels_*.py (one file per page).

Each unit is found in its page's visible text by its exact opening and closing words, so the
`sentence` cell is the page's own text (nothing retyped). The decisions (actor, stance, sentiment,
target, note) are made by hand per /work/shared/labelling-guide.md and labels/README.md.
Same approach as the shared builder labels/pages/batch2a/tools/unitlabels.py.

    python3 tools/build_labels.py
"""
import csv, glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pagetext import visible_text

TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)
HEADER = ["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"]
N, C, S, T = "neutral", "condemning", "supporting", "calling_for_talks"
neg, neu, pos = "negative", "neutral", "positive"
texts, rows = {}, []


def U(doc, start, end, *labels):
    t = texts.setdefault(doc, visible_text(os.path.join(ROOT, doc)))
    i = t.find(start)
    assert i >= 0, (doc, start)
    assert t.find(start, i + 1) < 0, ("start not unique", doc, start)
    j = t.find(end, i)
    assert j >= 0, (doc, end)
    s = t[i:j + len(end)]
    assert "\n" not in s, ("unit crosses a paragraph", doc, start)
    for actor, stance, sentiment, target, note in labels:
        rows.append([doc, s, actor, stance, sentiment, target, "page", note])


names = {"U": U, "N": N, "C": C, "S": S, "T": T, "neg": neg, "neu": neu, "pos": pos}
for path in sorted(glob.glob(os.path.join(TOOLS, "labels_*.py"))):
    exec(open(path, encoding="utf-8").read(), dict(names))
with open(os.path.join(ROOT, "statements.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(HEADER)
    w.writerows(rows)
print(f"{len(rows)} rows -> {os.path.join(ROOT, 'statements.csv')}")
