"""Shared helpers: visible text of a page and a check that each labelled sentence is in it."""
import html, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def visible_text(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"<(script|style|head)\b.*?</\1>", " ", s, flags=re.S | re.I)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def check(doc, rows):
    text = visible_text(os.path.join(ROOT, doc))
    bad = [r[0] for r in rows if norm(r[0]) not in text]
    for b in bad:
        print("NOT FOUND in", doc, ":", b[:100])
    return not bad
