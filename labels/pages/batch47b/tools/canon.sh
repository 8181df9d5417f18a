#!/bin/bash
# usage: canon.sh "name" ... -> matching lines in the project's name files (file:line)
cd /work/main
for n in "$@"; do echo "== $n"; grep -iH -- "$n" labels/actors.csv pipeline/data/organisations.csv pipeline/data/parties.csv pipeline/data/officeholders.csv labels/pages/states.csv | head -${MAX:-8}; done
