#!/bin/bash
# usage: evcheck.sh term...  -> number of files (labels, blind43a/b) mentioning each term, and page-name hits
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind43a /work/blind43b 2>/dev/null | wc -l)
  f=$(ls /work/main/labels/pages /work/main/labels/heldout /work/main/labels/dev /work/main/labels/pending /work/blind43a /work/blind43b 2>/dev/null | grep -i -- "$(echo $t | tr ' ' '_')" | wc -l)
  echo "$t: files=$n names=$f $(grep -ril -- "$t" /work/main/labels /work/blind43a /work/blind43b 2>/dev/null | grep page_ | head -3 | xargs -n1 basename 2>/dev/null | tr '\n' ' ')"
done
