#!/bin/bash
# Event checks: count files (case-insensitive) under the labelled data and the blind sets that mention each term.
D="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $D 2>/dev/null | wc -l)
  printf '%-28s %3d  %s\n' "$t" "$n" "$(grep -ril -- "$t" $D 2>/dev/null | head -3 | xargs -n1 basename 2>/dev/null | tr '\n' ' ')"
done
