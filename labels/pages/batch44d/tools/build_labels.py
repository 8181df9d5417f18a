#!/usr/bin/env python3
"""Write statements.csv for batch44d from the hand decisions in labels_*.py.
Each label module defines DOC and ROWS = [(sentence, actor, stance, sentiment, target, note), ...].
Checks that every sentence occurs in the page's visible text (whitespace-normalised)."""
import csv, glob, html, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)

def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", s)
        s = re.sub(r"(?s)<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

def norm(t):
    return re.sub(r"\s+", " ", t).strip()

rows_out, problems = [], 0
for mod_path in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
    spec = importlib.util.spec_from_file_location("m", mod_path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(BATCH, m.DOC))
    for sent, actor, stance, sentiment, target, note in m.ROWS:
        assert stance in {"condemning", "supporting", "neutral", "calling_for_talks"}, (sent, stance)
        assert sentiment in {"negative", "neutral", "positive"}, (sent, sentiment)
        if norm(sent) not in text:
            print("NOT FOUND in", m.DOC, ":", sent[:90]); problems += 1
        rows_out.append([m.DOC, norm(sent), actor, stance, sentiment, target, "page", note])

with open(os.path.join(BATCH, "statements.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows_out)
print(len(rows_out), "rows;", problems, "problems")
sys.exit(1 if problems else 0)
