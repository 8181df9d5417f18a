#!/usr/bin/env python3
"""Write ../statements.csv from the hand decisions in labels_*.py (source = dev), then check
that every sentence occurs in its page's visible text (whitespace aside) and that no
(doc, sentence, actor) repeats. Run from anywhere: python3 tools/build_labels.py"""
import csv, glob, importlib.util, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLS = os.path.join(HERE, "tools")


class Visible(HTMLParser):
    INLINE = {"a", "span", "time", "strong", "em", "b", "i", "small"}
    HIDDEN = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip, self.parts = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.skip += 1
        elif tag not in self.INLINE:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.skip -= 1
        elif tag not in self.INLINE:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".html"):
        return raw
    v = Visible()
    v.feed(raw)
    return "".join(v.parts)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    rows, problems, seen = [], [], set()
    for f in sorted(glob.glob(os.path.join(TOOLS, "labels_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        text = norm(visible(os.path.join(HERE, m.DOC)))
        for sent, actor, stance, senti, target, note in m.ROWS:
            if norm(sent) not in text:
                problems.append(f"{m.DOC}: not found: {sent[:80]!r}")
            key = (m.DOC, norm(sent), actor)
            if key in seen:
                problems.append(f"{m.DOC}: repeated (doc, sentence, actor): {actor} / {sent[:60]!r}")
            seen.add(key)
            if target and target == actor:
                problems.append(f"{m.DOC}: target == actor: {actor}")
            rows.append([m.DOC, sent, actor, stance, senti, target, "dev", note])
    with open(os.path.join(HERE, "statements.csv"), "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(rows)
    print(f"{len(rows)} rows written")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
