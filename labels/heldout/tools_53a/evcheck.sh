#!/bin/bash
# usage: evcheck.sh "term" ... ; prints hit counts (files with content hits, file names with hits)
DIRS="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b /work/blind52a /work/blind52b /work/blind53b"
for t in "$@"; do
  c=$(grep -ril -- "$t" $DIRS 2>/dev/null | wc -l)
  n=$(find $DIRS /work/batch47? -iname "*$(echo "$t" | tr ' ' '_')*" 2>/dev/null | wc -l)
  echo "$c content / $n names : $t"
done
