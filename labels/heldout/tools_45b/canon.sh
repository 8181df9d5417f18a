#!/bin/bash
# usage: canon.sh "name" ... : grep -i in the name files; prints file:line
M=/work/main
for t in "$@"; do
  echo "== $t"
  grep -i -- "$t" $M/labels/actors.csv $M/pipeline/data/organisations.csv $M/pipeline/data/parties.csv $M/labels/pages/states.csv $M/pipeline/data/officeholders.csv | cut -c1-160 | head -12
done
