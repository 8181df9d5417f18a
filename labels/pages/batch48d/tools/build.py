"""Build statements.csv from the hand-written label lists in tools/labels/ (no rules, no model output)."""
import csv, importlib.util, glob, os
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, '..', 'statements.csv')
rows = []
for f in sorted(glob.glob(os.path.join(here, 'labels', 'p*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for sent, actor, stance, sentiment, target, note in m.ROWS:
        rows.append([m.DOC, sent, actor, stance, sentiment, target, 'page', note])
with open(out, 'w', newline='') as fh:
    w = csv.writer(fh)
    w.writerow(['doc','sentence','actor','stance','sentiment','target','source','note'])
    w.writerows(rows)
print(len(rows), 'rows')
