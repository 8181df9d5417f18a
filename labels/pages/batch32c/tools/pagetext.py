"""Visible text of a page: .txt as is; .html without head/script/style and tags (entities unescaped)."""
import html, re, sys

def visible_text(path):
    s = open(path, encoding="utf-8").read()
    if not path.endswith(".html"):
        return s
    s = re.sub(r"(?is)<head.*?</head>", " ", s)
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|li|h[1-6]|figcaption|blockquote|tr|section|article|aside|footer|header|nav|ul|ol)>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    s = html.unescape(s)
    s = re.sub(r"[ \t]+", " ", s)
    s = re.sub(r"\n\s*\n+", "\n\n", s)
    return s

def norm(t):
    return re.sub(r"\s+", " ", t).strip()

if __name__ == "__main__":
    for p in sys.argv[1:]:
        t = visible_text(p)
        print(p, len(t.split()), "words (visible, incl. furniture)")
