#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> hits per term in all folders the brief lists (file count)
D="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $D 2>/dev/null | wc -l)
  f=$(find $D -iname "*$(echo $t | tr ' ' '_')*" 2>/dev/null | wc -l)
  echo "$n/$f  $t"
done
