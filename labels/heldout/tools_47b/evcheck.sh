#!/bin/bash
# usage: evcheck.sh TERM ... ; counts files containing each term (grep -ril) and page names containing it
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a 2>/dev/null | wc -l)
  f=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a 2>/dev/null | head -3 | tr '\n' ' ')
  nm=$(ls /work/main/labels/*/ /work/main/labels/*/*/ /work/batch36? /work/blind4?? 2>/dev/null | grep -i -- "$(echo $t | tr ' ' '_')" | head -3 | tr '\n' ' ')
  echo "$t | files: $n $f | names: $nm"
done
