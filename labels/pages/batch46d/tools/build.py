"""Collect the hand labels of tools/labels_*.py into statements.csv and check each sentence is in its page."""
import csv, glob, html, importlib.util, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def visible(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        t = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', t)
        t = re.sub(r'(?s)<[^>]+>', ' ', t)
        t = html.unescape(t)
    return re.sub(r'\s+', ' ', t)

rows, bad = [], 0
for f in sorted(glob.glob(os.path.join(HERE, 'labels_*.py'))):
    spec = importlib.util.spec_from_file_location('m', f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(ROOT, m.DOC))
    for r in m.ROWS:
        sent, actor, stance, sentiment, target, note = r
        if re.sub(r'\s+', ' ', sent) not in text:
            print('NOT FOUND', m.DOC, sent[:80]); bad += 1
        assert stance in ('condemning', 'supporting', 'neutral', 'calling_for_talks'), r
        assert sentiment in ('negative', 'neutral', 'positive'), r
        rows.append([m.DOC, sent, actor, stance, sentiment, target, 'page', note])
with open(os.path.join(ROOT, 'statements.csv'), 'w', newline='', encoding='utf-8') as fh:
    w = csv.writer(fh); w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note']); w.writerows(rows)
print(len(rows), 'rows;', bad, 'not found')
print(Counter(r[0] for r in rows))
print(Counter(r[3] for r in rows))
