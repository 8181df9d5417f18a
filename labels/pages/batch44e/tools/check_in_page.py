"""Check that every labelled sentence occurs in its page's visible text (whitespace-normalised)."""
import csv, os, re, html, sys
HERE = os.path.dirname(os.path.abspath(__file__)); BASE = os.path.join(HERE, "..")
def text(doc):
    s = open(os.path.join(BASE, doc), encoding="utf-8").read()
    if doc.endswith(".html"):
        s = re.sub(r"<(script|style|head)[^>]*>.*?</\1>", " ", s, flags=re.S)
        s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    return re.sub(r"\s+", " ", s)
bad = 0
for r in csv.DictReader(open(os.path.join(BASE, "statements.csv"), encoding="utf-8")):
    if re.sub(r"\s+", " ", r["sentence"]).strip() not in text(r["doc"]):
        bad += 1; print("NOT FOUND:", r["doc"], r["sentence"][:90])
print("missing:", bad)
