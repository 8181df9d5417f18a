#!/bin/bash
# usage: evcheck.sh term...   counts files mentioning each term in labels and the blind44 sets, and page-name hits
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind44a /work/blind44b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind44a /work/blind44b /work/batch32* /work/blind45b -iname "*$(echo "$t" | tr ' ' '_')*" 2>/dev/null | wc -l)
  echo "$t: files=$n names=$f"
done
