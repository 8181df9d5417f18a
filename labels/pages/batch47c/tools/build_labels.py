#!/usr/bin/env python3
"""Build statements.csv and new_actors.csv for batch47c from the hand-written rows below.
Every row was decided by hand by reading the sentence in its page (labelling guide);
this script only writes the CSV and checks that each sentence occurs verbatim in its page."""
import csv, html, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from rows import ROWS, NEW_ACTORS  # noqa

def visible(path):
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = re.sub(r'<(script|style|head)\b.*?</\1>', ' ', s, flags=re.S)
        s = re.sub(r'<[^>]+>', ' ', s)
        s = html.unescape(s)
    return re.sub(r'\s+', ' ', s)

bad = 0
cache = {}
for r in ROWS:
    doc, sent = r[0], r[1]
    if doc not in cache:
        cache[doc] = visible(os.path.join(ROOT, doc))
    if re.sub(r'\s+', ' ', sent) not in cache[doc]:
        print('NOT FOUND:', doc, '|', sent[:90]); bad += 1
    if r[3] not in ('condemning', 'supporting', 'neutral', 'calling_for_talks'):
        print('BAD STANCE', r); bad += 1
    if r[4] not in ('negative', 'neutral', 'positive'):
        print('BAD SENTIMENT', r); bad += 1

with open(os.path.join(ROOT, 'statements.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note'])
    for doc, sent, actor, stance, senti, target, note in ROWS:
        w.writerow([doc, sent, actor, stance, senti, target, 'page', note])
with open(os.path.join(ROOT, 'new_actors.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['actor', 'alias', 'kind'])
    for row in NEW_ACTORS:
        w.writerow(row)
print(len(ROWS), 'rows;', bad, 'problems')
