#!/bin/bash
# usage: evcheck.sh "term" ... ; counts files containing each term (case-insensitive) in labelled sets and file names
DIRS="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $DIRS 2>/dev/null | grep -v '\.csv$' | wc -l)
  c=$(grep -ril -- "$t" $DIRS 2>/dev/null | grep '\.csv$' | wc -l)
  f=$(find $DIRS /work/batch3[0-7]* -iname "*$(echo "$t" | tr ' ' '_')*" 2>/dev/null | wc -l)
  o=$(grep -ril -- "$t" /work/batch3[0-7]* /work/blind4[3-5]* 2>/dev/null | wc -l)
  echo "$t | files:$n csv:$c names:$f older-batches:$o"
  grep -ril -- "$t" $DIRS 2>/dev/null | grep -v '\.csv$' | head -3 | sed 's/^/    /'
done
