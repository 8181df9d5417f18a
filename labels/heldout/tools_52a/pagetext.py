"""Visible text of a page: .txt as is; .html without head/script/style, one line per block element."""
import re
from html.parser import HTMLParser

INLINE = {"a", "span", "time", "strong", "em", "b", "i", "small"}
HIDDEN = {"script", "style", "head", "title"}


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip, self.parts = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.skip += 1
        elif tag not in INLINE:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.skip -= 1
        elif tag not in INLINE:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".html"):
        return raw
    v = _Visible()
    v.feed(raw)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", l).strip() for l in "".join(v.parts).split("\n")]
    return "\n".join(l for l in lines if l)
