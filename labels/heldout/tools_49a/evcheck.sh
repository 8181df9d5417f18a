#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> hits in labelled pages and file names
D="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $D 2>/dev/null | wc -l)
  f=$(ls -R $D /work/batch41a /work/batch41b /work/batch41c /work/batch41d /work/batch41e /work/batch41f 2>/dev/null | grep -i -- "$(echo $t | tr -d ' ')" | wc -l)
  echo "$t: $n files, $f names"
done
