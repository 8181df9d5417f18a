#!/bin/bash
# usage: evcheck.sh TERM...  -- counts files (contents or names) matching each term
DIRS="/work/main/labels /work/blind56a /work/blind56b /work/blind57a /work/blind57b"
for t in "$@"; do
  c=$(grep -ril -- "$t" $DIRS 2>/dev/null | wc -l)
  n=$(find $DIRS -iname "*$t*" 2>/dev/null | wc -l)
  echo "$t: contents=$c names=$n"
done
