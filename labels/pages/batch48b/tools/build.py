#!/usr/bin/env python3
"""Merge the hand-written rows of tools/rows/*.py into statements.csv and check each sentence occurs in its page."""
import csv, importlib.util, pathlib, re, sys
base = pathlib.Path(__file__).resolve().parent.parent
out = []
for f in sorted((base / "tools" / "rows").glob("rows_*.py")):
    spec = importlib.util.spec_from_file_location(f.stem, f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    page = (base / m.DOC).read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", page) if m.DOC.endswith(".html") else page
    text = re.sub(r"\s+", " ", text.replace("&amp;", "&").replace("&mdash;", "—").replace("&#39;", "'"))
    for r in m.ROWS:
        sent, actor, stance, sent_, target, note = r
        if re.sub(r"\s+", " ", sent) not in text:
            print("NOT FOUND", m.DOC, sent[:80], file=sys.stderr)
        out.append([m.DOC, sent, actor, stance, sent_, target, "page", note])
with open(base / "statements.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["doc","sentence","actor","stance","sentiment","target","source","note"]); w.writerows(out)
print(len(out), "rows")
