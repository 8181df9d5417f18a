#!/usr/bin/env python3
"""Assemble statements.csv from the hand-written label files tools/labels_*.py.
Each label file defines DOC and ROWS = [(sentence, actor, stance, sentiment, target, note), ...].
Checks: every sentence occurs in the page's visible text (whitespace-normalised), vocabularies."""
import csv, glob, html, importlib.util, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)

def visible(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        t = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', t)
        t = re.sub(r'(?s)<[^>]+>', ' ', t)
        t = html.unescape(t)
    return re.sub(r'\s+', ' ', t)

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

STANCES = {'condemning', 'supporting', 'neutral', 'calling_for_talks'}
SENTS = {'negative', 'neutral', 'positive'}
out, problems = [], 0
for f in sorted(glob.glob(os.path.join(HERE, 'labels_*.py'))):
    spec = importlib.util.spec_from_file_location('m', f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(BASE, m.DOC))
    for r in m.ROWS:
        s, actor, st, se, tg, note = r
        if norm(s) not in text:
            print('NOT IN PAGE', m.DOC, s[:90]); problems += 1
        if st not in STANCES or se not in SENTS:
            print('BAD LABEL', r); problems += 1
        out.append([m.DOC, norm(s), actor, st, se, tg, 'page', note])
with open(os.path.join(BASE, 'statements.csv'), 'w', newline='', encoding='utf-8') as fh:
    w = csv.writer(fh); w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note']); w.writerows(out)
c = collections.Counter(r[0] for r in out); print(c)
print(collections.Counter(r[3] for r in out)); print('problems', problems)
