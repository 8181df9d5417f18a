#!/usr/bin/env python3
"""Self-check of the page evaluation set.

- every `sentence` cell occurs verbatim in the visible text of its page (HTML: the text a reader
  sees, not <head>, <script> or <style>), inside one paragraph;
- actor and target are canonical names: a canonical actor of labels/actors.csv or of
  pipeline/data/organisations.csv (the `actor` column, never an alias), or one declared in
  new_actors.csv; a new canonical name may not be an alias of an existing actor;
- stance in {condemning, supporting, neutral, calling_for_talks}; sentiment in {negative, neutral,
  positive}; source = page; no duplicate (doc, sentence, actor); 20-35 rows per page;
- warns when a unit does not start or end on a sentence boundary of its paragraph.
Only reads ../actors.csv and ../../pipeline/data/organisations.csv (names).
"""
import csv
import os, glob, os, re, sys
from collections import Counter, defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN_ACTORS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "actors.csv")
MAIN_ORGS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "pipeline", "data", "organisations.csv")
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTIMENTS = {"negative", "neutral", "positive"}
INLINE = {"a", "span", "time", "strong", "em", "b", "i", "small"}
HIDDEN = {"script", "style", "head", "title"}


class Visible(HTMLParser):
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
    v = Visible()
    v.feed(raw)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", l).strip() for l in "".join(v.parts).split("\n")]
    return "\n".join(l for l in lines if l)


def canonical_sets():
    canon, alias_of = set(), {}
    for path in (MAIN_ACTORS, MAIN_ORGS):
        for r in csv.DictReader(open(path, encoding="utf-8")):
            if r["actor"] and r["actor"] != "-":
                canon.add(r["actor"])
                alias_of.setdefault(r["alias"], r["actor"])
    new = set()
    for r in csv.DictReader(open(os.path.join(HERE, "new_actors.csv"), encoding="utf-8")):
        new.add(r["actor"])
    return canon, alias_of, new


def main():
    errors, warnings = [], []
    canon, alias_of, new = canonical_sets()
    for n in sorted(new - canon):
        if n in alias_of and alias_of[n] != n:
            errors.append(f"new_actors.csv: '{n}' is an alias of existing actor '{alias_of[n]}'")
    allowed = canon | new
    rows = list(csv.DictReader(open(os.path.join(HERE, "statements.csv"), encoding="utf-8")))
    expected = ["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"]
    with open(os.path.join(HERE, "statements.csv"), encoding="utf-8") as f:
        header = next(csv.reader(f))
    if header != expected:
        errors.append(f"statements.csv: header {header} != {expected}")
    texts, seen = {}, set()
    per_doc = Counter()
    for i, r in enumerate(rows, start=2):
        where = f"statements.csv:{i}"
        doc = r["doc"]
        path = os.path.join(HERE, doc)
        if not os.path.exists(path):
            errors.append(f"{where}: no page {doc}")
            continue
        per_doc[doc] += 1
        t = texts.setdefault(doc, visible_text(path))
        s = r["sentence"]
        k = t.find(s)
        if not s.strip() or k < 0:
            errors.append(f"{where}: sentence not found verbatim in visible text of {doc}: {s[:70]!r}")
        else:
            if "\n" in s:
                errors.append(f"{where}: unit spans two paragraphs")
            before = t[k - 2:k] if k >= 2 else "\n"
            after = t[k + len(s):k + len(s) + 1] or "\n"
            if not (k == 0 or before[-1] == "\n" or (before[-1] == " " and before[0] in ".?!\"”’-:–—")):
                warnings.append(f"{where}: unit does not start at a sentence boundary ({before!r}): {s[:50]!r}")
            if after not in ("\n", " "):
                warnings.append(f"{where}: unit does not end at a sentence boundary ({after!r}): {s[-50:]!r}")
            if not re.search(r"[.?!][\"”’]?$", s):
                warnings.append(f"{where}: unit does not end with sentence punctuation: {s[-40:]!r}")
        if r["actor"] and r["actor"] not in allowed:
            errors.append(f"{where}: actor '{r['actor']}' is not canonical"
                          + (f" (alias of '{alias_of[r['actor']]}')" if r["actor"] in alias_of else ""))
        if not r["actor"]:
            warnings.append(f"{where}: empty actor (unnamed speaker)")
        if r["target"] and r["target"] not in allowed:
            errors.append(f"{where}: target '{r['target']}' is not canonical")
        if r["target"] and r["target"] == r["actor"]:
            errors.append(f"{where}: target equals actor")
        if r["stance"] not in STANCES:
            errors.append(f"{where}: stance '{r['stance']}'")
        if r["sentiment"] not in SENTIMENTS:
            errors.append(f"{where}: sentiment '{r['sentiment']}'")
        if r["source"] != "page":
            errors.append(f"{where}: source '{r['source']}' != page")
        key = (doc, s, r["actor"])
        if key in seen:
            errors.append(f"{where}: duplicate (doc, sentence, actor)")
        seen.add(key)
    pages = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "page_*")))
    for p in pages:
        n = per_doc.get(p, 0)
        if not 20 <= n <= 35:
            warnings.append(f"{p}: {n} rows (aim 20-35)")
        words = len(visible_text(os.path.join(HERE, p)).split())
        if not 600 <= words <= 1200:
            warnings.append(f"{p}: {words} visible words (aim 600-1200)")
    html_pages = [p for p in pages if p.endswith(".html")]
    for p in html_pages:
        raw = open(os.path.join(HERE, p), encoding="utf-8").read()
        for need in ('property="article:published_time"', "<nav", "<figcaption", "<footer", "comment"):
            if need not in raw:
                warnings.append(f"{p}: missing {need}")
    if len(html_pages) < 3:
        errors.append(f"only {len(html_pages)} HTML pages (need 3)")

    print(f"{len(rows)} rows in {len(per_doc)} pages")
    for p in pages:
        print(f"  {per_doc.get(p, 0):3d}  {p}")
    print("stances:", dict(Counter(r['stance'] for r in rows)))
    print("sentiments:", dict(Counter(r['sentiment'] for r in rows)))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
