"""Shared helpers for batch48f: visible text of a page and a row checker/writer."""
import csv, html, re, os

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def visible_text(fname):
    s = open(os.path.join(BASE, fname), encoding="utf-8").read()
    if fname.endswith(".html"):
        s = re.sub(r"(?is)<head>.*?</head>", " ", s)
        s = re.sub(r"(?is)<script.*?</script>", " ", s)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}

def check_rows(doc, rows):
    text = visible_text(doc)
    out = []
    for r in rows:
        sent, actor, stance, sentiment, target, note = r
        norm = re.sub(r"\s+", " ", sent)
        assert norm in text, (doc, sent[:80])
        assert stance in STANCES, (doc, stance)
        assert sentiment in SENTS, (doc, sentiment)
        out.append([doc, sent, actor, stance, sentiment, target, "page", note])
    return out
