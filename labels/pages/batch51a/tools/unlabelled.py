"""List rough sentences of each page that carry no row, to re-check for missed statements (review aid only)."""
import re,html,glob,csv,os
BASE=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def visible(path):
    s=open(path,encoding='utf-8').read()
    if path.endswith('.html'):
        s=re.sub(r"(?s)<head>.*?</head>"," ",s); s=re.sub(r"(?s)<script.*?</script>"," ",s); s=re.sub(r"<[^>]+>","\n",s); s=html.unescape(s)
    return s
rows=list(csv.DictReader(open(BASE+'/statements.csv',encoding='utf-8')))
for f in sorted(glob.glob(BASE+'/page_*')):
    d=os.path.basename(f)
    lab=[re.sub(r'\s+',' ',r['sentence']).strip() for r in rows if r['doc']==d]
    print("=====",d)
    for para in visible(f).split('\n'):
        para=re.sub(r'\s+',' ',para).strip()
        if len(para.split())<8: continue
        for s in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["”]))\s+(?=["“A-Z])',para):
            if len(s.split())<6: continue
            if not any(s in l or l in s for l in lab): print("  -",s[:170])
