#!/bin/bash
# usage: evcheck.sh term... ; counts files under the labelled data mentioning each term (case-insensitive)
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind43a /work/blind43b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind43a /work/blind43b -iname "*$(echo $t | tr ' ' '_')*" 2>/dev/null | wc -l)
  echo "$t: files=$n names=$f"
done
