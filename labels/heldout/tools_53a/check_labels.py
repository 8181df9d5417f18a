"""Checks statements.csv: every sentence occurs in its page's visible text (whitespace aside), no (doc, sentence, actor)
repeats, stance/sentiment values valid, every actor/target known (actors.csv, organisations, parties, officeholders,
labels/pages/new_actors.csv, or our new_actors.csv), names of pages unique against /work/main/labels."""
import csv, os, re, sys, glob
sys.path.insert(0, os.path.dirname(__file__))
from pagetext import visible_text
D = '/work/blind53a'
def norm(s): return re.sub(r'\s+', ' ', s).strip()
known = set()
for p in ['/work/main/labels/actors.csv', '/work/main/pipeline/data/organisations.csv', '/work/main/pipeline/data/parties.csv',
          '/work/main/labels/pages/new_actors.csv', D + '/new_actors.csv']:
    for r in csv.DictReader(open(p, encoding='utf-8')): known.add(r['actor'])
for r in csv.DictReader(open('/work/main/pipeline/data/officeholders.csv', encoding='utf-8')): known.add(r['actor'])
rows = list(csv.DictReader(open(D + '/statements.csv', encoding='utf-8')))
texts = {}; bad = 0; seen = set(); counts = {}
for i, r in enumerate(rows, 2):
    doc = r['doc']
    if doc not in texts: texts[doc] = norm(visible_text(os.path.join(D, doc)))
    if norm(r['sentence']) not in texts[doc]: print(f'line {i}: sentence not in page: {r["sentence"][:80]}'); bad += 1
    k = (doc, norm(r['sentence']), r['actor'])
    if k in seen: print(f'line {i}: duplicate (doc, sentence, actor)'); bad += 1
    seen.add(k)
    if r['stance'] not in ('condemning', 'supporting', 'neutral', 'calling_for_talks'): print(f'line {i}: bad stance'); bad += 1
    if r['sentiment'] not in ('negative', 'neutral', 'positive'): print(f'line {i}: bad sentiment'); bad += 1
    if r['source'] != 'dev': print(f'line {i}: source'); bad += 1
    for col in ('actor', 'target'):
        if r[col] and r[col] not in known: print(f'line {i}: unknown {col} {r[col]}'); bad += 1
    if r['actor'] == r['target'] and r['target']: print(f'line {i}: actor == target'); bad += 1
    counts[doc] = counts.get(doc, 0) + 1
for doc, n in counts.items(): print(n, doc)
names = set(os.path.basename(p) for p in glob.glob('/work/main/labels/**/page_*', recursive=True))
for p in glob.glob(D + '/page_*'):
    if os.path.basename(p) in names: print('name already used:', p); bad += 1
print('problems:', bad, '| rows:', len(rows))
