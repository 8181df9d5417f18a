"""List candidate sentence units of a page (visible text), numbered, to pick label units from.
Usage: python3 listsent.py PAGE [--grep WORD]"""
import re, sys
from html.parser import HTMLParser

BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "li", "figcaption", "blockquote", "footer", "div", "section", "title", "nav", "span", "a"}

class T(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "head"): self.skip += 1
        if tag in BLOCK: self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"): self.skip -= 1
        if tag in BLOCK: self.out.append("\n")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def visible(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = T(); t.feed(raw); raw = "".join(t.out)
    return raw

def paragraphs(path):
    return [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n|\n", visible(path)) if p.strip()]

def sentences(par):
    # split after . ? ! (optionally followed by a closing quote) followed by space + capital/quote,
    # but not inside an open double quote
    out, cur, inq = [], "", False
    i = 0
    while i < len(par):
        ch = par[i]; cur += ch
        if ch == '"': inq = not inq
        if ch in ".?!" and not inq:
            j = i + 1
            if j < len(par) and par[j] == " " and j + 1 < len(par) and (par[j+1].isupper() or par[j+1] in '"'):
                out.append(cur.strip()); cur = ""
        elif ch == '"' and not inq and i > 0 and par[i-1] in ".?!,":
            pass
        i += 1
    if cur.strip(): out.append(cur.strip())
    return out

if __name__ == "__main__":
    path = sys.argv[1]
    g = sys.argv[3].lower() if len(sys.argv) > 3 else None
    n = 0
    for p in paragraphs(path):
        for s in sentences(p):
            n += 1
            if g is None or g in s.lower():
                print(f"{n:3d} {s}")
