#!/usr/bin/env python3
"""Review aid: print each paragraph-sentence (rough split) of a page that has no row, to check by eye that it is narration or furniture."""
import csv, re, sys, html, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(HERE, 'statements.csv'), encoding='utf-8')))
for doc in sys.argv[1:]:
    s = open(os.path.join(HERE, doc), encoding='utf-8').read()
    if doc.endswith('.html'):
        s = re.sub(r'<head>.*?</head>', ' ', s, flags=re.S)
        s = re.sub(r'<(p|h1|h2|h3|li|figcaption|blockquote)[^>]*>', '\n', s)
        s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    labelled = ' '.join(r['sentence'] for r in rows if r['doc'] == doc)
    for para in s.split('\n'):
        para = re.sub(r'\s+', ' ', para).strip()
        if len(para.split()) < 6:
            continue
        for sent in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["”])) (?=["“A-Z])', para):
            if sent not in labelled:
                print('  -', sent[:160])
    print('====', doc)
