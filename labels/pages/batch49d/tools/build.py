#!/usr/bin/env python3
"""Build /work/batch49d/statements.csv from the hand-written label lists in tools/labels/p*.py.
Checks each sentence occurs in the page's visible text (whitespace-normalised) before writing."""
import csv, glob, html, importlib.util, os, re, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", s)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

rows, bad = [], 0
for f in sorted(glob.glob(os.path.join(BASE, "tools", "labels", "p*.py"))):
    spec = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(BASE, m.DOC))
    for sent, actor, stance, senti, target, note in m.ROWS:
        if re.sub(r"\s+", " ", sent) not in text:
            print("NOT FOUND", m.DOC, sent[:80]); bad += 1
        assert stance in {"condemning","supporting","neutral","calling_for_talks"}, stance
        assert senti in {"negative","neutral","positive"}, senti
        rows.append([m.DOC, sent, actor, stance, senti, target, "page", note])
with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["doc","sentence","actor","stance","sentiment","target","source","note"]); w.writerows(rows)
print(len(rows), "rows;", bad, "not found")
