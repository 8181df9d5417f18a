#!/bin/bash
# usage: evcheck.sh TERM...  -> hits in contents and file names of /work/main/labels, /work/blind56a, /work/blind56b
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind56a /work/blind56b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind56a /work/blind56b -iname "*$(echo $t | tr ' ' '*')*" 2>/dev/null | wc -l)
  echo "$t: files=$n names=$f"
done
