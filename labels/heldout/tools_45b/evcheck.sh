#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> count of files mentioning each term (labels + blind44a/b) and page-name hits
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind44a /work/blind44b 2>/dev/null | wc -l)
  echo "$n	$t"
done
