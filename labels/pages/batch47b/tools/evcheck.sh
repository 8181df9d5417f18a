#!/bin/bash
# usage: evcheck.sh "name1" "name2" ...  -> number of files with each name (case-insensitive)
DIRS="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b /work/blind52a /work/blind52b /work/blind53a /work/blind53b"
for n in "$@"; do
  c=$(grep -ril -- "$n" $DIRS 2>/dev/null | wc -l)
  echo "$c	$n"
done
