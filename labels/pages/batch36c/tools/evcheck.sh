#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> count of files mentioning each term
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/batch36a /work/batch36b /work/batch36d /work/batch36e /work/batch36f -iname "*$(echo $t | tr ' ' '_')*" 2>/dev/null | wc -l)
  echo "$t: $n files with text, $f file names"
done
