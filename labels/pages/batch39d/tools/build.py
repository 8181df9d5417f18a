"""Assemble /work/batch39d/statements.csv from tools/labels_*.py and check each sentence is in its page."""
import csv, glob, html, importlib.util, re, sys
from pathlib import Path

ROOT = Path('/work/batch39d')

def visible(path):
    t = path.read_text(encoding='utf-8')
    if path.suffix == '.html':
        t = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', t)
        t = re.sub(r'(?s)<[^>]+>', ' ', t)
        t = html.unescape(t)
    return re.sub(r'\s+', ' ', t)

rows, bad = [], 0
for f in sorted(glob.glob(str(ROOT / 'tools' / 'labels_*.py'))):
    spec = importlib.util.spec_from_file_location(Path(f).stem, f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    page = ROOT / m.DOC
    text = visible(page)
    for r in m.ROWS:
        sent, actor, stance, sent_, target, note = r
        if re.sub(r'\s+', ' ', sent) not in text:
            print('NOT IN PAGE:', m.DOC, sent[:80]); bad += 1
        assert stance in ('condemning', 'supporting', 'neutral', 'calling_for_talks'), r
        assert sent_ in ('negative', 'neutral', 'positive'), r
        rows.append([m.DOC, sent, actor, stance, sent_, target, 'page', note])
with open(ROOT / 'statements.csv', 'w', newline='', encoding='utf-8') as fh:
    w = csv.writer(fh)
    w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note'])
    w.writerows(rows)
print(len(rows), 'rows;', bad, 'not found')
