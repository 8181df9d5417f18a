#!/bin/bash
# usage: evcheck.sh "term1" "term2" ... ; prints hits (files) per term across labels and blind sets
DIRS="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b /work/blind52a /work/blind52b /work/blind53a /work/blind53b /work/blind54a /work/blind54b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $DIRS 2>/dev/null | wc -l)
  f=$(grep -ril -- "$t" $DIRS 2>/dev/null | head -3 | xargs -n1 basename 2>/dev/null | tr '\n' ' ')
  echo "$n	$t	$f"
done
