"""Visible text of a page (my own helper): HTML -> text a reader sees (no head/script/style),
block tags become line breaks; .txt returned as is."""
import re, sys
from html.parser import HTMLParser
INLINE = {"a", "span", "time", "strong", "em", "b", "i", "small"}
HIDDEN = {"script", "style", "head", "title"}
class V(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.skip = 0; self.parts = []
    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN: self.skip += 1
        elif tag not in INLINE: self.parts.append("\n")
    def handle_endtag(self, tag):
        if tag in HIDDEN: self.skip -= 1
        elif tag not in INLINE: self.parts.append("\n")
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)
def text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".html"): return raw
    v = V(); v.feed(raw)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", l).strip() for l in "".join(v.parts).split("\n")]
    return "\n".join(l for l in lines if l)
if __name__ == "__main__":
    for p in sys.argv[1:]:
        t = text(p); print(p, len(t.split()), "visible words")
