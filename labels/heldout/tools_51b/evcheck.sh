#!/bin/bash
# usage: evcheck.sh "term" ...  -> number of files with hits in labels and blind sets, and page names
for t in "$@"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b --exclude-dir=tools 2>/dev/null | grep -v '^/work/blind51b/README' | wc -l)
  f=$(find /work/main/labels /work/blind* /work/batch44* -name 'page_*' 2>/dev/null | grep -i -- "$(echo $t | tr ' ' '_' | tr 'A-Z' 'a-z')" | wc -l)
  echo "$t: files=$n names=$f"
done
