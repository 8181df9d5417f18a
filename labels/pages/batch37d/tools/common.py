"""Helpers: visible text of a page (as the project's checker sees it) and exact extraction of a unit by its first and last words."""
import html, os, re
from html.parser import HTMLParser
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INLINE = {"a", "span", "time", "strong", "em", "b", "i", "small"}
HIDDEN = {"script", "style", "head", "title"}

class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip, self.parts = 0, []
    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN: self.skip += 1
        elif tag not in INLINE: self.parts.append("\n")
    def handle_endtag(self, tag):
        if tag in HIDDEN: self.skip -= 1
        elif tag not in INLINE: self.parts.append("\n")
    def handle_data(self, data):
        if not self.skip: self.parts.append(data)

def visible(doc):
    raw = open(os.path.join(BASE, doc), encoding="utf-8").read()
    if not doc.endswith(".html"):
        return raw
    v = _Visible(); v.feed(raw)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", l).strip() for l in "".join(v.parts).split("\n")]
    return "\n".join(l for l in lines if l)

def unit(doc, start, end):
    t = visible(doc)
    i = t.find(start)
    assert i >= 0, (doc, start)
    assert t.find(start, i + 1) < 0, ("start not unique", doc, start)
    j = t.find(end, i)
    assert j >= 0, (doc, start, end)
    span = t[i:j + len(end)]
    assert "\n" not in span, ("crosses a line", doc, start)
    return span
