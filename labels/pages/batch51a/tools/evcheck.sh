#!/bin/bash
# usage: tools/evcheck.sh TERM... ; greps file contents and file names (case-insensitive)
for t in "$@"; do
  c=$(grep -ril -- "$t" /work/main/labels /work/blind54a /work/blind54b 2>/dev/null | wc -l)
  n=$(find /work/main/labels /work/blind54a /work/blind54b -iname "*$t*" 2>/dev/null | wc -l)
  echo "$t: content $c, names $n"
done
