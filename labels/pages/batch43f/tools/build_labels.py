"""Builds ../statements.csv from the hand decisions in labels_p*.py; checks every sentence is in its page's visible text, on one line."""
import csv, glob, importlib.util, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from pagetext import visible

def norm(s): return re.sub(r"\s+", " ", s).strip()

rows, bad = [], 0
for f in sorted(glob.glob(os.path.join(HERE, "labels_p*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(ROOT, m.DOC))
    lines = text.split("\n")
    seen = set()
    for r in m.ROWS:
        sent, actor, stance, senti, target, note = r
        if not any(norm(sent) in l for l in lines):
            print("NOT FOUND", m.DOC, sent[:90]); bad += 1
        key = (sent, actor)
        if key in seen: print("DUP", m.DOC, sent[:60], actor); bad += 1
        seen.add(key)
        assert stance in {"condemning","supporting","neutral","calling_for_talks"}, stance
        assert senti in {"negative","neutral","positive"}, senti
        assert target != actor
        rows.append([m.DOC, norm(sent), actor, stance, senti, target, "page", note])
    print(m.DOC, len(m.ROWS))
with open(os.path.join(ROOT, "statements.csv"), "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out); w.writerow(["doc","sentence","actor","stance","sentiment","target","source","note"]); w.writerows(rows)
print("rows", len(rows), "problems", bad)
