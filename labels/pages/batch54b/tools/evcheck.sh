#!/bin/bash
# Event check: grep (case-insensitive) file contents and file names in the project's labels and the blind folders.
DIRS="/work/main/labels /work/blind56a /work/blind56b /work/blind57a /work/blind57b"
for t in "$@"; do
  c=$(grep -ril -- "$t" $DIRS 2>/dev/null | wc -l)
  n=$(find $DIRS -iname "*$(echo "$t" | tr -d ' ')*" 2>/dev/null | wc -l)
  echo "$t: $c files with the term, $n file names"
done
