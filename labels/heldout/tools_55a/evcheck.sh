#!/bin/bash
# usage: evcheck.sh TERM... ; greps labels + blind folders (contents and file names), prints hit counts
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind54a /work/blind54b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind54a /work/blind54b -iname "*$t*" 2>/dev/null | wc -l)
  echo "$t: files=$n names=$f"
done
