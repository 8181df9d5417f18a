#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> counts of files mentioning each term
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind45a /work/blind45b 2>/dev/null | wc -l)
  f=$(grep -ril -- "$t" /work/main/labels /work/blind45a /work/blind45b 2>/dev/null | head -3 | xargs -r -n1 basename | tr '\n' ' ')
  echo "$n	$t	$f"
done
