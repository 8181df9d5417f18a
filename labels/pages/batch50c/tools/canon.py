"""Look up actor names: python3 canon.py WORD ... -> matching rows in the name files and actor usage counts in labelled rows."""
import csv, sys, glob, collections
FILES = ['/work/main/labels/actors.csv', '/work/main/pipeline/data/organisations.csv',
         '/work/main/pipeline/data/parties.csv', '/work/main/pipeline/data/officeholders.csv']
use = collections.Counter()
for f in ['/work/main/labels/pages/statements.csv', '/work/main/labels/heldout/statements.csv', '/work/main/labels/statements.csv']:
    try:
        for r in csv.DictReader(open(f, encoding='utf-8')):
            use[r['actor']] += 1
    except FileNotFoundError:
        pass
for w in sys.argv[1:]:
    print('==', w)
    for f in FILES:
        for r in csv.reader(open(f, encoding='utf-8')):
            if any(w.lower() in c.lower() for c in r[:2]):
                print('  ', f.split('/')[-1], r[:5])
    for a, n in use.items():
        if w.lower() in a.lower():
            print('   used:', a, n)
