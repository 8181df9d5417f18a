#!/bin/bash
# event check: case-insensitive grep of file names and contents in the project's labels and the two blind folders
for t in "Resorts World" "Jessie Javier Carlos" "Albayalde" "Lombok" "Fahri Hamzah" "Zainul Majdi" "Siam Paragon" "Siam Piwat" "Chaithawat" "Minh Hong" "88 Project" "Shimabukuro" "Uruma" "Onaga" "Shinzato" "Dastyari" "Huang Xiangmo" "Fairleigh" "Tokashiki"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind56a /work/blind56b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind56a /work/blind56b -iname "*$(echo $t | tr ' ' '*')*" 2>/dev/null | wc -l)
  echo "$t: $n content hits, $f file-name hits"
done
