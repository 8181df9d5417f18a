#!/bin/bash
# usage: evcheck.sh TERM...   greps contents and file names (case-insensitive) of the folders the brief names
for t in "$@"; do
  c=$(grep -ril -- "$t" /work/main/labels /work/blind55a /work/blind55b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind55a /work/blind55b /work/blind54a /work/blind54b /work/batch51? /work/batch52? -iname "*$t*" 2>/dev/null | wc -l)
  echo "$t: content=$c names=$f"
done
