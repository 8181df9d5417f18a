"""Assemble statements.csv from the hand-written rows in tools/rows_*.py and check each sentence occurs in its page."""
import csv, glob, html, importlib.util, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")

def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"<(script|style|head)[^>]*>.*?</\1>", " ", s, flags=re.S)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

rows = []
for f in sorted(glob.glob(os.path.join(HERE, "rows_*.py"))):
    spec = importlib.util.spec_from_file_location("m", f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(OUT, m.DOC))
    for sent, actor, stance, sent_, target, note in m.ROWS:
        if re.sub(r"\s+", " ", sent) not in text:
            print("NOT IN PAGE:", m.DOC, sent[:80]); 
        rows.append([m.DOC, sent, actor, stance, sent_, target, "page", note])
with open(os.path.join(OUT, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["doc","sentence","actor","stance","sentiment","target","source","note"]); w.writerows(rows)
from collections import Counter
print(len(rows), Counter(r[0] for r in rows)); print(Counter(r[3] for r in rows))
