#!/bin/bash
# usage: canon.sh term... -- look a name up in the project's name files (actors, organisations, parties, officeholders)
cd /work/main
for t in "$@"; do
  echo "== $t"
  grep -i -- "$t" labels/actors.csv pipeline/data/organisations.csv pipeline/data/parties.csv pipeline/data/officeholders.csv | head -8
done
