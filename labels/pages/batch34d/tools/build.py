"""Build statements.csv from the per-page label files and check every unit is in its page."""
import csv, os, sys, importlib.util
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import check, HERE
files = sorted(f for f in os.listdir(os.path.dirname(os.path.abspath(__file__))) if f.startswith('labels_') and f.endswith('.py'))
rows = []
for f in files:
    spec = importlib.util.spec_from_file_location(f[:-3], os.path.join(HERE, 'tools', f))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    rows += m.ROWS
bad = check(rows)
with open(os.path.join(HERE, 'statements.csv'), 'w', newline='', encoding='utf-8') as fh:
    w = csv.writer(fh)
    w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note'])
    for doc, sent, actor, stance, senti, target, note in rows:
        w.writerow([doc, sent, actor, stance, senti, target, 'page', note])
print(len(rows), 'rows;', bad, 'not found')
print(Counter(r[0] for r in rows))
print(Counter(r[3] for r in rows))
for d in sorted(set(r[0] for r in rows)):
    print(d, dict(Counter(r[3] for r in rows if r[0]==d)))
