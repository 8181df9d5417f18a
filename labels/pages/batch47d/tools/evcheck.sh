#!/bin/bash
for t in "$@"; do
 n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b /work/blind52a /work/blind52b /work/blind53a /work/blind53b 2>/dev/null | grep -v '\.py$' | wc -l)
 echo "$t: $n"
done
