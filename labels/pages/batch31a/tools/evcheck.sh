#!/bin/bash
# usage: evcheck.sh "term1" "term2" ... ; prints hit counts in labels + blind43 folders and file names
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind43a /work/blind43b 2>/dev/null | wc -l)
  f=$(ls /work/main/labels/*/ /work/main/labels/*/*/ /work/blind43a /work/blind43b 2>/dev/null | grep -ic -- "$(echo "$t" | tr -d ' ' )")
  echo "$n content / $f names : $t"
done
