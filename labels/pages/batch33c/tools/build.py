"""Build /work/batch33c/statements.csv from the hand decisions in tools/labels_*.py.

Each labels file defines DOC and ROWS = [(sentence, actor, stance, sentiment, target, note), ...].
The builder only checks that each sentence occurs in the page's visible text (whitespace-normalised)
and writes the CSV; every decision is written by hand in the labels files."""
import csv, glob, html, importlib.util, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)

class Vis(HTMLParser):
    SKIP = {"script", "style", "head", "title"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "figcaption", "section", "article",
             "header", "footer", "nav", "aside", "ul", "ol", "main", "figure", "br", "form", "span"}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, t, a):
        if t in self.SKIP: self.skip += 1
        if t in self.BLOCK: self.out.append("\n")
    def handle_endtag(self, t):
        if t in self.SKIP: self.skip -= 1
        if t in self.BLOCK: self.out.append("\n")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def visible(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        v = Vis(); v.feed(raw); raw = "".join(v.out)
    return re.sub(r"\s+", " ", raw)

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def main():
    rows = []; bad = 0
    for f in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        text = visible(os.path.join(BASE, m.DOC))
        for r in m.ROWS:
            sent, actor, stance, senti, target, note = r
            if norm(sent) not in text:
                print("NOT IN PAGE:", m.DOC, sent[:80]); bad += 1
            assert stance in {"condemning", "supporting", "neutral", "calling_for_talks"}, r
            assert senti in {"negative", "neutral", "positive"}, r
            rows.append([m.DOC, norm(sent), actor, stance, senti, target, "page", note])
    with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh); w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(rows)
    print(len(rows), "rows;", bad, "not found")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
