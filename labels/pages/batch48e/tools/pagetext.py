#!/usr/bin/env python3
"""Visible text of a page (HTML: drop head/script/style and tags), whitespace-normalised."""
import html, re, sys
def visible(path):
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', s)
        s = re.sub(r'(?s)<[^>]+>', ' ', s)
        s = html.unescape(s)
    return re.sub(r'\s+', ' ', s).strip()
if __name__ == '__main__':
    for p in sys.argv[1:]:
        print(p, len(visible(p).split()))
