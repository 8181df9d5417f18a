#!/usr/bin/env python3
"""Visible text of a page (HTML: without head/script/style; block tags -> line breaks)."""
import sys, re
from html.parser import HTMLParser
INLINE = {"a", "span", "time", "strong", "em", "b", "i", "small"}
HIDDEN = {"script", "style", "head", "title"}
class V(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.skip=0; self.parts=[]
    def handle_starttag(self, t, a):
        if t in HIDDEN: self.skip+=1
        elif t not in INLINE: self.parts.append("\n")
    def handle_endtag(self, t):
        if t in HIDDEN: self.skip-=1
        elif t not in INLINE: self.parts.append("\n")
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)
def text(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        v = V(); v.feed(s); s = "".join(v.parts)
    return s
if __name__ == "__main__":
    for p in sys.argv[1:]:
        t = text(p); print(p, len(t.split()), "words (all visible)")
