#!/bin/bash
# usage: evcheck.sh "term1" "term2" ... ; hits in labels + blind folders (contents) and in file names of those + the batch44 helpers' folders
DIRS="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $DIRS 2>/dev/null | wc -l)
  f=$(find $DIRS /work/batch44a /work/batch44c /work/batch44d /work/batch44e /work/batch44f -iname "*$t*" 2>/dev/null | wc -l)
  echo "$t: files=$n names=$f"
done
