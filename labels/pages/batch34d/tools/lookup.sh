#!/bin/bash
# usage: lookup.sh term ... -> lines in actors.csv, organisations, parties, officeholders containing term
D=/work/main/pipeline/data
for t in "$@"; do
  echo "== $t"
  grep -ih -- "$t" /work/main/labels/actors.csv $D/organisations.csv $D/parties.csv $D/officeholders.csv | head -8
done
