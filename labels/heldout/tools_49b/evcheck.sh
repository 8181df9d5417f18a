#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> hits in labels and other blind folders, and in file names
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b/page_* 2>/dev/null | wc -l)
  f=$(ls /work/main/labels/pages /work/main/labels/heldout /work/main/labels/pending /work/main/labels/dev /work/blind4* /work/batch41* 2>/dev/null | grep -i -- "$(echo $t | tr -d ' ' )" | wc -l)
  echo "$t: files-with-text=$n names=$f"
done
