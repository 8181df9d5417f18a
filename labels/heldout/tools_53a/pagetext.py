"""Visible text of a page: for .html, the text of <body> without script/style, tags removed, entities unescaped;
for .txt, the file as is. Used by check_labels.py and for word counts."""
import html, re, sys

def visible_text(path):
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        s = re.sub(r'(?is)<head.*?</head>', ' ', s)
        s = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', s)
        s = re.sub(r'(?s)<[^>]+>', ' ', s)
        s = html.unescape(s)
    return s

def article_text(path):
    """Text of the article body only (for word counts): HTML <article> elements, or the whole .txt."""
    s = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        parts = re.findall(r'(?is)<article\b.*?</article>', s)
        s = ' '.join(parts)
        s = re.sub(r'(?is)<(figure|figcaption|h1|h2|h3|nav|div class="share"|p class="(time|tags|byline|kicker|standfirst|release-date|issuer|signoff)")\b.*?</(figure|h1|h2|h3|nav|div|p)>', ' ', s)
        s = re.sub(r'(?s)<[^>]+>', ' ', s)
        s = html.unescape(s)
    return s

if __name__ == '__main__':
    for p in sys.argv[1:]:
        print(len(article_text(p).split()), len(visible_text(p).split()), p)
