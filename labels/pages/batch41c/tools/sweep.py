"""List sentence-like chunks of each page that no label row covers (for a manual sweep)."""
import csv,re,html
from pathlib import Path
HERE=Path(__file__).resolve().parent.parent
rows=list(csv.DictReader(open(HERE/'statements.csv')))
for doc in sorted(set(r['doc'] for r in rows)):
    s=(HERE/doc).read_text()
    if doc.endswith('.html'):
        s=re.sub(r'<head.*?</head>',' ',s,flags=re.S); s=re.sub(r'<(p|h\d|li|figcaption|blockquote)[^>]*>','\n',s); s=re.sub(r'<[^>]+>',' ',s); s=html.unescape(s)
    labelled=[re.sub(r'\s+',' ',r['sentence']) for r in rows if r['doc']==doc]
    print('=====',doc)
    for line in s.split('\n'):
        line=re.sub(r'\s+',' ',line).strip()
        if len(line.split())<8: continue
        for sent in re.split(r'(?:(?<=[.!?])|(?<=[.!?]"))\s+(?=[A-Z"])',line):
            if len(sent.split())<6: continue
            if not any(sent in l or l in sent for l in labelled):
                print('  -',sent[:170])
