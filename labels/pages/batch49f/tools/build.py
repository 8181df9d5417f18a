"""Builds /work/batch49f/statements.csv from the hand decisions in rows_*.py and checks
that every sentence occurs in the visible text of its page (whitespace-normalised).
(Pattern of labels/pages/batch48a/tools/build.py.)"""
import csv, glob, html, importlib.util, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"<head>.*?</head>", " ", s, flags=re.S)
        s = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", s, flags=re.S)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

rows, bad = [], 0
for f in sorted(glob.glob(os.path.join(HERE, "rows_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(ROOT, m.DOC))
    for (sent, actor, stance, senti, target, note) in m.ROWS:
        if re.sub(r"\s+", " ", sent) not in text:
            print("NOT IN PAGE:", m.DOC, sent[:90]); bad += 1
        assert stance in {"condemning", "supporting", "neutral", "calling_for_talks"}, stance
        assert senti in {"negative", "neutral", "positive"}, senti
        assert actor != target or not actor, (actor, sent[:60])
        rows.append([m.DOC, sent, actor, stance, senti, target, "page", note])
with open(os.path.join(ROOT, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
print(len(rows), "rows;", bad, "not found")
sys.exit(1 if bad else 0)
