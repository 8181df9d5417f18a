#!/bin/bash
# usage: evcheck.sh TERM...  -> hits in contents and file names of the project's labels and blind/other batch folders
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind55a /work/blind55b /work/blind54a /work/blind54b /work/batch51a /work/batch51b /work/batch51c /work/batch51d /work/batch51e /work/batch51f 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind55a /work/blind55b /work/blind54a /work/blind54b /work/batch51? -iname "*$(echo $t | tr -d ' ')*" 2>/dev/null | wc -l)
  echo "$t: $n files, $f names"
done
