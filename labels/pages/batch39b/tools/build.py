"""Build statements.csv and new_actors.csv for batch39b from the hand-written rows_*.py files,
and check that every labelled sentence occurs in its page's visible text."""
import csv, glob, html, importlib.util, os, re, sys
from collections import Counter

BASE = "/work/batch39b"

def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"<head.*?</head>", " ", s, flags=re.S)
        s = re.sub(r"<script.*?</script>", " ", s, flags=re.S)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

rows = []
for f in sorted(glob.glob(os.path.join(BASE, "tools", "rows_*.py"))):
    spec = importlib.util.spec_from_file_location("m", f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = visible(os.path.join(BASE, m.DOC))
    for r in m.ROWS:
        sent, actor, stance, sent_, target, note = r
        assert stance in {"condemning", "supporting", "neutral", "calling_for_talks"}, r
        assert sent_ in {"negative", "neutral", "positive"}, r
        if re.sub(r"\s+", " ", sent) not in text:
            print("NOT FOUND", m.DOC, sent[:80]); sys.exit(1)
        rows.append([m.DOC, sent, actor, stance, sent_, target, "page", note])

with open(os.path.join(BASE, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)

NEW = [
    ("Human Rights Concern - Eritrea", "Human Rights Concern - Eritrea", "organisation"),
    ("Red Sea Afar Democratic Organisation", "Red Sea Afar Democratic Organisation", "group"),
    ("Selam Woldu", "Selam Woldu", "person"),
    ("Yohannes Tekle", "Yohannes Tekle", "person"),
    ("Renamo Military Junta", "Renamo Military Junta", "group"),
    ("Renamo Military Junta", "Mariano Nhongo", "person"),
    ("Peter Biar Ajak", "Peter Biar Ajak", "person"),
    ("Kerbino Wol", "Kerbino Wol", "person"),
    ("Access Now", "Access Now", "organisation"),
    ("Emtel", "Emtel", "company"),
    ("Didier Sam-Fat", "Didier Sam-Fat", "person"),
    ("Linion Reform", "Linion Reform", "party"),
    ("Priya Doorgakant", "Priya Doorgakant", "person"),
    ("Malawi Human Rights Commission", "Malawi Human Rights Commission", "organisation"),
    ("Malawi Human Rights Commission", "MHRC", "organisation"),
    ("Malawi Human Rights Commission", "David Nungu", "person"),
    ("Association of Persons with Albinism in Malawi", "Association of Persons with Albinism in Malawi", "organisation"),
    ("Association of Persons with Albinism in Malawi", "APAM", "organisation"),
    ("Association of Persons with Albinism in Malawi", "Overstone Kondowe", "person"),
    ("Malawi Law Society", "Malawi Law Society", "organisation"),
    ("Chikondi Mwale", "Chikondi Mwale", "person"),
    ("Mauritius Chamber of Commerce and Industry", "Mauritius Chamber of Commerce and Industry", "organisation"),
    # new aliases of existing actors
    ("Amnesty International", "Amnesty International Kenya", "organisation"),
    ("Human Rights Defenders Coalition", "Gift Trapence", "person"),
    ("Democratic Movement of Mozambique", "José Domingos", "person"),
    ("United Nations", "Mirko Manzoni", "person"),
]
with open(os.path.join(BASE, "new_actors.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["actor", "alias", "kind"]); w.writerows(NEW)

print(len(rows), "rows")
print(Counter(r[0] for r in rows))
print(Counter(r[3] for r in rows))
