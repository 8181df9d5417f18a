#!/bin/bash
# usage: evcheck.sh "term" ... ; prints hits count in label dirs and file names
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind4* /work/batch39* -iname "*$t*" 2>/dev/null | wc -l)
  echo "$t: content=$n names=$f"
done
