#!/bin/bash
# usage: evcheck.sh TERM...   greps labels, blind54a/b (contents and file names) case-insensitively
for t in "$@"; do
  files=$(grep -ril -- "$t" /work/main/labels /work/blind54a /work/blind54b 2>/dev/null)
  names=$(find /work/main/labels /work/blind54a /work/blind54b -iname "*$t*" 2>/dev/null)
  n=$(echo -n "$files" | grep -c .); m=$(echo -n "$names" | grep -c .)
  echo "$t: $n content, $m names $(echo $files | tr ' ' '\n' | sed 's#.*/##' | head -3 | tr '\n' ' ')"
done
