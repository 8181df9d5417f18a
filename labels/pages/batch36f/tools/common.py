"""Helpers for batch36f: visible text of a page and a check that each labelled sentence occurs in it."""
import html, re, csv, os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def visible_text(path):
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', s)
        s = re.sub(r'(?s)<[^>]+>', ' ', s)
        s = html.unescape(s)
    return re.sub(r'\s+', ' ', s)

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

def check(doc, rows):
    text = visible_text(os.path.join(HERE, doc))
    bad = [r[0] for r in rows if norm(r[0]) not in text]
    for b in bad:
        print('NOT FOUND in', doc, ':', b[:90])
    return not bad
