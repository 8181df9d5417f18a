#!/bin/bash
# usage: evcheck.sh TERM...   greps contents and file names (case-insensitive)
DIRS="/work/main/labels /work/blind56a /work/blind56b /work/blind57a /work/blind57b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $DIRS 2>/dev/null | wc -l)
  f=$(find $DIRS 2>/dev/null | grep -i -- "$t" | wc -l)
  echo "$t: files=$n names=$f"
done
