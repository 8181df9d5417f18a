#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> hits per term in labels + blind44a/b (content) and page names
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind44a /work/blind44b 2>/dev/null | wc -l)
  f=$(ls -R /work/main/labels /work/blind44a /work/blind44b /work/blind45a /work/blind45b /work/batch32a /work/batch32b /work/batch32c /work/batch32e /work/batch32f 2>/dev/null | grep -ic -- "$t")
  echo "$t: files=$n names=$f"
done
