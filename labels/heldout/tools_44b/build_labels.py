#!/usr/bin/env python3
"""Assemble statements.csv from the hand decisions in tools/labels_*.py and check them:
every sentence occurs in its page's visible text (exactly, and also whitespace-insensitively), inside one
paragraph; no (doc, sentence, actor) repeats; stance/sentiment values; target != actor; every actor and
target is in the project's name files or in new_actors.csv."""
import csv, glob, importlib.util, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, "/work/main/labels/pages/batch2a/tools")
from pagetext import visible_text  # same visible-text rule as the project's checker

M = "/work/main/"
NAME_FILES = [M + "labels/actors.csv", M + "pipeline/data/organisations.csv", M + "pipeline/data/parties.csv",
              M + "labels/pages/states.csv"]
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}

def names():
    canon = set()
    for p in NAME_FILES:
        for r in csv.DictReader(open(p, encoding="utf-8")):
            if r["actor"] and r["actor"] != "-":
                canon.add(r["actor"])
    new = {r["actor"] for r in csv.DictReader(open(os.path.join(HERE, "new_actors.csv"), encoding="utf-8"))}
    return canon, new

def main():
    canon, new = names()
    allowed = canon | new
    out, seen, errs = [], set(), []
    for f in sorted(glob.glob(os.path.join(HERE, "tools", "labels_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        text = visible_text(os.path.join(HERE, mod.DOC))
        squash = re.sub(r"\s+", " ", text)
        for (s, a, st, se, t, note) in mod.ROWS:
            where = f"{os.path.basename(f)}: {s[:60]!r}"
            k = text.find(s)
            if k < 0:
                errs.append(f"{where}: not found verbatim")
            elif "\n" in s:
                errs.append(f"{where}: spans paragraphs")
            if re.sub(r"\s+", " ", s) not in squash:
                errs.append(f"{where}: not found whitespace-insensitively")
            if st not in STANCES: errs.append(f"{where}: stance {st}")
            if se not in SENTS: errs.append(f"{where}: sentiment {se}")
            if a and a not in allowed: errs.append(f"{where}: actor {a!r} not canonical/new")
            if t and t not in allowed: errs.append(f"{where}: target {t!r} not canonical/new")
            if t and t == a: errs.append(f"{where}: target == actor")
            key = (mod.DOC, s, a)
            if key in seen: errs.append(f"{where}: duplicate (doc, sentence, actor) for {a}")
            seen.add(key)
            out.append([mod.DOC, s, a, st, se, t, "dev", note])
    with open(os.path.join(HERE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(out)
    from collections import Counter
    print(len(out), "rows;", Counter(r[0] for r in out))
    print(Counter(r[3] for r in out))
    for e in errs: print("ERROR", e)
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
