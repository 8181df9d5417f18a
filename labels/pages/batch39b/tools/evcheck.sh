#!/bin/bash
# usage: evcheck.sh "term1" "term2" ... ; prints hit count (files) per term in labelled data + blind sets, and in page names of batch folders
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b 2>/dev/null | wc -l)
  f=$(ls /work/batch3* /work/blind4* 2>/dev/null | grep -i -- "$(echo $t | tr ' ' '_' )" | wc -l)
  echo "$n files / $f names : $t"
done
