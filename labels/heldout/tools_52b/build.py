"""Assemble statements.csv from tools/labels/labels_*.py and check it:
every sentence occurs in its page's visible text (whitespace aside), no (doc, sentence, actor) repeats,
every actor is in the name files or new_actors.csv (or a state in pages/states.csv)."""
import csv, glob, html, importlib.util, re, sys, collections
sys.path.insert(0, '/work/blind52b/tools/labels')
from common import check
B = '/work/blind52b'
def visible(p):
    t = open(p, encoding='utf-8').read()
    if p.endswith('.html'):
        t = re.sub(r'(?s)<head>.*?</head>', ' ', t)
        t = re.sub(r'<[^>]+>', ' ', t)
        t = html.unescape(t)
    return re.sub(r'\s+', ' ', t)
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
rows = []
for f in sorted(glob.glob(B + '/tools/labels/labels_*.py')):
    spec = importlib.util.spec_from_file_location('m', f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    rows += check(m.DOC, m.ROWS)
known = set()
for f in ['/work/main/labels/actors.csv', '/work/main/pipeline/data/organisations.csv', '/work/main/pipeline/data/parties.csv',
          '/work/main/labels/pages/states.csv', B + '/new_actors.csv']:
    for r in csv.DictReader(open(f, encoding='utf-8')): known.add(r['actor'])
for r in csv.DictReader(open('/work/main/pipeline/data/officeholders.csv', encoding='utf-8')): known.add(r['actor'])
bad = 0; seen = set(); texts = {}
for (doc, s, a, st, se, t, src, n) in rows:
    if doc not in texts: texts[doc] = visible(B + '/' + doc)
    if norm(s) not in texts[doc]: print('NOT FOUND', doc, s[:80]); bad += 1
    k = (doc, norm(s), a)
    if k in seen: print('DUP', k[1][:60], a); bad += 1
    seen.add(k)
    for x in (a, t):
        if x and x not in known: print('UNKNOWN ACTOR', repr(x)); bad += 1
with open(B + '/statements.csv', 'w', newline='', encoding='utf-8') as fh:
    w = csv.writer(fh); w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note'])
    for r in rows: w.writerow(r)
print('rows', len(rows), 'problems', bad)
c = collections.Counter(r[0] for r in rows)
for d in sorted(c): print(c[d], d, dict(collections.Counter(r[3] for r in rows if r[0] == d)))
print(dict(collections.Counter(r[3] for r in rows)))
print('sentiment', dict(collections.Counter(r[4] for r in rows)))
