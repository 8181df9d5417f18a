#!/bin/bash
# Event check: distinctive names of each chosen event, case-insensitive, in file contents and file names
# under the project's labels and the two blind folders named in the brief.
for t in "Tirik" "Obshar" "Beja Nazirs" "Nazirs" "Bekoji" "Metekel" "Mizdah" "Mizda" "Mezzouna" "Khaskhoussi" "Pays-Bas" "paillote" "Shady Habash" "Balaha" "Ramy Essam" "Tora prison" "El-Behairy"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind55a /work/blind55b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind55a /work/blind55b -iname "*${t// /}*" 2>/dev/null | wc -l)
  echo "$t: content hits $n, file-name hits $f"
done
