#!/bin/bash
# usage: evcheck.sh "term" ... ; prints hit counts (files) in labels and blind sets, and file-name hits
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b /work/blind52a /work/blind52b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind4* /work/blind5* /work/batch46* -iname "*$t*" 2>/dev/null | wc -l)
  echo "$t: content=$n names=$f"
done
