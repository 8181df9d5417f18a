#!/bin/bash
# usage: evcheck.sh "term1" "term2" ... ; counts files mentioning each term in the project's labels and blind sets
D="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $D 2>/dev/null | wc -l)
  echo "== $t: $n"; grep -ril -- "$t" $D 2>/dev/null | head -4
done
