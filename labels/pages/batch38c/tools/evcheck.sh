#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> hits per term (files containing it, and page names containing it)
DIRS="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $DIRS 2>/dev/null | wc -l)
  f=$(grep -ril -- "$t" $DIRS 2>/dev/null | head -3 | tr '\n' ' ')
  echo "$t: $n  $f"
done
