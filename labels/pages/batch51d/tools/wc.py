import sys,re,html
for p in sys.argv[1:]:
    s=open(p).read()
    if p.endswith('.html'):
        s=re.sub(r"(?s)<head>.*?</head>"," ",s); s=re.sub(r"(?s)<script.*?</script>"," ",s); s=re.sub(r"<[^>]+>"," ",s); s=html.unescape(s)
    print(p, len(s.split()))
