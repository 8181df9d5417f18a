#!/bin/bash
# usage: evcheck.sh "term" ... ; counts files containing each term (case-insensitive) in the labelled sets named by the brief
DIRS="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $DIRS 2>/dev/null | wc -l)
  f=$(find $DIRS /work/batch39* -iname "*$(echo "$t" | tr ' ' '_')*" 2>/dev/null | wc -l)
  echo "$t | files:$n names:$f"
  grep -ril -- "$t" $DIRS 2>/dev/null | head -3 | sed 's/^/    /'
done
