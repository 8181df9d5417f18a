"""Build statements.csv from tools/rows.py and check it (own checker: units verbatim in the visible text,
inside one paragraph, no repeated (doc, sentence, actor), canonical actors and targets)."""
import csv, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
from pagetext import visible_text
from rows import ROWS

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAIN = "/work/main"
NAME_FILES = [f"{MAIN}/labels/actors.csv", f"{MAIN}/pipeline/data/organisations.csv",
              f"{MAIN}/pipeline/data/parties.csv", f"{MAIN}/labels/pages/states.csv"]
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}

canon, alias_of = set(), {}
for p in NAME_FILES:
    for r in csv.DictReader(open(p, encoding="utf-8")):
        canon.add(r["actor"]); alias_of.setdefault(r["alias"], r["actor"])
new = {r["actor"] for r in csv.DictReader(open(os.path.join(HERE, "new_actors.csv"), encoding="utf-8"))}
for r in csv.DictReader(open(os.path.join(HERE, "new_actors.csv"), encoding="utf-8")):
    if r["actor"] not in canon and r["alias"] in alias_of and alias_of[r["alias"]] != r["actor"]:
        print("ERROR alias clash", r)
allowed = canon | new

errors, out, seen = [], [], set()
texts = {}
for i, (doc, start, end, actor, stance, sent, target, note) in enumerate(ROWS):
    t = texts.setdefault(doc, visible_text(os.path.join(HERE, doc)))
    k = t.find(start)
    if k < 0:
        errors.append(f"row {i}: start not found {start!r}"); continue
    if t.find(start, k + 1) >= 0 and start != end:
        # several occurrences: the hand row must be unambiguous
        errors.append(f"row {i}: start occurs twice {start!r}")
    j = t.find(end, k)
    if j < 0:
        errors.append(f"row {i}: end not found {end!r}"); continue
    unit = t[k:j + len(end)]
    if "\n" in unit:
        errors.append(f"row {i}: unit spans paragraphs {start!r}")
    if actor not in allowed: errors.append(f"row {i}: actor {actor!r} not canonical")
    if target and target not in allowed: errors.append(f"row {i}: target {target!r} not canonical")
    if target == actor: errors.append(f"row {i}: target == actor")
    if stance not in STANCES or sent not in SENTS: errors.append(f"row {i}: bad stance/sentiment")
    key = (doc, unit, actor)
    if key in seen: errors.append(f"row {i}: duplicate (doc, sentence, actor)")
    seen.add(key)
    # boundary: unit must start at line start or after sentence punctuation / dateline dash / colon
    before = t[max(0, k - 2):k]
    if not (k == 0 or before.endswith("\n") or (before.endswith(" ") and before[:1] in ".?!\"”’-:–—")):
        errors.append(f"row {i}: unit does not start at a boundary ({before!r}) {start!r}")
    after = t[j + len(end):j + len(end) + 1] or "\n"
    if after not in ("\n", " "):
        errors.append(f"row {i}: unit does not end at a boundary ({after!r}) {end!r}")
    out.append([doc, unit, actor, stance, sent, target, "dev", note])

with open(os.path.join(HERE, "statements.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(out)

per = Counter(r[0] for r in out)
for d, n in sorted(per.items()):
    print(f"{n:3d} rows  {len(visible_text(os.path.join(HERE, d)).split()):5d} words  {d}")
print("total", len(out), dict(Counter(r[3] for r in out)))
print("sentiments", dict(Counter(r[4] for r in out)))
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
