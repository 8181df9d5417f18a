"""Rough article word count: words in lines/paragraphs of 12+ words (furniture lines are short)."""
import re, sys, html, glob
for p in sorted(glob.glob('/work/blind52b/page_*')):
    t = open(p, encoding='utf-8').read()
    if p.endswith('.html'):
        t = re.sub(r'(?s)<head>.*?</head>', '', t)
        t = re.sub(r'(?s)<(script|style).*?</\1>', '', t)
        t = re.sub(r'<[^>]+>', '\n', t)
        t = html.unescape(t)
    lines = [l.strip() for l in t.split('\n')]
    body = [l for l in lines if len(l.split()) >= 12]
    print(f"{sum(len(l.split()) for l in body):5d}  {p.split('/')[-1]}")
