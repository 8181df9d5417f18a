#!/bin/bash
# usage: evcheck.sh "term1" "term2" ... ; prints hit counts and file names for each term
for t in "$@"; do
  files=$(grep -ril -- "$t" /work/main/labels /work/blind44a /work/blind44b 2>/dev/null)
  n=$(echo -n "$files" | grep -c . )
  echo "== $t: $n"
  [ "$n" -gt 0 ] && echo "$files" | head -5 | sed 's/^/   /'
  ls /work/main/labels/pages /work/main/labels/heldout /work/main/labels/pending /work/main/labels/dev 2>/dev/null | grep -i -- "$(echo $t | tr ' ' '_')" | head -3 | sed 's/^/   name: /'
done
