"""Build /work/batch42c/statements.csv from the per-page label files; check every sentence is in its page's visible text."""
import csv, html, importlib.util, re
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "statements.csv"

def visible(path):
    s = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        s = re.sub(r"<head.*?</head>", " ", s, flags=re.S)
        s = re.sub(r"<script.*?</script>", " ", s, flags=re.S)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

rows, bad = [], 0
for f in sorted(HERE.glob("labels_*.py")):
    spec = importlib.util.spec_from_file_location(f.stem, f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(HERE.parent / m.DOC)
    n = 0
    for sent, actor, stance, senti, target, note in m.ROWS:
        if re.sub(r"\s+", " ", sent) not in text:
            print("NOT FOUND", m.DOC, sent[:80]); bad += 1
        assert stance in {"condemning","supporting","neutral","calling_for_talks"}, (stance, sent[:40])
        assert senti in {"negative","neutral","positive"}, (senti, sent[:40])
        rows.append([m.DOC, sent, actor, stance, senti, target, "page", note]); n += 1
    print(m.DOC, n)
with OUT.open("w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["doc","sentence","actor","stance","sentiment","target","source","note"]); w.writerows(rows)
print(len(rows), "rows;", bad, "not found")
