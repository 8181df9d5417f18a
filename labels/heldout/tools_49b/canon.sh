#!/bin/bash
# usage: canon.sh "name" ... -> matching lines with the file they come from
M=/work/main
for n in "$@"; do echo "== $n"; grep -iH -- "$n" $M/labels/actors.csv $M/pipeline/data/organisations.csv $M/pipeline/data/parties.csv $M/pipeline/data/officeholders.csv $M/labels/pages/states.csv /work/blind49b/new_actors.csv 2>/dev/null | sed "s#$M/##" | head -${LIM:-6}; done
