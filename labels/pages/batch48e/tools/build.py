#!/usr/bin/env python3
"""Assemble ../statements.csv from the hand-written row files rows/p*.py (each: DOC, ROWS = [(sentence, actor, stance,
sentiment, target, note), ...]). Checks allowed values, duplicates, and that every sentence occurs in the page's visible
text (whitespace-normalised). Sentences deliberately left without a row are listed as comments in the row files."""
import csv, glob, importlib.util, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from pagetext import visible
out, bad = [], 0
for f in sorted(glob.glob(os.path.join(HERE, 'rows', 'p*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(BASE, m.DOC))
    for r in m.ROWS:
        sent, actor, stance, senti, target, note = r
        assert stance in ('condemning', 'supporting', 'neutral', 'calling_for_talks'), r
        assert senti in ('negative', 'neutral', 'positive'), r
        assert target != actor, r
        if re.sub(r'\s+', ' ', sent).strip() not in text:
            print('NOT FOUND', m.DOC, sent[:90]); bad += 1
        out.append([m.DOC, sent, actor, stance, senti, target, 'page', note])
keys = Counter((r[0], r[1], r[2]) for r in out)
for k, n in keys.items():
    if n > 1: print('DUPLICATE', k[0], k[2], k[1][:60]); bad += 1
with open(os.path.join(BASE, 'statements.csv'), 'w', newline='', encoding='utf-8') as fh:
    w = csv.writer(fh); w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note']); w.writerows(out)
print(len(out), 'rows')
print(Counter(r[3] for r in out)); print(Counter(r[4] for r in out))
for d in sorted(set(r[0] for r in out)):
    print(d, sum(1 for r in out if r[0] == d), dict(Counter(r[3] for r in out if r[0] == d)))
sys.exit(1 if bad else 0)
