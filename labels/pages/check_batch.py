#!/usr/bin/env python3
"""Self-check of a helper's batch of labelled pages (one folder: page_* files, statements.csv,
new_actors.csv), run before the batch is merged into ../pages:

    python3 labels/pages/check_batch.py FOLDER [--source page|dev] [--min-html 2] [--rows 18-30]

One checker for every batch: the per-batch copies that the 3a-4c helpers adapted differed only in
these settings.

Errors (exit 1):
- header is doc,sentence,actor,stance,sentiment,target,source,note; every doc exists and starts with page_;
- every `sentence` cell occurs verbatim in the visible text of its page (HTML: the text a reader sees,
  without <head>, <script>, <style>) and inside one paragraph (no line break);
- actor (when not empty) and target (when not empty) are canonical: the `actor` column of
  /work/main/labels/actors.csv, pipeline/data/organisations.csv, pipeline/data/parties.csv or labels/pages/states.csv
  (every state), or declared in new_actors.csv;
  a name declared in new_actors.csv may not be an alias of a different existing actor; target != actor;
- stance in {condemning, supporting, neutral, calling_for_talks}; sentiment in {negative, neutral, positive};
- source = the --source value; no duplicate rows and no duplicate (doc, sentence, actor);
- at least --min-html HTML pages, each with article:published_time, <nav, <figcaption, comments and <footer.
Warnings: a unit that does not start/end on a sentence boundary; empty actor; rows per page outside
--rows; visible words per page outside 600-1200.
"""
import csv, glob, os, re, sys
from collections import Counter
from html.parser import HTMLParser

import argparse

_REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# (states.csv: every state the registry knows, most of them from countryinfo, which no other name file lists)
NAME_FILES = [os.path.join(_REPO, "labels", "actors.csv"), os.path.join(_REPO, "pipeline", "data", "organisations.csv"),
              os.path.join(_REPO, "pipeline", "data", "parties.csv"), os.path.join(_REPO, "labels", "pages", "states.csv")]
_ARGS = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
_ARGS.add_argument("folder")
_ARGS.add_argument("--source", default="page", help="the value every row's source must have")
_ARGS.add_argument("--min-html", type=int, default=2, help="full HTML pages the batch must have")
_ARGS.add_argument("--rows", default="18-30", help="rows per page outside this range are warned about")
OPTIONS = _ARGS.parse_args()
HERE = os.path.abspath(OPTIONS.folder)
ROWS_LOW, ROWS_HIGH = (int(x) for x in OPTIONS.rows.split("-"))
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTIMENTS = {"negative", "neutral", "positive"}
INLINE = {"a", "span", "time", "strong", "em", "b", "i", "small"}
HIDDEN = {"script", "style", "head", "title"}
HEADER = ["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"]


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


def name_sets():
    canon, alias_of = set(), {}
    for p in NAME_FILES:
        for r in csv.DictReader(open(p, encoding="utf-8")):
            if r["actor"] and r["actor"] != "-":
                canon.add(r["actor"])
            alias_of.setdefault(r["alias"], r["actor"])
    new = {r["actor"] for r in csv.DictReader(open(os.path.join(HERE, "new_actors.csv"), encoding="utf-8"))}
    return canon, alias_of, new


def main():
    errors, warnings = [], []
    canon, alias_of, new = name_sets()
    for n in sorted(new - canon):
        if n in alias_of and alias_of[n] != n:
            errors.append(f"new_actors.csv: '{n}' is an alias of existing actor '{alias_of[n]}'")
    allowed = canon | new
    path = os.path.join(HERE, "statements.csv")
    with open(path, encoding="utf-8") as f:
        header = next(csv.reader(f))
    if header != HEADER:
        errors.append(f"statements.csv: header {header} != {HEADER}")
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    texts, seen_key, seen_row, per_doc = {}, set(), set(), Counter()
    for i, r in enumerate(rows, start=2):
        where = f"statements.csv:{i}"
        doc = r["doc"]
        if not doc.startswith("page_"):
            errors.append(f"{where}: doc '{doc}' does not start with page_")
        p = os.path.join(HERE, doc)
        if not os.path.exists(p):
            errors.append(f"{where}: no page {doc}")
            continue
        per_doc[doc] += 1
        t = texts.setdefault(doc, visible_text(p))
        s = r["sentence"]
        k = t.find(s)
        if not s.strip() or k < 0:
            errors.append(f"{where}: sentence not found verbatim in the visible text of {doc}: {s[:70]!r}")
        elif "\n" in s:
            errors.append(f"{where}: unit spans two paragraphs")
        else:
            before = t[max(0, k - 2):k]
            after = t[k + len(s):k + len(s) + 1] or "\n"
            ok_start = k == 0 or before.endswith("\n") or (before.endswith(" ") and before[:1] in ".?!\"”’-:–—")
            if not ok_start:
                warnings.append(f"{where}: unit does not start at a sentence boundary ({before!r}): {s[:50]!r}")
            if after not in ("\n", " "):
                warnings.append(f"{where}: unit does not end at a sentence boundary ({after!r}): {s[-50:]!r}")
            if not re.search(r"[.?!][\"”’]?$", s):
                warnings.append(f"{where}: unit does not end with sentence punctuation: {s[-40:]!r}")
        if r["actor"]:
            if r["actor"] not in allowed:
                errors.append(f"{where}: actor '{r['actor']}' is not canonical"
                              + (f" (alias of '{alias_of[r['actor']]}')" if r["actor"] in alias_of else ""))
        else:
            warnings.append(f"{where}: empty actor (unnamed speaker)")
        if r["target"]:
            if r["target"] not in allowed:
                errors.append(f"{where}: target '{r['target']}' is not canonical")
            if r["target"] == r["actor"]:
                errors.append(f"{where}: target equals actor")
        if r["stance"] not in STANCES:
            errors.append(f"{where}: stance '{r['stance']}'")
        if r["sentiment"] not in SENTIMENTS:
            errors.append(f"{where}: sentiment '{r['sentiment']}'")
        if r["source"] != OPTIONS.source:
            errors.append(f"{where}: source '{r['source']}' != {OPTIONS.source}")
        full = tuple(r[h] for h in HEADER)
        if full in seen_row:
            errors.append(f"{where}: duplicate row")
        seen_row.add(full)
        key = (doc, s, r["actor"])
        if key in seen_key:
            errors.append(f"{where}: duplicate (doc, sentence, actor)")
        seen_key.add(key)

    pages = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "page_*")))
    for p in pages:
        n = per_doc.get(p, 0)
        if not ROWS_LOW <= n <= ROWS_HIGH:
            warnings.append(f"{p}: {n} rows (aim {OPTIONS.rows})")
        words = len(visible_text(os.path.join(HERE, p)).split())
        if not 600 <= words <= 1200:
            warnings.append(f"{p}: {words} visible words (aim 600-1200)")
    html = [p for p in pages if p.endswith(".html")]
    for p in html:
        raw = open(os.path.join(HERE, p), encoding="utf-8").read()
        for need in ('property="article:published_time"', "<nav", "<figcaption", "<footer", "comment"):
            if need not in raw:
                errors.append(f"{p}: missing {need}")
    if len(html) < OPTIONS.min_html:
        errors.append(f"only {len(html)} HTML pages (need at least {OPTIONS.min_html})")

    print(f"{len(rows)} rows in {len(per_doc)} pages")
    for p in pages:
        words = len(visible_text(os.path.join(HERE, p)).split())
        print(f"  {per_doc.get(p, 0):3d} rows  {words:4d} words  {p}")
    print("stances:", dict(Counter(r["stance"] for r in rows)))
    print("sentiments:", dict(Counter(r["sentiment"] for r in rows)))
    print("actors:", len({r['actor'] for r in rows}), "distinct")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
