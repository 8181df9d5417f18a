"""Collect the hand-written rows of tools/labels_*.py into statements.csv and check each sentence is in its page."""
import csv, glob, html, importlib.util, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", s, flags=re.S)
        s = re.sub(r"<[^>]+>", " ", s); s = html.unescape(s)
    return re.sub(r"\s+", " ", s)
rows = []
for f in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
    spec = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(ROOT, m.DOC))
    for sent, actor, stance, senti, target, note in m.ROWS:
        assert stance in {"condemning","supporting","neutral","calling_for_talks"}, (stance, sent[:40])
        assert senti in {"negative","neutral","positive"}
        if re.sub(r"\s+"," ",sent) not in text: print("NOT FOUND:", m.DOC, sent[:80])
        rows.append([m.DOC, sent, actor, stance, senti, target, "page", note])
with open(os.path.join(ROOT, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["doc","sentence","actor","stance","sentiment","target","source","note"]); w.writerows(rows)
print(len(rows), "rows")
