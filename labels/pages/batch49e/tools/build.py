#!/usr/bin/env python3
"""Collect the hand-written rows of tools/rows/p*.py into statements.csv and check each sentence
is in its page (visible text for HTML). Labels are written by hand in the row files; this script
only assembles and checks them."""
import csv, glob, html, importlib.util, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
def visible(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        t = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', t)
        t = re.sub(r'(?s)<[^>]+>', ' ', t)
        t = html.unescape(t)
    return re.sub(r'\s+', ' ', t)
out = []; bad = 0
for f in sorted(glob.glob(os.path.join(HERE, 'rows', 'p*.py'))):
    spec = importlib.util.spec_from_file_location('m', f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(ROOT, m.DOC))
    for r in m.ROWS:
        s, actor, stance, senti, target, note = r
        s = re.sub(r'\s+', ' ', s).strip()
        if s not in text:
            print('NOT IN PAGE:', m.DOC, '|', s[:90]); bad += 1
        assert stance in ('condemning','supporting','neutral','calling_for_talks'), r
        assert senti in ('negative','neutral','positive'), r
        out.append([m.DOC, s, actor, stance, senti, target, 'page', note])
    n = len(m.ROWS); print(f'{m.DOC}: {n} rows', dict(Counter(r[2] for r in m.ROWS)))
with open(os.path.join(ROOT, 'statements.csv'), 'w', newline='', encoding='utf-8') as fh:
    w = csv.writer(fh); w.writerow(['doc','sentence','actor','stance','sentiment','target','source','note']); w.writerows(out)
print('total', len(out), dict(Counter(r[3] for r in out)), 'missing', bad)
