#!/bin/bash
# usage: evcheck.sh "term" ...   -> files containing term (case-insensitive) in labels, blind43a/b; and page names
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind43a /work/blind43b 2>/dev/null | wc -l)
  f=$(ls /work/main/labels/pages /work/main/labels/heldout /work/main/labels/pending /work/blind43a /work/blind43b 2>/dev/null | grep -ic -- "$(echo $t | tr ' ' '_')")
  echo "$t: files=$n names=$f"
done
