#!/usr/bin/env python3
"""Assemble statements.csv from the hand-written row files tools/rows/p*.py.
Each row file defines DOC and ROWS = [(sentence, actor, stance, sentiment, target, note), ...].
Checks that every sentence occurs in the page's visible text (whitespace-normalised)."""
import csv, glob, html, importlib.util, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
def visible(path):
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', s)
        s = re.sub(r'(?s)<[^>]+>', ' ', s)
        s = html.unescape(s)
    return re.sub(r'\s+', ' ', s)
out = []
bad = 0
for f in sorted(glob.glob(os.path.join(HERE, 'rows', 'p*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(BASE, m.DOC))
    for r in m.ROWS:
        sent, actor, stance, sent_, target, note = r
        assert stance in ('condemning','supporting','neutral','calling_for_talks'), r
        assert sent_ in ('negative','neutral','positive'), r
        if re.sub(r'\s+', ' ', sent) not in text:
            print('NOT FOUND', m.DOC, sent[:80]); bad += 1
        out.append([m.DOC, sent, actor, stance, sent_, target, 'page', note])
with open(os.path.join(BASE, 'statements.csv'), 'w', newline='', encoding='utf-8') as fh:
    w = csv.writer(fh); w.writerow(['doc','sentence','actor','stance','sentiment','target','source','note']); w.writerows(out)
from collections import Counter
print(len(out), 'rows;', Counter(r[0] for r in out)); print(Counter(r[3] for r in out))
sys.exit(1 if bad else 0)
