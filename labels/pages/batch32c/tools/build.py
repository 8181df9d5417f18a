"""Build statements.csv from tools/labels.py; check every sentence occurs in its page's visible text."""
import csv, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from labels import PAGES
from pagetext import visible_text, norm

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows, bad = [], 0
for doc, items in PAGES.items():
    text = norm(visible_text(os.path.join(ROOT, doc)))
    for sent, actor, stance, senti, target, note in items:
        if norm(sent) not in text:
            print("NOT FOUND", doc, sent[:80]); bad += 1
        rows.append([doc, sent, actor, stance, senti, target, "page", note])
with open(os.path.join(ROOT, "statements.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
per = collections.Counter(r[0] for r in rows)
for d, n in per.items(): print(n, d)
print("rows", len(rows), "missing", bad)
print(collections.Counter(r[3] for r in rows))
