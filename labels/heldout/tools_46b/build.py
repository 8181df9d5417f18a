"""Builds ../statements.csv from the hand decisions in labels_*.py.
Each labels file calls U(doc, first_words, last_words, (actor, stance, sentiment, target, note), ...):
the unit is cut from the page's visible text between its opening and closing words, so the
sentence cell is the page's own text. The decisions themselves are typed by hand."""
import csv, glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pagetext import visible_text

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HEADER = ["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"]
C, S, N, T = "condemning", "supporting", "neutral", "calling_for_talks"
neg, neu, pos = "negative", "neutral", "positive"
texts, rows = {}, []


def U(doc, start, end, *labels):
    t = texts.setdefault(doc, visible_text(os.path.join(ROOT, doc)))
    i = t.find(start)
    assert i >= 0, ("start not found", doc, start)
    assert t.find(start, i + 1) < 0, ("start not unique", doc, start)
    j = t.find(end, i)
    assert j >= 0, ("end not found", doc, end)
    s = t[i:j + len(end)]
    assert "\n" not in s, ("unit crosses a line", doc, start)
    assert labels, ("no labels", doc, start)
    for lab in labels:
        actor, stance, sentiment, target, note = lab
        rows.append([doc, s, actor, stance, sentiment, target, "dev", note])


names = dict(U=U, C=C, S=S, N=N, T=T, neg=neg, neu=neu, pos=pos)
for path in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
    exec(open(path, encoding="utf-8").read(), dict(names))
with open(os.path.join(ROOT, "statements.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(HEADER)
    w.writerows(rows)
print(len(rows), "rows")
