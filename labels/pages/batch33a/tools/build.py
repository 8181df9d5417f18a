"""Assemble statements.csv from the per-page row files in tools/rows/ (hand-written labels)."""
import csv, importlib.util, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'statements.csv')
rows = []
def order(doc, sent):
    text = open(os.path.join(HERE, '..', doc), encoding='utf-8').read()
    i = text.find(sent[:60])
    return i if i >= 0 else 10**9
for f in sorted(glob.glob(os.path.join(HERE, 'rows', 'p*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for sent, actor, stance, sentiment, target, note in m.ROWS:
        assert stance in ('condemning','supporting','neutral','calling_for_talks'), (f, sent)
        assert sentiment in ('negative','neutral','positive'), (f, sent)
        rows.append([m.DOC, sent, actor, stance, sentiment, target, 'page', note])
docs = []
for r in rows:
    if r[0] not in docs: docs.append(r[0])
rows.sort(key=lambda r: (docs.index(r[0]), order(r[0], r[1])))
with open(OUT, 'w', newline='') as fh:
    w = csv.writer(fh)
    w.writerow(['doc','sentence','actor','stance','sentiment','target','source','note'])
    w.writerows(rows)
print(len(rows), 'rows')
