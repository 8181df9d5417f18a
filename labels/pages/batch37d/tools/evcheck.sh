#!/bin/bash
for t in "$@"; do
  files=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b 2>/dev/null)
  n=$(echo -n "$files" | grep -c .)
  echo "== $t: $n  $(echo "$files" | grep -v '^$' | sed 's|.*/||' | sort -u | head -4 | tr '\n' ' ')"
done
