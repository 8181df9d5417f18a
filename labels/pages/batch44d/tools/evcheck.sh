#!/bin/bash
# usage: evcheck.sh "term" ... ; prints hit counts (files) in labelled data and blind sets, plus file-name hits
D="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $D 2>/dev/null | wc -l)
  f=$(find $D /work/batch44* 2>/dev/null | grep -i -- "$(echo $t | tr ' ' '_' )" | wc -l)
  echo "$n files / $f names : $t"
done
