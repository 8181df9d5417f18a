#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...   -> hits in labelled data and blind sets, plus page-name hits
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b 2>/dev/null | wc -l)
  echo "$t: $n files"
done
