"""Shared helpers: visible text of a page and a row collector that checks each sentence is in its page."""
import csv, html, re, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def visible(doc):
    s = open(os.path.join(BASE, doc), encoding='utf-8').read()
    if doc.endswith('.html'):
        s = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', s)
        s = re.sub(r'(?s)<[^>]+>', ' ', s)
        s = html.unescape(s)
    return re.sub(r'\s+', ' ', s)

ROWS = []
def R(doc, sentence, actor, stance, sentiment, target='', note=''):
    assert stance in ('condemning', 'supporting', 'neutral', 'calling_for_talks'), stance
    assert sentiment in ('negative', 'neutral', 'positive'), sentiment
    norm = re.sub(r'\s+', ' ', sentence).strip()
    if norm not in visible(doc):
        raise SystemExit(f'NOT IN PAGE {doc}: {sentence[:80]}')
    ROWS.append([doc, norm, actor, stance, sentiment, target, 'page', note])

def write():
    out = os.path.join(BASE, 'statements.csv')
    with open(out, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note'])
        w.writerows(ROWS)
    print(len(ROWS), 'rows ->', out)
