#!/bin/bash
# usage: evcheck.sh "term" ... ; prints hit counts in label dirs (content) and file names (labels, blind, batch40*)
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind4* /work/batch40* -iname "*$t*" 2>/dev/null | wc -l)
  echo "$t: content=$n names=$f"
done
