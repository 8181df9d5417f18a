import re,html,sys
p=sys.argv[1]
s=open(p).read()
if p.endswith('.html'):
    s=re.sub(r'(?s)<head>.*?</head>',' ',s); s=re.sub(r'(?s)<script.*?</script>',' ',s)
    for m in re.findall(r'(?s)<p[^>]*>(.*?)</p>',s): print('-',html.unescape(re.sub(r'<[^>]+>','',m)))
else:
    for l in s.split('\n'):
        if len(l)>120: print('-',l)
