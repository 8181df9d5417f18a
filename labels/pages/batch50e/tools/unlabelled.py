#!/usr/bin/env python3
"""List the sentences of each page that carry no row, for a manual completeness review.
Crude: HTML tags stripped, paragraphs split on blank lines / block tags, sentences on . ? ! followed by a capital."""
import csv, html, os, re, sys
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
rows = list(csv.DictReader(open(os.path.join(HERE, "statements.csv"), encoding="utf-8")))
norm = lambda t: " ".join(t.split())
for doc in sorted({r["doc"] for r in rows}):
    labelled = [norm(r["sentence"]) for r in rows if r["doc"] == doc]
    text = open(os.path.join(HERE, doc), encoding="utf-8").read()
    if doc.endswith(".html"):
        text = re.sub(r"(?s)<(script|style|head).*?</\1>", "", text)
        text = re.sub(r"</?(p|li|h\d|div|figcaption|blockquote|section|footer|nav|ul|ol|tr)[^>]*>", "\n\n", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    print("=====", doc)
    for para in re.split(r"\n\s*\n", text):
        para = norm(para)
        if len(para.split()) < 6:
            continue
        for sent in re.split(r'(?:(?<=[.?!])|(?<=[.?!]["”]))\s+(?=["“A-Z])', para):
            if not any(sent in l or l in sent for l in labelled):
                print("  -", sent[:160])
