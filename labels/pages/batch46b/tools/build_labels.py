"""Build statements.csv for batch46b from the hand-written rows in rows_*.py.
Only checks that every sentence is found in its page's visible text; labels are hand-written."""
import csv, glob, html, importlib.util, re, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)

def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"(?is)<(script|style|head)[^>]*>.*?</\1>", " ", s)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

rows, bad = [], 0
for f in sorted(glob.glob(os.path.join(HERE, "rows_*.py"))):
    spec = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(BASE, m.DOC))
    for r in m.ROWS:
        sent, actor, stance, sent_, target, note = r
        if re.sub(r"\s+", " ", sent) not in text:
            print("NOT FOUND", m.DOC, sent[:80]); bad += 1
        rows.append([m.DOC, sent, actor, stance, sent_, target, "page", note])
with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["doc","sentence","actor","stance","sentiment","target","source","note"]); w.writerows(rows)
print(len(rows), "rows;", bad, "not found")
