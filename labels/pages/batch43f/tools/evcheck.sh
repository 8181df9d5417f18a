#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> number of files with hits per term (labels + blind sets), plus page-name hits
D="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $D 2>/dev/null | wc -l)
  f=$(find $D /work/batch43a /work/batch43b /work/batch43c /work/batch43d /work/batch43e -iname "*$t*" 2>/dev/null | wc -l)
  echo "$t: files=$n names=$f"
done
