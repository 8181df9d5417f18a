"""Build /work/batch38b/statements.csv from the hand-written row lists in rows_*.py.
Each rows file defines DOC and ROWS = [(sentence, actor, stance, sentiment, target, note), ...].
The script only checks that each sentence occurs in the page's visible text (whitespace-normalised)."""
import csv, glob, html, importlib.util, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)

def visible(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        t = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', t)
        t = re.sub(r'(?s)<[^>]+>', ' ', t)
        t = html.unescape(t)
    return re.sub(r'\s+', ' ', t)

out = []
bad = 0
for f in sorted(glob.glob(os.path.join(HERE, 'rows_*.py'))):
    spec = importlib.util.spec_from_file_location('m', f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(BASE, m.DOC))
    for r in m.ROWS:
        sent, actor, stance, sent_, target, note = r
        if re.sub(r'\s+', ' ', sent) not in text:
            print('NOT IN PAGE:', m.DOC, sent[:90]); bad += 1
        assert stance in ('condemning', 'supporting', 'neutral', 'calling_for_talks'), r
        assert sent_ in ('negative', 'neutral', 'positive'), r
        out.append([m.DOC, sent, actor, stance, sent_, target, 'page', note])
with open(os.path.join(BASE, 'statements.csv'), 'w', newline='', encoding='utf-8') as fh:
    w = csv.writer(fh)
    w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note'])
    w.writerows(out)
print(len(out), 'rows;', bad, 'not found')
