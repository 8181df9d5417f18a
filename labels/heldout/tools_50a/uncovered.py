#!/usr/bin/env python3
"""Lists the paragraphs' sentences (rough regex split) that no row covers, to review by hand that nothing was missed."""
import csv, os, re, sys
sys.path.insert(0, "/work/main/labels/pages")
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
from html.parser import HTMLParser
class V(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.skip=0; s.out=[]
    def handle_starttag(s,t,a):
        if t in ("script","style","head","title"): s.skip+=1
        elif t not in ("a","span","time","strong","em","b","i","small"): s.out.append("\n")
    def handle_endtag(s,t):
        if t in ("script","style","head","title"): s.skip-=1
        elif t not in ("a","span","time","strong","em","b","i","small"): s.out.append("\n")
    def handle_data(s,d):
        if not s.skip: s.out.append(d)
rows = list(csv.DictReader(open(os.path.join(HERE,"statements.csv"),encoding="utf-8")))
for doc in sorted({r["doc"] for r in rows}):
    raw = open(os.path.join(HERE,doc),encoding="utf-8").read()
    if doc.endswith(".html"):
        v=V(); v.feed(raw); raw="".join(v.out)
    units=[r["sentence"] for r in rows if r["doc"]==doc]
    print("=====", doc)
    for para in raw.split("\n"):
        para=para.strip()
        if len(para.split())<6: continue
        for s in re.split(r'(?:(?<=[.?!])|(?<=[.?!]["”]))\s+(?=[A-Z"“])', para):
            if not any(s in u or u in s for u in units):
                print("  -", s[:150])
