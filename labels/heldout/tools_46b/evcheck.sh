#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> per term: labelled files containing it, and file names containing it
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind45a /work/blind45b /work/blind43a /work/blind43b /work/blind44a /work/blind44b 2>/dev/null | wc -l)
  fn=$( (ls -R /work/main/labels /work/batch33a /work/batch33b /work/batch33c /work/batch33d /work/batch33e /work/batch33f /work/blind46a /work/blind45a /work/blind45b 2>/dev/null) | grep -i -- "$(echo $t | tr ' ' '_')" | wc -l)
  echo "$t: files=$n names=$fn"
done
