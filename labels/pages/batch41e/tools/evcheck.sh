#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> hit counts in labels and blind folders, and file-name hits
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind4* /work/batch41* -iname "*$t*" 2>/dev/null | wc -l)
  echo "$t: files_with_text=$n names=$f"
done
