"""Lists every rough sentence of each page's visible text and marks those that carry a row (+) - a reading aid only."""
import csv, html, re, sys, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(ROOT, "statements.csv"), encoding="utf-8")))
def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"<head>.*?</head>", " ", s, flags=re.S)
        s = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", s, flags=re.S)
        s = re.sub(r"</(p|h\d|li|div|figcaption|blockquote|footer)>", "\n", s)
        s = re.sub(r"<[^>]+>", " ", s); s = html.unescape(s)
    return s
for doc in sorted({r["doc"] for r in rows}):
    if len(sys.argv) > 1 and sys.argv[1] not in doc: continue
    sents = [re.sub(r"\s+", " ", r["sentence"]) for r in rows if r["doc"] == doc]
    print("=====", doc)
    for para in visible(os.path.join(ROOT, doc)).split("\n"):
        para = re.sub(r"\s+", " ", para).strip()
        if len(para.split()) < 6: continue
        for sent in re.split(r'(?<=[.!?])\s+(?=[A-Z"])', para):
            mark = "+" if any(sent[:40] in s or s[:40] in sent for s in sents) else " "
            print(mark, sent[:150])
