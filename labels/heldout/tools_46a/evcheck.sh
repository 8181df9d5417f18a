#!/bin/bash
# usage: evcheck.sh TERM...   counts files containing each term (labels + blind45a/b) and matching page names (all folders)
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind45a /work/blind45b 2>/dev/null | wc -l)
  fn=$( (find /work/main/labels /work/blind45a /work/blind45b -name 'page_*'; ls /work/batch33* /work/blind46b 2>/dev/null) | grep -i -- "$(echo "$t" | tr ' ' '_')" | wc -l)
  echo "$n files / $fn names : $t"
done
