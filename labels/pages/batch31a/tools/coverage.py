"""Review aid: prints each paragraph of a page's visible text, marking the labelled units (>>) so that
unlabelled sentences can be re-read by hand. It makes no labelling decision."""
import csv, sys
sys.path.insert(0, '/work/main/labels/pages/batch2a/tools')
from pagetext import visible_text
rows = list(csv.DictReader(open('/work/batch31a/statements.csv')))
doc = sys.argv[1]
t = visible_text('/work/batch31a/' + doc)
units = {}
for r in rows:
    if r['doc'] == doc:
        units.setdefault(r['sentence'], []).append(f"{r['actor']}/{r['stance']}/{r['sentiment']}/{r['target']}")
for para in t.split('\n'):
    rest = para
    marks = []
    for s, labs in units.items():
        if s in para:
            marks.append((para.find(s), s, labs))
    if not marks:
        print('   ', para[:160])
    else:
        for k, s, labs in sorted(marks):
            print('>> ', s[:110], '|', '; '.join(labs))
        covered = sum(len(s) for _, s, _ in marks)
        if covered < len(para) - 5:
            print('   (para has unlabelled text):', para[:200])
