#!/bin/bash
# Event check: case-insensitive grep of file names and contents in the project's labels and the blind/batch folders (own folder excluded).
DIRS="/work/main/labels /work/blind56a /work/blind56b /work/batch53a /work/batch53b /work/batch53c /work/batch53d /work/batch53e /work/blind54a /work/blind54b /work/blind55a /work/blind55b /work/batch51a /work/batch51b /work/batch51c /work/batch51d /work/batch51e /work/batch51f /work/batch52a /work/batch52b /work/batch52c /work/batch52d /work/batch52e /work/batch52f"
for t in "Pablo Grillo" "Vricella" "Paul Flores" "Armonía 10" "Armonia 10" "Santiváñez" "Santivanez" "Justinien" "Samari" "Cap-Haïtien" "Cap-Haitien" "Gualaca" "Los Planes" "Ximena Guzm" "Brugada" "José Muñoz" "Genivaldo" "Umbaúba" "Umbauba"; do
  n=$(grep -ril -- "$t" $DIRS 2>/dev/null | wc -l)
  f=$(find $DIRS -iname "*$(echo $t | tr ' ' '_')*" 2>/dev/null | wc -l)
  echo "$t: content hits $n, file-name hits $f"
done
