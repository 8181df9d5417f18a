"""Visible word counts of each page (HTML tags stripped)."""
import sys, re, html, glob
from html.parser import HTMLParser
class Vis(HTMLParser):
    def __init__(self):
        super().__init__(); self.out=[]; self.skip=0
    def handle_starttag(self, tag, a):
        if tag in ('script','style','head'): self.skip+=1
        self.out.append(' ')
    def handle_endtag(self, tag):
        if tag in ('script','style','head'): self.skip-=1
        self.out.append(' ')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)
def visible(p):
    t=open(p,encoding='utf-8').read()
    if p.endswith('.html'):
        v=Vis(); v.feed(t); t=''.join(v.out)
    return re.sub(r'\s+',' ',html.unescape(t))
for p in sorted(glob.glob('/work/batch50c/page_*')):
    print(len(visible(p).split()), p.split('/')[-1])
