#!/bin/bash
# usage: evcheck.sh "term1" "term2" ... ; prints number of files containing each term (case-insensitive)
D="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $D 2>/dev/null | wc -l)
  echo "$t: $n $(grep -ril -- "$t" $D 2>/dev/null | grep -v 'statements.csv\|README' | sed 's#.*/##' | head -4 | tr '\n' ' ')"
done
