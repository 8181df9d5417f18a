#!/bin/bash
# usage: evcheck2.sh term... : number of files (labels, blind sets, batch39 folders; my own folder excluded) containing each term
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a 2>/dev/null | wc -l)
  echo "$t: $n"
done
