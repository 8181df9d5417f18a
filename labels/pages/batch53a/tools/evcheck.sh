#!/bin/bash
# usage: evcheck.sh TERM... ; greps file names and contents (case-insensitive) in the project's label folders and blind sets
DIRS="/work/main/labels /work/blind56a /work/blind56b"
EXTRA="/work/batch51a /work/batch51b /work/batch51c /work/batch51d /work/batch51e /work/batch51f /work/batch52a /work/batch52b /work/batch52c /work/batch52d /work/batch52e /work/batch52f /work/blind54a /work/blind54b /work/blind55a /work/blind55b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $DIRS 2>/dev/null | wc -l)
  f=$(find $DIRS -iname "*$t*" 2>/dev/null | wc -l)
  x=$(grep -ril -- "$t" $EXTRA 2>/dev/null | wc -l)
  echo "$t: content=$n names=$f earlier-batches=$x"
done
