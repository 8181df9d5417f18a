"""Visible text of a page: .txt as is; .html as the text a reader sees (no head, script, style).
Block tags start a new line; inline tags do not."""
from html.parser import HTMLParser
import re

SKIP = ("script", "style", "head", "title", "noscript")
INLINE = {"a", "span", "time", "strong", "em", "b", "i", "small", "abbr", "cite", "q", "sup", "sub"}


class _Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag not in INLINE:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP:
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
    p = _Vis()
    p.feed(raw)
    text = "".join(p.parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", l).strip() for l in text.split("\n")]
    return "\n".join(l for l in lines if l)


if __name__ == "__main__":
    import sys
    for f in sys.argv[1:]:
        t = visible_text(f)
        print(f, len(t.split()), "visible words")
