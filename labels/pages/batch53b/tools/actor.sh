#!/bin/bash
# usage: actor.sh TERM... : canonical actor rows whose actor or alias matches TERM (name files + new_actors.csv)
for t in "$@"; do
  echo "== $t"
  cat /work/main/labels/actors.csv /work/main/pipeline/data/organisations.csv /work/main/pipeline/data/parties.csv /work/main/labels/pages/states.csv /work/batch53b/new_actors.csv 2>/dev/null | cut -d, -f1-3 | grep -i -- "$t" | sort -u | head -12
  grep -i -- "$t" /work/main/pipeline/data/officeholders.csv | cut -d, -f1-5 | head -6
done
