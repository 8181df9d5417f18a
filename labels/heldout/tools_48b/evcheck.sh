#!/bin/bash
# usage: evcheck.sh "term1" "term2" ... ; prints number of files containing each term, and file-name hits
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b/page_* 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind4* /work/batch39* -iname "*$(echo "$t" | tr ' ' '_')*" 2>/dev/null | wc -l)
  echo "$t: contents=$n names=$f"
done
