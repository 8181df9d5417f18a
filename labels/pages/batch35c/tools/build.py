"""Build /work/batch35c/statements.csv from the hand decisions in tools/labels_*.py.

Each labels file defines DOC and ROWS = [(sentence, actor, stance, sentiment, target, note), ...].
The script decides nothing. It checks that every sentence stands in the page's visible text
(whitespace-normalised; for HTML the text outside head/script/style), that the values are allowed,
and prints counts per page and per stance."""
import collections, csv, glob, importlib.util, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}


class Visible(HTMLParser):
    SKIP = {"script", "style", "head"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "figcaption", "section", "article",
             "header", "footer", "nav", "aside", "ul", "ol", "main", "figure", "br", "form", "time"}

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
    out, problems = [], 0
    per_page, per_stance = collections.Counter(), collections.Counter()
    for f in sorted(glob.glob(os.path.join(HERE, "labels_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        text = visible(os.path.join(BASE, mod.DOC))
        seen = set()
        for sent, actor, stance, senti, target, note in mod.ROWS:
            if norm(sent) not in text:
                print("NOT IN PAGE:", mod.DOC, sent[:90]); problems += 1
            if stance not in STANCES or senti not in SENTS:
                print("BAD VALUE:", mod.DOC, stance, senti); problems += 1
            if target and target == actor:
                print("TARGET == ACTOR:", mod.DOC, sent[:60]); problems += 1
            if (sent, actor) in seen:
                print("DUPLICATE:", mod.DOC, actor, sent[:60]); problems += 1
            seen.add((sent, actor))
            out.append([mod.DOC, norm(sent), actor, stance, senti, target, "page", note])
            per_page[mod.DOC] += 1
            per_stance[stance] += 1
    with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(out)
    for d, n in sorted(per_page.items()):
        print(f"{n:3d}  {d}")
    print("total", sum(per_page.values()), dict(per_stance))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
