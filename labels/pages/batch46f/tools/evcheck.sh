#!/bin/bash
# usage: evcheck.sh TERM... ; counts files containing each term (case-insensitive) in labelled data and blind sets
DIRS="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b /work/blind52a /work/blind52b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $DIRS 2>/dev/null | wc -l)
  echo "$n	$t"
  grep -ril -- "$t" $DIRS 2>/dev/null | grep -v 'statements.csv$' | head -3 | sed 's/^/    /'
done
