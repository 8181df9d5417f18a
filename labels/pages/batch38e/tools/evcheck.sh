#!/bin/bash
# usage: evcheck.sh term...   counts files mentioning each term in labels and blind sets, and page names matching
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b 2>/dev/null | wc -l)
  f=$(ls /work/main/labels/pages /work/main/labels/*/ /work/batch38* /work/blind4* 2>/dev/null | grep -i -- "$(echo $t | tr ' ' '_')" | wc -l)
  echo "$t: files=$n names=$f"
done
