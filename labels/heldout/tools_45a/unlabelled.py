"""List the crude sentences of each page that carry no row, for a by-hand review of omissions."""
import csv, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from pagetext import visible_text, norm
rows = list(csv.DictReader(open('statements.csv', encoding='utf-8')))
for doc in sorted({r['doc'] for r in rows}):
    lab = [norm(r['sentence']) for r in rows if r['doc'] == doc]
    print('=====', doc)
    for line in visible_text(doc).split('\n'):
        line = norm(line)
        if len(line.split()) < 6: continue
        for s in re.split(r'(?<=[.!?"”])\s+(?=[A-Z"“(])', line):
            if len(s.split()) < 5: continue
            if not any(s in l or l in s for l in lab):
                print('  -', s[:150])
