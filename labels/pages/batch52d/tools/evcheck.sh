#!/bin/bash
# usage: evcheck.sh TERM...   grep -ril in labels and blind folders, contents and file names
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind55a /work/blind55b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind55a /work/blind55b -iname "*$t*" 2>/dev/null | wc -l)
  echo "$t: content_files=$n filenames=$f"
done
