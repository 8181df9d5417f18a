#!/usr/bin/env python3
"""Build <your folder>/statements.csv from tools/labels/p*.py and check it:
every sentence occurs in its page's visible text (whitespace aside), no (doc, sentence, actor) repeats,
every actor/target is in the project's name files or in new_actors.csv, stance/sentiment values valid."""
import csv, glob, html, importlib.util, os, re, sys
from collections import Counter
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = "dev" if os.path.basename(BASE).startswith("blind") else "page"
def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"(?s)<head>.*?</head>", " ", s)
        s = re.sub(r"(?s)<script.*?</script>", " ", s)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)
def norm(t): return re.sub(r"\s+", " ", t).strip()
names = set()
for f, col in [("/work/main/labels/actors.csv", 0), ("/work/main/pipeline/data/organisations.csv", 0),
               ("/work/main/pipeline/data/parties.csv", 0), ("/work/main/pipeline/data/officeholders.csv", 0),
               ("/work/main/labels/pages/states.csv", 0), (BASE + "/new_actors.csv", 0)]:
    if os.path.exists(f):
        for r in csv.reader(open(f, encoding="utf-8")):
            if r: names.add(r[col])
rows = []
for mod in sorted(glob.glob(BASE + "/tools/labels/p*.py")):
    spec = importlib.util.spec_from_file_location("m", mod); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for r in m.ROWS:
        sent, actor, stance, sent_, target, note = r
        rows.append([m.DOC, sent, actor, stance, sent_, target, SOURCE, note])
bad = 0
texts = {}
for r in rows:
    doc = r[0]
    if doc not in texts: texts[doc] = visible(os.path.join(BASE, doc))
    if norm(r[1]) not in texts[doc]:
        print("NOT FOUND:", doc, "|", r[1][:90]); bad += 1
    if r[2] not in names: print("UNKNOWN ACTOR:", r[2]); bad += 1
    if r[5] and r[5] not in names: print("UNKNOWN TARGET:", r[5]); bad += 1
    if r[3] not in ("condemning", "supporting", "neutral", "calling_for_talks"): print("BAD STANCE", r); bad += 1
    if r[4] not in ("negative", "neutral", "positive"): print("BAD SENTIMENT", r); bad += 1
c = Counter((r[0], norm(r[1]), r[2]) for r in rows)
for k, v in c.items():
    if v > 1: print("DUPLICATE:", k); bad += 1
with open(BASE + "/statements.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"]); w.writerows(rows)
print(len(rows), "rows;", "problems:", bad)
for doc, n in sorted(Counter(r[0] for r in rows).items()): print(f"  {doc}: {n}")
print(" stances:", dict(Counter(r[3] for r in rows)))
