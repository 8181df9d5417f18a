"""List rough sentences of each page that carry no row, for a manual completeness review."""
import csv, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import visible_text, norm
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(BASE, "statements.csv"))))
for doc in sorted({r["doc"] for r in rows}):
    text = visible_text(os.path.join(BASE, doc))
    labelled = [norm(r["sentence"]) for r in rows if r["doc"] == doc]
    for lab in labelled:
        text = text.replace(lab, " ## ")
    print("=====", doc)
    for piece in re.split(r"(?<=[.?!\"])\s+(?=[A-Z\"(\[])|\s*##\s*", text):
        piece = piece.strip()
        if piece and piece != "##" and len(piece) > 25:
            print("  -", piece[:220])
