"""List rough sentences (5+ words) of each page that carry no row, for a manual completeness pass."""
import csv, glob, html, re
rows = list(csv.DictReader(open('/work/blind52b/statements.csv', encoding='utf-8')))
for p in sorted(glob.glob('/work/blind52b/page_*')):
    d = p.split('/')[-1]
    t = open(p, encoding='utf-8').read()
    if p.endswith('.html'):
        t = re.sub(r'(?s)<head>.*?</head>', ' ', t); t = re.sub(r'<[^>]+>', '\n', t); t = html.unescape(t)
    lab = ' '.join(re.sub(r'\s+', ' ', r['sentence']) for r in rows if r['doc'] == d)
    print('=====', d)
    for line in t.split('\n'):
        line = line.strip()
        if len(line.split()) < 8: continue
        for s in re.split(r'(?<=[.?!"])\s+(?=[A-Z"])', line):
            s2 = re.sub(r'\s+', ' ', s).strip()
            if len(s2.split()) >= 5 and s2 not in lab: print('  -', s2[:150])
