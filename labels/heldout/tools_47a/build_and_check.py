#!/usr/bin/env python3
"""Build /work/blind47a/statements.csv from tools/labels_*.py and check it (own script, no project code)."""
import csv, glob, html, importlib.util, os, re, sys
from html.parser import HTMLParser

BASE = "/work/blind47a"
NAME_FILES = ["/work/main/labels/actors.csv", "/work/main/pipeline/data/organisations.csv",
              "/work/main/pipeline/data/parties.csv", "/work/main/pipeline/data/officeholders.csv"]
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}

class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"): self.skip += 1
        if tag in ("p", "div", "li", "h1", "h2", "h3", "blockquote", "br", "section", "article", "figcaption", "footer", "nav", "aside"):
            self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"): self.skip -= 1
        if tag in ("p", "div", "li", "h1", "h2", "h3", "blockquote"): self.out.append("\n")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def page_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        v = Visible(); v.feed(raw); return "".join(v.out)
    return raw

def norm(s): return re.sub(r"\s+", " ", s).strip()

def known_actors():
    names = set()
    for f in NAME_FILES + [os.path.join(BASE, "new_actors.csv")]:
        if os.path.exists(f):
            for r in csv.DictReader(open(f, encoding="utf-8")):
                names.add(r["actor"])
    return names

def main():
    rows, problems = [], []
    for lf in sorted(glob.glob(os.path.join(BASE, "tools", "labels_*.py"))):
        spec = importlib.util.spec_from_file_location("m", lf); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        text = norm(page_text(os.path.join(BASE, m.DOC)))
        for (sent, actor, stance, senti, target, note) in m.ROWS:
            if norm(sent) not in text: problems.append(f"{m.DOC}: sentence not in page: {sent[:80]}")
            if stance not in STANCES: problems.append(f"{m.DOC}: bad stance {stance}")
            if senti not in SENTS: problems.append(f"{m.DOC}: bad sentiment {senti}")
            rows.append(dict(doc=m.DOC, sentence=sent, actor=actor, stance=stance, sentiment=senti, target=target, source="dev", note=note))
    names = known_actors()
    seen = set()
    for r in rows:
        k = (r["doc"], norm(r["sentence"]), r["actor"])
        if k in seen: problems.append(f"duplicate: {k[0]} {k[2]} {k[1][:60]}")
        seen.add(k)
        for a in (r["actor"], r["target"]):
            if a and a not in names: problems.append(f"{r['doc']}: unknown actor {a!r}")
        if r["target"] and r["target"] == r["actor"]: problems.append(f"{r['doc']}: target = actor {r['actor']}")
    with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writeheader(); w.writerows(rows)
    from collections import Counter
    print("rows:", len(rows))
    for d, n in sorted(Counter(r["doc"] for r in rows).items()): print(f"  {n:3d} {d}")
    print("stances:", dict(Counter(r["stance"] for r in rows)))
    for d in sorted(set(r["doc"] for r in rows)):
        print("  ", d, dict(Counter(r["stance"] for r in rows if r["doc"] == d)))
    for p in problems: print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problems")

if __name__ == "__main__":
    main()
