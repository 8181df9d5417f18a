#!/bin/bash
# event check: case-insensitive grep of file names and contents
cd /work
for t in "$@"; do
  n=$(grep -ril -- "$t" main/labels blind55a blind55b 2>/dev/null | wc -l)
  f=$(find main/labels blind55a blind55b -iname "*$t*" 2>/dev/null | wc -l)
  echo "$t: content $n, filenames $f"
done
