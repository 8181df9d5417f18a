"""Assemble /work/batch46f/statements.csv from the hand-written label lists (tools/labels_*.py)
and check that every sentence occurs in the visible text of its page. Makes no labelling decision."""
import csv, html, importlib.util, re, glob, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def visible(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"<(script|style|head)\b.*?</\1>", " ", t, flags=re.S | re.I)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return re.sub(r"\s+", " ", t)

rows, bad = [], 0
stances = collections.Counter()
for f in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
    spec = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    page = visible(os.path.join(ROOT, m.DOC))
    per = collections.Counter()
    for r in m.ROWS:
        sent, actor, stance, senti, target, note = r
        if re.sub(r"\s+", " ", sent) not in page:
            print("NOT FOUND", m.DOC, sent[:90]); bad += 1
        assert stance in {"condemning", "supporting", "neutral", "calling_for_talks"}, r
        assert senti in {"negative", "neutral", "positive"}, r
        rows.append([m.DOC, sent, actor, stance, senti, target, "page", note])
        per[stance] += 1; stances[stance] += 1
    print(m.DOC, len(m.ROWS), dict(per))
with open(os.path.join(ROOT, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"]); w.writerows(rows)
print(len(rows), "rows;", bad, "not found;", dict(stances))
