#!/usr/bin/env python3
"""Build /work/batch46c/statements.csv from the hand-written rows in labels_rows.py,
checking that every unit occurs in the visible text of its page (whitespace-normalised)."""
import csv, html, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from labels_rows import ROWS

BASE = '/work/batch46c'

def visible(path):
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = re.sub(r'(?is)<head>.*?</head>', ' ', s)
        s = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', ' ', s)
        s = re.sub(r'<[^>]+>', ' ', s)
        s = html.unescape(s)
    return re.sub(r'\s+', ' ', s)

cache = {}
bad = 0
out = []
for doc, sent, actor, stance, senti, target, note in ROWS:
    if doc not in cache:
        cache[doc] = visible(os.path.join(BASE, doc))
    if re.sub(r'\s+', ' ', sent) not in cache[doc]:
        print('NOT FOUND:', doc, sent[:80]); bad += 1
    assert stance in ('condemning', 'supporting', 'neutral', 'calling_for_talks'), stance
    assert senti in ('negative', 'neutral', 'positive'), senti
    out.append([doc, sent, actor, stance, senti, target, 'page', note])
with open(os.path.join(BASE, 'statements.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note'])
    w.writerows(out)
print(len(out), 'rows;', bad, 'not found')
