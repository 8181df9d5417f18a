#!/bin/bash
# usage: evcheck.sh "term" ... ; counts files containing each term (case-insensitive) and file names matching
D="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $D 2>/dev/null | grep -v '^/work/blind51a' | wc -l)
  f=$(find $D /work/batch44* -iname "*$(echo "$t" | tr ' ' '_' )*" 2>/dev/null | wc -l)
  echo "$t: files=$n names=$f"
done
