#!/bin/bash
# usage: evcheck.sh TERM...  -> hits (files) per term in contents and file names
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind54a /work/blind54b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind54a /work/blind54b -iname "*$t*" 2>/dev/null | wc -l)
  echo "$t: content=$n names=$f"
done
