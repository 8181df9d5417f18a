"""Write ../new_actors.csv: speakers of the six pages the project does not know yet (actor,alias,kind)."""
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = [
 ("Genaro García Luna", ["Genaro García Luna", "Genaro Garcia Luna", "García Luna", "Garcia Luna"], "person"),
 ("Felipe Calderón", ["Felipe Calderón", "Felipe Calderon", "Felipe Calderón Hinojosa"], "person"),
 ("Jesús Zambada García", ["Jesús Zambada García", "Jesús Zambada", "Jesus Zambada", "El Rey Zambada"], "person"),
 ("Ricardo Solís Barrientos", ["Ricardo Solís Barrientos"], "person"),
 ("Rocío Valdivia Sánchez", ["Rocío Valdivia Sánchez"], "person"),
 ("Bartolo Fuentes", ["Bartolo Fuentes"], "person"),
 ("Advocates Network", ["Advocates Network", "Advocates Network Jamaica"], "group"),
 ("Marcia Haughton-Reid", ["Marcia Haughton-Reid", "Haughton-Reid"], "person"),
 ("Horacio Cartes", ["Horacio Cartes", "Horacio Manuel Cartes Jara"], "person"),
 ("Hugo Velázquez", ["Hugo Velázquez", "Hugo Velazquez", "Hugo Adalberto Velázquez Moreno"], "person"),
 ("Banco Basa", ["Banco Basa"], "company"),
]
with open(os.path.join(HERE, "..", "new_actors.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["actor", "alias", "kind"])
    for actor, aliases, kind in ROWS:
        for a in aliases:
            w.writerow([actor, a, kind])
print("written")
