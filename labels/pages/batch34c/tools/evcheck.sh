#!/bin/bash
# usage: evcheck.sh "term" ... ; prints number of files with hits per term in labels and blind sets
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b 2>/dev/null | wc -l)
  echo "$n	$t"
done
