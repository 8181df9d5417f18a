#!/bin/bash
# Event check: distinctive names of each chosen event, grepped (case-insensitive) in file contents and file names
# under /work/main/labels and the blind folders named in the brief.
DIRS="/work/main/labels /work/blind56a /work/blind56b /work/blind57a /work/blind57b"
for t in "Hoodfar" "Ghahremani" "LynnMall" "Lynn Mall" "New Lynn" "Samsudeen" "Aathil" "Gaffoor" "Smethurst" "Afghan Files" "Dan Oakes" "Gaughan" "Amatenango" "Cuilco" "Mazapa" "Huehuetenango" "Elsa Hern" "Frayba" "Solo Creed" "Cove Eco" "Farley Augustine" "Gulfstream" "Cyclone Gita" "Fierravanti" "Fua'amotu"; do
  n=$(grep -ril -- "$t" $DIRS 2>/dev/null | wc -l)
  f=$(find $DIRS -iname "*$(echo $t | tr -d ' ' | tr 'A-Z' 'a-z')*" 2>/dev/null | wc -l)
  echo "$t: contents $n, file names $f"
done
