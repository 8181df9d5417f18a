"""Visible text of a page (HTML: text a reader sees, without head/script/style), one block per line."""
import re, sys
from html.parser import HTMLParser

INLINE = {"a", "span", "time", "strong", "em", "b", "i", "small"}
HIDDEN = {"script", "style", "head", "title"}

class Visible(HTMLParser):
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

def visible(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        v = Visible(); v.feed(raw); raw = "".join(v.parts)
    lines = [re.sub(r"\s+", " ", l).strip() for l in raw.split("\n")]
    return "\n".join(l for l in lines if l)

if __name__ == "__main__":
    print(visible(sys.argv[1]))
