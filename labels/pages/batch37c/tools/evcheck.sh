#!/bin/bash
# usage: evcheck.sh "term" ... ; prints file hits in labels + blind sets and page-name hits
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b 2>/dev/null | wc -l)
  m=$(ls -R /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b 2>/dev/null | grep -ic -- "$(echo $t | tr 'A-Z ' 'a-z_')")
  echo "$t: files=$n names=$m"
done
