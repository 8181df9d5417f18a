#!/bin/bash
# usage: evcheck.sh TERM...  -> number of files whose content / name contains TERM (case-insensitive)
DIRS="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b"
for t in "$@"; do
  c=$(grep -ril -- "$t" $DIRS 2>/dev/null | wc -l)
  n=$(find $DIRS /work/batch44a /work/batch44b /work/batch44c /work/batch44d /work/batch44e 2>/dev/null | grep -i -- "$(echo "$t" | tr ' ' '_')" | wc -l)
  echo "$c / $n : $t"
done
