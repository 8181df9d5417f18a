"""Build statements.csv from tools/labels.py and check it against the pages and the name files."""
import csv, html, re, sys, os, collections
sys.path.insert(0, os.path.dirname(__file__))
from labels import PAGES
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"(?s)<head>.*?</head>", " ", s)
        s = re.sub(r"(?s)<(script|style)[^>]*>.*?</\1>", " ", s)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

def norm(x): return re.sub(r"\s+", " ", x).strip()

names = set()
for f in ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv",
          "/work/main/pipeline/data/parties.csv", os.path.join(BASE, "new_actors.csv")]:
    with open(f, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            names.add(r["actor"])
with open("/work/main/pipeline/data/officeholders.csv", encoding="utf-8") as fh:
    for r in csv.DictReader(fh): names.add(r["actor"])
with open("/work/main/labels/pages/states.csv", encoding="utf-8") as fh:
    for r in csv.DictReader(fh): names.add(r["actor"])

STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}
rows, seen, ok = [], set(), True
for doc, R in PAGES:
    text = visible(os.path.join(BASE, doc))
    for sent, actor, stance, senti, target, note in R:
        if norm(sent) not in text:
            print("NOT FOUND:", doc, sent[:90]); ok = False
        key = (doc, norm(sent), actor)
        if key in seen: print("DUPLICATE:", key); ok = False
        seen.add(key)
        if actor and actor not in names: print("UNKNOWN ACTOR:", actor); ok = False
        if target and target not in names: print("UNKNOWN TARGET:", target); ok = False
        if stance not in STANCES or senti not in SENTS: print("BAD LABEL:", stance, senti); ok = False
        if target and target == actor: print("TARGET == ACTOR:", sent[:60]); ok = False
        rows.append([doc, sent, actor, stance, senti, target, "dev", note])
with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
c = collections.Counter(r[0] for r in rows)
for doc, n in c.items(): print(n, doc)
print("stances:", collections.Counter(r[3] for r in rows))
for doc, _ in PAGES:
    print(doc, dict(collections.Counter(r[3] for r in rows if r[0] == doc)))
print("total", len(rows), "OK" if ok else "PROBLEMS")
