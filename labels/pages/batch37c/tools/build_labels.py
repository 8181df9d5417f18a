#!/usr/bin/env python3
"""Collect the hand labels from tools/labels_*.py into ../statements.csv.
Each labels module defines DOC and ROWS = [(sentence, actor, stance, sentiment, target, note), ...].
The script only writes rows typed by hand; it checks that every sentence occurs in the page's visible text
(tags stripped, whitespace collapsed) and that stance/sentiment values are legal."""
import csv, glob, html, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}

def visible(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        text = re.sub(r"(?is)<(script|style|head)[^>]*>.*?</\1>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.sub(r"\s+", " ", text)

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

out, problems = [], 0
for mod_path in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(mod_path)[:-3], mod_path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    page = visible(os.path.join(ROOT, mod.DOC))
    for i, (sent, actor, stance, senti, target, note) in enumerate(mod.ROWS):
        if norm(sent) not in page:
            print(f"{mod.DOC} row {i}: sentence not in page: {sent[:80]}"); problems += 1
        if stance not in STANCES or senti not in SENTS:
            print(f"{mod.DOC} row {i}: bad stance/sentiment {stance}/{senti}"); problems += 1
        out.append([mod.DOC, norm(sent), actor, stance, senti, target, "page", note])
with open(os.path.join(ROOT, "statements.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(out)
print(len(out), "rows;", problems, "problems")
sys.exit(1 if problems else 0)
