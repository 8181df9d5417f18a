import csv, importlib, sys, os
sys.path.insert(0, '/work/batch50a/tools')
from common import check
mods = ['labels_1_cameroon','labels_2_ghana','labels_3_mali','labels_4_congo','labels_5_senegal','labels_6_nigeria']
out = []
bad = 0
for m in mods:
    mod = importlib.import_module(m)
    bad += check(mod.DOC, mod.ROWS)
    for r in mod.ROWS:
        out.append([mod.DOC, r[0], r[1], r[2], r[3], r[4], 'page', r[5]])
    print(mod.DOC, len(mod.ROWS))
with open('/work/batch50a/statements.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['doc','sentence','actor','stance','sentiment','target','source','note'])
    w.writerows(out)
print('rows', len(out), 'missing', bad)
from collections import Counter
print(Counter(r[3] for r in out))
