import csv, html, re, os
BASE = '/work/batch50a'
def visible(doc):
    s = open(os.path.join(BASE, doc), encoding='utf-8').read()
    if doc.endswith('.html'):
        s = re.sub(r'(?s)<head>.*?</head>', ' ', s)
        s = re.sub(r'(?s)<script.*?</script>', ' ', s)
        s = re.sub(r'<[^>]+>', ' ', s)
        s = html.unescape(s)
    return re.sub(r'\s+', ' ', s)
def check(doc, rows):
    v = visible(doc)
    bad = 0
    for r in rows:
        sent = re.sub(r'\s+', ' ', r[0])
        if sent not in v:
            print('NOT FOUND', doc, sent[:90]); bad += 1
        assert r[2] in ('condemning','supporting','neutral','calling_for_talks'), r
        assert r[3] in ('negative','neutral','positive'), r
    return bad
