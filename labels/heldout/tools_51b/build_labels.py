#!/usr/bin/env python3
"""Write statements.csv from the hand decisions in tools/labels_N_*.py (source = dev), and check every unit
against its page: the sentence occurs in the page's visible text (whitespace aside), within one paragraph,
and no (doc, sentence, actor) repeats."""
import csv, glob, importlib.util, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, "tools"))
from pagetext import visible_text

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

rows, seen, problems = [], set(), []
for path in sorted(glob.glob(os.path.join(HERE, "tools", "labels_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible_text(os.path.join(HERE, m.DOC))
    paras = [norm(p) for p in text.split("\n")]
    for sent, actor, stance, senti, target, note in m.ROWS:
        if not any(norm(sent) in p for p in paras):
            problems.append(f"{m.DOC}: not found in one paragraph: {sent[:80]!r}")
        key = (m.DOC, sent, actor)
        if key in seen:
            problems.append(f"{m.DOC}: duplicate (doc, sentence, actor): {actor} {sent[:60]!r}")
        seen.add(key)
        if target == actor:
            problems.append(f"{m.DOC}: target equals actor: {sent[:60]!r}")
        assert stance in {"condemning", "supporting", "neutral", "calling_for_talks"}, stance
        assert senti in {"negative", "neutral", "positive"}, senti
        rows.append([m.DOC, sent, actor, stance, senti, target, "dev", note])

with open(os.path.join(HERE, "statements.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
print(len(rows), "rows written")
for p in problems:
    print("PROBLEM", p)
sys.exit(1 if problems else 0)
