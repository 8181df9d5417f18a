#!/usr/bin/env python3
"""Write statements.csv from the hand decisions in tools/labels_*.py (run from /work/batch32d).
Checks that every sentence occurs verbatim in the visible text of its page (HTML: the text outside head/script/style)."""
import csv, glob, importlib.util, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INLINE = {"a", "span", "time", "strong", "em", "b", "i", "small"}
HIDDEN = {"script", "style", "head", "title"}

class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.skip, self.parts = 0, []
    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN: self.skip += 1
        elif tag not in INLINE: self.parts.append("\n")
    def handle_endtag(self, tag):
        if tag in HIDDEN: self.skip -= 1
        elif tag not in INLINE: self.parts.append("\n")
    def handle_data(self, data):
        if not self.skip: self.parts.append(data)

def visible(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".html"):
        return raw
    v = Visible(); v.feed(raw)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", l).strip() for l in "".join(v.parts).split("\n")]
    return "\n".join(l for l in lines if l)

rows, bad = [], 0
for f in sorted(glob.glob(os.path.join(HERE, "tools", "labels_*.py"))):
    spec = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(HERE, m.DOC))
    for (s, actor, stance, sent, target, note) in m.ROWS:
        if s not in text:
            print("NOT FOUND", m.DOC, s[:80]); bad += 1
        rows.append([m.DOC, s, actor, stance, sent, target, "page", note])
with open(os.path.join(HERE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"]); w.writerows(rows)
print(len(rows), "rows;", bad, "not found")
sys.exit(1 if bad else 0)
