#!/bin/bash
# usage: evcheck.sh "term" ... ; counts files mentioning each term (case-insensitive) in the labelled data and names
for t in "$@"; do
  n=$(grep -rilw -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b 2>/dev/null | wc -l)
  echo "$t: $n files"
done
