#!/bin/bash
# usage: evcheck.sh TERM...  -> hits (files) in the project's labels and the blind folders (case-insensitive, contents and names)
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind54a /work/blind54b 2>/dev/null | wc -l)
  m=$(find /work/main/labels /work/blind54a /work/blind54b -iname "*$t*" 2>/dev/null | wc -l)
  echo "$t: content hits $n, name hits $m"
done
