#!/bin/bash
# usage: evcheck.sh TERM...  -> hits (files whose name or content contains TERM, case-insensitive)
DIRS="/work/main/labels /work/blind56a /work/blind56b /work/blind57a /work/blind57b"
EXTRA="/work/batch51a /work/batch51b /work/batch51c /work/batch51d /work/batch51e /work/batch51f /work/batch52a /work/batch52b /work/batch52c /work/batch52d /work/batch52e /work/batch52f /work/batch53a /work/batch53b /work/batch53c /work/batch53d /work/batch53e /work/batch53f /work/blind54a /work/blind54b /work/blind55a /work/blind55b /work/batch54a /work/batch54b /work/batch54c /work/batch54d /work/batch54f"
for t in "$@"; do
  n=$(grep -ril -- "$t" $DIRS 2>/dev/null | wc -l)
  f=$(find $DIRS -iname "*$t*" 2>/dev/null | wc -l)
  x=$(grep -ril -- "$t" $EXTRA 2>/dev/null | grep -v /batch54e/ | wc -l)
  echo "$t: content=$n names=$f extra=$x"
done
