#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> number of files (case-insensitive) holding each term, and file names containing it
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind46a /work/blind46b -iname "*$(echo "$t" | tr ' ' '_')*" 2>/dev/null | wc -l)
  echo "$t: files=$n names=$f"
done
