#!/bin/bash
# usage: evcheck47f.sh "term"
for t in "$@"; do
n=$(grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b /work/blind52a /work/blind52b /work/blind53a /work/blind53b 2>/dev/null | wc -l)
f=$(ls /work/main/labels/pages /work/main/labels/heldout /work/main/labels/pending /work/main/labels/dev /work/batch*/ /work/blind*/ 2>/dev/null | grep -i -- "$(echo $t | tr ' ' '_' )" | wc -l)
echo "$t: files_with_text=$n names=$f"
done
