#!/usr/bin/env python3
"""Collect the hand-written rows of tools/labels_*.py into statements.csv.
Each labels file defines DOC and ROWS = [(sentence, actor, stance, sentiment, target, note), ...].
The script only checks that each sentence occurs in the page (whitespace-normalised, HTML tags stripped)."""
import csv, glob, html, importlib.util, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
def norm(t):
    return re.sub(r"\s+", " ", t).strip()
def visible(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"(?is)<(script|style|head)[^>]*>.*?</\1>", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return norm(t)
out = []
bad = 0
for f in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
    spec = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(BASE, m.DOC))
    for r in m.ROWS:
        s, actor, stance, sent, target, note = r
        assert stance in ("condemning","supporting","neutral","calling_for_talks"), r
        assert sent in ("negative","neutral","positive"), r
        if norm(s) not in text:
            print("NOT FOUND", m.DOC, s[:80]); bad += 1
        out.append([m.DOC, s, actor, stance, sent, target, "page", note])
with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["doc","sentence","actor","stance","sentiment","target","source","note"]); w.writerows(out)
print(len(out), "rows;", bad, "not found")
