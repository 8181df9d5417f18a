"""Shared helpers: visible text of a page, and a check that each labelled unit occurs in it."""
import html, re, csv, os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def visible(doc):
    s = open(os.path.join(HERE, doc), encoding='utf-8').read()
    if doc.endswith('.html'):
        s = re.sub(r'<head>.*?</head>', ' ', s, flags=re.S)
        s = re.sub(r'<script.*?</script>', ' ', s, flags=re.S)
        s = re.sub(r'<[^>]+>', ' ', s)
        s = html.unescape(s)
    return re.sub(r'\s+', ' ', s)

def check(rows):
    bad = 0
    cache = {}
    for r in rows:
        doc, sent = r[0], r[1]
        if doc not in cache:
            cache[doc] = visible(doc)
        if re.sub(r'\s+', ' ', sent) not in cache[doc]:
            print('NOT FOUND', doc, sent[:80]); bad += 1
    return bad
