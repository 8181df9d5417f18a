#!/bin/bash
# event check: distinctive names of each chosen event, case-insensitive, contents and file names
for t in "Sanjay Roy" "Tilottama" "Subang Jaya" "Sri Maha Mariamman" "nitric acid" "battery factory" "battery plant" "Hwaseong fire" "Siumu" "RG Kar" "Vineet Goyal" "Kalighat" "Sandip Ghosh" "Swasthya Bhawan" "Seafield" "Muhammad Adib" "Waytha" "X-Press Pearl" "X-Press Feeders" "Tyutkalo" "Lahandapura" "Aricell" "Hwaseong" "Park Soon-kwan" "Sihanoukville" "Sihanouk" "Yun Min" "Nhim Vanda" "Manawanui" "Tafitoala" "Yvonne Gray"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind54a /work/blind54b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind54a /work/blind54b -iname "*$(echo $t | tr -d ' ' | tr 'A-Z' 'a-z')*" 2>/dev/null | wc -l)
  echo "$t: content hits $n, file-name hits $f"
done
