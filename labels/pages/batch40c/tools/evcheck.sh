#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -- counts files mentioning each term in labelled data and blind sets, plus page-name hits
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b 2>/dev/null | wc -l)
  f=$(ls -R /work/main/labels /work/blind4* /work/batch40a /work/batch40b /work/batch40d /work/batch40e /work/batch40f 2>/dev/null | grep -ic -- "$(echo "$t" | tr ' ' '_')")
  echo "$t: content=$n names=$f"
done
