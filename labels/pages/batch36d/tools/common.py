"""Helpers: visible text of a page and exact extraction of a unit by its first and last words."""
import html, re, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def visible(doc):
    s = open(os.path.join(BASE, doc), encoding='utf-8').read()
    if doc.endswith('.html'):
        s = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', s, flags=re.S)
        s = re.sub(r'<head>.*?</head>', ' ', s, flags=re.S)
        s = re.sub(r'<[^>]+>', '', s)
        s = html.unescape(s)
    return s

def unit(doc, start, end):
    t = visible(doc)
    i = t.find(start)
    assert i >= 0, (doc, start)
    assert t.find(start, i + 1) < 0, ('start not unique', doc, start)
    j = t.find(end, i)
    assert j >= 0, (doc, start, end)
    span = t[i:j + len(end)]
    assert '\n' not in span, ('crosses a line', doc, start)
    return span
