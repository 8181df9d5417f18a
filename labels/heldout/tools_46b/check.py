"""Own self-check: every sentence occurs in its page's visible text (whitespace aside), no (doc, sentence, actor)
repeats, actor and target are known names (name files or new_actors.csv), stances and sentiments valid; prints
rows and stance counts per page and visible word counts."""
import csv, glob, os, re, sys
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pagetext import visible_text
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv",
         "/work/main/pipeline/data/parties.csv", "/work/main/pipeline/data/officeholders.csv",
         "/work/main/labels/pages/states.csv", os.path.join(ROOT, "new_actors.csv")]
known = set()
for f in FILES:
    for r in csv.DictReader(open(f, encoding="utf-8")):
        known.add(r["actor"])
ws = lambda s: re.sub(r"\s+", " ", s).strip()
rows = list(csv.DictReader(open(os.path.join(ROOT, "statements.csv"), encoding="utf-8")))
err, seen, per = 0, set(), defaultdict(Counter)
texts = {}
for i, r in enumerate(rows, 2):
    d = r["doc"]
    if d not in texts:
        texts[d] = ws(visible_text(os.path.join(ROOT, d)))
    if ws(r["sentence"]) not in texts[d]:
        print(i, "sentence not in page", r["sentence"][:60]); err += 1
    k = (d, ws(r["sentence"]), r["actor"])
    if k in seen:
        print(i, "duplicate", k[2], k[1][:50]); err += 1
    seen.add(k)
    for col in ("actor", "target"):
        if r[col] and r[col] not in known:
            print(i, col, "unknown:", r[col]); err += 1
    if r["actor"] and r["actor"] == r["target"]:
        print(i, "target == actor"); err += 1
    if r["stance"] not in {"condemning", "supporting", "neutral", "calling_for_talks"} or r["sentiment"] not in {"negative", "neutral", "positive"}:
        print(i, "bad stance/sentiment"); err += 1
    if r["source"] != "dev":
        print(i, "source"); err += 1
    per[d][r["stance"]] += 1
tot = Counter()
for d in sorted(per):
    n = sum(per[d].values()); tot.update(per[d])
    print(f"{d}: {n} rows {dict(per[d])}")
print("total", sum(tot.values()), dict(tot))
print("errors", err)
