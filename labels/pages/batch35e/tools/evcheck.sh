#!/bin/bash
# usage: evcheck.sh "term1" "term2" ... ; prints hit counts in labels + blind sets and file-name hits
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind46a /work/blind46b -iname "*$(echo $t | tr ' ' '_')*" 2>/dev/null | wc -l)
  echo "$t: $n files, $f names :: $(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b 2>/dev/null | grep -v README | head -2 | xargs -n1 basename 2>/dev/null | tr '\n' ' ')"
done
