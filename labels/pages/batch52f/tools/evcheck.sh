#!/bin/bash
# Event check: distinctive terms of each chosen event, case-insensitive, in file names and contents
for t in "Xu Zhiyong" "Ding Jiaxi" "Luo Shengchun" "Koh Tao" "Witheridge" "Wai Phyo" "Koh Samui" "Pritam" "Raeesah" "Committee of Privileges" "Yakushima" "CV-22" "Bauernfeind" "Mo So" "Moso" "Hpruso" "Karenni Nationalities" "Tanjung Rhu" "APMM" "Judha"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind55a /work/blind55b 2>/dev/null | wc -l)
  f=$(ls /work/main/labels /work/main/labels/* /work/blind55a /work/blind55b 2>/dev/null | grep -i -- "$(echo $t | tr ' ' '_' | tr 'A-Z' 'a-z')" | wc -l)
  echo "$t: contents $n, file names $f"
done
