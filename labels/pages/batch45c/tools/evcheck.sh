#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> hit counts in labelled pages and blind sets
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b 2>/dev/null | wc -l)
  echo "$n	$t"
done
