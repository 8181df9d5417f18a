#!/bin/bash
# usage: look.sh term...  : grep the name files for each term (case-insensitive)
for t in "$@"; do
  echo "### $t"
  grep -i -h -- "$t" /work/main/labels/actors.csv /work/main/pipeline/data/organisations.csv /work/main/pipeline/data/parties.csv /work/main/pipeline/data/officeholders.csv | head -12
done
