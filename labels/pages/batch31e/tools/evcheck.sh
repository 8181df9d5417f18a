#!/bin/bash
# usage: evcheck.sh "name1" "name2" ... ; prints hits (files) per name in labels and blind43a/b
for n in "$@"; do
  c=$(grep -ril -- "$n" /work/main/labels /work/blind43a /work/blind43b 2>/dev/null | wc -l)
  f=$(ls /work/main/labels/*/ /work/main/labels/*/*/ /work/blind43a /work/blind43b 2>/dev/null | grep -ic -- "$(echo "$n" | tr -d ' ')")
  echo "$c files / $f names : $n"
done
