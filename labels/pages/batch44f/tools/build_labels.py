#!/usr/bin/env python3
"""Write statements.csv for batch44f from the hand labels in labels_*.py.
Each label module defines DOC and ROWS = [(sentence, actor, stance, sentiment, target, note), ...].
The script only checks that each sentence occurs in the page's visible text (whitespace-normalised)."""
import csv, glob, html, importlib.util, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); BASE = os.path.dirname(HERE)
def visible(path):
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = re.sub(r'(?s)<head>.*?</head>', ' ', s); s = re.sub(r'(?s)<script.*?</script>', ' ', s)
        s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    return ' '.join(s.split())
out = []; bad = 0
for mod in sorted(glob.glob(os.path.join(HERE, 'labels_*.py'))):
    spec = importlib.util.spec_from_file_location('m', mod); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(BASE, m.DOC))
    for (sent, actor, stance, senti, target, note) in m.ROWS:
        if ' '.join(sent.split()) not in text:
            print('NOT FOUND', m.DOC, sent[:80]); bad += 1
        assert stance in ('condemning','supporting','neutral','calling_for_talks'), stance
        assert senti in ('negative','neutral','positive'), senti
        assert target != actor or not target, (actor, sent[:60])
        out.append([m.DOC, sent, actor, stance, senti, target, 'page', note])
with open(os.path.join(BASE, 'statements.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f); w.writerow(['doc','sentence','actor','stance','sentiment','target','source','note']); w.writerows(out)
print(len(out), 'rows', bad, 'not found')
