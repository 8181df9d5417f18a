#!/bin/bash
# usage: evcheck.sh term... ; prints hit files (pages and statements only) per term
cd /work
for t in "$@"; do
  n=$(grep -ril -- "$t" main/labels blind46a blind46b blind47a blind47b 2>/dev/null | grep -vE "README|tools|new_actors|actors.csv" | wc -l)
  f=$(grep -ril -- "$t" main/labels blind46a blind46b blind47a blind47b 2>/dev/null | grep -E "/page_" | head -5 | xargs -n1 basename 2>/dev/null | tr '\n' ' ')
  echo "$t: $n  $f"
done
