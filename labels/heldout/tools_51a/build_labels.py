#!/usr/bin/env python3
"""Build /work/blind51a/statements.csv from the hand-label modules and run the self-checks:
every sentence occurs in its page's visible text (whitespace aside), no (doc, sentence, actor) repeats,
valid stance/sentiment values, every actor/target known (project name files or new_actors.csv)."""
import csv, html, importlib, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
MODS = ["labels_1_taiwanoffice", "labels_2_bordertreaty", "labels_3_llallagua", "labels_4_oslo", "labels_5_julorbi", "labels_6_camphurriya"]
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}; SENTS = {"negative", "neutral", "positive"}

def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"(?is)<head>.*?</head>|<script.*?</script>|<style.*?</style>", " ", s)
        s = re.sub(r"<[^>]+>", " ", s); s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

known = set()
for f in ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv", "/work/main/pipeline/data/parties.csv",
          "/work/main/pipeline/data/officeholders.csv", os.path.join(ROOT, "new_actors.csv")]:
    for r in csv.DictReader(open(f, encoding="utf-8")):
        known.add(r["actor"])
# new actors of the earlier blind folders (not yet merged into labels) are not used here on purpose

rows, errs, seen = [], [], set()
for m in MODS:
    mod = importlib.import_module(m); doc = mod.DOC
    text = visible(os.path.join(ROOT, doc))
    for t in mod.ROWS:
        sent, actor, stance, senti, target, note = t
        ns = re.sub(r"\s+", " ", sent).strip()
        if ns not in text: errs.append(f"{doc}: sentence not found: {sent[:80]}")
        if stance not in STANCES: errs.append(f"{doc}: bad stance {stance}")
        if senti not in SENTS: errs.append(f"{doc}: bad sentiment {senti}")
        if actor not in known: errs.append(f"{doc}: unknown actor {actor}")
        if target and target not in known: errs.append(f"{doc}: unknown target {target}")
        if target == actor: errs.append(f"{doc}: target = actor {actor}")
        key = (doc, ns, actor)
        if key in seen: errs.append(f"{doc}: duplicate (doc,sentence,actor): {actor} | {sent[:60]}")
        seen.add(key)
        rows.append({"doc": doc, "sentence": sent, "actor": actor, "stance": stance, "sentiment": senti,
                     "target": target, "source": "dev", "note": note})
with open(os.path.join(ROOT, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writeheader(); w.writerows(rows)
per = collections.Counter(r["doc"] for r in rows); st = collections.Counter(r["stance"] for r in rows)
for d, n in per.items(): print(f"{n:3d}  {d}  " + str(dict(collections.Counter(r['stance'] for r in rows if r['doc']==d))))
print("total", len(rows), dict(st))
print("\n".join(errs) if errs else "OK: all sentences found, no duplicates, all actors known")
