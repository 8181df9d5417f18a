"""Build /work/blind50b/statements.csv from the hand-written row files tools/rows*_*.py."""
import csv, glob, os, re, html
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}

def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw)

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def main():
    out = []
    for f in sorted(glob.glob(os.path.join(HERE, "rows*_*.py"))):
        ns = {}
        exec(open(f, encoding="utf-8").read(), ns)
        doc, rows = ns["DOC"], ns["ROWS"]
        text = visible_text(os.path.join(BASE, doc))
        seen = set()
        for sent, actor, stance, senti, target, note in rows:
            assert stance in STANCES, (doc, sent, stance)
            assert senti in SENTS, (doc, sent, senti)
            assert norm(sent) in text, ("NOT IN PAGE", doc, sent[:80])
            key = (doc, norm(sent), actor)
            assert key not in seen, ("DUPLICATE", key)
            seen.add(key)
            out.append([doc, norm(sent), actor, stance, senti, target, "dev", note])
    with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(out)
    print(len(out), "rows")
    print(Counter(r[0] for r in out))
    print(Counter(r[3] for r in out))

if __name__ == "__main__":
    main()
