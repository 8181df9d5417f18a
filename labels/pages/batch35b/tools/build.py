"""Join the hand labels of the six pages into ../statements.csv and check every unit is in its page."""
import csv, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import BASE, check, words
import labels_1_somalia, labels_2_zambia, labels_3_zimbabwe, labels_4_tanzania, labels_5_botswana, labels_6_kenya

MODS = [(labels_1_somalia), (labels_2_zambia), (labels_3_zimbabwe), (labels_4_tanzania), (labels_5_botswana), (labels_6_kenya)]
rows = []
for m in MODS:
    for sent, actor, stance, sent_, target, note in m.R:
        rows.append(dict(doc=m.D, sentence=sent, actor=actor, stance=stance, sentiment=sent_, target=target, source="page", note=note))
bad = check(rows)
seen = set()
for r in rows:
    k = (r["doc"], r["sentence"], r["actor"])
    if k in seen:
        print("DUPLICATE", k); bad += 1
    seen.add(k)
with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writeheader(); w.writerows(rows)
from collections import Counter
for m in MODS:
    c = Counter(r[2] for r in m.R)
    print(m.D, len(m.R), dict(c), "page words:", words(m.D))
print("total", len(rows), dict(Counter(r["stance"] for r in rows)), dict(Counter(r["sentiment"] for r in rows)), "bad", bad)
