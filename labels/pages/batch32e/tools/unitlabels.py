"""The shared builder of a helper batch's labels: each ``labels_*.py`` beside a batch's
``build_labels.py`` calls ``U(doc, first words, last words, (actor, stance, sentiment, target, note), ...)``;
each unit is found in its page's visible text by its exact opening and closing words, so the
`sentence` cell is the page's own text (nothing retyped), and the rows go to the batch's
``statements.csv``. The decisions are made by hand per the labelling guide and labels/README.md.

    python3 <batch>/tools/build_labels.py      # each batch's build_labels.py calls build()

A batch's pages are looked up in the batch's folder, then in the folder above it (the merged
labels/pages/ or labels/heldout/ keep the pages there).
"""
import csv
import glob
import os

from pagetext import visible_text

HEADER = ["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"]
N, C, S, T = "neutral", "condemning", "supporting", "calling_for_talks"
neg, neu, pos = "negative", "neutral", "positive"


def build(tools_dir: str, source: str = "page") -> list[list[str]]:
    root = os.path.dirname(os.path.abspath(tools_dir))
    texts: dict[str, str] = {}
    rows: list[list[str]] = []

    def page(doc: str) -> str:
        here = os.path.join(root, doc)
        return here if os.path.exists(here) else os.path.join(os.path.dirname(root), doc)

    def U(doc, start, end, *labels):
        t = texts.setdefault(doc, visible_text(page(doc)))
        i = t.find(start)
        assert i >= 0, (doc, start)
        assert t.find(start, i + 1) < 0, ("start not unique", doc, start)
        j = t.find(end, i)
        assert j >= 0, (doc, end)
        s = t[i:j + len(end)]
        assert "\n" not in s, ("unit crosses a paragraph", doc, start)
        for actor, stance, sentiment, target, note in labels:
            rows.append([doc, s, actor, stance, sentiment, target, source, note])

    names = {"U": U, "N": N, "C": C, "S": S, "T": T, "neg": neg, "neu": neu, "pos": pos}
    for path in sorted(glob.glob(os.path.join(tools_dir, "labels_*.py"))):
        exec(open(path, encoding="utf-8").read(), dict(names))  # the hand decisions, one file per page
    out = os.path.join(root, "statements.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"{len(rows)} rows -> {out}")
    return rows
