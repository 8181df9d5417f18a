#!/bin/bash
# usage: evcheck.sh "term1" "term2" ... ; prints hit counts in labels, blind44a/b and page names
cd /work
for t in "$@"; do
  n=$(grep -ril -- "$t" main/labels blind44a blind44b 2>/dev/null | wc -l)
  f=$(ls main/labels/pages main/labels/heldout main/labels/pending main/labels/dev blind44a blind44b /work/batch31* /work/batch32* /work/blind45* 2>/dev/null | grep -i -- "$(echo $t | tr ' ' '_')" | wc -l)
  echo "$t: files=$n names=$f"
done
