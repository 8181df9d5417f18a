"""Visible text of a page: .txt as is; .html with head/script/style removed, tags stripped, entities unescaped."""
import html, re, sys

def visible_text(path):
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = re.sub(r'<head>.*?</head>', ' ', s, flags=re.S)
        s = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', s, flags=re.S)
        s = re.sub(r'<[^>]+>', ' ', s)
        s = html.unescape(s)
    return s

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

if __name__ == '__main__':
    for p in sys.argv[1:]:
        print(p, len(visible_text(p).split()))
