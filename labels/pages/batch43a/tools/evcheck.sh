#!/bin/bash
# usage: evcheck.sh "term" ...   -> hit counts of each term in labelled pages and blind sets (content and file names)
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind4* /work/blind50* -iname "*$(echo $t | tr -d ' ')*" 2>/dev/null | wc -l)
  echo "$t : files-with-text=$n  names=$f"
done
