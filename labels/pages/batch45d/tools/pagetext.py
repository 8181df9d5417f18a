"""Visible text of a page: .txt as is; .html as the text a reader sees (no head, script, style)."""
from html.parser import HTMLParser
import re

BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "figcaption", "header", "footer", "nav", "section",
         "article", "aside", "ul", "ol", "main", "figure", "form", "br", "time", "span", "a", "button",
         "strong", "small", "label", "input", "img"}
INLINE = {"a", "span", "time", "strong", "em", "b", "i", "small"}


class _Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        elif tag not in INLINE:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
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
