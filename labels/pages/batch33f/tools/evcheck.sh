#!/bin/bash
# usage: evcheck.sh "term" ...  -> hits in labelled pages and blind sets, plus page names of the other helpers
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind45a /work/blind45b 2>/dev/null | wc -l)
  f=$(ls /work/main/labels/*/ /work/batch33* /work/blind46* 2>/dev/null | grep -ic -- "$t")
  echo "$t: $n files with the term, $f page names"
done
