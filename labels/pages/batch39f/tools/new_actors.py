"""Write ../new_actors.csv (actor, alias, kind) with proper CSV quoting."""
import csv, os
ROWS = [
("Grecia Quiroz","Grecia Quiroz","person"),
("Sombrero Movement","Sombrero Movement","group"),
("Sombrero Movement","Movimiento del Sombrero","group"),
("Lucia Ferrandiz","Lucia Ferrandiz","person"),
("Gaviota Tourism Group","Gaviota Tourism Group","company"),
("Permanent Committee for the Defence of Human Rights","Permanent Committee for the Defence of Human Rights","organisation"),
("Permanent Committee for the Defence of Human Rights","Comité Permanente por la Defensa de los Derechos Humanos","organisation"),
("Caribbean Movement for Peace and Integration","Caribbean Movement for Peace and Integration","organisation"),
("Caribbean Movement for Peace and Integration","David Denny","person"),
("People's Party for Democracy and Development","People's Party for Democracy and Development","party"),
("People's Party for Democracy and Development","Joseph Atherley","person"),
("People's Party for Democracy and Development","Bishop Joseph Atherley","person"),
("Lorna Thornhill-Best","Lorna Thornhill-Best","person"),
("Jet Set Club","Jet Set Club","company"),
("Jet Set Club","Jet Set nightclub","company"),
("Dominican College of Engineers, Architects and Surveyors","Dominican College of Engineers, Architects and Surveyors","organisation"),
("Dominican College of Engineers, Architects and Surveyors","CODIA","organisation"),
("Major League Baseball","Major League Baseball","organisation"),
("Major League Baseball","MLB","organisation"),
("Archdiocese of Santo Domingo","Archdiocese of Santo Domingo","organisation"),
("Archdiocese of Santo Domingo","Francisco Ozoria","person"),
]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "new_actors.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["actor", "alias", "kind"]); w.writerows(ROWS)
print(len(ROWS), "aliases")
