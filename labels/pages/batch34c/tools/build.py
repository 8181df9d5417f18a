"""Write /work/batch34c/statements.csv from the hand decisions in tools/labels_*.py.

Each labels file holds DOC and ROWS = [(sentence, actor, stance, sentiment, target, note), ...].
This script decides nothing: it checks that each sentence stands in the page's visible text
(whitespace-normalised; for HTML, the text outside head/script/style), that the labels are valid values,
and prints per-page counts."""
import collections, csv, glob, importlib.util, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}


class Visible(HTMLParser):
    SKIP = {"script", "style", "head"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "blockquote", "figcaption", "section", "article",
             "header", "footer", "nav", "aside", "ul", "ol", "main", "figure", "br", "form", "time", "td", "tr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.depth -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def visible(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        v = Visible()
        v.feed(raw)
        raw = "".join(v.parts)
    return norm(raw)


def main():
    rows, bad = [], 0
    for f in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        text = visible(os.path.join(BASE, mod.DOC))
        counts = collections.Counter()
        for r in mod.ROWS:
            sent, actor, stance, senti, target, note = r
            if norm(sent) not in text:
                print("NOT IN PAGE:", mod.DOC, sent[:90])
                bad += 1
            if stance not in STANCES or senti not in SENTS:
                print("BAD LABEL:", r)
                bad += 1
            counts[stance] += 1
            rows.append([mod.DOC, norm(sent), actor, stance, senti, target, "page", note])
        print(f"{mod.DOC}: {len(mod.ROWS)} rows {dict(counts)}")
    with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(rows)
    print(len(rows), "rows;", bad, "problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
