#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> number of files (labels + blind sets named in the brief) containing each term, and some file names
D="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b /work/blind52a /work/blind52b /work/blind53a /work/blind53b"
for t in "$@"; do
  files=$(grep -ril -- "$t" $D 2>/dev/null)
  n=$(echo -n "$files" | grep -c .)
  echo "$t: $n $(echo "$files" | xargs -n1 basename 2>/dev/null | grep -v -e statements -e actors | head -5 | tr '\n' ' ')"
done
