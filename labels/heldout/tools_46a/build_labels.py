"""Collect the hand decisions of tools/labels_N_*.py into statements.csv (source = dev) and check them:
every sentence occurs in its page's visible text (whitespace aside) within one paragraph, no (doc, sentence, actor)
repeats, every actor and target is a known canonical name (project name files or new_actors.csv), valid values."""
import csv, glob, importlib.util, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pagetext import visible_text, norm, paragraphs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_FILES = ['/work/main/labels/actors.csv', '/work/main/pipeline/data/organisations.csv',
              '/work/main/pipeline/data/parties.csv', '/work/main/labels/pages/states.csv',
              os.path.join(ROOT, 'new_actors.csv')]
known = set()
for f in NAME_FILES:
    with open(f, encoding='utf-8') as fh:
        for r in csv.reader(fh):
            if r and r[0] != 'actor':
                known.add(r[0])

STANCES = {'condemning', 'supporting', 'neutral', 'calling_for_talks'}
SENTS = {'negative', 'neutral', 'positive'}
rows, problems = [], []
for path in sorted(glob.glob(os.path.join(ROOT, 'tools', 'labels_*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    paras = paragraphs(os.path.join(ROOT, m.DOC))
    seen = set()
    for sent, actor, stance, senti, target, note in m.ROWS:
        s = norm(sent)
        if not any(s in p for p in paras): problems.append(f'{m.DOC}: not in one paragraph of the page: {s[:70]}')
        key = (s, actor)
        if key in seen: problems.append(f'{m.DOC}: repeated (sentence, actor): {actor} {s[:50]}')
        seen.add(key)
        if actor not in known: problems.append(f'{m.DOC}: unknown actor {actor!r}')
        if target and target not in known: problems.append(f'{m.DOC}: unknown target {target!r}')
        if target == actor: problems.append(f'{m.DOC}: target = actor {actor}')
        if stance not in STANCES: problems.append(f'{m.DOC}: bad stance {stance}')
        if senti not in SENTS: problems.append(f'{m.DOC}: bad sentiment {senti}')
        rows.append([m.DOC, s, actor, stance, senti, target, 'dev', note])

with open(os.path.join(ROOT, 'statements.csv'), 'w', newline='', encoding='utf-8') as fh:
    w = csv.writer(fh)
    w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note'])
    w.writerows(rows)

per_doc = collections.Counter(r[0] for r in rows)
for d, n in per_doc.items(): print(f'{n:3d}  {d}  {dict(collections.Counter(r[3] for r in rows if r[0] == d))}')
print('total', len(rows), dict(collections.Counter(r[3] for r in rows)))
print('sentiment', dict(collections.Counter(r[4] for r in rows)), 'with target', sum(1 for r in rows if r[5]))
print('\n'.join(problems) if problems else 'OK: no problems')
