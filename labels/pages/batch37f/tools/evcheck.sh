#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> counts files containing each term (case-insensitive) in labelled sets and file names
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b -iname "*$(echo $t | tr ' ' '*')*" 2>/dev/null | wc -l)
  echo "$t : files=$n names=$f"
done
