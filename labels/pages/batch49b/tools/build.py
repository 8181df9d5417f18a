"""Write statements.csv and new_actors.csv for batch49b from the hand-written rows_*.py files."""
import csv, importlib.util, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
rows = []
for f in sorted(glob.glob(os.path.join(HERE, "rows_*.py"))):
    spec = importlib.util.spec_from_file_location("m", f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for sent, actor, stance, sentiment, target, note in m.ROWS:
        rows.append([m.DOC, sent, actor, stance, sentiment, target, "page", note])
with open(os.path.join(OUT, "statements.csv"), "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(rows)
NEW = [
 ("Abdirizak Hersi Dualeh", "Abdirizak Hersi Dualeh", "person"),
 ("Canal de Moçambique", "Canal de Moçambique", "media"),
 ("Canal de Moçambique", "Canal de Mocambique", "media"),
 ("Canal de Moçambique", "Canalmoz", "media"),
 ("Canal de Moçambique", "Matias Guente", "person"),
 ("Mediacoop", "Mediacoop", "company"),
 ("Mediacoop", "Fernando Lima", "person"),
 ("National Union of Journalists (Mozambique)", "National Union of Journalists (Mozambique)", "organisation"),
 ("National Union of Journalists (Mozambique)", "Eduardo Constantino", "person"),
 ("Centre for Democracy and Development (Mozambique)", "Centre for Democracy and Development (Mozambique)", "organisation"),
 ("Centre for Democracy and Development (Mozambique)", "Adriano Nuvunga", "person"),
 ("Democratic Movement of Mozambique", "Mozambique Democratic Movement", "party"),
 ("International Residual Mechanism for Criminal Tribunals", "International Residual Mechanism for Criminal Tribunals", "organisation"),
 ("International Residual Mechanism for Criminal Tribunals", "IRMCT", "organisation"),
 ("International Residual Mechanism for Criminal Tribunals", "Residual Mechanism", "organisation"),
 ("International Residual Mechanism for Criminal Tribunals", "Serge Brammertz", "person"),
 ("Union for National Salvation", "Union for National Salvation", "party"),
 ("Union for National Salvation", "Union pour le Salut National", "party"),
 ("Union for National Salvation", "USN", "party"),
 ("Maria Sarungi Tsehai", "Maria Sarungi Tsehai", "person"),
 ("Maria Sarungi Tsehai", "Maria Tsehai", "person"),
 ("David Tsehai", "David Tsehai", "person"),
 ("Change Tanzania", "Change Tanzania", "group"),
 ("Tanzania Human Rights Defenders Coalition", "Tanzania Human Rights Defenders Coalition", "organisation"),
 ("Tanzania Human Rights Defenders Coalition", "THRDC", "organisation"),
 ("Tanzania Human Rights Defenders Coalition", "Onesmo Olengurumwa", "person"),
 ("Tanzania Ending Child Marriage Network", "Tanzania Ending Child Marriage Network", "organisation"),
 ("Tanzania Ending Child Marriage Network", "TECMN", "organisation"),
 ("Equality Now", "Equality Now", "organisation"),
 ("Msichana Initiative", "Msichana Initiative", "organisation"),
 ("Msichana Initiative", "Rebecca Gyumi", "person"),
 ("Neema Mwakasege", "Neema Mwakasege", "person"),
]
with open(os.path.join(OUT, "new_actors.csv"), "w", newline="") as fh:
    w = csv.writer(fh); w.writerow(["actor", "alias", "kind"]); w.writerows(NEW)
from collections import Counter
print(len(rows), Counter(r[0] for r in rows))
print(Counter(r[3] for r in rows))
