#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> counts files mentioning each term (labels + blind46a/b) and page names
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b 2>/dev/null | wc -l)
  f=$(ls -R /work/main/labels /work/blind46a /work/blind46b 2>/dev/null | grep -i -- "$(echo $t | tr ' ' '_' )" | wc -l)
  echo "$t: files=$n names=$f"
done
