#!/bin/bash
# usage: evcheck.sh "term" ... ; prints hit counts of each term in the labelled data and blind sets
cd /work
for t in "$@"; do
  n=$(grep -ril -- "$t" main/labels blind46a blind46b blind47a blind47b blind48a blind48b blind49a blind49b blind50a blind50b 2>/dev/null | wc -l)
  m=$(grep -ril -- "$t" batch3* batch4* blind43* blind44* blind45* 2>/dev/null | grep -v '^batch42b/' | wc -l)
  f=$(grep -ic -- "$(echo "$t" | tr 'A-Z ' 'a-z_')" /tmp/allpages42b.txt)
  echo "$t: labels+blind=$n other_batches=$m filenames=$f"
done
