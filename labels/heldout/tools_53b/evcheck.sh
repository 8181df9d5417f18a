#!/bin/bash
# usage: evcheck.sh "term1" "term2" ...  -> hit counts in labelled pages and blind folders (content and file names)
DIRS="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b /work/blind52a /work/blind52b /work/blind53a /work/blind53b"
for t in "$@"; do
  n=$(grep -ril -- "$t" $DIRS 2>/dev/null | grep -v '^/work/blind53b/tools' | wc -l)
  f=$(ls -R /work/main/labels /work/blind4* /work/blind5* /work/batch47* 2>/dev/null | grep -i -- "$t" | wc -l)
  echo "$t: files=$n names=$f"
  grep -ril -- "$t" $DIRS 2>/dev/null | grep -v '^/work/blind53b/tools' | head -3 | sed 's/^/   /'
done
