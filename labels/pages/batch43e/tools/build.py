"""Build statements.csv from the hand-written label lists in tools/labels/p*.py.
The script only writes rows out; every label is typed by hand in the lists."""
import csv, glob, importlib.util, os, re, html
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
OUT = os.path.join(ROOT, "statements.csv")

def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", s)
        s = re.sub(r"(?s)<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

rows = []
for path in sorted(glob.glob(os.path.join(HERE, "labels", "p*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(ROOT, m.DOC))
    for r in m.ROWS:
        sent, actor, stance, senti, target, note = r
        if re.sub(r"\s+", " ", sent) not in text:
            print("NOT IN PAGE:", m.DOC, sent[:80])
        assert stance in ("condemning", "supporting", "neutral", "calling_for_talks"), r
        assert senti in ("negative", "neutral", "positive"), r
        rows.append([m.DOC, sent, actor, stance, senti, target, "page", note])
with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
print(len(rows), "rows")
